//! Native stand-ins for the browser's side of the seam (see `mod.rs`): the same items, doing
//! nothing, so components build and render to strings outside a browser.

use yew::NodeRef;

use crate::trails::Sim;
use crate::ui::guard::Guard;

/// No system setting natively.
pub fn prefers_reduced_motion() -> bool {
    false
}

pub struct Timeout;

/// Never calls `f` natively.
pub fn after(_: &Guard, _ms: u32, _f: impl FnOnce() + 'static) -> Timeout {
    Timeout
}

pub struct Listener;

/// No events natively.
pub fn listen(
    _: &Guard,
    _: &NodeRef,
    _: &'static str,
    _: impl FnMut() + 'static,
) -> Option<Listener> {
    None
}

/// No voices natively.
pub fn voices_present() -> bool {
    false
}

pub fn on_voices_changed(_: &Guard, _: impl FnMut() + 'static) -> Option<Listener> {
    None
}

pub fn cancel_speech() {}

pub struct Utterance;

impl Utterance {
    /// No speech natively.
    pub fn new(_text: &str, _lang: &str) -> Option<Self> {
        None
    }
    pub fn on(&self, _: &Guard, _: &'static str, _: impl FnMut() + 'static) -> Listener {
        Listener
    }
    pub fn speak(&self) {}
}

/// No canvas natively.
pub struct Painter;

impl Painter {
    pub fn new(_: &NodeRef) -> Option<Self> {
        None
    }
    pub fn draw(&mut self, _: &Sim) {}
}

/// No frames natively.
pub struct Frames;

impl Frames {
    pub fn start(_: &Guard, _: &NodeRef, _tick: impl FnMut() + 'static) -> Option<Self> {
        None
    }
}

/// The stand-ins own nothing, but the components end their effects with `drop(handle)`, which
/// in the wasm cancels and unhooks; an empty `Drop` keeps that line the same in both builds
/// (clippy's `drop_non_drop` refuses a `drop` of a type without one). Not dead code.
macro_rules! dropped_like_the_real_ones {
    ($($t:ty),*) => { $(impl Drop for $t { fn drop(&mut self) {} })* };
}
dropped_like_the_real_ones!(Timeout, Listener, Frames);
