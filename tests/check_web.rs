//! "Check the facts" and "What matters to you" in the browser (wasm-bindgen-test; the walks
//! through a patient's taps are tests/e2e/tests/check.spec.mjs and values.spec.mjs): nothing is
//! said before an answer; a tap shows this guide's answer and why; the way back opens the step
//! that says it; a rating is marked, explains nothing, and reaches the printed summary.
#![cfg(target_arch = "wasm32")]

#[allow(dead_code)] // the helpers web.rs uses too
mod widget;

use ketamine_explainer::story::audience::{view_for, Audience};
use ketamine_explainer::story::Choice;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;
use widget::{mount_at, shown_steps, step_index, until, view_index, whole_english};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn an_answer_shows_this_guides_answer_and_why_and_the_way_back_opens_its_step() {
    let ketamine = view_index("ketamine");
    let view = view_for(&whole_english().views[ketamine], Audience::default());
    let w = mount_at(ketamine, shown_steps(ketamine).len() - 1).await;
    let count = |s: &str| w.root.query_selector_all(s).unwrap().length();
    until("three questions after the last step", || {
        count(".ke-check-q") == 3
    })
    .await;
    assert_eq!(
        count(".ke-why") + count(".ke-option.answer"),
        0,
        "nothing said before an answer"
    );

    let first: HtmlElement = w.find(".ke-check-q .ke-option").dyn_into().unwrap();
    first.click();
    until("the explanation shows", || count(".ke-why") == 1).await;
    let q = &view.check[0];
    let why = w.find(".ke-why").text_content().unwrap_or_default();
    assert!(why.contains(&*q.why), "{why}");
    let marked = w
        .find(".ke-option.answer")
        .text_content()
        .unwrap_or_default();
    assert!(
        marked.starts_with(&*q.options[q.answer.index()]),
        "this guide's answer is marked: {marked}"
    );

    w.click(".ke-see").await;
    let step = view.steps.iter().find(|s| s.id == q.step).unwrap();
    w.until_title(&step.title).await;
    assert_eq!(
        count(".ke-check"),
        0,
        "the check is after the last step only"
    );
}

#[wasm_bindgen_test]
async fn a_rating_is_marked_says_nothing_of_right_or_wrong_and_is_printed() {
    let (treatment, matters) = step_index("treatment", "matters");
    let view = view_for(&whole_english().views[treatment], Audience::default());
    let w = mount_at(treatment, matters).await;
    let count = |s: &str| w.root.query_selector_all(s).unwrap().length();
    let statements: Vec<_> = view.check.iter().filter(|q| q.step == "matters").collect();
    let n = statements.len() as u32;
    assert!(n >= 4, "four to six statements, not {n}");
    until("the statements after the step", || {
        count(".ke-values .ke-check-q") == n
    })
    .await;
    assert_eq!(count(".ke-values .ke-option"), 4 * n, "four points each");

    let third: HtmlElement = w
        .find(".ke-values .ke-check-q:nth-of-type(3) .ke-option")
        .dyn_into()
        .unwrap();
    third.click();
    until("the point is marked", || {
        third.get_attribute("aria-pressed").as_deref() == Some("true")
    })
    .await;
    assert_eq!(
        count(".ke-why") + count(".ke-option.answer"),
        0,
        "no answer"
    );
    let rated = statements[2];
    // The printed summary is a component of its own, drawn after the root: wait for it.
    until("the rating is in the printed summary", || {
        count(".ke-print-values li") == 1
    })
    .await;
    let printed = w
        .find(".ke-print-values li")
        .text_content()
        .unwrap_or_default();
    assert_eq!(printed, format!("{}: {}", rated.options[0], rated.ask));

    w.click("#ke-next").await;
    until("the next step asks no rating", || count(".ke-values") == 0).await;
}
