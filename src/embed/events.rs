//! What the widget tells the host page: `ketamine-explainer:*` events on its element.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Dispatches `ketamine-explainer:<name>` on the host element, bubbling out of shadow DOM.
pub fn emit(host: &Element, name: &str, detail: &[(&str, JsValue)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) =
        CustomEvent::new_with_event_init_dict(&format!("ketamine-explainer:{name}"), &init)
    {
        let _ = host.dispatch_event(&event);
    }
}
