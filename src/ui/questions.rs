//! The questions to take to a visit: native checkboxes (a keyboard and every screen reader know
//! them), ticked ones first in the printed summary. The ticks live only in the widget's state:
//! nothing is stored or sent, and a reload clears them.

use yew::prelude::*;

use crate::story::{Content, List, Step, Text};

/// Which questions are ticked, one bit each (a view has a handful).
pub type Ticked = u32;

/// The step's questions as a checklist, after its words (a plain function: no state of its own).
pub fn checklist(
    questions: &'static List<Text>,
    ticked: Ticked,
    on_tick: &Callback<usize>,
) -> Html {
    if questions.is_empty() {
        return html! {};
    }
    let items = questions.iter().enumerate().map(|(i, q)| {
        let onchange = on_tick.reform(move |_: Event| i);
        html! {
            <li><label class="ke-question">
                <input type="checkbox" checked={ticked & (1 << i) != 0} {onchange} />
                <span>{ &**q }</span>
            </label></li>
        }
    });
    html! { <ul class="ke-questions" aria-labelledby="ke-step-title">{ for items }</ul> }
}

/// The checklist's questions for the handout of every view, ticked ones first, each with its
/// box, under the title of the step that asks them. Bit `i` is the step's question `i`, as in
/// [`checklist`].
pub fn printed(asking: Option<&'static Step>, ticked: Ticked) -> Html {
    let Some(asking) = asking else {
        return html! {};
    };
    let (mut first, mut rest) = (Vec::new(), Vec::new());
    for (i, q) in asking.questions.iter().enumerate() {
        let on = ticked & (1 << i) != 0;
        let line = html! { <li>{ if on { "☑ " } else { "☐ " } }{ &**q }</li> };
        if on {
            first.push(line)
        } else {
            rest.push(line)
        }
    }
    html! { <>
        <h3 class="ke-print-asks">{ &*asking.title }</h3>
        <ul class="ke-print-questions">{ for first }{ for rest }</ul>
    </> }
}

/// The step with the checklist (the treatment view's, the same for every programme; none while
/// that view has not loaded).
pub fn asking_step(content: &'static Content) -> Option<&'static Step> {
    content
        .views
        .iter()
        .flat_map(|v| v.steps.iter())
        .find(|s| !s.questions.is_empty())
}
