//! Every language says everything, with the same facts: no translatable word missing or empty, no
//! key that the English content does not have, and the same numbers in every word.
#![cfg(not(target_arch = "wasm32"))]

mod numerals;
use numerals::without_thousands_commas;

use ketamine_explainer::story::keys::words;
use ketamine_explainer::story::overlay::Overlay;
use ketamine_explainer::story::translate::{apply, unknown};
use ketamine_explainer::story::{Content, Role, EN, ES, LANGUAGES};

fn overlay(lang: &str) -> Overlay {
    let path = format!("assets/content/{lang}.toml");
    toml::from_str(&std::fs::read_to_string(&path).expect("content file")).expect("parses")
}

/// `c`'s translatable words in the same places in every language (`words`, but without the
/// lists a language may make longer or shorter), keyed by the English keys.
fn placed(c: &Content) -> Vec<(String, Role, String)> {
    let fixed =
        |(key, role, _): &(String, Role, String)| *role == Role::Words || !key.contains('[');
    let english = words(&EN).into_iter().filter(fixed);
    english
        .zip(words(c).into_iter().filter(fixed))
        .map(|((key, ..), (_, role, text))| (key, role, text))
        .collect()
}

/// Edits a translation's tree in place: the tests make broken files out of good ones.
trait Edit {
    fn set(&mut self, path: &[&str], value: Overlay);
    fn remove(&mut self, path: &[&str]) -> Option<Overlay>;
}

impl Edit for Overlay {
    /// Puts `value` at `path` (keys from the root), making tables on the way.
    fn set(&mut self, path: &[&str], value: Overlay) {
        let mut here = self;
        for key in path {
            if !matches!(here, Overlay::Table(_)) {
                *here = Overlay::default();
            }
            let Overlay::Table(t) = here else { return };
            here = t.entry((*key).to_owned()).or_default();
        }
        *here = value;
    }

    /// Takes out the entry at `path`, if there is one.
    fn remove(&mut self, path: &[&str]) -> Option<Overlay> {
        let (last, up) = path.split_last()?;
        let mut here = self;
        for key in up {
            let Overlay::Table(t) = here else { return None };
            here = t.get_mut(*key)?;
        }
        let Overlay::Table(t) = here else { return None };
        t.remove(*last)
    }
}

/// A key in a translation (`views.ssri.steps.sert.text`) as a path of keys.
fn path(key: &str) -> Vec<&str> {
    key.split('.').collect()
}

#[test]
fn every_language_has_every_word_and_only_known_keys() {
    for compiled in LANGUAGES.iter().skip(1) {
        let lang = compiled.lang.as_ref();
        let o = overlay(lang);
        let content = apply(&EN, &o);
        let missing: Vec<&str> = content.missing.iter().map(|m| m.as_ref()).collect();
        assert_eq!(missing, Vec::<&str>::new(), "{lang}.toml lacks these words");
        assert_eq!(
            unknown(&EN, &o),
            Vec::<String>::new(),
            "{lang}.toml: keys en.toml lacks"
        );
        assert_eq!(
            format!("{content:#?}"),
            format!("{compiled:#?}"),
            "the compiled {lang} content is its file laid over the English"
        );
    }
}

#[test]
fn every_translatable_word_is_named_when_a_language_lacks_it() {
    let o = overlay("es");
    let mut checked = 0;
    for (key, role, english) in words(&EN) {
        if english.is_empty() || key.contains('[') {
            continue; // nothing to translate; list items: below
        }
        let mut without = o.clone();
        if without.remove(&path(&key)).is_none() {
            assert_eq!(role, Role::Maybe, "es lacks {key}");
            continue;
        }
        let c = apply(&EN, &without);
        let named: Vec<&str> = c.missing.iter().map(|m| m.as_ref()).collect();
        match role {
            Role::Words => assert_eq!(named, [key.as_str()], "{key} left out"),
            _ => assert!(named.is_empty(), "{key} may be left out, but {named:?}"),
        }
        let back = placed(&c)
            .into_iter()
            .find(|(k, ..)| *k == key)
            .expect("still there");
        assert_eq!(back.2, english, "{key} falls back to English");
        checked += 1;
    }
    assert!(checked > 150, "only {checked} words checked");
    let mut short = o.clone();
    short.set(
        &["risks", "ssri", "items"],
        Overlay::Words(vec!["uno".into()]),
    );
    let missing = apply(&EN, &short).missing;
    assert_eq!(
        missing.first().map(|m| m.as_ref()),
        Some("risks.ssri.items[1]")
    );
}

#[test]
fn a_key_the_english_lacks_is_named() {
    let mut o = overlay("es");
    o.set(
        &path("views.ssri.steps.sertt.text"),
        Overlay::Word("x".into()),
    );
    o.set(&path("labels.nmda.txt"), Overlay::Word("x".into()));
    // One item more than the English list has.
    let items = EN
        .risks
        .iter()
        .find(|r| r.id == "ssri")
        .unwrap()
        .items
        .len();
    o.set(
        &path("risks.ssri.items"),
        Overlay::Words(vec!["x".into(); items + 1]),
    );
    o.set(&path("views.sssri"), Overlay::default()); // an empty table names nothing too
    o.set(&path("views.ssri.tab"), Overlay::Words(vec!["x".into()])); // a list for a word
    o.set(&path("views.ssri.steps.sert.id"), Overlay::Word("x".into())); // structure
    let extra = format!("risks.ssri.items[{items}]");
    assert_eq!(
        unknown(&EN, &o),
        [
            "labels.nmda.txt",
            extra.as_str(),
            "views.ssri.steps.sert.id",
            "views.ssri.steps.sertt.text",
            "views.ssri.tab[0]",
            "views.sssri",
        ]
    );
    o.remove(&["lang"]);
    assert_eq!(
        apply(&EN, &o).missing.first().map(|m| m.as_ref()),
        Some("lang")
    );
}

#[test]
fn a_value_of_the_wrong_kind_is_named_with_its_line() {
    let err = toml::from_str::<Overlay>("lang = \"es\"\n[ui]\nnext = 3\n").unwrap_err();
    let message = err.to_string();
    assert!(message.contains("line 3"), "{message}");
    assert!(message.contains("a word"), "{message}");
}

/// Digits in a text, sorted: the same facts carry the same numbers in every language. A thousands
/// comma ("1,000", English) is part of its number, as Spanish writes it ("1000").
fn digits(text: &str) -> Vec<String> {
    let text = without_thousands_commas(text);
    let mut d: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    d.sort();
    d
}

#[test]
fn every_language_states_the_same_numbers() {
    let mut differ = Vec::new();
    for content in LANGUAGES.iter().skip(1) {
        let words = placed(&EN).into_iter().zip(placed(content));
        for ((key, _, a), (.., b)) in words.filter(|((_, role, _), _)| *role == Role::Words) {
            if digits(&a) != digits(&b) {
                differ.push(format!(
                    "{}: {key}: en {:?}, {:?}",
                    content.lang,
                    digits(&a),
                    digits(&b)
                ));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "numbers differ between languages:\n{}",
        differ.join("\n")
    );
}

#[test]
fn no_text_is_empty_in_any_language() {
    fn check(c: &Content) {
        for (key, _, text) in words(c) {
            let required = key.starts_with("ui.")
                || key.starts_with("labels.")
                || ["tab", "title", "text", "alt"]
                    .iter()
                    .any(|f| key.ends_with(&format!(".{f}")));
            assert!(
                !required || !text.trim().is_empty(),
                "{}: {key} is empty",
                c.lang
            );
        }
    }
    LANGUAGES.iter().for_each(|c| check(c));
}

#[test]
fn spanish_glossary_words_are_found_in_spanish_narration() {
    use ketamine_explainer::story::glossary::{spans, Span};
    let linked: usize = ES
        .views
        .iter()
        .flat_map(|v| v.steps.iter())
        .map(|s| {
            spans(&s.text, &ES.glossary)
                .iter()
                .filter(|x| matches!(x, Span::Term(..)))
                .count()
        })
        .sum();
    assert!(
        linked >= 15,
        "only {linked} glossary links in the Spanish story"
    );
}

mod arbitrary {
    use super::*;
    use proptest::prelude::*;

    fn table(words: std::collections::BTreeMap<String, String>) -> Overlay {
        Overlay::Table(
            words
                .into_iter()
                .map(|(k, v)| (k, Overlay::Word(v)))
                .collect(),
        )
    }

    proptest! {
        /// Any overlay at all (known or unknown keys, empty or odd words): applying it never
        /// panics, every control keeps a word, and every word it lacks is named as missing.
        #[test]
        fn any_overlay_gives_complete_content(
            ui in proptest::collection::btree_map("[a-z_]{1,16}", ".{0,40}", 0..20),
            steps in proptest::collection::btree_map("[a-z-]{1,12}", proptest::collection::btree_map("[a-z]{1,8}", ".{0,40}", 0..4), 0..6),
            labels in proptest::collection::btree_map("[a-z-]{1,12}", ".{0,20}", 0..10),
        ) {
            let mut o = Overlay::default();
            o.set(&["lang"], Overlay::Word("xx".into()));
            o.set(&["ui"], table(ui));
            o.set(&["labels"], table(labels));
            let steps = steps.into_iter().map(|(k, v)| (k, table(v))).collect();
            o.set(&["views", "ketamine", "steps"], Overlay::Table(steps));
            let c = apply(&EN, &o);
            for (key, _, text) in words(&c) {
                prop_assert!(!key.starts_with("ui.") || !text.is_empty(), "{} empty", key);
            }
            prop_assert!(c.missing.iter().any(|m| m == "views.ketamine.tab"));
            prop_assert_eq!(c.views.len(), EN.views.len());
            let _ = unknown(&EN, &o);
        }
    }
}

/// The page's words when the widget cannot run (embed.js, the WordPress plugin) are filled in by
/// their slots: `{who}` and `{phone}` once each in the sentences that call, none elsewhere.
#[test]
fn every_language_gives_the_host_sentences_their_slots() {
    for c in LANGUAGES {
        let h = &c.host;
        for (name, text, slots) in [
            ("call", &h.call, 1),
            ("not_shown_call", &h.not_shown_call, 1),
            ("not_loaded", &h.not_loaded, 0),
            ("ask", &h.ask, 0),
            ("not_shown_ask", &h.not_shown_ask, 0),
            ("the_clinic", &h.the_clinic, 0),
            ("about", &h.about, 0),
            ("book", &h.book, 0),
            ("language", &h.language, 0),
        ] {
            for slot in ["{who}", "{phone}"] {
                assert_eq!(
                    text.matches(slot).count(),
                    slots,
                    "{}: host.{name} holds {slot} {slots} time(s): {text}",
                    c.lang
                );
            }
        }
    }
}
