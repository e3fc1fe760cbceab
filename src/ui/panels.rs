//! The fair-balance and reference panels: the risks of the treatments a view is about (shown
//! on every step, beside the benefits), and every reference the story cites.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::story::{Content, Reference, Risks, Text, View};

#[derive(Properties, PartialEq)]
pub struct RisksProps {
    pub content: &'static Content,
    pub view: &'static View,
    /// Prefix of the panels' heading ids (the printed copy uses its own).
    #[prop_or(AttrValue::Static("ke"))]
    pub prefix: AttrValue,
    /// The handout's copy: the rest open (paper has no control; print hides its label).
    #[prop_or_default]
    pub printed: bool,
}

/// The risk panels a view names, in its order.
pub fn panels(
    content: &'static Content,
    view: &'static View,
) -> impl Iterator<Item = &'static Risks> {
    view.risks
        .iter()
        .filter_map(|id| content.risks.iter().find(|r| r.id == *id))
}

/// The view's risk panels, then where to get help in a crisis. Each panel shows its most
/// serious risks (the boxed warning, the commonest in numbers) and the rest behind one native
/// disclosure (a keyboard and every screen reader know it), which "All risks" in the dock opens.
#[component]
pub fn RiskPanels(props: &RisksProps) -> Html {
    let item = |text: &Text| html! { <li>{ &**text }</li> };
    let more_label = |n: usize| props.content.ui.more_risks.replace("{n}", &n.to_string());
    html! {
        <>
        { for panels(props.content, props.view).map(|risks| html! {
            <section class="ke-risks" part="risks" aria-labelledby={format!("{}-risks-{}", props.prefix, risks.id)}>
                <h3 id={format!("{}-risks-{}", props.prefix, risks.id)}>{ &*risks.title }</h3>
                <ul>{ for risks.items.iter().map(item) }</ul>
                if !risks.more.is_empty() {
                    <details class="ke-risks-more" open={props.printed}>
                        <summary>{ more_label(risks.more.len()) }</summary>
                        <ul>{ for risks.more.iter().map(item) }</ul>
                    </details>
                }
            </section>
        }) }
        <p class="ke-crisis">{ &*props.content.ui.crisis }</p>
        </>
    }
}

/// The view's main risks in one line, above Back · Next on every step (a plain function: it
/// has no state of its own).
pub fn risk_line(content: &'static Content, view: &'static View) -> Html {
    let summary = if view.risk_line.is_empty() {
        panels(content, view)
            .map(|r| r.summary.as_ref())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        view.risk_line.to_string()
    };
    html! {
        <p class="ke-risk-line">
            <span class="ke-risk-mark" aria-hidden="true">{ "!" }</span>
            <span>{ summary }</span>
        </p>
    }
}

/// The way from the dock to the full risk list (`target`, which the button opens in full and
/// focuses): between Back and Next, so the risk line above stays as short as it can be.
pub fn all_risks(content: &'static Content, target: &NodeRef) -> Html {
    let target = target.clone();
    let go = Callback::from(move |_: MouseEvent| {
        if let Some(list) = target.cast::<web_sys::HtmlElement>() {
            if let Ok(more) = list.query_selector_all("details") {
                for i in 0..more.length() {
                    more.item(i)
                        .map(|d| d.unchecked_into::<Element>().set_attribute("open", ""));
                }
            }
            let _ = list.focus(); // a patient's own click: focus scrolls the list into view
        }
    });
    html! {
        <button type="button" class="ke-link" id="ke-all-risks" onclick={go}>
            { &*content.ui.all_risks }<span aria-hidden="true">{ "\u{a0}↓" }</span>
        </button>
    }
}

/// One reference as a list item: citation, then DOI/PMID.
pub fn reference_item(r: &Reference) -> Html {
    html! {
        <li>
            { &*r.cite }
            if !r.id.is_empty() { { " " }<span class="ke-ref-id">{ &*r.id }</span> }
        </li>
    }
}

/// Every reference, behind one disclosure at the bottom of the widget (a plain function: no
/// state). The compiled-in English has none: opening it asks for them (`on_later`).
pub fn references(content: &'static Content, on_later: &Callback<()>) -> Html {
    let later = content.references.is_empty();
    html! {
        <details class="ke-references">
            <summary onclick={later.then_some(on_later.reform(|_: MouseEvent| ()))}>{ &*content.ui.references }</summary>
            <p class="ke-checked">{ &*content.ui.sources_checked }</p>
            <ol aria-busy={later.then_some("true")}>{ for content.references.iter().map(reference_item) }</ol>
        </details>
    }
}
