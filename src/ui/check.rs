//! "Check the facts" after a view's last step (issue 36): the written form of a clinician's
//! teach-back. Each option is a native button that shows whether it is chosen (`aria-pressed`:
//! a keyboard and every screen reader know it; radio buttons were tried, and Chromium keeps every
//! named radio a shadow root ever held, so each return to a last step leaked its nodes); one tap
//! answers, and at once the question shows this guide's answer, why, and a link back to the
//! step that says it. No score, no timer, nothing scolded: the explanation is the same
//! whatever was chosen, and an answer can be changed. Answers live only in the widget's
//! state, like the checklist's ticks: nothing is stored or sent, and a reload clears them.
//!
//! "What matters to you" is drawn here too: its statements are questions with no answer, asked
//! on a step of their own (`values`); a rating is an answer like any other, without a why.

use yew::prelude::*;

use crate::story::audience::Audience;
use crate::story::{Answer, Choice, Content, Question, Step, View};
use crate::ui::questions::Ticked;

/// The options chosen so far (facts checked and ratings), in the order chosen (the same kind of
/// state as the checklist's ticks). An option is known by identity, not its words: two
/// questions may share words, and every statement's scale does. Each option's words are a
/// string of their own, decoded from the language file (the compiled-in English, whose equal
/// literals could share one address, carries no questions: build.rs).
pub type Answers = Ticked;

/// The place of `option` among `question`'s options, if it is one of them (the same words of
/// another question's are not).
fn place(option: &str, question: &Question) -> Option<usize> {
    question
        .options
        .iter()
        .position(|o| std::ptr::eq(o.as_ref(), option))
}

/// The place of the option chosen for `question`, if any.
fn chosen(answers: &Answers, question: &Question) -> Option<usize> {
    answers.iter().find_map(|a| place(a, question))
}

/// This guide's answer to `question`: its place among the options (none for a rating).
fn right(question: &Question) -> Option<usize> {
    (question.answer != Answer::Any).then(|| question.answer.index())
}

/// Answers `question` with its option `at`: a changed answer replaces the earlier one, and
/// comes last (the one announced, and the order printed).
pub fn answer(answers: &Answers, (question, at): (&'static Question, usize)) -> Answers {
    let mut now = answers.to_vec();
    now.retain(|a| place(a, question).is_none());
    now.push(&question.options[at]);
    now.into()
}

/// What a check needs from the widget: the page's audience (its programme's questions), the
/// answers, a choice's report, and the way back to a step (by its place in the view).
pub struct CheckProps<'a> {
    pub audience: Audience,
    pub answers: &'a Answers,
    pub on_answer: &'a Callback<(&'static Question, usize)>,
    pub on_step: &'a Callback<usize>,
}

/// The view's questions (none: nothing), after its last step. A plain function, as the
/// checklist is: it has no state of its own.
pub fn check(content: &'static Content, view: &'static View, props: &CheckProps) -> Html {
    let ui = &content.ui;
    let questions = drawn(content, view, None, props);
    if questions.is_empty() {
        return html! {};
    }
    // The last answer's result, said once by screen readers (a region of its own, so the
    // step's words are not read again); a rating has none.
    let last =
        (props.answers.last()).and_then(|a| view.check.iter().find(|q| place(a, q).is_some()));
    let said = last.zip(last.and_then(right)).map(|(q, at)| html! { <>
        { &*ui.check_answer }{ ": " }{ &*q.options[at] }{ ". " }{ &*ui.check_says }{ " " }{ &*q.why }
    </> });
    html! {
        <section class="ke-check" part="check" aria-labelledby="ke-check-title">
            <h3 class="ke-check-title" id="ke-check-title">{ &*ui.check_title }</h3>
            <p class="ke-check-intro">{ &*ui.check_intro }</p>
            { for questions }
            <p class="ke-sr" aria-live="polite">{ said.unwrap_or_default() }</p>
        </section>
    }
}

/// The statements `step` asks a patient to rate ("What matters to you"; none: nothing):
/// questions with no answer, drawn as the check's are.
pub fn values(
    content: &'static Content,
    view: &'static View,
    step: &Step,
    props: &CheckProps,
) -> Html {
    let statements = drawn(content, view, Some(step), props);
    if statements.is_empty() {
        return html! {};
    }
    html! { <div class="ke-values">{ for statements }</div> }
}

/// The page's own questions of the view (`Audience::asks`) asked `on` a step (its statements to
/// rate), or else after the last step (the facts to check), each drawn.
fn drawn(
    content: &'static Content,
    view: &'static View,
    on: Option<&Step>,
    props: &CheckProps,
) -> Vec<Html> {
    let asked = view.check.iter().filter(|q| {
        props.audience.asks(q)
            && match on {
                Some(step) => q.step == step.id && right(q).is_none(),
                None => right(q).is_some(),
            }
    });
    asked.map(|q| question(content, view, q, props)).collect()
}

/// One question: its options as buttons, and once answered, why and the step that says it
/// (a rating: only its options).
fn question(
    content: &'static Content,
    view: &'static View,
    q: &'static Question,
    props: &CheckProps,
) -> Html {
    let ui = &content.ui;
    let picked = chosen(props.answers, q);
    let options = q.options.iter().enumerate().map(|(at, option)| {
        let onclick = props.on_answer.reform(move |_: MouseEvent| (q, at));
        let answer = picked.is_some() && right(q) == Some(at);
        let pressed = if picked == Some(at) { "true" } else { "false" };
        html! {
            <button type="button" class={if answer { "ke-option answer" } else { "ke-option" }} aria-pressed={pressed} {onclick}>
                <span class="ke-mark" aria-hidden="true"></span>
                <span>{ &**option }
                    if answer { { " " }<span class="ke-option-tag">{ &*ui.check_answer }</span> }
                </span>
            </button>
        }
    });
    let step = view.steps.iter().position(|s| s.id == q.step);
    let why = picked.filter(|_| right(q).is_some()).map(|_| {
        let title = step.map(|at| &*view.steps[at].title).unwrap_or_default();
        let go = step.map(|at| props.on_step.reform(move |_: MouseEvent| at));
        html! {
            <p class="ke-why"><strong>{ &*ui.check_says }</strong>{ " " }{ &*q.why }{ " " }
                if let Some(onclick) = go {
                    <button type="button" class="ke-link ke-see" {onclick}>{ &*ui.check_see }{ ": " }{ title }</button>
                }
            </p>
        }
    });
    html! {
        <fieldset class="ke-check-q">
            <legend>{ &*q.ask }</legend>
            { for options }
            { why.unwrap_or_default() }
        </fieldset>
    }
}

/// For the printed summary, after the ticked questions: the questions answered, in the order
/// answered, under a heading (nothing if none was). `rated`: the statements of "What matters to
/// me", each with its point first; else the facts checked, each with the patient's choice and
/// this guide's answer, for the clinician to talk about.
pub fn printed_answers(content: &'static Content, answers: &Answers, rated: bool) -> Html {
    let ui = &content.ui;
    let (heading, list) = match rated {
        true => (&ui.print_values, "ke-print-values"),
        false => (&ui.print_checked, "ke-print-checks"),
    };
    let all = || content.views.iter().flat_map(|v| v.check.iter());
    let lines = answers.iter().filter_map(|chose| {
        let q = all().find(|q| place(chose, q).is_some())?;
        match right(q) {
            None if rated => Some(html! { <li><strong>{ *chose }{ ":" }</strong>{ " " }{ &*q.ask }</li> }),
            Some(at) if !rated => Some(html! {
                <li><strong>{ &*q.ask }</strong>{ " " }{ &*ui.check_chose }{ " " }{ *chose }{ ". " }{ &*ui.check_answer }{ ": " }{ &*q.options[at] }{ "." }</li>
            }),
            _ => None,
        }
    });
    let lines: Vec<Html> = lines.collect();
    if lines.is_empty() {
        return html! {};
    }
    html! { <>
        <h3>{ &**heading }</h3>
        <ul class={list}>{ for lines }</ul>
    </> }
}
