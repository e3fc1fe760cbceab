//! The view switch, as a WAI-ARIA tab list: one tab in the Tab order; arrows move focus between
//! tabs, Enter or Space (or a click) opens one (manual activation: an arrow press does not make
//! a screen reader speak a whole step, and a deferred view loads only when asked for).
//! On a phone the row scrolls sideways; a shadow at either end shows there is more that way
//! (the stylesheet alone: see widget.css).

use yew::prelude::*;

use crate::story::Content;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub content: &'static Content,
    pub current: usize,
    /// A tab whose view is on its way (shown busy).
    #[prop_or_default]
    pub loading: Option<usize>,
    pub on_select: Callback<usize>,
}

#[component]
pub fn Tabs(props: &TabsProps) -> Html {
    let count = props.content.views.len();
    let list = use_node_ref();
    let onkeydown = {
        let (ids, list) = (
            props
                .content
                .views
                .iter()
                .map(|v| format!("ke-tab-{}", v.id))
                .collect::<Vec<_>>(),
            list.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let target: Option<web_sys::Element> = e.target_dyn_into();
            let at = target
                .and_then(|t| ids.iter().position(|id| *id == t.id()))
                .unwrap_or(0);
            let to = match e.key().as_str() {
                "ArrowRight" => (at + 1) % count,
                "ArrowLeft" => (at + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            e.prevent_default();
            focus_tab(&list, to);
        })
    };
    let tabs = props.content.views.iter().enumerate().map(|(i, view)| {
        let selected = i == props.current;
        let onclick = props.on_select.reform(move |_| i);
        html! {
            <button type="button" role="tab" id={format!("ke-tab-{}", view.id)} class="ke-tab"
                aria-selected={selected.to_string()} aria-controls="ke-panel"
                aria-busy={(props.loading == Some(i)).then_some("true")}
                tabindex={if selected { "0" } else { "-1" }} {onclick}>
                { &*view.tab }
            </button>
        }
    });
    html! {
        <div class="ke-tabs" part="tabs" role="tablist" aria-label={props.content.ui.views_label.clone()} ref={list} {onkeydown}>
            { for tabs }
        </div>
    }
}

/// Moves focus to a tab (the selection stays until it is opened).
fn focus_tab(list: &NodeRef, index: usize) {
    if let Some(tab) = list
        .cast::<web_sys::Element>()
        .and_then(|l| l.children().item(index as u32))
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
    {
        let _ = tab.focus();
    }
}
