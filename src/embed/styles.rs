//! The widget's one stylesheet, shared by every widget on the page: the text first-<lang>.js
//! hands to the first mount, the sheet every shadow root adopts, and the deferred views' rules
//! a language file adds to it later.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::CssStyleSheet;

thread_local! {
    /// The widget's stylesheet (minified by build.rs), from first-<lang>.js, which carries it for
    /// the first screen and hands it to every mount: a visitor downloads it once, not also in
    /// the wasm (README: size notes).
    static CSS: RefCell<String> = const { RefCell::new(String::new()) };
    /// The sheet made from it, shared by every widget on the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    /// The whole stylesheet once a language file has brought the deferred views' rules.
    static WHOLE_CSS: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps the stylesheet `css` (first-<lang>.js hands it to every mount; the first one counts).
pub fn keep(css: String) {
    CSS.with(|kept| {
        if kept.borrow().is_empty() {
            *kept.borrow_mut() = css;
        }
    });
}

/// Adds the deferred views' rules (from a language file) to the shared sheet, once: every
/// widget's view of them changes at once, before a deferred view first draws.
pub fn add_later_styles(later: &str) {
    if later.is_empty() || WHOLE_CSS.with(|w| w.borrow().is_some()) {
        return;
    }
    let whole = CSS.with(|css| format!("{}{later}", css.borrow()));
    if let Ok(sheet) = sheet() {
        if sheet.replace_sync(&whole).is_ok() {
            WHOLE_CSS.with(|w| *w.borrow_mut() = Some(whole));
        }
    }
}

/// The stylesheet as it is now (for the printed copy).
pub fn css_now() -> String {
    WHOLE_CSS
        .with(|w| w.borrow().clone())
        .unwrap_or_else(|| CSS.with(|css| css.borrow().clone()))
}

/// The shared sheet, made from the stylesheet at its first use.
pub fn sheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        CSS.with(|css| sheet.replace_sync(&css.borrow()))?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}
