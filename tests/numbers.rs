//! Every number a patient reads is backed by a source the step cites (each reference lists the
//! numbers it backs, from the project's fact sheet), and no unsourced figure from the clinic
//! articles appears anywhere.
#![cfg(not(target_arch = "wasm32"))]

mod numerals;
use numerals::without_thousands_commas;

use ketamine_explainer::story::{keys, EN};

/// Numbers standing alone in a text ("24", "2–4", "37%", "0.5", "1,000"), not inside words like
/// "5-HT1A", "TrkB" or "1st".
fn numbers(text: &str) -> Vec<String> {
    without_thousands_commas(text)
        .split(|c: char| c.is_whitespace() || "–—,;:()\"/~".contains(c))
        .map(|t| t.trim_matches(|c: char| ".!?%$<".contains(c)))
        .filter(|t| !t.chars().any(char::is_alphabetic))
        .flat_map(|t| t.split('-').map(str::to_owned).collect::<Vec<_>>())
        .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .collect()
}

#[test]
fn every_number_is_backed_by_a_cited_source() {
    let mut unbacked = Vec::new();
    let mut check = |ok: bool, what: String| {
        if !ok {
            unbacked.push(what);
        }
    };
    let backed = |keys: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        keys.filter_map(|k| EN.reference(k))
            .flat_map(|r| r.numbers.iter().map(|n| n.to_string()))
            .collect()
    };
    for view in EN.views.iter() {
        for step in view.steps.iter() {
            let ok = backed(&mut step.cites.iter().map(|c| c.as_ref()));
            for field in [
                &step.title,
                &step.text,
                &step.alt,
                &std::borrow::Cow::from(step.detail.words()),
                &step.note,
                &step.when,
            ] {
                for n in numbers(field) {
                    check(
                        ok.contains(&n),
                        format!(
                            "{}/{}: the number {n} is not backed by its sources {:?}",
                            view.id, step.id, step.cites
                        ),
                    );
                }
            }
        }
    }
    for risks in EN.risks.iter() {
        let ok = backed(&mut risks.cites.iter().map(|c| c.as_ref()));
        for item in risks.all_items().chain([&risks.summary]) {
            for n in numbers(item) {
                check(
                    ok.contains(&n),
                    format!(
                        "risks {}: the number {n} in {item:?} is not backed",
                        risks.id
                    ),
                );
            }
        }
    }
    // Labels and the glossary repeat step facts: any cited source will do. Tick marks of the
    // time axis are a scale, not a claim.
    let any = backed(&mut EN.references.iter().map(|r| r.key.as_ref()));
    let texts = EN
        .labels
        .iter()
        .filter(|l| !l.id.starts_with("tick-"))
        .map(|l| &l.text)
        .chain(EN.glossary.iter().map(|t| &t.meaning));
    // So do the fixed lines (the telehealth line's 2-hour watch and the FDA's 2023 warning),
    // but for the US crisis line and the date the sources were checked.
    let ui = keys::words(&EN)
        .into_iter()
        .filter(|(key, ..)| key.starts_with("ui.") || key.ends_with(".risk_line"))
        .filter(|(key, ..)| key != "ui.sources_checked") // a date, not a claim
        .map(|(.., text)| text);
    for text in texts.map(|t| t.to_string()).chain(ui) {
        for n in numbers(&text) {
            check(
                n == "988" || any.contains(&n),
                format!("{text:?}: the number {n} is in no source"),
            );
        }
    }
    assert!(
        unbacked.is_empty(),
        "unbacked numbers:\n{}",
        unbacked.join("\n")
    );
    assert_eq!(
        numbers(&EN.ui.disclaimer),
        ["988"],
        "the disclaimer names the US crisis line"
    );
    assert_eq!(
        numbers(&EN.ui.crisis),
        ["988"],
        "so does the risk panels' crisis line"
    );
}

#[test]
fn no_unsourced_seed_figure_appears_anywhere() {
    let all = format!("{EN:?}");
    for figure in [
        "35%", "52%", "46.4", "88 weeks", "51.5", "13.7", "<2%", "60-70%", "60–70%",
    ] {
        assert!(
            !all.contains(figure),
            "the unsourced seed figure {figure:?} appears in the content"
        );
    }
}

#[test]
fn numbers_are_found_where_they_stand_alone() {
    assert_eq!(
        numbers("In 2 to 4 hours, 64% vs 28%. 5-HT1A and TrkB, 1st, 0–40 min. 3 in 1,000, 2, 3."),
        ["2", "4", "64", "28", "0", "40", "3", "1000", "2", "3"]
    );
}
