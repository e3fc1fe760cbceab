//! Every language says everything, with the same facts: no key missing or empty, no key that the
//! English content does not have, and the same numbers in every step.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::story::overlay::{apply, Overlay};
use ketamine_explainer::story::{Content, EN, ES, LANGUAGES};

fn overlay(lang: &str) -> Overlay {
    let path = format!("assets/content/{lang}.toml");
    toml::from_str(&std::fs::read_to_string(&path).expect("content file")).expect("parses")
}

#[test]
fn spanish_has_every_word() {
    let es = apply(&EN, &overlay("es"));
    assert_eq!(
        es.missing.to_vec(),
        Vec::<std::borrow::Cow<str>>::new(),
        "Spanish words missing"
    );
    assert_eq!(
        format!("{es:#?}"),
        format!("{ES:#?}"),
        "the compiled Spanish content is the file laid over the English"
    );
}

#[test]
fn a_missing_word_falls_back_to_english_and_is_named() {
    let mut o = overlay("es");
    o.ui.remove("next");
    o.views
        .get_mut("ssri")
        .unwrap()
        .steps
        .get_mut("sert")
        .unwrap()
        .remove("text");
    let es = apply(&EN, &o);
    assert_eq!(es.ui.next, EN.ui.next);
    assert_eq!(
        es.missing.iter().map(|m| m.as_ref()).collect::<Vec<_>>(),
        ["ui.next", "views.ssri.steps.sert.text"]
    );
}

#[test]
fn translations_name_only_keys_the_english_has() {
    let o = overlay("es");
    for (view, words) in &o.views {
        let en = EN
            .view(view)
            .unwrap_or_else(|| panic!("es names an unknown view {view}"));
        for (step, fields) in &words.steps {
            assert!(
                en.steps.iter().any(|s| s.id == *step),
                "es names an unknown step {view}/{step}"
            );
            for field in fields.keys() {
                assert!(
                    ["title", "text", "alt", "detail", "note", "when"].contains(&field.as_str()),
                    "{view}/{step}.{field}"
                );
            }
        }
    }
    for id in o.labels.keys() {
        assert!(
            EN.labels.iter().any(|l| l.id == *id),
            "es names an unknown label {id}"
        );
    }
    for id in o.risks.keys() {
        assert!(
            EN.risks.iter().any(|r| r.id == *id),
            "es names an unknown risk panel {id}"
        );
    }
    for term in o.glossary.keys() {
        assert!(
            EN.glossary.iter().any(|t| t.term == *term),
            "es names an unknown term {term}"
        );
    }
    for name in o.ui.keys() {
        assert!(
            EN.ui.fields().iter().any(|(n, _)| n == name),
            "es names an unknown control {name}"
        );
    }
}

/// Digits in a text, in order: the same facts carry the same numbers in every language.
fn digits(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_language_states_the_same_numbers() {
    for content in LANGUAGES.iter().skip(1) {
        for (en, other) in EN.views.iter().zip(content.views.iter()) {
            for (a, b) in en.steps.iter().zip(other.steps.iter()) {
                for (x, y) in [
                    (&a.text, &b.text),
                    (&a.detail, &b.detail),
                    (&a.note, &b.note),
                    (&a.when, &b.when),
                ] {
                    let (mut dx, mut dy) = (digits(x), digits(y));
                    dx.sort();
                    dy.sort();
                    assert_eq!(
                        dx, dy,
                        "{}/{}: numbers differ between en and {}",
                        en.id, a.id, content.lang
                    );
                }
            }
        }
        for (a, b) in EN.risks.iter().zip(content.risks.iter()) {
            assert_eq!(
                a.items.iter().map(|i| digits(i)).collect::<Vec<_>>(),
                b.items.iter().map(|i| digits(i)).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn no_text_is_empty_in_any_language() {
    fn check(c: &Content) {
        for (name, text) in c.ui.fields() {
            assert!(!text.trim().is_empty(), "{}: ui.{name} is empty", c.lang);
        }
        for v in c.views.iter() {
            assert!(!v.tab.is_empty());
            for s in v.steps.iter() {
                for t in [&s.title, &s.text, &s.alt] {
                    assert!(
                        !t.trim().is_empty(),
                        "{}: {}/{} has an empty field",
                        c.lang,
                        v.id,
                        s.id
                    );
                }
            }
        }
        for l in c.labels.iter() {
            assert!(!l.text.trim().is_empty(), "{}: label {}", c.lang, l.id);
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

    proptest! {
        /// Any overlay at all (known or unknown keys, empty or odd words): applying it never
        /// panics, every control keeps a word, and every word it lacks is named as missing.
        #[test]
        fn any_overlay_gives_complete_content(
            ui in proptest::collection::btree_map("[a-z_]{1,16}", ".{0,40}", 0..20),
            steps in proptest::collection::btree_map("[a-z-]{1,12}", proptest::collection::btree_map("[a-z]{1,8}", ".{0,40}", 0..4), 0..6),
            labels in proptest::collection::btree_map("[a-z-]{1,12}", ".{0,20}", 0..10),
        ) {
            let mut o = Overlay { lang: "xx".into(), ui, labels, ..Overlay::default() };
            o.views.insert("ketamine".into(), ketamine_explainer::story::overlay::ViewWords { tab: None, steps });
            let c = apply(&EN, &o);
            for (name, text) in c.ui.fields() {
                prop_assert!(!text.is_empty(), "ui.{} empty", name);
            }
            prop_assert!(c.missing.iter().any(|m| m == "views.ketamine.tab"));
            prop_assert_eq!(c.views.len(), EN.views.len());
        }
    }
}

#[test]
fn a_language_file_unpacks_to_the_same_content() {
    use ketamine_explainer::story::pack::{pack, unpack};
    for content in LANGUAGES {
        let back = unpack(&pack(content)).expect("unpacks");
        assert_eq!(
            format!("{back:#?}"),
            format!("{content:#?}"),
            "{}",
            content.lang
        );
    }
    let packed = pack(&ES);
    assert!(
        unpack(&packed[..packed.len() / 2]).is_none(),
        "a cut file is refused"
    );
    assert!(
        unpack(&format!("{packed}extra")).is_none(),
        "trailing text is refused"
    );
    assert!(unpack("").is_none());
}

proptest::proptest! {
    /// Whatever a server sends instead of the language file, unpacking never panics.
    #[test]
    fn unpacking_garbage_never_panics(text in ".{0,400}", cut in 0usize..40_000) {
        use ketamine_explainer::story::pack::{pack, unpack, SEP};
        let _ = unpack(&text);
        let _ = unpack(&text.replace(' ', &SEP.to_string()));
        let packed = pack(&ES);
        let cut = packed.char_indices().map(|(i, _)| i).find(|&i| i >= cut).unwrap_or(packed.len());
        let _ = unpack(&format!("{}{text}", &packed[..cut]));
    }
}
