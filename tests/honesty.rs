//! Honest content, as a strict medical editor reads it (issue 13): risks named as plainly as
//! benefits, animal findings labelled in the words and not only the badge, hard words explained,
//! short sentences, risk panels as easy to read as the narration. Every language is checked.
#![cfg(not(target_arch = "wasm32"))]

mod checks;
mod readability;

use ketamine_explainer::story::{Content, Evidence, EN, ES, LANGUAGES};

/// Each language's words for "boxed warning" and for animal research (its
/// `assets/content/checks/<code>.toml`).
fn words(c: &Content) -> (&'static str, &'static [&'static str]) {
    let w = checks::of(&c.lang, "honesty");
    (w.text("boxed"), w.list("animals"))
}

/// Every patient-facing text with a name for messages.
fn texts(c: &Content) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    for v in c.views.iter() {
        for s in v.steps.iter() {
            for (field, t) in [
                ("title", &*s.title),
                ("text", &s.text),
                ("alt", &s.alt),
                ("detail", s.detail.words()),
                ("note", &s.note),
            ] {
                out.push((format!("{}/{}.{field}", v.id, s.id), t));
            }
        }
    }
    for r in c.risks.iter() {
        out.push((format!("risks.{}.summary", r.id), r.summary.as_ref()));
        for (i, item) in r.all_items().enumerate() {
            out.push((format!("risks.{}[{i}]", r.id), item.as_ref()));
        }
    }
    for t in c.glossary.iter() {
        out.push((format!("glossary.{}", t.term), t.meaning.as_ref()));
    }
    for v in c.views.iter() {
        out.push((format!("{}.risk_line", v.id), v.risk_line.as_ref()));
    }
    for (name, text) in [
        ("crisis", &c.ui.crisis),
        ("cta_telehealth", &c.ui.cta_telehealth),
        ("cta_neutral", &c.ui.cta_neutral),
        ("ask_text", &c.ui.ask_text),
        ("snow_caption", &c.ui.snow_caption),
        ("disclaimer", &c.ui.disclaimer),
    ] {
        out.push((format!("ui.{name}"), text.as_ref()));
    }
    out
}

#[test]
fn both_risk_panels_name_their_boxed_warning_in_the_list_and_the_summary() {
    // Esketamine (sedation, dissociation, slowed breathing, misuse, suicidality) and SSRIs
    // (suicidal thoughts under 25) both carry one (FACTS §3 regulatory facts, §5).
    for c in LANGUAGES {
        let (boxed, _) = words(c);
        for id in ["ketamine", "ssri"] {
            let r = c.risks.iter().find(|r| r.id == id).expect("risk panel");
            let named = |t: &str| t.to_lowercase().contains(boxed);
            // The list shown before "more risks" leads with the boxed warning and stays short.
            assert!(
                r.items.iter().any(|i| named(i)),
                "{}: the {id} risk list does not name its boxed warning before its \"more\"",
                c.lang
            );
            assert!(
                (2..=4).contains(&r.items.len()),
                "{}: the {id} risks shown first are {} (2 to 4: the most serious)",
                c.lang,
                r.items.len()
            );
            assert!(
                named(&r.summary),
                "{}: the {id} one-line summary does not name its boxed warning",
                c.lang
            );
        }
    }
}

#[test]
fn animal_only_steps_say_so_in_their_words_not_only_the_badge() {
    for c in LANGUAGES {
        let (_, animal) = words(c);
        for v in c.views.iter() {
            for s in v.steps.iter().filter(|s| s.evidence == Evidence::Animal) {
                let said = format!("{} {} {}", s.title, s.text, s.when).to_lowercase();
                assert!(
                    animal.iter().any(|w| said.contains(w)),
                    "{}: {}/{} has the animal badge but its title and text do not say so",
                    c.lang,
                    v.id,
                    s.id
                );
            }
        }
    }
}

/// The snow field is a picture of an idea: its steps wear the picture's badge, not a study's
/// (a patient reads "Human studies" as "this was shown"), except where the step's claim is a
/// finding (fresh snow: animal studies); a fact from people names its source in the words.
#[test]
fn the_snow_pictures_steps_are_badged_as_a_picture() {
    for c in LANGUAGES {
        for v in c.views.iter() {
            for s in v.steps.iter() {
                let badge = s.evidence;
                if v.id != "snow" {
                    assert_ne!(
                        badge,
                        Evidence::Analogy,
                        "{}: {}/{} is no picture step",
                        c.lang,
                        v.id,
                        s.id
                    );
                    continue;
                }
                let expected = if s.id == "fresh-snow" {
                    Evidence::Animal
                } else {
                    Evidence::Analogy
                };
                assert_eq!(badge, expected, "{}: snow/{}", c.lang, s.id);
            }
        }
        let fades = c
            .views
            .iter()
            .find(|v| v.id == "snow")
            .unwrap()
            .steps
            .last()
            .unwrap();
        let people = checks::of(&c.lang, "honesty").text("people");
        assert!(
            fades.text.contains(people),
            "{}: the fading fact names its source",
            c.lang
        );
    }
}

/// A chart is for doing something with: each step that shows one (results, time lines, the
/// visit, the course, side effects, after the course) says what a patient can do with it, in
/// its words or its note.
#[test]
fn each_chart_step_ends_with_something_to_do() {
    const CHARTS: [&str; 7] = [
        "results", "stard", "axis", "visit", "course", "effects", "after",
    ];
    for c in LANGUAGES {
        let verbs = checks::of(&c.lang, "honesty").list("chart_verbs");
        for v in c.views.iter() {
            for s in v
                .steps
                .iter()
                .filter(|s| s.focus.iter().any(|f| CHARTS.contains(&f.as_ref())))
            {
                let said = format!("{} {}", s.text, s.note);
                assert!(
                    verbs.iter().any(|verb| said.contains(verb)),
                    "{}: {}/{} shows a chart but says nothing a patient can do with it",
                    c.lang,
                    v.id,
                    s.id
                );
            }
        }
    }
}

/// The seed articles' terms may stay (the widget teaches them), but the first sentence of a
/// view that uses one (title, words or note, step by step) says it in plain words too.
#[test]
fn terms_are_said_plainly_where_a_view_first_uses_them() {
    for c in LANGUAGES {
        let terms = checks::of(&c.lang, "honesty").table_of_lists("plain");
        for v in c.views.iter() {
            let sentences: Vec<String> = v
                .steps
                .iter()
                .flat_map(|s| [s.title.to_string(), s.text.to_string(), s.note.to_string()])
                .flat_map(|t| t.split(". ").map(str::to_owned).collect::<Vec<_>>())
                .collect();
            for &(term, plain) in &terms {
                let Some(first) = sentences.iter().find(|s| s.contains(term)) else {
                    continue;
                };
                assert!(
                    plain.iter().any(|p| first.contains(p)),
                    "{}: {} first says {term} in \"{first}\" without plain words ({plain:?})",
                    c.lang,
                    v.id
                );
            }
        }
    }
}

#[test]
fn the_glossary_explains_the_words_patients_trip_on() {
    for term in [
        "placebo",
        "off-label",
        "relapse",
        "esketamine",
        "IV",
        "boxed warning",
        "remission",
    ] {
        let entry = EN.glossary.iter().position(|t| t.term == term);
        assert!(entry.is_some(), "no glossary entry for {term:?}");
        let es = &ES.glossary[entry.unwrap()];
        assert!(
            !es.meaning.is_empty() && es.meaning != EN.glossary[entry.unwrap()].meaning,
            "{term:?} has no Spanish meaning"
        );
    }
}

#[test]
fn sentences_are_short() {
    // At most 20 words in every language (the rule for patient text).
    let most = 20;
    let mut long = Vec::new();
    for c in LANGUAGES {
        for (name, text) in texts(c) {
            for sentence in text.split_inclusive(['.', '!', '?']) {
                let n = sentence.split_whitespace().count();
                if n > most {
                    long.push(format!("{}: {name}: {n} words: {sentence:?}", c.lang));
                }
            }
        }
    }
    assert!(
        long.is_empty(),
        "sentences over {most} words:\n{}",
        long.join("\n")
    );
}

#[test]
fn risk_panels_read_as_easily_as_the_narration() {
    for r in EN.risks.iter() {
        let all: Vec<&str> = r.all_items().map(|i| i.as_ref()).collect();
        let grade = readability::fk_grade(&all.join(" "));
        assert!(
            grade <= 8.0,
            "risks {}: Flesch–Kincaid grade {grade:.1} > 8",
            r.id
        );
    }
}

#[test]
fn telehealth_never_reads_as_ketamine_at_home() {
    for c in LANGUAGES {
        let words = c.ui.cta_telehealth.to_lowercase();
        assert!(
            words.contains("clinic") || words.contains("clínica"),
            "{}: the telehealth line does not say doses are given in a clinic",
            c.lang
        );
    }
}

#[test]
fn references_written_in_words_are_translated() {
    // Author lists and journal names stay as published; a reference described in words (the
    // prescribing information) is read by the patient and so is in their language.
    for (en, es) in EN.references.iter().zip(ES.references.iter()) {
        if en.cite.contains("prescribing information") {
            assert_ne!(
                en.cite, es.cite,
                "{}: shown in English on Spanish pages",
                en.key
            );
        }
    }
}
