//! What happens when the wasm panics. Panics abort (panic = abort), and every widget on the page
//! shares one module instance, so after a panic nothing in this instance may run again. The
//! widget whose code was running gets a short readable message above its own static text (the
//! element's light DOM, through a slot) and a `ketamine-explainer:error` event; embed.js then
//! mounts every other widget again in a fresh module instance, so they keep working.

use std::cell::{Cell, RefCell};

use gloo::events::{EventListener, EventListenerOptions};
use web_sys::{Element, ShadowRoot};

thread_local! {
    /// Mounted hosts and the words each shows if it stops working.
    static MOUNTED: RefCell<Vec<(Element, String)>> = const { RefCell::new(Vec::new()) };
    /// The host whose code ran last (an action, its root's render, an animation frame): the
    /// one a panic is pinned to. `None` (a panic outside any widget) breaks them all.
    static ACTIVE: RefCell<Option<Element>> = const { RefCell::new(None) };
    static HOOKED: Cell<bool> = const { Cell::new(false) };
    /// Set by the first panic: from then on this instance's timers and frames do nothing.
    static HALTED: Cell<bool> = const { Cell::new(false) };
}

/// Registers a mounted widget (and installs the panic hook on the first one).
pub fn add(host: &Element, broken_words: &str) {
    if !HOOKED.with(|h| h.replace(true)) {
        yew::set_custom_panic_hook(Box::new(on_panic));
    }
    MOUNTED.with(|m| m.borrow_mut().push((host.clone(), broken_words.to_owned())));
}

pub fn remove(host: &Element) {
    MOUNTED.with(|m| m.borrow_mut().retain(|(h, _)| h != host));
    ACTIVE.with(|a| {
        if a.borrow().as_ref() == Some(host) {
            a.take();
        }
    });
}

/// Marks `host` as the widget whose code is running now; true if this instance has halted
/// (a timer of a widget that now lives on in a fresh instance must do nothing).
pub fn enter(host: &Element) -> bool {
    if HALTED.get() {
        return true;
    }
    ACTIVE.with(|a| {
        let Ok(mut a) = a.try_borrow_mut() else {
            return;
        };
        if a.as_ref() == Some(host) {
            return; // the usual case, on every animation frame: nothing to look up
        }
        // Only while mounted: a frame that runs between destroy and unmount must not keep the
        // removed host alive here.
        if MOUNTED.with(|m| {
            m.try_borrow()
                .is_ok_and(|m| m.iter().any(|(h, _)| h == host))
        }) {
            *a = Some(host.clone());
        }
    });
    false
}

/// Pins every user event inside the widget to it before any of its handlers runs (capture
/// phase on the shadow root, ahead of yew's listeners below it): a click handler anywhere in
/// the widget is pinned without knowing about it. The listeners live as long as the mount.
pub fn pin_events(host: &Element, shadow: &ShadowRoot) -> Vec<EventListener> {
    [
        "click",
        "pointerdown",
        "keydown",
        "input",
        "change",
        "focusin",
    ]
    .into_iter()
    .map(|name| {
        let host = host.clone();
        let options = EventListenerOptions::run_in_capture_phase();
        EventListener::new_with_options(shadow, name, options, move |_| {
            enter(&host);
        })
    })
    .collect()
}

fn on_panic(info: &std::panic::PanicHookInfo) {
    if HALTED.replace(true) {
        return; // a second panic in this instance (a late timer): already reported
    }
    // try_borrow: the panic may have struck while these were borrowed.
    let Some(hosts) =
        MOUNTED.with(|m| m.try_borrow_mut().ok().map(|mut m| std::mem::take(&mut *m)))
    else {
        return;
    };
    web_sys::console::error_1(&format!("ketamine-explainer: the widget stopped: {info}").into());
    let culprit = ACTIVE.with(|a| a.try_borrow_mut().ok().and_then(|mut a| a.take()));
    let culprit = culprit.filter(|c| hosts.iter().any(|(h, _)| h == c));
    let doc = gloo::utils::document();
    for (host, words) in hosts {
        if culprit.as_ref().is_some_and(|c| *c != host) {
            continue; // embed.js mounts it again in a fresh instance
        }
        if let (Some(shadow), Ok(note), Ok(slot)) = (
            host.shadow_root(),
            doc.create_element("p"),
            doc.create_element("slot"),
        ) {
            note.set_class_name("ke-broken");
            let _ = note.set_attribute("role", "alert");
            note.set_text_content(Some(&words));
            shadow.replace_children_with_node_2(&note, &slot);
        }
        super::events::emit(&host, "error", &[]);
    }
}
