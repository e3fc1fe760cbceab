//! The browser's side of the seam (see `mod.rs`); `native.rs` mirrors every item.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout as GlooTimeout;
use web_sys::{EventTarget, SpeechSynthesis, SpeechSynthesisUtterance};
use yew::NodeRef;

use super::Live;
use crate::ui::guard::Guard;

/// True when the browser reports `prefers-reduced-motion: reduce`.
pub fn prefers_reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// A pending call; dropping it cancels the call.
pub struct Timeout {
    _call: GlooTimeout,
    _live: Live,
}

/// Calls `f` once, `ms` milliseconds from now, as `guard`'s widget (not at all once halted).
pub fn after(guard: &Guard, ms: u32, f: impl FnOnce() + 'static) -> Timeout {
    let guard = guard.clone();
    Timeout {
        _call: GlooTimeout::new(ms, move || {
            if !guard.enter() {
                f()
            }
        }),
        _live: Live::default(),
    }
}

/// A callback hooked to an event; dropping it unhooks the callback.
pub struct Listener {
    _hook: EventListener,
}

impl Listener {
    /// Runs `f` as `guard`'s widget on each `event` (not at all once halted): a panic in it is
    /// pinned to that widget, whichever widget acted last.
    fn new(
        guard: &Guard,
        target: &EventTarget,
        event: &'static str,
        mut f: impl FnMut() + 'static,
    ) -> Self {
        let guard = guard.clone();
        Listener {
            _hook: EventListener::new(target, event, move |_| {
                if !guard.enter() {
                    f()
                }
            }),
        }
    }
}

/// Calls `f` on each `event` at the element `node` holds (`None` while it holds none).
pub fn listen(
    guard: &Guard,
    node: &NodeRef,
    event: &'static str,
    f: impl FnMut() + 'static,
) -> Option<Listener> {
    let el = node.cast::<web_sys::Element>()?;
    Some(Listener::new(guard, &el, event, f))
}

fn synth() -> Option<SpeechSynthesis> {
    gloo::utils::window().speech_synthesis().ok()
}

/// The browser has at least one voice to read with.
pub fn voices_present() -> bool {
    synth().is_some_and(|s| s.get_voices().length() > 0)
}

/// Calls `f` whenever the browser's voices change (Chrome loads them after the page).
pub fn on_voices_changed(guard: &Guard, f: impl FnMut() + 'static) -> Option<Listener> {
    let s = synth()?;
    Some(Listener::new(guard, &s, "voiceschanged", f))
}

/// Clears the page's speech queue (one per page, shared by every widget and the host).
pub fn cancel_speech() {
    if let Some(s) = synth() {
        s.cancel();
    }
}

/// One sentence to be spoken.
pub struct Utterance(SpeechSynthesisUtterance, SpeechSynthesis);

impl Utterance {
    /// `text` in language `lang`, if the browser can speak.
    pub fn new(text: &str, lang: &str) -> Option<Self> {
        let u = SpeechSynthesisUtterance::new_with_text(text).ok()?;
        u.set_lang(lang);
        Some(Utterance(u, synth()?))
    }

    /// Calls `f` on the utterance's `start`, `end` or `error`; the listener also keeps the utterance
    /// alive (Chrome drops the events of an utterance it has collected).
    pub fn on(&self, guard: &Guard, event: &'static str, f: impl FnMut() + 'static) -> Listener {
        Listener::new(guard, &self.0, event, f)
    }

    /// Queues it.
    pub fn speak(&self) {
        self.1.speak(&self.0);
    }
}
