//! Narration with its glossary words as buttons (a tap, click, Enter or Space shows the word's
//! plain meaning under the paragraph, and again hides it), cut into sentences so the one being
//! read aloud can be highlighted.

use yew::prelude::*;

use crate::story::glossary::{slice, spans, Span};
use crate::story::sentences::Sentences;
use crate::story::{Content, Term, Text};

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
    let before_tap = {
        let guard = crate::ui::guard::use_guard();
        Callback::from(move |()| guard.test_panic(crate::story::TestPanic::Term))
    };
    #[cfg(not(feature = "test-hooks"))]
    let before_tap = Callback::noop();
    let glossary = &props.content.glossary;
    let sentences = sentence_parts(&props.text, &props.sentences, glossary, |word, entry| {
        term_button(
            word,
            glossary[entry].term.clone(),
            &open,
            before_tap.clone(),
        )
    });
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

/// `text` as the parts of each of its sentences (`ranges`): plain runs, cut where a sentence
/// ends, and each glossary word as `term(word, entry)` makes it.
fn sentence_parts(
    text: &str,
    ranges: &Sentences,
    glossary: &[Term],
    term: impl Fn(&str, usize) -> Html,
) -> Vec<Vec<Html>> {
    let mut sentences: Vec<Vec<Html>> = vec![Vec::new(); ranges.len().max(1)];
    let sentence_at = |at: usize| ranges.iter().position(|r| r.contains(&at)).unwrap_or(0);
    let mut at = 0;
    for span in spans(text, glossary) {
        match span {
            Span::Plain(run) => {
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
            Span::Term(word, entry) => sentences[sentence_at(at)].push(term(word, entry)),
        }
        at += match span {
            Span::Plain(t) | Span::Term(t, _) => t.len(),
        };
    }
    sentences
}

/// A glossary word: a tap shows or hides its meaning; Escape hides it (and goes no further:
/// it is handled here). `before_tap` runs first (test builds: a panic on request).
fn term_button(
    word: &str,
    term: Text,
    open: &UseStateHandle<Option<Text>>,
    before_tap: Callback<()>,
) -> Html {
    let expanded = open.as_ref() == Some(&term);
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            before_tap.emit(());
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
