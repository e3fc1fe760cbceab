//! The questions to take to a visit: native checkboxes (a keyboard and every screen reader know
//! them), ticked ones first in the printed summary. The ticks live only in the widget's state:
//! nothing is stored or sent, and a reload clears them.

use std::rc::Rc;

use yew::prelude::*;

use crate::story::{Content, List, Text};

/// The questions ticked, by their words: a question is the same tick on whichever step shows
/// it, in the compiled-in or the loaded content, and in the handout.
pub type Ticked = Rc<Vec<&'static str>>;

/// Whether `question` is ticked.
fn is_ticked(ticked: &Ticked, question: &str) -> bool {
    ticked.contains(&question)
}

/// The step's questions as a checklist, after its words (a plain function: no state of its own).
pub fn checklist(
    questions: &'static List<Text>,
    ticked: &Ticked,
    on_tick: &Callback<&'static str>,
) -> Html {
    if questions.is_empty() {
        return html! {};
    }
    let items = questions.iter().map(|q| {
        let q: &'static str = q;
        let onchange = on_tick.reform(move |_: Event| q);
        html! {
            <li><label class="ke-question">
                <input type="checkbox" checked={is_ticked(ticked, q)} {onchange} />
                <span>{ q }</span>
            </label></li>
        }
    });
    html! { <ul class="ke-questions" aria-labelledby="ke-step-title">{ for items }</ul> }
}

/// Every checklist's questions for the handout of every view (none while the view that asks
/// them has not loaded), ticked ones first, each with its box, under the title of its step.
pub fn printed(content: &'static Content, ticked: &Ticked) -> Html {
    let asking = content
        .views
        .iter()
        .flat_map(|v| v.steps.iter())
        .filter(|s| !s.questions.is_empty());
    html! { <>{ for asking.map(|step| {
        // Two passes: the ticked questions, then the rest.
        let lines = [true, false].into_iter().flat_map(|on| {
            step.questions
                .iter()
                .filter(move |q| is_ticked(ticked, q) == on)
                .map(move |q| html! { <li>{ if on { "☑ " } else { "☐ " } }{ &**q }</li> })
        });
        html! { <>
            <h3 class="ke-print-asks">{ &*step.title }</h3>
            <ul class="ke-print-questions">{ for lines }</ul>
        </> }
    }) }</> }
}
