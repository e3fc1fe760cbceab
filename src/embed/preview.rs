//! The URL hash of a page that *is* the widget (the preview): `#ketamine/3` opens the ketamine
//! view's third step, and stepping keeps the hash current so a step can be linked.

use crate::story::Content;
use crate::story::Position;

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

/// The hash for a position: the inverse of `parse_hash`.
pub fn hash_of(content: &Content, p: Position) -> String {
    format!("#{}/{}", content.views[p.view].id, p.step + 1)
}

#[cfg(target_arch = "wasm32")]
pub fn read_hash(content: &Content) -> Position {
    parse_hash(
        content,
        &gloo::utils::window().location().hash().unwrap_or_default(),
    )
}

#[cfg(target_arch = "wasm32")]
pub fn write_hash(content: &Content, p: Position) {
    if let Ok(history) = gloo::utils::window().history() {
        // replaceState: stepping through must not fill the Back button's history.
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&hash_of(content, p)),
        );
    }
}
