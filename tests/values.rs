//! "What matters to you" (issue 36), in every language: the treatment view has one step of
//! statements to rate, before the questions for the visit, on every programme's page unless the
//! clinic turns it off; four to six statements, each with the language's one scale (three
//! points, then "Not sure yet") and no answer; none names a treatment or carries a number;
//! plain words that blame no one; the step says the ratings are kept nowhere.
#![cfg(not(target_arch = "wasm32"))]

mod checks;
mod readability;

use ketamine_explainer::story::audience::{view_for, Audience, Program};
use ketamine_explainer::story::{Answer, Content, Question, Step, View, LANGUAGES};

fn treatment(c: &'static Content) -> &'static View {
    c.view("treatment").expect("the treatment view")
}

/// The step of statements to rate, and its statements.
fn values(c: &'static Content) -> (&'static Step, Vec<&'static Question>) {
    let view = treatment(c);
    let rated: Vec<&Question> = view
        .check
        .iter()
        .filter(|q| q.answer == Answer::Any)
        .collect();
    let step = rated.first().map(|q| q.step.as_ref()).unwrap_or("(none)");
    let step = view.steps.iter().find(|s| s.id == step);
    let step = step.unwrap_or_else(|| panic!("{}: no step of statements to rate", c.lang));
    assert!(
        rated.iter().all(|q| q.step == step.id),
        "{}: statements on more than one step",
        c.lang
    );
    (step, rated)
}

fn page(program: Program, values_off: bool) -> Audience {
    Audience {
        program,
        values_off,
        ..Default::default()
    }
}

#[test]
fn every_page_rates_before_its_questions_unless_the_clinic_turns_it_off() {
    for c in LANGUAGES {
        let (step, _) = values(c);
        assert_eq!(
            step.only.as_ref(),
            ["values"],
            "{}: shown by data-values",
            c.lang
        );
        for program in Program::NAMES.map(|n| Program::from_name(n).unwrap()) {
            let ids = |off| -> Vec<&str> {
                let view = view_for(treatment(c), page(program, off));
                view.steps.iter().map(|s| s.id.as_ref()).collect()
            };
            let (on, off) = (ids(false), ids(true));
            let at = on.iter().position(|id| *id == step.id);
            let asks = on.iter().position(|id| *id == "questions");
            assert_eq!(at.map(|a| a + 1), asks, "{}/{program:?}: {on:?}", c.lang);
            assert!(!off.contains(&step.id.as_ref()), "{}: off hides it", c.lang);
            assert_eq!(off.len() + 1, on.len(), "{}: off hides only it", c.lang);
        }
    }
}

#[test]
fn four_to_six_statements_on_one_scale_with_no_answer() {
    for c in LANGUAGES {
        let (_, statements) = values(c);
        assert!(
            (4..=6).contains(&statements.len()),
            "{}: {} statements",
            c.lang,
            statements.len()
        );
        let scale = &statements[0].options;
        assert_eq!(
            scale.len(),
            4,
            "{}: three points and \"not sure yet\"",
            c.lang
        );
        let distinct: std::collections::BTreeSet<&str> = scale.iter().map(|o| o.as_ref()).collect();
        assert_eq!(distinct.len(), 4, "{}: two points alike", c.lang);
        for q in &statements {
            assert_eq!(&q.options, scale, "{}/{}: the one scale", c.lang, q.id);
            assert!(
                q.why.is_empty(),
                "{}/{}: a rating is not explained",
                c.lang,
                q.id
            );
        }
    }
}

#[test]
fn no_statement_names_a_treatment_or_a_number() {
    for c in LANGUAGES {
        let treatments = checks::of(&c.lang, "values").list("treatments");
        for q in values(c).1 {
            let said = format!(" {}", q.ask.to_lowercase());
            for name in treatments {
                assert!(!said.contains(name), "{}/{}: names {name:?}", c.lang, q.id);
            }
            assert!(
                !said.chars().any(|ch| ch.is_ascii_digit()),
                "{}/{}: a number",
                c.lang,
                q.id
            );
        }
    }
}

#[test]
fn statements_are_plain_and_blame_no_one() {
    for c in LANGUAGES {
        let balance = checks::of(&c.lang, "balance");
        let (step, statements) = values(c);
        let private = checks::of(&c.lang, "values").text("private");
        assert!(
            step.text.contains(private),
            "{}: says nothing is kept",
            c.lang
        );
        for q in statements {
            let said = q.ask.to_lowercase();
            for phrase in balance.list("blame") {
                assert!(!said.contains(phrase), "{}/{}: \"{phrase}\"", c.lang, q.id);
            }
            if c.lang == "en" {
                let grade = readability::fk_grade(&q.ask);
                assert!(grade <= 8.0, "en/{}: grade {grade:.1} (≤ 8)", q.id);
            }
        }
    }
}
