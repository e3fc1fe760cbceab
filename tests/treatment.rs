//! The "Your treatment" view (issue 21), in every language: each clinic's programme sees its own
//! form's steps and not the other's; the visit names the 2-hour watch and no driving; every
//! side-effect number has its placebo number beside it, in the words and in the picture; the
//! therapy step says how little it has been tested; the question list is there.
#![cfg(not(target_arch = "wasm32"))]

mod checks;

use ketamine_explainer::story::audience::{view_for, Audience, Program};
use ketamine_explainer::story::{Content, Evidence, View, EN, LANGUAGES};

fn treatment(c: &'static Content) -> &'static View {
    c.view("treatment").expect("the treatment view")
}

/// The step ids a page for `audience` is shown.
fn shown(c: &'static Content, audience: Audience) -> Vec<&'static str> {
    view_for(treatment(c), audience)
        .steps
        .iter()
        .map(|s| s.id.as_ref())
        .collect()
}

#[test]
fn each_programme_sees_its_own_form_and_no_other() {
    for c in LANGUAGES {
        let both = shown(c, Audience::default());
        let iv = shown(
            c,
            Audience {
                program: Program::Iv,
                kap: false,
                ..Default::default()
            },
        );
        let spray = shown(
            c,
            Audience {
                program: Program::Esketamine,
                kap: true,
                ..Default::default()
            },
        );
        for (ids, own, other) in [
            (&both, "", "-"),
            (&iv, "-iv", "-esketamine"),
            (&spray, "-esketamine", "-iv"),
        ] {
            for base in ["brief", "forms", "visit", "course", "after"] {
                assert!(
                    ids.contains(&format!("{base}{own}").as_str()),
                    "{}: {base}{own} missing from {ids:?}",
                    c.lang
                );
                assert!(
                    !ids.iter()
                        .any(|id| id.starts_with(&format!("{base}{other}"))),
                    "{}: {ids:?} shows another form",
                    c.lang
                );
            }
        }
        assert!(both.contains(&"therapy") && !both.contains(&"therapy-offered"));
        assert!(spray.contains(&"therapy-offered") && !spray.contains(&"therapy"));
        // Eleven with "What matters to you" (ten without it: values.rs).
        assert_eq!(both.len(), 11, "{}: eleven steps for every page", c.lang);
        assert_eq!((iv.len(), spray.len()), (11, 11));
        // The same audience gets the same view back (made once).
        let a = Audience {
            program: Program::Iv,
            kap: false,
            ..Default::default()
        };
        assert!(std::ptr::eq(
            view_for(treatment(c), a),
            view_for(treatment(c), a)
        ));
    }
}

#[test]
fn the_visit_names_the_two_hour_watch_and_no_driving() {
    let words = |c: &Content| checks::of(&c.lang, "treatment").list("visit");
    for c in LANGUAGES {
        for step in treatment(c)
            .steps
            .iter()
            .filter(|s| s.id.starts_with("visit"))
        {
            let said = format!("{} {}", step.text, step.note);
            for w in words(c) {
                assert!(
                    said.contains(w),
                    "{}: {} does not say {w:?}",
                    c.lang,
                    step.id
                );
            }
        }
    }
}

#[test]
fn every_side_effect_number_has_its_placebo_number_beside_it() {
    use ketamine_explainer::story::results::SIDE_EFFECTS;
    for c in LANGUAGES {
        let step = treatment(c)
            .steps
            .iter()
            .find(|s| s.id == "effects")
            .expect("effects step");
        for (_, spray, placebo) in SIDE_EFFECTS {
            let pair = format!("{spray} vs {placebo}");
            assert!(
                step.alt.contains(&pair),
                "{}: the words lack {pair:?}",
                c.lang
            );
        }
    }
    // FACTS §5's table, row by row.
    let facts = [
        (41, 9),
        (29, 8),
        (28, 9),
        (23, 9),
        (23, 3),
        (18, 2),
        (13, 6),
        (11, 5),
        (10, 3),
        (9, 2),
    ];
    let drawn: Vec<(u32, u32)> = SIDE_EFFECTS.iter().map(|e| (e.1, e.2)).collect();
    assert_eq!(drawn, facts, "the picture draws the label's table");
}

#[test]
fn the_therapy_step_says_the_evidence_is_small() {
    for c in LANGUAGES {
        let limited = checks::of(&c.lang, "treatment").text("therapy_evidence");
        for step in treatment(c)
            .steps
            .iter()
            .filter(|s| s.id.starts_with("therapy"))
        {
            assert!(
                step.text.contains(limited),
                "{}: {} does not say {limited:?}",
                c.lang,
                step.id
            );
            assert_eq!(step.evidence, Evidence::Early, "{}: badged early", step.id);
        }
    }
    let offered = EN
        .view("treatment")
        .unwrap()
        .steps
        .iter()
        .find(|s| s.id == "therapy-offered")
        .unwrap();
    assert!(offered.text.starts_with("This clinic offers"));
}

#[test]
fn the_question_list_asks_what_patients_need_to_know() {
    for c in LANGUAGES {
        let step = treatment(c)
            .steps
            .iter()
            .find(|s| !s.questions.is_empty())
            .expect("a checklist");
        assert!(
            (6..=12).contains(&step.questions.len()),
            "{}: {} questions",
            c.lang,
            step.questions.len()
        );
        assert!(step.questions.len() <= 32, "a tick is one bit");
    }
}
