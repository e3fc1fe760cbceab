//! "Print summary": prints the current view's handout alone, not the clinic's whole page. The
//! widget is copied into a hidden frame (an `about:blank` iframe: same origin as the host page,
//! whatever origin the widget's files come from), where the print stylesheet turns it into the
//! handout, and the frame's own window is printed. The frame goes once printing ends, so the
//! host page is left as it was. No inline style or script is used: the strict CSP holds.
//! (The browser's own print of the host page still prints the widget as its handout.)

use std::cell::RefCell;

use gloo::events::EventListener;
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    CanvasRenderingContext2d, CssStyleSheet, Element, HtmlCanvasElement, HtmlElement,
    HtmlIFrameElement, ShadowRoot, ShadowRootInit, ShadowRootMode,
};

thread_local! {
    /// The frame being printed and the listener that removes it after printing. Kept until the
    /// next print (or page end): the listener must outlive its own call.
    static FRAME: RefCell<Option<(HtmlIFrameElement, EventListener)>> = const { RefCell::new(None) };
}

/// Prints the handout of the widget in `shadow` (styled by `css`). If the frame cannot be made,
/// says why once and falls back to the page's own print, which prints the widget as its handout.
pub fn handout(shadow: &ShadowRoot, css: &str) {
    if let Err(e) = print_in_frame(shadow, css) {
        remove_frame();
        web_sys::console::error_2(
            &"ketamine-explainer: could not print the summary on its own; printing the page:"
                .into(),
            &e,
        );
        let _ = gloo::utils::window().print();
    }
}

fn remove_frame() {
    if let Some((frame, _listener)) = FRAME.with(|f| f.borrow_mut().take()) {
        frame.remove();
    }
}

fn print_in_frame(shadow: &ShadowRoot, css: &str) -> Result<(), JsValue> {
    remove_frame();
    let doc = gloo::utils::document();
    let frame: HtmlIFrameElement = doc.create_element("iframe")?.unchecked_into();
    frame.set_attribute("aria-hidden", "true")?;
    frame.set_attribute("tabindex", "-1")?;
    frame.set_title("ketamine-explainer print");
    // CSSOM, not a style attribute (allowed under a strict style-src). Zero size, not hidden:
    // some browsers print a hidden frame blank.
    let style = frame.style();
    for (name, value) in [
        ("position", "fixed"),
        ("right", "0"),
        ("bottom", "0"),
        ("width", "0"),
        ("height", "0"),
        ("border", "0"),
    ] {
        style.set_property(name, value)?;
    }
    let parent: Element = match doc.body() {
        Some(body) => body.into(),
        None => doc
            .document_element()
            .ok_or("the page has no root element")?,
    };
    parent.append_child(&frame)?;
    let window = frame.content_window().ok_or("the frame has no window")?;
    let frame_doc = frame
        .content_document()
        .ok_or("the frame has no document")?;
    // The frame's objects belong to its own realm: `instanceof` checks would fail, so the
    // casts below are unchecked.
    let host = frame_doc.create_element("div")?;
    frame_doc
        .body()
        .ok_or("the frame has no body")?
        .append_child(&host)?;
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    // A constructed sheet can only be adopted by the document whose realm made it.
    let constructor: js_sys::Function =
        Reflect::get(&window, &"CSSStyleSheet".into())?.unchecked_into();
    let sheet: CssStyleSheet = Reflect::construct(&constructor, &Array::new())?.unchecked_into();
    sheet.replace_sync(css)?;
    root.set_adopted_style_sheets(&Array::of1(&sheet));
    copy_widget(shadow, &root)?;

    let listener = EventListener::new(&window, "afterprint", {
        let frame = frame.clone();
        move |_| frame.remove()
    });
    FRAME.with(|f| *f.borrow_mut() = Some((frame, listener)));
    window.unchecked_ref::<web_sys::Window>().print()
}

/// Copies the widget's container into `to`: the theme set on the container (through CSSOM: a
/// copied style attribute would break the CSP), its elements, and the snow field's pixels.
fn copy_widget(from: &ShadowRoot, to: &ShadowRoot) -> Result<(), JsValue> {
    let container: HtmlElement = from
        .query_selector(".ke-host")?
        .ok_or("the widget has not started")?
        .unchecked_into();
    let frame_doc = to.owner_document().ok_or("the frame has no document")?;
    let copy: HtmlElement = frame_doc.create_element("div")?.unchecked_into();
    copy.set_class_name("ke-host");
    copy.style().set_css_text(&container.style().css_text());
    let children = container.children();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            copy.append_child(&frame_doc.import_node_with_deep(&child, true)?)?;
        }
    }
    to.append_child(&copy)?;
    let (old, new) = (
        container.query_selector_all("canvas")?,
        copy.query_selector_all("canvas")?,
    );
    for i in 0..old.length().min(new.length()) {
        let (Some(old), Some(new)) = (old.item(i), new.item(i)) else {
            continue;
        };
        let new: HtmlCanvasElement = new.unchecked_into();
        if let Some(context) = new.get_context("2d")? {
            context
                .unchecked_into::<CanvasRenderingContext2d>()
                .draw_image_with_html_canvas_element(old.unchecked_ref(), 0.0, 0.0)?;
        }
    }
    Ok(())
}
