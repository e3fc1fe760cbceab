//! A reusable root for one widget. Yew never removes the event listeners it puts on an app's
//! root element (`HostHandlers::add_listener` forgets them), so every destroyed app would leave
//! its root element and two listeners behind. `embed::mount` therefore parks a widget's root
//! when the widget is destroyed and reuses it for the next one: a page that creates and removes
//! widgets all day keeps only as many roots as it ever showed at once.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::{App, AppProps};

#[derive(Properties, PartialEq, Clone, Default)]
pub struct SlotProps {
    /// The widget to show; `None` while parked.
    pub widget: Option<Rc<AppProps>>,
    /// A new id for every mount: the widget starts afresh, never with the last one's state.
    pub id: u32,
}

#[component]
pub fn Slot(props: &SlotProps) -> Html {
    match &props.widget {
        Some(widget) => html! { <App key={props.id} ..(**widget).clone() /> },
        None => html! {},
    }
}
