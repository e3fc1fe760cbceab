//! Like for like, the main message first, and nothing that blames the patient (issue 20), in
//! every language: results are given as response and remission, each defined where it appears;
//! each drug's view opens with its summary; every boxed warning is pinned to the drug that
//! carries it; the ketamine risks name its safety program and every condition that rules it out;
//! the snow picture never makes getting better a person's own effort.
#![cfg(not(target_arch = "wasm32"))]

mod checks;
mod readability;

use ketamine_explainer::story::{Content, Step, EN, LANGUAGES};

/// One language's words for the things these tests look for (its
/// `assets/content/checks/<code>.toml`).
struct Words {
    /// Words that name a response, and the phrase that defines it.
    response: &'static [&'static str],
    response_means: &'static str,
    /// Words a summary uses to say how well a medicine works (a response, or "improved a lot"
    /// where a review used its own measure).
    how_well: &'static [&'static str],
    remission: &'static str,
    remission_means: &'static str,
    /// "half", as a rate in words.
    half: &'static str,
    boxed: &'static str,
    /// Each drug view's main risk, named in its summary (by view id): feeling detached for
    /// ketamine (the commonest effect, and in its boxed warning), suicidal thoughts for SSRIs
    /// (their boxed warning). The dock names each boxed warning on every step.
    main_risks: [(&'static str, &'static str); 2],
    /// Who carries each boxed warning, by risk panel id.
    carriers: [(&'static str, &'static str); 2],
    /// What the ketamine risks must name: the safety program, the schedule, FACTS §5's
    /// conditions that rule it out and the label's other warnings, the checks, the unknowns.
    ketamine_musts: &'static [&'static str],
    ssri_musts: &'static [&'static str],
    /// Phrases that make recovery a person's own effort, will or fault, and the word before
    /// one that takes it back ("not your fault").
    blame: &'static [&'static str],
    not: &'static str,
}

fn words(c: &Content) -> Words {
    let w = checks::of(&c.lang, "balance");
    let two = |key: &str| {
        w.pairs(key)
            .try_into()
            .unwrap_or_else(|_| panic!("{key}: one for ketamine and one for ssri"))
    };
    Words {
        response: w.list("response"),
        response_means: w.text("response_means"),
        how_well: w.list("how_well"),
        remission: w.text("remission"),
        remission_means: w.text("remission_means"),
        half: w.text("half"),
        boxed: w.text("boxed"),
        main_risks: two("main_risks"),
        carriers: two("carriers"),
        ketamine_musts: w.list("ketamine_musts"),
        ssri_musts: w.list("ssri_musts"),
        blame: w.list("blame"),
        not: w.text("not"),
    }
}

/// `text` says `phrase`, other than right after the language's "not" ("it is not your fault"
/// takes blame away).
fn blames(text: &str, phrase: &str, not: &str) -> bool {
    text.match_indices(phrase)
        .any(|(at, _)| !text[..at].ends_with(not))
}

/// A step's words a patient reads, lower-cased, with the field's name.
fn fields(s: &Step) -> [(&'static str, String); 5] {
    [
        ("title", s.title.to_lowercase()),
        ("text", s.text.to_lowercase()),
        ("detail", s.detail.words().to_lowercase()),
        ("note", s.note.to_lowercase()),
        ("alt", s.alt.to_lowercase()),
    ]
}

/// Does `text` state a rate (a number, or "half")?
fn states_a_rate(text: &str, w: &Words) -> bool {
    text.contains(w.half) || text.chars().any(|c| c.is_ascii_digit())
}

/// The glossary defines `word` (one of its entry's words, with the defining phrase).
fn glossary_defines(c: &Content, word: &str, means: &str) -> bool {
    c.glossary.iter().any(|t| {
        t.meaning.to_lowercase().contains(means)
            && t.words.iter().any(|w| w.to_lowercase().contains(word))
    })
}

#[test]
fn every_response_or_remission_rate_is_defined_where_it_appears() {
    let mut undefined = Vec::new();
    for c in LANGUAGES {
        let w = words(c);
        let terms = w
            .response
            .iter()
            .map(|t| (*t, w.response_means))
            .chain([(w.remission, w.remission_means)]);
        for (term, means) in terms {
            for v in c.views.iter() {
                for s in v.steps.iter() {
                    let all = fields(s);
                    let stated = all
                        .iter()
                        .any(|(_, t)| t.contains(term) && states_a_rate(t, &w));
                    let defined_here = all.iter().any(|(_, t)| t.contains(means));
                    let tappable = all[1].1.contains(term) && glossary_defines(c, term, means);
                    if stated && !(defined_here || tappable) {
                        undefined.push(format!("{}: {}/{}: {term:?}", c.lang, v.id, s.id));
                    }
                }
            }
        }
    }
    assert!(
        undefined.is_empty(),
        "rates whose term is not defined there: {undefined:?}"
    );
}

#[test]
fn each_drug_view_gives_both_response_and_remission() {
    for c in LANGUAGES {
        let w = words(c);
        for id in ["ketamine", "ssri"] {
            let view = c.view(id).expect("view");
            let said = |term: &str| {
                view.steps.iter().any(|s| {
                    fields(s)
                        .iter()
                        .any(|(_, t)| t.contains(term) && states_a_rate(t, &w))
                })
            };
            assert!(
                w.response.iter().any(|t| said(t)),
                "{}: {id} states no response rate",
                c.lang
            );
            assert!(
                said(w.remission),
                "{}: {id} states no remission rate",
                c.lang
            );
        }
    }
}

#[test]
fn each_drug_view_opens_with_its_summary_and_main_risk() {
    for c in LANGUAGES {
        let w = words(c);
        for (id, risk) in w.main_risks {
            let first = &c.view(id).expect("view").steps[0];
            assert_eq!(
                first.id, "brief",
                "{}: {id} does not open with its summary",
                c.lang
            );
            let said = format!("{} {}", first.text, first.note).to_lowercase();
            assert!(
                said.contains(risk),
                "{}: {id}'s summary does not name {risk:?}",
                c.lang
            );
            assert!(
                w.how_well.iter().any(|t| said.contains(t)),
                "{}: {id}'s summary does not say how well it works",
                c.lang
            );
        }
    }
    for id in ["ketamine", "ssri"] {
        let first = &EN.view(id).unwrap().steps[0];
        let grade = readability::fk_grade(&format!("{} {}", first.text, first.note));
        assert!(
            grade <= 8.0,
            "{id}: the summary reads at grade {grade:.1} (> 8)"
        );
    }
}

#[test]
fn every_boxed_warning_is_pinned_to_the_drug_that_carries_it() {
    // IV ketamine has no boxed warning for depression: it is approved only for anesthesia.
    for c in LANGUAGES {
        let w = words(c);
        let lines = c
            .risks
            .iter()
            .map(|r| (r.id.as_ref(), r.summary.to_lowercase()));
        let view_lines = c.views.iter().filter(|v| !v.risk_line.is_empty());
        let view_lines = view_lines.flat_map(|v| {
            v.risks
                .iter()
                .map(|id| (id.as_ref(), v.risk_line.to_lowercase()))
        });
        for (id, line) in lines.chain(view_lines) {
            if !line.contains(w.boxed) {
                continue;
            }
            let carrier = w
                .carriers
                .iter()
                .find(|(p, _)| *p == id)
                .expect("a carrier")
                .1;
            assert!(
                line.contains(carrier),
                "{}: {line:?} does not name {carrier}",
                c.lang
            );
            let bare = line.replace("esketamin", "");
            assert!(
                !bare.contains("ketamin"),
                "{}: {line:?} gives ketamine a boxed warning",
                c.lang
            );
        }
    }
}

#[test]
fn the_risk_lists_name_the_safety_program_and_every_condition_that_rules_it_out() {
    for c in LANGUAGES {
        let w = words(c);
        for (id, musts) in [("ketamine", w.ketamine_musts), ("ssri", w.ssri_musts)] {
            let list = c.risks.iter().find(|r| r.id == id).expect("risk panel");
            let all: Vec<&str> = list.all_items().map(|i| i.as_ref()).collect();
            let all = all.join(" ").to_lowercase();
            for must in musts {
                assert!(
                    all.contains(must),
                    "{}: the {id} risks do not say {must:?}",
                    c.lang
                );
            }
        }
    }
}

#[test]
fn the_snow_picture_never_makes_getting_better_a_persons_effort() {
    for c in LANGUAGES {
        let w = words(c);
        let snow = c.view("snow").expect("snow view");
        let mut said: Vec<String> = snow
            .steps
            .iter()
            .flat_map(|s| fields(s).map(|f| f.1))
            .collect();
        said.push(c.ui.snow_caption.to_lowercase());
        for text in &said {
            for phrase in w.blame.iter().filter(|p| blames(text, p, w.not)) {
                assert!(
                    !text.contains(phrase),
                    "{}: the snow view says {phrase:?}: {text:?}",
                    c.lang
                );
            }
        }
    }
}

#[test]
fn the_telehealth_line_says_what_should_happen_not_what_always_does() {
    for c in LANGUAGES {
        let line = c.ui.cta_telehealth.to_lowercase();
        for word in ["always", "siempre"] {
            assert!(
                !line.contains(word),
                "{}: the telehealth line promises {word:?}",
                c.lang
            );
        }
        assert!(
            line.contains("2023") && line.contains("fda"),
            "{}: the FDA's 2023 warning is missing",
            c.lang
        );
    }
}
