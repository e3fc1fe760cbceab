//! The only code that touches the host page. `config` and `preview`'s hash parsing are pure
//! (tested natively); `mount` runs in the browser: a shadow root per instance and events to the
//! host, with `styles`, the stylesheet every instance shares.

pub mod check;
pub mod config;
#[cfg(target_arch = "wasm32")]
mod events;
#[cfg(target_arch = "wasm32")]
mod fault;
#[cfg(target_arch = "wasm32")]
mod languages;
#[cfg(target_arch = "wasm32")]
mod mount;
pub mod preview;
#[cfg(target_arch = "wasm32")]
mod print;
#[cfg(target_arch = "wasm32")]
mod styles;
pub mod theme;

#[cfg(target_arch = "wasm32")]
pub use mount::{mount, Handle};
