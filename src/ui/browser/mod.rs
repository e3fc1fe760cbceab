//! The browser seam: what the components need from the browser beyond Yew's own handlers and
//! their nodes (a `focus()` on a `NodeRef` stays plain DOM) goes through here — timers, the
//! reduced-motion setting, a listener yew cannot attach, speech, and the snow canvas with its
//! frame loop. In the browser they are real (`web.rs`, `frames.rs`, `paint.rs`); natively
//! (`native.rs`) they are stand-ins that do nothing, so the components read as plain Yew and also
//! build natively, where they render to strings (prerender, ssr tests). Each handle owns what it
//! started: dropping a `Timeout`, `Listener` or `Frames` cancels the call, unhooks the callback,
//! stops the frames — nothing is leaked with `forget`, because the host page may remove the widget.
//! Every callback the seam runs without a user event (a timeout, a listener, a frame, a speech
//! event) first enters its widget's `Guard`, which each call takes: a panic there is pinned to that
//! widget by construction, and a halted widget's callbacks do nothing.
//! (Speech queued with `Utterance::speak` stays queued until `cancel_speech`.)

#[cfg(target_arch = "wasm32")]
mod frames;
mod live;
#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(target_arch = "wasm32")]
mod paint;
#[cfg(target_arch = "wasm32")]
mod web;

pub use live::{live_timers, Live};

/// Canvas pixels per cell of the snow model's grid (the canvas is this many times the grid).
pub const CANVAS_SCALE: usize = 5;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use {frames::Frames, paint::Painter, web::*};
