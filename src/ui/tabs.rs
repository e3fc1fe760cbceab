//! The view switch, as a WAI-ARIA tab list: one tab in the Tab order; arrows move focus between
//! tabs, Enter or Space (or a click) opens one (manual activation: an arrow press does not make
//! a screen reader speak a whole step, and a deferred view loads only when asked for).
//! On a phone the row scrolls sideways; an arrow over a fade at either end shows there is more
//! that way (a tap or click scrolls there; keys move through the tabs themselves).

use yew::prelude::*;

use crate::story::Content;
use crate::ui::browser;
use crate::ui::guard::use_guard;

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
    let more = use_more_either_side(&list, props.current);
    let cue = |side: &'static str, shown: bool, glyph: &'static str| {
        let list = list.clone();
        let onclick = Callback::from(move |_: MouseEvent| scroll_row(&list, side == "next"));
        // Hidden from screen readers and the Tab order: the tab list itself is the way there.
        html! {
            <button type="button" class={classes!("ke-tabs-more", side)} hidden={!shown}
                aria-hidden="true" tabindex="-1" {onclick}>{ glyph }</button>
        }
    };
    let (prev, next) = (cue("prev", more.0, "‹"), cue("next", more.1, "›"));
    html! {
        <div class="ke-tabs-row">
            <div class="ke-tabs" part="tabs" role="tablist" aria-label={props.content.ui.views_label.clone()} ref={list} {onkeydown}>
                { for tabs }
            </div>
            { prev }
            { next }
        </div>
    }
}

/// Whether the tab row has more to its left and to its right, measured after each render and
/// on each scroll of the row.
#[hook]
fn use_more_either_side(list: &NodeRef, current: usize) -> (bool, bool) {
    let more = use_state_eq(|| (false, false));
    let guard = use_guard();
    {
        let (list, more) = (list.clone(), more.clone());
        use_effect_with(current, move |_| {
            let measure = move |list: &NodeRef| {
                if let Some(row) = list.cast::<web_sys::Element>() {
                    let (left, room) = (row.scroll_left(), row.scroll_width() - row.client_width());
                    more.set((left > 1, left < room - 1));
                }
            };
            measure(&list);
            let on_scroll = {
                let list = list.clone();
                move || measure(&list)
            };
            let listener = browser::listen(&guard, &list, "scroll", on_scroll);
            move || drop(listener)
        });
    }
    *more
}

/// Scrolls the tab row most of its width towards its end (`forward`) or its start.
fn scroll_row(list: &NodeRef, forward: bool) {
    if let Some(row) = list.cast::<web_sys::Element>() {
        let step = row.client_width() * 3 / 4;
        row.set_scroll_left(row.scroll_left() + if forward { step } else { -step });
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
