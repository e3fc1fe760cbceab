//! Focus is never dropped to the page (WCAG 2.4.3): when a step change removes the element that
//! had focus (a glossary word, "More detail", a control of the old step), focus moves to the
//! picture, which is named by the new step; on a step dot, it follows the current dot (the dots
//! are one Tab stop). Plain DOM on the widget's own nodes, like a `focus()` on a `NodeRef`.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The element inside the widget that last took focus.
pub type LastFocus = Rc<RefCell<Option<Element>>>;

/// Notes each element that takes focus inside `root`'s section (its `onfocusin`), and after
/// each step change puts focus back where it belongs.
#[hook]
pub fn use_focus_keeper(root: &NodeRef, position: (usize, usize)) -> Callback<FocusEvent> {
    let last: LastFocus = use_mut_ref(|| None);
    {
        let (root, last) = (root.clone(), last.clone());
        use_effect_with(position, move |_| {
            // Out of the cell first: focusing fires `focusin`, which writes it.
            let was = last.borrow().clone();
            keep(&root, was.as_ref())
        });
    }
    Callback::from(move |e: FocusEvent| *last.borrow_mut() = e.target_dyn_into())
}

/// Focus `selector` inside `root` (if there is one).
pub fn focus_in(root: &NodeRef, selector: &str) {
    if let Some(el) = root
        .cast::<Element>()
        .and_then(|r| r.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn keep(root: &NodeRef, last: Option<&Element>) {
    let Some(last) = last else { return };
    if !last.is_connected() {
        // Removed with the old step. Only if focus went nowhere: a patient who moved on to the
        // page keeps their place there.
        let nowhere = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_none_or(|a| a.tag_name() == "BODY");
        if nowhere {
            focus_in(root, ".ke-figure");
        }
    } else if last.matches(".ke-dot").unwrap_or(false) && is_focused(last) {
        focus_in(root, ".ke-dot[aria-current]");
    }
}

fn is_focused(el: &Element) -> bool {
    el.get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|r| r.active_element())
        .is_some_and(|a| &a == el)
}
