//! Fair balance of the numbers (issue 31), in every language and for every clinic programme:
//! each view with numbers opens with its brief; every result a patient reads stands beside its
//! own comparison group's (or says there was none), in the words and in the picture, never beside
//! another medicine's; a relative figure comes with its absolute pair; every rating scale is
//! explained where it is named; the checklist asks what patients need; Spanish never reads a
//! result as a rate per day or per week.
#![cfg(not(target_arch = "wasm32"))]

mod checks;

use ketamine_explainer::story::audience::{view_for, Audience, Program};
use ketamine_explainer::story::results::PAIRS;
use ketamine_explainer::story::{Content, Step, LANGUAGES};

/// One language's words for what these tests look for (its `assets/content/checks/<code>.toml`).
struct Words {
    /// Words that say a result: responded, remission, improved, relapsed …
    result: &'static [&'static str],
    /// How a count out of 100 is said ("in 100").
    per_hundred: &'static [&'static str],
    /// Words that name a comparison group (or that there was none: "no placebo group").
    comparison: &'static [&'static str],
    /// Relative figures, which need their absolute pair.
    relative: &'static [&'static str],
    /// What says that a scale is a rating scale.
    scale: &'static str,
    /// The three questions every checklist must hold, each by words it must contain.
    questions: [&'static [&'static str]; 3],
    /// Phrases that read a result as a rate per day or per week.
    per_day: &'static [&'static str],
}

fn words(c: &Content) -> Words {
    let w = checks::of(&c.lang, "fair_balance");
    Words {
        result: w.list("result"),
        per_hundred: w.list("per_hundred"),
        comparison: w.list("comparison"),
        relative: w.list("relative"),
        scale: w.text("scale"),
        questions: w.lists("questions"),
        per_day: w.list("per_day"),
    }
}

fn says(text: &str, any: &[&str]) -> bool {
    let text = text.to_lowercase();
    any.iter().any(|w| text.contains(w))
}

/// A step's words a patient reads, with the field's name.
fn fields(s: &Step) -> [(&'static str, &str); 4] {
    [
        ("text", &s.text),
        ("note", &s.note),
        ("detail", s.detail.words()),
        ("alt", &s.alt),
    ]
}

/// The sentences of a text.
fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(['.', '?', '!'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Every step of every view a page may show (all programmes' steps are in the view).
fn steps(c: &Content) -> impl Iterator<Item = (String, &Step)> {
    c.views.iter().flat_map(move |v| {
        v.steps
            .iter()
            .map(move |s| (format!("{}: {}/{}", c.lang, v.id, s.id), s))
    })
}

#[test]
fn each_view_with_numbers_opens_with_its_brief_for_every_programme() {
    let audiences = Program::NAMES.iter().flat_map(|name| {
        let program = Program::from_name(name).unwrap();
        [false, true].map(|kap| Audience {
            program,
            kap,
            ..Default::default()
        })
    });
    for c in LANGUAGES {
        for audience in audiences.clone() {
            for id in ["ketamine", "ssri", "compare", "treatment"] {
                let view = view_for(c.view(id).expect("view"), audience);
                let first = &view.steps[0];
                assert!(
                    first.id.starts_with("brief"),
                    "{}: {id} for {audience:?} opens with {:?}, not its brief",
                    c.lang,
                    first.id
                );
            }
        }
    }
}

#[test]
fn every_result_a_patient_reads_stands_beside_its_comparison() {
    // A sentence that gives a result out of 100 names its comparison group (or that there was
    // none) itself, or in the sentence just before or after it: the pair is read together.
    let mut alone = Vec::new();
    for c in LANGUAGES {
        let w = words(c);
        for (at, step) in steps(c) {
            for (field, text) in fields(step) {
                let all = sentences(text);
                for (i, sentence) in all.iter().enumerate() {
                    if !(says(sentence, w.result) && says(sentence, w.per_hundred)) {
                        continue;
                    }
                    let near = &all[i.saturating_sub(1)..(i + 2).min(all.len())];
                    if !near.iter().any(|s| says(s, w.comparison)) {
                        alone.push(format!("{at}.{field}: {sentence:?}"));
                    }
                }
            }
        }
    }
    assert!(
        alone.is_empty(),
        "results with no comparison beside them:\n{}",
        alone.join("\n")
    );
}

#[test]
fn the_results_picture_draws_each_medicine_beside_its_own_comparison() {
    let number = |label: &str, n: u32| {
        label
            .split(|c: char| !c.is_ascii_digit())
            .any(|t| t == n.to_string())
    };
    for c in LANGUAGES {
        let w = words(c);
        for pair in PAIRS.iter() {
            let (medicine, comparison) = (c.label(pair.medicine.0), c.label(pair.comparison.0));
            assert!(
                number(medicine, pair.medicine.1),
                "{}: {medicine:?}",
                c.lang
            );
            assert!(
                number(comparison, pair.comparison.1),
                "{}: {comparison:?}",
                c.lang
            );
            assert!(
                says(comparison, w.comparison),
                "{}: {comparison:?} does not name a comparison group",
                c.lang
            );
            assert!(!c.label(pair.heading).is_empty());
        }
        // The treatment view's IV bars come from studies with no placebo group: their heading
        // says so; the spray's bar has its placebo bar below it.
        assert!(
            says(c.label("tr-r-iv"), &["placebo"]),
            "{}: tr-r-iv",
            c.lang
        );
        assert!(
            says(c.label("tr-r-placebo-rem"), &["placebo"]),
            "{}",
            c.lang
        );
        assert!(says(c.label("stard-none"), &["placebo"]), "{}", c.lang);
    }
}

#[test]
fn a_relative_figure_always_comes_with_its_absolute_pair() {
    for c in LANGUAGES {
        let w = words(c);
        for (at, step) in steps(c) {
            for (field, text) in fields(step) {
                if !says(text, w.relative) {
                    continue;
                }
                let counts = w
                    .per_hundred
                    .iter()
                    .map(|p| text.matches(p).count())
                    .sum::<usize>();
                assert!(
                    counts >= 2,
                    "{at}.{field}: a relative figure without both absolute numbers: {text:?}"
                );
            }
        }
    }
}

#[test]
fn every_rating_scale_is_explained_where_it_is_named() {
    for c in LANGUAGES {
        let w = words(c);
        for (at, step) in steps(c) {
            for (field, text) in fields(step) {
                let named = ["MADRS", "HAM-D", "QIDS"].iter().any(|s| text.contains(s));
                assert!(
                    !named || says(text, &[w.scale]),
                    "{at}.{field} names a rating scale without saying what it is: {text:?}"
                );
            }
        }
    }
}

#[test]
fn every_checklist_asks_about_other_treatments_safety_and_whom_to_call() {
    for c in LANGUAGES {
        let w = words(c);
        let list = steps(c)
            .find(|(_, s)| !s.questions.is_empty())
            .expect("a checklist")
            .1
            .questions
            .join("\n")
            .to_lowercase();
        for must in w.questions {
            for word in must {
                assert!(list.contains(word), "{}: no question says {word:?}", c.lang);
            }
        }
    }
}

#[test]
fn a_result_never_reads_as_a_rate_per_day_or_per_week() {
    for c in LANGUAGES {
        let w = words(c);
        let labels = c
            .labels
            .iter()
            .map(|l| ("label".to_owned(), l.text.as_ref()));
        let texts = steps(c).flat_map(|(at, s)| fields(s).map(|(f, t)| (format!("{at}.{f}"), t)));
        for (at, text) in texts.chain(labels) {
            for sentence in sentences(text).iter().filter(|s| says(s, w.result)) {
                assert!(
                    !says(sentence, w.per_day),
                    "{at}: a result reads as per day or per week: {sentence:?}"
                );
            }
        }
    }
}
