//! The whole explanation as plain HTML, rendered at build time (yew's server renderer, see
//! the generator, xtask/): what visitors without JavaScript or WebAssembly read, and what
//! search engines index. Semantic markup only, so the host page's own styles apply.

use yew::prelude::*;

use crate::story::Content;
use crate::ui::panels::panels;
use crate::ui::reference_item;

#[derive(Properties, PartialEq)]
pub struct StaticTextProps {
    pub content: &'static Content,
}

#[component]
pub fn StaticText(props: &StaticTextProps) -> Html {
    let c = props.content;
    let mut shown: Vec<&str> = Vec::new();
    html! {
        <article class="ke-static" lang={c.lang.clone()}>
            <h2>{ &*c.ui.widget_title }</h2>
            { for c.views.iter().map(|view| {
                let risks: Vec<_> = panels(c, view).filter(|r| !shown.contains(&r.id.as_ref())).collect();
                shown.extend(risks.iter().map(|r| r.id.as_ref()));
                html! {
                    <section>
                        <h3>{ &*view.tab }</h3>
                        <ol>
                            { for view.steps.iter().map(|s| html! {
                                <li>
                                    <h4>{ &*s.title }</h4>
                                    <p>{ &*s.text }</p>
                                    if !s.note.is_empty() { <p>{ &*s.note }</p> }
                                    <p>{ &*c.ui.picture }{ " " }{ &*s.alt }</p>
                                </li>
                            }) }
                        </ol>
                        { for risks.iter().map(|r| html! {
                            <>
                                <h4>{ &*r.title }</h4>
                                <ul>{ for r.all_items().map(|i| html! { <li>{ &**i }</li> }) }</ul>
                            </>
                        }) }
                    </section>
                }
            }) }
            <p><strong>{ &*c.ui.crisis }</strong></p>
            <h3>{ &*c.ui.ask_title }</h3>
            <p>{ &*c.ui.ask_text }{ " " }{ &*c.ui.cta_neutral }</p>
            <h3>{ &*c.ui.references }</h3>
            <ol>{ for c.references.iter().map(reference_item) }</ol>
            <p><strong>{ &*c.ui.disclaimer }</strong></p>
        </article>
    }
}
