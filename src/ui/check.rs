//! "Check the facts" after a view's last step (issue 36): the written form of a clinician's
//! teach-back. Each option is a native button that shows whether it is chosen (`aria-pressed`:
//! a keyboard and every screen reader know it; radio buttons were tried, and Chromium keeps every
//! named radio a shadow root ever held, so each return to a last step leaked its nodes); one tap
//! answers, and at once the question shows this guide's answer, why, and a link back to the
//! step that says it. No score, no timer, nothing scolded: the explanation is the same
//! whatever was chosen, and an answer can be changed. Answers live only in the widget's
//! state, like the checklist's ticks: nothing is stored or sent, and a reload clears them.

use std::rc::Rc;

use yew::prelude::*;

use crate::story::{Choice, Content, Question, View};

/// The answers chosen so far, by question (its words: the same in the handout) and option.
pub type Answers = Rc<Vec<(&'static str, usize)>>;

/// The option chosen for `question`, if any.
pub fn chosen(answers: &Answers, question: &Question) -> Option<usize> {
    let ask: &str = &question.ask;
    answers.iter().find(|(q, _)| *q == ask).map(|&(_, at)| at)
}

/// This guide's answer to `question`: its place among the options.
pub fn right(question: &Question) -> usize {
    question.answer.index()
}

/// What a check needs from the widget: the answers, a choice's report, and the way back to a
/// step (by its place in the view).
pub struct CheckProps<'a> {
    pub answers: &'a Answers,
    pub on_answer: &'a Callback<(&'static str, usize)>,
    pub on_step: &'a Callback<usize>,
}

/// The view's questions (none: nothing), after its last step. A plain function, as the
/// checklist is: it has no state of its own.
pub fn check(content: &'static Content, view: &'static View, props: CheckProps) -> Html {
    if view.check.is_empty() {
        return html! {};
    }
    let ui = &content.ui;
    // The last answer's result, said once by screen readers (a region of its own, so the
    // step's words are not read again).
    let last = props.answers.last().and_then(|&(ask, at)| {
        let q = view.check.iter().find(|q| &*q.ask == ask)?;
        Some(format!(
            "{}: {}. {} {}",
            ui.check_answer,
            q.options[right(q)],
            ui.check_says,
            q.why
        ))
        .filter(|_| at < q.options.len())
    });
    let questions = view
        .check
        .iter()
        .map(|q| question(content, view, q, &props));
    html! {
        <section class="ke-check" part="check" aria-labelledby="ke-check-title">
            <h3 class="ke-check-title" id="ke-check-title">{ &*ui.check_title }</h3>
            <p class="ke-check-intro">{ &*ui.check_intro }</p>
            { for questions }
            <p class="ke-sr" aria-live="polite">{ last.unwrap_or_default() }</p>
        </section>
    }
}

/// One question: its options as buttons, and once answered, why and the step that says it.
fn question(
    content: &'static Content,
    view: &'static View,
    q: &'static Question,
    props: &CheckProps,
) -> Html {
    let ui = &content.ui;
    let ask: &'static str = &q.ask;
    let picked = chosen(props.answers, q);
    let options = q.options.iter().enumerate().map(|(at, option)| {
        let onclick = props.on_answer.reform(move |_: MouseEvent| (ask, at));
        let answer = picked.is_some() && at == right(q);
        let pressed = if picked == Some(at) { "true" } else { "false" };
        html! {
            <button type="button" class={classes!("ke-option", answer.then_some("answer"))} aria-pressed={pressed} {onclick}>
                <span class="ke-mark" aria-hidden="true"></span>
                <span>{ &**option }
                    if answer { { " " }<span class="ke-option-tag">{ &*ui.check_answer }</span> }
                </span>
            </button>
        }
    });
    let step = view.steps.iter().position(|s| s.id == q.step);
    let why = picked.map(|_| {
        let title = step.map(|at| &*view.steps[at].title).unwrap_or_default();
        let go = step.map(|at| props.on_step.reform(move |_: MouseEvent| at));
        html! {
            <p class="ke-why"><strong>{ &*ui.check_says }</strong>{ " " }{ &*q.why }{ " " }
                if let Some(onclick) = go {
                    <button type="button" class="ke-link ke-see" {onclick}>{ format!("{}: {title}", ui.check_see) }</button>
                }
            </p>
        }
    });
    html! {
        <fieldset class="ke-check-q">
            <legend>{ ask }</legend>
            { for options }
            { why.unwrap_or_default() }
        </fieldset>
    }
}

/// For the printed summary, after the ticked questions: each question answered, in the order
/// answered, with the patient's choice and this guide's answer, for the clinician to talk about
/// (nothing if none was answered).
pub fn printed_checks(content: &'static Content, answers: &Answers) -> Html {
    let ui = &content.ui;
    let all = || content.views.iter().flat_map(|v| v.check.iter());
    let lines = answers.iter().filter_map(|&(ask, at)| {
        let q = all().find(|q| &*q.ask == ask)?;
        let (chose, answer) = (q.options.get(at)?, &q.options[right(q)]);
        Some(html! {
            <li><strong>{ ask }</strong>{ format!(" {} {chose}. {}: {answer}.", ui.check_chose, ui.check_answer) }</li>
        })
    });
    let lines: Vec<Html> = lines.collect();
    if lines.is_empty() {
        return html! {};
    }
    html! { <>
        <h3 class="ke-print-checked">{ &*ui.print_checked }</h3>
        <ul class="ke-print-checks">{ for lines }</ul>
    </> }
}
