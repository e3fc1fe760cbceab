//! Back · step dots · Next: the dock under the words (Play and Restart are with the tools).

use yew::prelude::*;

use crate::story::{Action, Content, Explainer, View};

/// A plain function, not a component: it has no state, and each component costs the wasm about
/// half a kilobyte. `middle` sits between Back and Next (the way to the full risk list).
pub fn controls(
    content: &'static Content,
    view: &'static View,
    s: Explainer,
    dispatch: &Callback<Action>,
    middle: Html,
    on_end: Callback<MouseEvent>,
) -> Html {
    let ui = &content.ui;
    let steps = &view.steps;
    let act = |action: Action| dispatch.reform(move |_: MouseEvent| action);
    // One Tab stop for all the dots (the current one); the arrow keys step from there, and
    // focus follows the current dot (`ui::focus`).
    let dots = steps.iter().enumerate().map(|(i, step)| {
        let current = i == s.step;
        html! {
            <li>
                <button type="button" class="ke-dot" onclick={act(Action::GoTo(i))}
                    aria-current={current.then_some("step")} tabindex={if current { "0" } else { "-1" }}>
                    <span class="ke-sr">{ step_label(ui.step_of.as_ref(), i + 1, s.total) }{ ": " }{ &*step.title }</span>
                </button>
            </li>
        }
    });
    html! {
        <div class="ke-controls">
            <button type="button" class="ke-btn" part="button" id="ke-back" onclick={act(Action::Back)} aria-disabled={(s.step == 0).to_string()}>
                <span aria-hidden="true">{ "← " }</span>{ &*ui.back }
            </button>
            // On a phone the dots give way to the link in the middle (the step's count is above
            // its title, and the live region says it).
            <ol class="ke-dots" aria-label={ui.steps_label.clone()}>{ for dots }</ol>
            { middle }
            // At the end the way on is the clinic's contact block (call, book, the questions),
            // just below: Next says so and takes the patient there, still the main action. One
            // button throughout, so focus stays on it when the last step arrives.
            <button type="button" class="ke-btn ke-primary" id="ke-next" part="button primary"
                onclick={if s.is_last() { on_end } else { act(Action::Next) }}>
                { if s.is_last() { &*ui.next_end } else { &*ui.next } }
                <span aria-hidden="true">{ if s.is_last() { " ↓" } else { " →" } }</span>
            </button>
        </div>
    }
}

/// "Step {n} of {total}" with the numbers filled in.
pub fn step_label(pattern: &str, n: usize, total: usize) -> String {
    pattern
        .replace("{n}", &n.to_string())
        .replace("{total}", &total.to_string())
}
