//! `mount(element, attributes)`: called by embed.js for each `<ketamine-explainer>` (or
//! `<div data-ketamine-explainer>`). Renders into the element's own open shadow root, so the
//! host's CSS cannot reach in and ours cannot leak out, and tells the host what happens through
//! `ketamine-explainer:*` events on the element.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{
    CssStyleSheet, CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRootInit,
    ShadowRootMode,
};
use yew::Callback;

use crate::embed::config::{self, Config};
use crate::embed::{fault, preview};
use crate::story::{content_for, Content, EN, LANGUAGES};
use crate::ui::{App, AppProps, Position};

/// The widget's stylesheet, minified by build.rs and shared by every instance on the page.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));
thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

fn sheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(CSS)?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}

/// One mounted widget. `destroy()` stops its timers and frees the app; the element can be
/// mounted again afterwards. (Exported to JS by `main.rs`: a bin keeps only its own exports.)
pub struct Handle {
    app: Option<yew::AppHandle<App>>,
    /// Dropped on destroy too: a kept reference would keep the removed nodes (and the event
    /// listeners yew put on them) alive.
    container: Option<Element>,
    host: Element,
}

impl Handle {
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if let Some(container) = self.container.take() {
            container.remove();
            fault::remove(&self.host);
        }
    }
}

/// Mounts a widget in `host`, configured by `attrs`: an array of `[name, value]` pairs.
pub fn mount(host: Element, attrs: js_sys::Array) -> Result<Handle, JsValue> {
    let config = read_config(&EN, &attrs);
    let content: &'static Content = content_for(&config.lang).unwrap_or(&EN);
    warn_missing_once(content);
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet()?.as_ref()));
    shadow.set_inner_html(""); // the loading placeholder, or an earlier mount's remains
    let container = gloo::utils::document().create_element("div")?;
    container.set_class_name("ke-host");
    if let Some(accent) = &config.accent {
        // CSSOM, not a style attribute: allowed under a strict style-src CSP.
        container
            .unchecked_ref::<HtmlElement>()
            .style()
            .set_property("--ke-accent", accent)?;
    }
    shadow.append_child(&container)?;

    let start = match (
        config.url_hash,
        content.views.iter().position(|v| v.id == config.view),
    ) {
        (true, _) => preview::read_hash(content),
        (false, Some(view)) => Position { view, step: 0 },
        (false, None) => Position::default(),
    };
    let props = AppProps {
        content,
        start,
        autoplay: config.autoplay,
        clinic: config.clinic.clone(),
        test_panic: config.test_panic,
        on_change: on_change(host.clone(), content, config.url_hash),
        on_active: Callback::from({
            let host = host.clone();
            move |()| fault::enter(&host)
        }),
        on_contact: Callback::from({
            let host = host.clone();
            move |kind: &'static str| emit(&host, "contact", &[("kind", kind.into())])
        }),
    };
    fault::add(&host, &content.ui.broken);
    let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
    Ok(Handle {
        app: Some(app),
        container: Some(container),
        host,
    })
}

fn read_config(content: &Content, attrs: &js_sys::Array) -> Config {
    let pairs: Vec<(String, String)> = attrs
        .iter()
        .filter_map(|pair| {
            let pair = pair.dyn_into::<js_sys::Array>().ok()?;
            Some((
                pair.get(0).as_string()?,
                pair.get(1).as_string().unwrap_or_default(),
            ))
        })
        .collect();
    let views: Vec<&str> = content.views.iter().map(|v| v.id.as_ref()).collect();
    let browser = gloo::utils::window()
        .navigator()
        .language()
        .unwrap_or_default();
    let languages: Vec<&str> = LANGUAGES.iter().map(|c| c.lang.as_ref()).collect();
    let (config, warnings) = config::parse(&pairs, &languages, &views, &browser);
    for warning in warnings {
        web_sys::console::warn_1(&warning.into());
    }
    config
}

/// Words a language lacks are shown in English; say so once per language and page.
fn warn_missing_once(content: &Content) {
    thread_local! {
        static WARNED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }
    if content.missing.is_empty() || WARNED.with(|w| w.borrow().iter().any(|l| *l == content.lang))
    {
        return;
    }
    WARNED.with(|w| w.borrow_mut().push(content.lang.to_string()));
    let keys = content
        .missing
        .iter()
        .map(|k| k.as_ref())
        .collect::<Vec<_>>()
        .join(", ");
    web_sys::console::warn_1(
        &format!(
            "ketamine-explainer: no \"{}\" text for {keys}; showing English there",
            content.lang
        )
        .into(),
    );
}

/// Step changes become `ketamine-explainer:step` events (the first is preceded by `:ready`,
/// a view's last step is followed by `:complete`), and the URL hash in the preview.
fn on_change(host: Element, content: &'static Content, url_hash: bool) -> Callback<Position> {
    let ready = std::cell::Cell::new(false);
    Callback::from(move |p: Position| {
        if !ready.replace(true) {
            emit(&host, "ready", &[]);
        }
        let view = &content.views[p.view];
        let total = view.steps.len();
        let detail = [
            ("view", view.id.as_ref().into()),
            ("step", (p.step + 1).into()),
            ("total", total.into()),
        ];
        emit(&host, "step", &detail);
        if p.step + 1 == total {
            emit(&host, "complete", &detail[..1]);
        }
        if url_hash {
            preview::write_hash(content, p);
        }
    })
}

/// Dispatches `ketamine-explainer:<name>` on the host element, bubbling out of shadow DOM.
pub(super) fn emit(host: &Element, name: &str, detail: &[(&str, JsValue)]) {
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
