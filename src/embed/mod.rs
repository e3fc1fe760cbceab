//! The only code that touches the host page: finds the mount point, starts the app, and (in the
//! preview, where the widget is the page) mirrors the view and step in the URL hash.

use yew::prelude::*;

use crate::story::{Content, EN};
use crate::ui::{App, AppProps, Position};

/// Mount point id in the preview page.
const ROOT_ID: &str = "ketamine-explainer";

/// Starts the widget in the preview page, at the step named by the URL hash (`#ketamine/3`).
pub fn start() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        web_sys::console::error_1(
            &format!("ketamine-explainer: no element with id \"{ROOT_ID}\" to mount in").into(),
        );
        return;
    };
    let content: &'static Content = &EN;
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let start = parse_hash(content, &hash);
    let props = AppProps {
        content,
        start,
        on_change: Callback::from(move |p| write_hash(content, p)),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// `#ketamine/3` → the ketamine view's third step (1-based in the URL, as people count).
pub fn parse_hash(content: &Content, hash: &str) -> Position {
    let mut parts = hash.trim_start_matches('#').splitn(2, '/');
    let view = parts
        .next()
        .and_then(|id| content.views.iter().position(|v| v.id == id))
        .unwrap_or(0);
    let step = parts
        .next()
        .and_then(|n| n.parse::<usize>().ok())
        .map_or(0, |n| n.saturating_sub(1));
    Position { view, step }
}

fn write_hash(content: &Content, p: Position) {
    let hash = format!("#{}/{}", content.views[p.view].id, p.step + 1);
    if let Ok(history) = gloo::utils::window().history() {
        // replaceState: stepping through must not fill the Back button's history.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
    }
}
