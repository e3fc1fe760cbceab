//! Autoplay: one timeout per step, owned by the effect, so leaving the step, pausing or
//! unmounting the widget drops (and so cancels) it.

use yew::prelude::*;

use crate::story::{Action, Step};

/// How long autoplay rests on a step: enough to read its narration at a slow pace.
pub fn dwell_ms(step: &Step) -> u32 {
    let chars = step.text.chars().count() as u32;
    (3_000 + 55 * chars).min(20_000)
}

/// While `playing`, dispatches `Action::Tick` once `dwell` ms after `at` (view, step) is shown.
#[hook]
pub fn use_autoplay(playing: bool, at: (usize, usize), dwell: u32, dispatch: Callback<Action>) {
    use_effect_with((playing, at), move |(playing, _)| {
        #[cfg(target_arch = "wasm32")]
        let timeout = playing.then(|| {
            let timeout =
                gloo::timers::callback::Timeout::new(dwell, move || dispatch.emit(Action::Tick));
            (timeout, Live::default())
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (playing, dwell, dispatch);
        move || {
            #[cfg(target_arch = "wasm32")]
            drop(timeout);
        }
    });
}

thread_local! {
    static LIVE: std::cell::Cell<i32> = const { std::cell::Cell::new(0) };
}

/// Timers and animation loops that exist right now, across every widget on the page: exported
/// (as `liveTimers`) so tests can check that removing a widget leaves none behind.
pub fn live_timers() -> i32 {
    LIVE.with(|n| n.get())
}

/// Counts itself in `live_timers` from creation until dropped; held next to each timer.
pub struct Live(());

impl Default for Live {
    fn default() -> Self {
        LIVE.with(|n| n.set(n.get() + 1));
        Live(())
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        LIVE.with(|n| n.set(n.get() - 1));
    }
}
