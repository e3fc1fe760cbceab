//! "Check the facts" in the browser (wasm-bindgen-test; its walk through a patient's taps is
//! tests/e2e/tests/check.spec.mjs): nothing is said before an answer; a tap shows this guide's
//! answer and why; the way back opens the step that says it.
#![cfg(target_arch = "wasm32")]

#[allow(dead_code)] // the helpers web.rs uses too
mod widget;

use ketamine_explainer::story::audience::{view_for, Audience};
use ketamine_explainer::story::Choice;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;
use widget::{mount_at, shown_steps, until, view_index, whole_english};

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
