//! Autoplay: one timeout per step, owned by the effect, so leaving the step, pausing or
//! unmounting the widget drops (and so cancels) it.

use yew::prelude::*;

use crate::story::{Action, Step};
use crate::ui::browser;
use crate::ui::guard::use_guard;

/// How long autoplay rests on a step: enough to read its narration at a slow pace.
pub fn dwell_ms(step: &Step) -> u32 {
    let chars = step.text.chars().count() as u32;
    (3_000 + 55 * chars).min(20_000)
}

/// While `playing`, dispatches `Action::Tick` once `dwell` ms after `at` (view, step) is shown.
#[hook]
pub fn use_autoplay(playing: bool, at: (usize, usize), dwell: u32, dispatch: Callback<Action>) {
    let guard = use_guard();
    use_effect_with((playing, at), move |(playing, _)| {
        let tick = move || dispatch.emit(Action::Tick);
        let timeout = playing.then(|| browser::after(&guard, dwell, tick));
        move || drop(timeout)
    });
}
