//! Glossary words found in narration, table-driven.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::story::glossary::{spans, Span};
use ketamine_explainer::story::{Term, EN};
use std::borrow::Cow;

fn term(term: &'static str, words: &'static [Cow<'static, str>]) -> Term {
    Term {
        term: term.into(),
        meaning: "m".into(),
        words: Cow::Borrowed(words),
    }
}

#[test]
fn finds_first_whole_word_matches() {
    static NMDA: [Cow<str>; 2] = [Cow::Borrowed("NMDA receptor"), Cow::Borrowed("NMDA")];
    let glossary = [term("GABA", &[]), term("NMDA receptor", &NMDA)];
    let cases: &[(&str, Vec<Span>)] = &[
        ("No terms here.", vec![Span::Plain("No terms here.")]),
        (
            "GABA slows it.",
            vec![Span::Term("GABA", 0), Span::Plain(" slows it.")],
        ),
        (
            "GABAergic cells, then GABA.",
            vec![
                Span::Plain("GABAergic cells, then "),
                Span::Term("GABA", 0),
                Span::Plain("."),
            ],
        ),
        (
            "The NMDA receptor and NMDA.",
            vec![
                Span::Plain("The "),
                Span::Term("NMDA receptor", 1),
                Span::Plain(" and NMDA."),
            ],
        ),
        (
            "gaba then GABA",
            vec![Span::Term("gaba", 0), Span::Plain(" then GABA")],
        ),
        (
            "NMDA gates; GABA",
            vec![
                Span::Term("NMDA", 1),
                Span::Plain(" gates; "),
                Span::Term("GABA", 0),
            ],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&spans(text, &glossary), want, "{text:?}");
    }
}

#[test]
fn capitals_beyond_ascii_match_too() {
    // Spanish words open a sentence with É or Á: the entry's lower-case word still finds them.
    let glossary = [term("éxito", &[]), term("ánimo", &[])];
    let cases: &[(&str, Vec<Span>)] = &[
        (
            "Éxito, dicen.",
            vec![Span::Term("Éxito", 0), Span::Plain(", dicen.")],
        ),
        (
            "Buen ÁNIMO",
            vec![Span::Plain("Buen "), Span::Term("ÁNIMO", 1)],
        ),
        ("Éxitos", vec![Span::Plain("Éxitos")]),
    ];
    for (text, want) in cases {
        assert_eq!(&spans(text, &glossary), want, "{text:?}");
    }
}

#[test]
fn spans_rebuild_the_text_exactly() {
    for view in EN.views.iter() {
        for step in view.steps.iter() {
            let joined: String = spans(&step.text, &EN.glossary)
                .iter()
                .map(|s| match s {
                    Span::Plain(t) | Span::Term(t, _) => *t,
                })
                .collect();
            assert_eq!(joined, step.text.as_ref(), "{}/{}", view.id, step.id);
        }
    }
}

#[test]
fn the_story_defines_its_hard_words() {
    let defined = |text: &str| {
        spans(text, &EN.glossary)
            .iter()
            .filter(|s| matches!(s, Span::Term(..)))
            .count()
    };
    let nmda = EN
        .view("ketamine")
        .unwrap()
        .steps
        .iter()
        .find(|s| s.id == "nmda")
        .unwrap();
    assert!(
        defined(&nmda.text) >= 2,
        "the NMDA step links glutamate and NMDA receptor"
    );
    let total: usize = EN
        .views
        .iter()
        .flat_map(|v| v.steps.iter())
        .map(|s| defined(&s.text))
        .sum();
    assert!(
        total >= 15,
        "only {total} glossary links in the whole story"
    );
}

proptest::proptest! {
    /// The small insertion sort the wasm uses gives what the standard sort gives.
    #[test]
    fn sort_few_sorts_like_std(mut items in proptest::collection::vec((0usize..20, 0usize..5), 0..40)) {
        let mut expected = items.clone();
        expected.sort();
        ketamine_explainer::story::sort_few(&mut items);
        proptest::prop_assert_eq!(items, expected);
    }
}
