//! The fair-balance and reference panels: the risks of the treatments a view is about (shown
//! on every step, beside the benefits), and every reference the story cites.

use yew::prelude::*;

use crate::story::{Content, Reference, Risks, View};

#[derive(Properties, PartialEq)]
pub struct RisksProps {
    pub content: &'static Content,
    pub view: &'static View,
    /// Prefix of the panels' heading ids (the printed copy uses its own).
    #[prop_or(AttrValue::Static("ke"))]
    pub prefix: AttrValue,
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

/// The view's risk panels, always open, then where to get help in a crisis.
#[component]
pub fn RiskPanels(props: &RisksProps) -> Html {
    html! {
        <>
        { for panels(props.content, props.view).map(|risks| html! {
            <section class="ke-risks" part="risks" aria-labelledby={format!("{}-risks-{}", props.prefix, risks.id)}>
                <h3 id={format!("{}-risks-{}", props.prefix, risks.id)}>{ &*risks.title }</h3>
                <ul>{ for risks.items.iter().map(|item| html! { <li>{ &**item }</li> }) }</ul>
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

/// The way from the dock to the full risk list (`target`, which the button focuses): between
/// Back and Next, so the risk line above stays as short as it can be.
pub fn all_risks(content: &'static Content, target: &NodeRef) -> Html {
    let target = target.clone();
    let go = Callback::from(move |_: MouseEvent| {
        if let Some(list) = target.cast::<web_sys::HtmlElement>() {
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

#[derive(Properties, PartialEq)]
pub struct ReferencesProps {
    pub content: &'static Content,
}

/// Every reference, behind one disclosure at the bottom of the widget.
#[component]
pub fn References(props: &ReferencesProps) -> Html {
    html! {
        <details class="ke-references">
            <summary>{ &*props.content.ui.references }</summary>
            <p class="ke-checked">{ &*props.content.ui.sources_checked }</p>
            <ol>{ for props.content.references.iter().map(reference_item) }</ol>
        </details>
    }
}
