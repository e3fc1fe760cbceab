//! Narration with its glossary words as buttons (a tap, click, Enter or Space shows the word's
//! plain meaning under the paragraph, and again hides it), cut into sentences so the one being
//! read aloud can be highlighted.

use yew::prelude::*;

use crate::story::glossary::{slice, spans, Span};
use crate::story::sentences::Sentences;
use crate::story::{Content, Text};

#[derive(Properties, PartialEq)]
pub struct GlossedProps {
    pub content: &'static Content,
    pub text: Text,
    /// `text`'s sentences, as byte ranges.
    pub sentences: Sentences,
    /// The sentence being read aloud, if any.
    #[prop_or_default]
    pub reading: Option<usize>,
}

#[component]
pub fn Glossed(props: &GlossedProps) -> Html {
    // The open word, by its entry's term (not its place: the compiled-in glossary is a part of
    // the whole one that replaces it when the rest of the language arrives).
    let open = use_state_eq(|| None::<Text>);
    #[cfg(feature = "test-hooks")]
    let guard = crate::ui::guard::use_guard();
    let glossary = &props.content.glossary;
    let text: &str = &props.text;
    let ranges = &props.sentences;
    let mut sentences: Vec<Vec<Html>> = vec![Vec::new(); ranges.len().max(1)];
    let sentence_at = |at: usize| ranges.iter().position(|r| r.contains(&at)).unwrap_or(0);
    let mut at = 0;
    for span in spans(text, glossary) {
        match span {
            Span::Plain(run) => {
                // A plain run may cross sentence ends: cut it there.
                let mut from = at;
                while from < at + run.len() {
                    let s = sentence_at(from);
                    let to = ranges
                        .get(s)
                        .map_or(at + run.len(), |r| r.end.min(at + run.len()));
                    sentences[s].push(html! { { slice(text, from, to) } });
                    from = to;
                }
            }
            Span::Term(word, entry) => {
                let term = glossary[entry].term.clone();
                let expanded = open.as_ref() == Some(&term);
                let onclick = {
                    let open = open.clone();
                    #[cfg(feature = "test-hooks")]
                    let guard = guard.clone();
                    Callback::from(move |_: MouseEvent| {
                        #[cfg(feature = "test-hooks")]
                        guard.test_panic(crate::story::TestPanic::Term);
                        open.set((!expanded).then(|| term.clone()))
                    })
                };
                // Escape closes an open definition (and goes no further: it is handled here).
                let onkeydown = {
                    let open = open.clone();
                    Callback::from(move |e: KeyboardEvent| {
                        if e.key() == "Escape" && expanded {
                            e.stop_propagation();
                            open.set(None);
                        }
                    })
                };
                sentences[sentence_at(at)].push(html! {
                    <button type="button" class="ke-term" aria-expanded={expanded.to_string()} aria-controls="ke-def" {onclick} {onkeydown}>
                        { word }
                    </button>
                });
            }
        }
        at += match span {
            Span::Plain(t) | Span::Term(t, _) => t.len(),
        };
    }
    let definition = open
        .as_ref()
        .and_then(|t| glossary.iter().find(|g| g.term == *t));
    html! {
        <>
            <p class="ke-text">
                { for sentences.into_iter().enumerate().map(|(i, parts)| html! {
                    <span class={classes!("ke-sentence", (props.reading == Some(i)).then_some("reading"))}>{ for parts }</span>
                }) }
            </p>
            <p class="ke-def" id="ke-def" aria-live="polite" aria-atomic="true" hidden={definition.is_none()}>
                if let Some(term) = definition {
                    <strong>{ &*term.term }</strong>{ ": " }{ &*term.meaning }
                }
            </p>
        </>
    }
}
