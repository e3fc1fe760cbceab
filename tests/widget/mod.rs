//! The browser tests' helper verbs: mount the App with the shipped stylesheet, click, press a
//! key, read what the widget shows. Each `tests/web.rs` test reads like a script through them.

use ketamine_explainer::story::audience::{view_for, Audience};
use ketamine_explainer::story::{pack, Content, Position, Step};
use ketamine_explainer::ui::{prerendered, App, AppProps};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::Callback;

/// A mounted widget; dropping it destroys the app and removes its root.
pub struct Widget {
    pub root: Element,
    app: Option<yew::AppHandle<App>>,
}

impl Drop for Widget {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

pub async fn settle() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

/// Waits (up to 10 s of the page's clock, looking every 10 ms) until `done` holds; panics naming
/// `what` if it never does. A render can take more than one tick (the snow view prepares its
/// field first), and WebKit under a loaded machine can take seconds for a first paint.
pub async fn until(what: &str, done: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    while !done() {
        if js_sys::Date::now() - start > 10_000.0 {
            panic!("still not so after 10 s: {what}");
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

/// English with every view: the wasm compiles English in without its deferred views, which the
/// embedding loads from `lang-en.txt` when a patient opens one; here that file is read once,
/// its pictures added as the embedding adds them.
pub fn whole_english() -> &'static Content {
    thread_local! {
        static WHOLE: &'static Content = {
            let file = include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/target/generated/public/lang-en.txt"
            ));
            let (packed, fragments) = file.split_once(pack::FILE_SEP).unwrap();
            prerendered::add("en", fragments);
            Box::leak(Box::new(pack::unpack(packed).expect("lang-en.txt unpacks")))
        };
    }
    WHOLE.with(|w| *w)
}

/// The index of view `view` (by id, so a new view does not shift a test).
pub fn view_index(view: &str) -> usize {
    whole_english()
        .views
        .iter()
        .position(|v| v.id == view)
        .unwrap()
}

/// The steps of view `v` a page with no programme settings shows (the default audience).
pub fn shown_steps(v: usize) -> &'static [Step] {
    &view_for(&whole_english().views[v], Audience::default()).steps
}

/// The index of step `step` of view `view` among those shown (by id, so a new step does not
/// shift a test).
pub fn step_index(view: &str, step: &str) -> (usize, usize) {
    let v = view_index(view);
    let s = shown_steps(v).iter().position(|s| s.id == step).unwrap();
    (v, s)
}

pub async fn mount(view: usize) -> Widget {
    mount_at(view, 0).await
}

/// Mounts with the widget's own stylesheet, so computed styles are the real ones.
pub async fn mount_at(view: usize, step: usize) -> Widget {
    mount_with(whole_english(), Position { view, step }, Callback::noop()).await
}

/// Mounts `content` at `start`; `load_whole` is what the embedding would do for a view whose
/// steps are not there.
pub async fn mount_with(
    content: &'static Content,
    start: Position,
    load_whole: Callback<Callback<&'static Content>>,
) -> Widget {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    let style = doc.create_element("style").unwrap();
    // The sheet as shipped (minified, with the generated highlight rules).
    style.set_text_content(Some(include_str!(concat!(
        env!("OUT_DIR"),
        "/style.min.css"
    ))));
    root.append_child(&style).unwrap();
    let host = doc.create_element("div").unwrap();
    root.append_child(&host).unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let props = yew::props!(AppProps {
        content,
        start,
        load_whole
    });
    let app = yew::Renderer::<App>::with_root_and_props(host, props).render();
    settle().await;
    Widget {
        root,
        app: Some(app),
    }
}

impl Widget {
    pub fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
    }
    pub async fn click(&self, selector: &str) {
        self.find(selector)
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        settle().await;
    }
    pub async fn press(&self, key: &str, on: &str) {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.find(on).dispatch_event(&event).unwrap();
        settle().await;
    }
    /// Waits until the step title reads `title` (a render may land a frame after the input,
    /// as in WebKit).
    pub async fn until_title(&self, title: &str) {
        until(&format!("the step title reads {title:?}"), || {
            self.step_title() == title
        })
        .await
    }
    pub fn step_title(&self) -> String {
        self.find("#ke-step-title")
            .text_content()
            .unwrap_or_default()
    }
    /// The tab `view` is the selected one.
    pub fn selected(&self, view: &str) -> bool {
        self.find(&format!("#ke-tab-{view}"))
            .get_attribute("aria-selected")
            .as_deref()
            == Some("true")
    }
    pub fn svg(&self, attr: &str) -> String {
        self.find(".ke-svg").get_attribute(attr).unwrap_or_default()
    }
}
