//! Narration with its glossary words as buttons (a tap, click, Enter or Space shows the word's
//! plain meaning under the paragraph, and again hides it), cut into sentences so the one being
//! read aloud can be highlighted.

use std::ops::Range;

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
                cut_at_sentence_ends(text, ranges, at..at + run.len(), &mut sentences)
            }
            Span::Term(word, entry) => {
                let term = &glossary[entry].term;
                #[cfg(feature = "test-hooks")]
                let open = (open.clone(), guard.clone());
                sentences[sentence_at(at)].push(term_button(word, term, &open));
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

/// A plain run of the text (`run`, byte offsets) into the sentences it crosses.
fn cut_at_sentence_ends(text: &str, ranges: &Sentences, run: Range<usize>, into: &mut [Vec<Html>]) {
    let mut from = run.start;
    while from < run.end {
        let s = ranges.iter().position(|r| r.contains(&from)).unwrap_or(0);
        let to = ranges.get(s).map_or(run.end, |r| r.end.min(run.end));
        into[s].push(html! { { slice(text, from, to) } });
        from = to;
    }
}

/// The open word's state, and (with the test hooks) the widget's guard, for its test panic.
#[cfg(not(feature = "test-hooks"))]
type Open = UseStateHandle<Option<Text>>;
#[cfg(feature = "test-hooks")]
type Open = (UseStateHandle<Option<Text>>, crate::ui::guard::Guard);

/// A glossary word as a button: a click opens its meaning (or closes it, if open); Escape
/// closes it and goes no further.
fn term_button(word: &str, term: &Text, open: &Open) -> Html {
    #[cfg(feature = "test-hooks")]
    let (open, guard) = (&open.0, open.1.clone());
    let expanded = open.as_ref() == Some(term);
    let onclick = {
        let (open, term) = (open.clone(), term.clone());
        Callback::from(move |_: MouseEvent| {
            #[cfg(feature = "test-hooks")]
            guard.test_panic(crate::story::TestPanic::Term);
            open.set((!expanded).then(|| term.clone()))
        })
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && expanded {
                e.stop_propagation();
                open.set(None);
            }
        })
    };
    html! {
        <button type="button" class="ke-term" aria-expanded={expanded.to_string()} aria-controls="ke-def" {onclick} {onkeydown}>
            { word }
        </button>
    }
}
