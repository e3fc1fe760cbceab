//! Narration with its glossary words as buttons: a tap, click, Enter or Space shows the word's
//! plain meaning under the paragraph (and again hides it).

use yew::prelude::*;

use crate::story::glossary::{spans, Span};
use crate::story::{Content, Text};

#[derive(Properties, PartialEq)]
pub struct GlossedProps {
    pub content: &'static Content,
    pub text: Text,
}

#[component]
pub fn Glossed(props: &GlossedProps) -> Html {
    let open = use_state_eq(|| None::<usize>);
    let glossary = &props.content.glossary;
    let parts = spans(&props.text, glossary).into_iter().map(|span| match span {
        Span::Plain(text) => html! { { text } },
        Span::Term(word, entry) => {
            let expanded = *open == Some(entry);
            let onclick = {
                let open = open.clone();
                Callback::from(move |_: MouseEvent| open.set((!expanded).then_some(entry)))
            };
            html! {
                <button type="button" class="ke-term" aria-expanded={expanded.to_string()} aria-controls="ke-def" {onclick}>
                    { word }
                </button>
            }
        }
    });
    let definition = open.and_then(|i| glossary.get(i));
    html! {
        <>
            <p class="ke-text">{ for parts }</p>
            <p class="ke-def" id="ke-def" hidden={definition.is_none()}>
                if let Some(term) = definition {
                    <strong>{ &*term.term }</strong>{ ": " }{ &*term.meaning }
                }
            </p>
        </>
    }
}
