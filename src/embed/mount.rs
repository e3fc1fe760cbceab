//! `mount(element, attributes)`: called by embed.js for each `<ketamine-explainer>` (or
//! `<div data-ketamine-explainer>`). Renders into the element's own open shadow root, so the
//! host's CSS cannot reach in and ours cannot leak out, and tells the host what happens through
//! `ketamine-explainer:*` events on the element.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

use crate::embed::config::{self, Config};
use crate::embed::events::emit;
use crate::embed::{fault, languages, preview, styles};
use crate::story::audience::{view_for, Audience};
use crate::story::{Content, Position, EN, LANGUAGE_CODES};
use crate::ui::{AppProps, Slot, SlotProps};

/// One mounted widget. `destroy()` stops its timers and parks its root for the next mount; the
/// element can be mounted again afterwards. (Exported to JS by `main.rs`.)
pub struct Handle(Rc<RefCell<Mounted>>);

struct Mounted {
    host: Element,
    /// `None` until the widget's language is here (at once for English).
    root: Option<Root>,
    destroyed: bool,
    /// Pins the widget's user events to it (`fault::pin_events`); dropped on destroy.
    pins: Vec<gloo::events::EventListener>,
}

/// A yew app and the element it renders into (see `ui::Slot` for why roots are reused).
struct Root {
    app: AppHandle<Slot>,
    container: Element,
}

thread_local! {
    static PARKED: RefCell<Vec<Root>> = const { RefCell::new(Vec::new()) };
    static MOUNTS: Cell<u32> = const { Cell::new(0) };
}

impl Root {
    fn take_or_new() -> Result<Root, JsValue> {
        if let Some(root) = PARKED.with(|p| p.borrow_mut().pop()) {
            return Ok(root);
        }
        let container = gloo::utils::document().create_element("div")?;
        container.set_class_name("ke-host");
        let app = yew::Renderer::<Slot>::with_root(container.clone()).render();
        Ok(Root { app, container })
    }
}

impl Handle {
    pub fn destroy(&mut self) {
        let mut mounted = self.0.borrow_mut();
        mounted.destroyed = true;
        mounted.pins.clear();
        if let Some(mut root) = mounted.root.take() {
            // Unmounting the widget drops its timers and animation loop.
            root.app.update(SlotProps::default());
            root.container.remove();
            fault::remove(&mounted.host);
            PARKED.with(|p| p.borrow_mut().push(root));
        }
    }
}

/// Mounts a widget in `host`, configured by `attrs` (an array of `[name, value]` pairs); `base`
/// is the URL of the widget's folder, where other languages' files are; `css` the widget's
/// stylesheet (kept from the first mount).
pub fn mount(
    host: Element,
    attrs: js_sys::Array,
    (base, fetch_text): (String, js_sys::Function),
    css: String,
) -> Result<Handle, JsValue> {
    styles::keep(css);
    let config = read_config(&EN, &attrs);
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let handle = Handle(Rc::new(RefCell::new(Mounted {
        pins: fault::pin_events(&host, &shadow),
        host,
        root: None,
        destroyed: false,
    })));
    let (mounted, lang) = (handle.0.clone(), config.lang.clone());
    // A page that opens on a deferred view waits for all its views, as for another language.
    let whole = EN.views[start_at(&EN, &config).view].steps.is_empty();
    let load_whole = {
        let (lang, base, fetch_text) = (lang.clone(), base.clone(), fetch_text.clone());
        Callback::from(move |answer: Callback<&'static Content>| {
            let answer = Box::new(move |c| answer.emit(c));
            languages::with_content(&lang, true, &base, &fetch_text, answer)
        })
    };
    let begin: languages::Waiter = Box::new(move |content| {
        let mut m = mounted.borrow_mut();
        if m.destroyed {
            return; // removed while its language loaded
        }
        match start(&m.host, &shadow, content, &config, load_whole) {
            Ok(root) => m.root = Some(root),
            Err(e) => web_sys::console::error_2(&"ketamine-explainer: could not start:".into(), &e),
        }
    });
    languages::with_content(&lang, whole, &base, &fetch_text, begin);
    Ok(handle)
}

/// Where the widget opens: the page's view, or in the preview the URL hash's step.
fn start_at(content: &Content, config: &Config) -> Position {
    match (
        config.url_hash,
        content.views.iter().position(|v| v.id == config.view),
    ) {
        (true, _) => preview::read_hash(content),
        (false, Some(view)) => Position { view, step: 0 },
        (false, None) => Position::default(),
    }
}

/// Renders the widget into the host's shadow root, in a parked or new root.
fn start(
    host: &Element,
    shadow: &ShadowRoot,
    content: &'static Content,
    config: &Config,
    load_whole: Callback<Callback<&'static Content>>,
) -> Result<Root, JsValue> {
    languages::warn_missing_once(content);
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(styles::sheet()?.as_ref()));
    // The loading placeholder, a fallback or an earlier mount's remains go; the first screen
    // (assets/first.js, drawn alone into an empty root) stays, its boxes untouched, until this
    // widget has drawn itself: its paint is often the page's largest, and Chrome forgets a paint
    // whose boxes are taken down before it has reported it.
    if shadow.query_selector("[data-ke-first]")?.is_none() {
        shadow.set_inner_html("");
    }
    let mut root = Root::take_or_new()?;
    // CSSOM, not a style attribute: allowed under a strict style-src CSP.
    let style = root.container.unchecked_ref::<HtmlElement>().style();
    // The box embed.js reserved, kept until the widget has drawn itself (`on_change`): a frame
    // can be painted between adopting the widget's sheet and yew's first render, and the page
    // below would jump.
    style.set_property("min-height", "640px")?;
    match &config.accent {
        Some(accent) => style.set_property("--ke-accent", accent)?,
        None => drop(style.remove_property("--ke-accent")?),
    }
    // Set only by theme::apply, for this host: a reused root must not keep an earlier host's.
    style.remove_property("--ke-text")?;
    shadow.append_child(&root.container)?;
    super::theme::apply(root.container.unchecked_ref())?;

    let props = AppProps {
        content,
        start: start_at(content, config),
        autoplay: config.autoplay,
        clinic: config.clinic.clone(),
        audience: config.audience,
        check: !config.check_off,
        #[cfg(feature = "test-hooks")]
        test_panic: config.test_panic,
        on_change: on_change(
            (host.clone(), style),
            (content.lang.to_string(), config.audience),
            config.url_hash,
        ),
        load_whole,
        on_active: Callback::from({
            let host = host.clone();
            move |()| fault::enter(&host)
        }),
        on_print: Callback::from({
            let shadow = shadow.clone();
            move |()| super::print::handout(&shadow, &styles::css_now())
        }),
        on_contact: Callback::from({
            let host = host.clone();
            move |kind: &'static str| emit(&host, "contact", &[("kind", kind.into())])
        }),
    };
    fault::add(host, &content.ui.broken);
    let id = MOUNTS.with(|m| m.replace(m.get() + 1));
    root.app.update(SlotProps {
        widget: Some(Rc::new(props)),
        id,
    });
    Ok(root)
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
    let (config, warnings) = config::parse(&pairs, &LANGUAGE_CODES, &views, &browser);
    for warning in warnings {
        web_sys::console::warn_1(&warning.into());
    }
    config
}

/// Step changes become `ketamine-explainer:step` events (the first is preceded by `:ready`,
/// a view's last step is followed by `:complete`), and the URL hash in the preview. Read from
/// the language's newest content: a deferred view's steps arrive after the widget starts.
fn on_change(
    (host, reserved): (Element, web_sys::CssStyleDeclaration),
    (lang, audience): (String, Audience),
    url_hash: bool,
) -> Callback<Position> {
    let ready = std::cell::Cell::new(false);
    Callback::from(move |p: Position| {
        if !ready.replace(true) {
            let _ = reserved.remove_property("min-height"); // drawn: the reserved box may go
            emit(&host, "ready", &[]);
        }
        let content = languages::newest(&lang);
        let view = view_for(&content.views[p.view], audience);
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
