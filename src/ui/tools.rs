//! The reader's tools: Play/Pause and Restart, Reduce motion (a toggle), Read aloud (when the
//! browser has a voice) and Print summary.

use yew::prelude::*;

use crate::story::{Action, Content};
use crate::ui::speech::ReadAloud;

/// The tools row (a plain function: no state of its own). `playing`: whether the steps are
/// playing by themselves; `still`: motion is reduced; `on_print`: the embedding prints the handout.
pub fn tools(
    content: &'static Content,
    (still, on_still): (bool, &Callback<bool>),
    speech: &ReadAloud,
    (playing, dispatch): (bool, &Callback<Action>),
    on_print: &Callback<()>,
) -> Html {
    let ui = &content.ui;
    let toggle_still = on_still.reform(move |_: MouseEvent| !still);
    let read = speech.toggle.reform(|_: MouseEvent| ());
    let print = on_print.reform(|_: MouseEvent| ());
    html! {
        <div class="ke-tools">
            <button type="button" class="ke-btn ke-small" part="button" id="ke-play" onclick={dispatch.reform(|_: MouseEvent| Action::TogglePlay)}>
                { if playing { &*ui.pause } else { &*ui.play } }
            </button>
            <button type="button" class="ke-btn ke-small" part="button" id="ke-restart" onclick={dispatch.reform(|_: MouseEvent| Action::Restart)}>
                { &*ui.restart }
            </button>
            <button type="button" class="ke-btn ke-small" part="button" id="ke-still" aria-pressed={still.to_string()} onclick={toggle_still}>
                { &*ui.reduce_motion }
            </button>
            if speech.available {
                <button type="button" class="ke-btn ke-small" part="button" id="ke-read" onclick={read}>
                    { if speech.reading.is_some() { &*ui.stop_reading } else { &*ui.read_aloud } }
                </button>
            }
            <button type="button" class="ke-btn ke-small" part="button" id="ke-print" onclick={print}>{ &*ui.print }</button>
        </div>
    }
}
