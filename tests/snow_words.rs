//! The snow field in headless browsers (wasm-bindgen-test): its words follow the content it is
//! given now, not the content it first drew with (a frame loop or step effect that captured the
//! first one would keep describing the paths in it).
#![cfg(target_arch = "wasm32")]

// Only a few of the helper verbs are used here.
#[allow(dead_code)]
mod widget;

use ketamine_explainer::story::{Content, ES};
use ketamine_explainer::ui::{SnowField, SnowProps};
use wasm_bindgen_test::*;
use widget::{until, whole_english};
use yew::{html, AttrValue};

wasm_bindgen_test_configure!(run_in_browser);

fn props(content: &'static Content) -> SnowProps {
    SnowProps {
        content,
        step: AttrValue::Static("old-paths"),
        alt: AttrValue::Static(""),
        still: true,
        words: html! {},
        dock: html! {},
    }
}

#[wasm_bindgen_test]
async fn the_paths_are_described_in_the_content_given_now() {
    let doc = gloo::utils::document();
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let mut app =
        yew::Renderer::<SnowField>::with_root_and_props(host.clone(), props(whole_english()))
            .render();
    let said = || {
        host.query_selector(".ke-snow-now")
            .unwrap()
            .and_then(|p| p.text_content())
            .unwrap_or_default()
    };
    until("the paths are described in English", || {
        said().starts_with("Deep paths:")
    })
    .await;
    app.update(props(&ES));
    until("the paths are described in Spanish", || {
        said().starts_with("Caminos profundos:")
    })
    .await;
    app.destroy();
    host.remove();
}
