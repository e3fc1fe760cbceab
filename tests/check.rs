//! "Check the facts" (issue 36), in every language and for every programme: each of the four
//! views asks three questions; each is answered by a step of the same view that this page
//! shows and that cites its sources, with no number that step does not give; no question is
//! about the spray on an IV-only page; the explanations are plain and blame no one.
#![cfg(not(target_arch = "wasm32"))]

mod checks;
mod numerals;
mod readability;

use ketamine_explainer::story::audience::{Audience, Program};
use ketamine_explainer::story::{Answer, Choice, Content, Question, View, EN, LANGUAGES};
use numerals::without_thousands_commas;

/// The views that end with "Check the facts" (the snow view is a picture of an idea: none).
const CHECKED: [&str; 4] = ["ketamine", "treatment", "ssri", "compare"];

/// Every language's content, English first.
fn languages() -> impl Iterator<Item = &'static Content> {
    std::iter::once(&EN).chain(LANGUAGES.iter().copied().filter(|c| c.lang != "en"))
}

/// The questions a page with `program` sees in `view` (as the widget picks them:
/// `Audience::asks`, the ones with an answer; the statements to rate are `values.rs`'s); the
/// therapy offer changes none.
fn asked(view: &'static View, program: Program) -> Vec<&'static Question> {
    let asks = |kap| {
        move |q: &&Question| {
            let page = Audience {
                program,
                kap,
                ..Default::default()
            };
            q.answer != Answer::Any && page.asks(q)
        }
    };
    let ids = |kap| {
        view.check
            .iter()
            .filter(asks(kap))
            .map(|q| q.id.as_ref())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(true),
        ids(false),
        "the therapy offer changes no question"
    );
    view.check.iter().filter(asks(false)).collect()
}

/// One language's view as a page with one programme sees it, and the questions it asks.
type Page = (
    &'static Content,
    &'static View,
    Program,
    Vec<&'static Question>,
);

/// Every language's checked views, with each programme's questions.
fn each_page() -> Vec<Page> {
    let programs = Program::NAMES.map(|n| Program::from_name(n).unwrap());
    let mut pages = Vec::new();
    for content in languages() {
        for view in content
            .views
            .iter()
            .filter(|v| CHECKED.contains(&v.id.as_ref()))
        {
            for program in programs {
                pages.push((content, view, program, asked(view, program)));
            }
        }
    }
    pages
}

fn place(c: &Content, v: &View, q: &Question) -> String {
    format!("{}/{}/check/{}", c.lang, v.id, q.id)
}

/// Numbers standing alone in a text ("2", "4 to 8", "988").
fn numbers(text: &str) -> Vec<String> {
    without_thousands_commas(text)
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn each_checked_view_asks_three_questions_on_every_page() {
    for (content, view, program, questions) in each_page() {
        let ids: Vec<&str> = questions.iter().map(|q| q.id.as_ref()).collect();
        assert_eq!(
            ids.len(),
            3,
            "{}/{} for {program:?}: {ids:?}",
            content.lang,
            view.id
        );
    }
    for content in languages() {
        let snow = content.views.iter().find(|v| v.id == "snow").unwrap();
        assert!(
            snow.check.is_empty(),
            "{}: the snow view asks nothing",
            content.lang
        );
    }
}

#[test]
fn every_answer_is_one_of_two_or_three_options() {
    for (content, view, _, questions) in each_page() {
        for q in questions {
            let at = q.answer.index();
            let place = place(content, view, q);
            assert!(
                (2..=3).contains(&q.options.len()),
                "{place}: 2 or 3 options"
            );
            assert!(
                at < q.options.len(),
                "{place}: its answer is not among its options"
            );
            let distinct: std::collections::BTreeSet<&str> =
                q.options.iter().map(|o| o.as_ref()).collect();
            assert_eq!(
                distinct.len(),
                q.options.len(),
                "{place}: two options alike"
            );
        }
    }
}

#[test]
fn every_question_is_answered_by_a_cited_step_of_its_view_that_its_page_shows() {
    for (content, view, program, questions) in each_page() {
        for q in questions {
            let place = place(content, view, q);
            let step = view.steps.iter().find(|s| s.id == q.step);
            let step = step.unwrap_or_else(|| panic!("{place}: no step {} in its view", q.step));
            let shown = step
                .only
                .iter()
                .all(|o| !Program::NAMES.contains(&o.as_ref()))
                || step.only.iter().any(|o| o == program.name());
            assert!(
                shown,
                "{place}: its step {} is not on a {program:?} page",
                step.id
            );
            assert!(
                !step.cites.is_empty(),
                "{place}: its step {} cites nothing",
                step.id
            );
            assert!(
                !step.title.is_empty(),
                "{place}: the link back names the step's title"
            );
        }
    }
}

#[test]
fn every_number_in_a_question_is_the_steps_own() {
    for (content, view, _, questions) in each_page() {
        for q in questions {
            let step = view.steps.iter().find(|s| s.id == q.step).unwrap();
            // The crisis line's number may come with a safety answer (the SSRI warning's).
            let given = numbers(&format!(
                "{} {} {}",
                step.text, step.note, content.ui.crisis
            ));
            let said = [&q.ask, &q.why].into_iter().chain(q.options.iter());
            for n in said.flat_map(|t| numbers(t)) {
                let place = place(content, view, q);
                assert!(
                    given.contains(&n),
                    "{place}: {n} is not in its step {}",
                    step.id
                );
            }
        }
    }
}

#[test]
fn no_spray_question_on_an_iv_only_page() {
    for (content, view, program, questions) in each_page() {
        let spray = checks::of(&content.lang, "check").text("spray");
        for q in questions.iter().filter(|_| program == Program::Iv) {
            let said = [&q.ask, &q.why].into_iter().chain(q.options.iter());
            for text in said {
                let place = place(content, view, q);
                assert!(!text.to_lowercase().contains(spray), "{place}: \"{text}\"");
            }
        }
    }
}

#[test]
fn explanations_are_plain_short_and_blame_no_one() {
    for (content, view, _, questions) in each_page() {
        let balance = checks::of(&content.lang, "balance");
        let (blame, not) = (balance.list("blame"), balance.text("not"));
        for q in questions {
            let place = place(content, view, q);
            let sentences = readability::sentences(&q.why);
            assert!(
                (1..=2).contains(&sentences),
                "{place}: one or two sentences, not {sentences}"
            );
            if content.lang == "en" {
                let grade = readability::fk_grade(&q.why);
                assert!(grade <= 8.0, "{place}: grade {grade:.1} (≤ 8)");
            }
            let words = [&q.ask, &q.why].into_iter().chain(q.options.iter());
            for text in words.map(|t| t.to_lowercase()) {
                for phrase in blame {
                    let blamed = text
                        .match_indices(phrase)
                        .any(|(at, _)| !text[..at].ends_with(not));
                    assert!(!blamed, "{place}: \"{phrase}\" in \"{text}\"");
                }
            }
        }
    }
}
