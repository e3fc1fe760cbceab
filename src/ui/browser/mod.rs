//! The browser seam: every call from the components into the page's APIs goes through here —
//! timers, the reduced-motion setting, a listener on one of the widget's nodes, speech, and the
//! snow canvas with its frame loop. In the browser they are real (`web.rs`, `frames.rs`,
//! `paint.rs`); natively (`native.rs`) they are stand-ins that do nothing, so the components read
//! as plain Yew and also build natively, where they render to strings (prerender, ssr tests).
//! Every handle owns what it started: dropping it cancels the timer, unhooks the listener, stops
//! the frames — nothing is leaked with `forget`, because the host page may remove the widget.

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
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use {frames::Frames, paint::Painter, web::*};
