//! The browser tests' helper verbs: mount the App with the shipped stylesheet, click, press a
//! key, read what the widget shows. Each `tests/web.rs` test reads like a script through them.

use ketamine_explainer::story::{Position, EN};
use ketamine_explainer::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

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

pub async fn mount(view: usize) -> Widget {
    mount_at(view, 0).await
}

/// Mounts with the widget's own stylesheet, so computed styles are the real ones.
pub async fn mount_at(view: usize, step: usize) -> Widget {
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
        content: &EN,
        start: Position { view, step }
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
    pub fn step_title(&self) -> String {
        self.find("#ke-step-title")
            .text_content()
            .unwrap_or_default()
    }
    pub fn svg(&self, attr: &str) -> String {
        self.find(".ke-svg").get_attribute(attr).unwrap_or_default()
    }
}
