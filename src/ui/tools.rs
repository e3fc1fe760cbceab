//! The reader's tools: Play/Pause and Restart, Reduce motion (a toggle), Read aloud (when the
//! browser has a voice) and Print summary.

use yew::prelude::*;

use crate::story::{Action, Content};
use crate::ui::speech::ReadAloud;

#[derive(Properties, PartialEq)]
pub struct ToolsProps {
    pub content: &'static Content,
    pub still: bool,
    pub on_still: Callback<bool>,
    pub speech: ReadAloud,
    /// Whether the steps are playing by themselves.
    pub playing: bool,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Tools(props: &ToolsProps) -> Html {
    let ui = &props.content.ui;
    let still = props.still;
    let toggle_still = props.on_still.reform(move |_: MouseEvent| !still);
    let read = props.speech.toggle.reform(|_: MouseEvent| ());
    let print = Callback::from(|_: MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="ke-tools">
            <button type="button" class="ke-btn ke-small" id="ke-play" onclick={props.dispatch.reform(|_: MouseEvent| Action::TogglePlay)}>
                { if props.playing { &*ui.pause } else { &*ui.play } }
            </button>
            <button type="button" class="ke-btn ke-small" id="ke-restart" onclick={props.dispatch.reform(|_: MouseEvent| Action::Restart)}>
                { &*ui.restart }
            </button>
            <button type="button" class="ke-btn ke-small" id="ke-still" aria-pressed={still.to_string()} onclick={toggle_still}>
                { &*ui.reduce_motion }
            </button>
            if props.speech.available {
                <button type="button" class="ke-btn ke-small" id="ke-read" onclick={read}>
                    { if props.speech.reading.is_some() { &*ui.stop_reading } else { &*ui.read_aloud } }
                </button>
            }
            <button type="button" class="ke-btn ke-small" id="ke-print" onclick={print}>{ &*ui.print }</button>
        </div>
    }
}
