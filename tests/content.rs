//! The real English content, validated: structure, references, entities, readability.
#![cfg(not(target_arch = "wasm32"))]

mod readability;

use ketamine_explainer::story::{scene, Content, Scene, EN};

fn parsed() -> Content {
    let src = std::fs::read_to_string("assets/content/en.toml").expect("en.toml");
    toml::from_str(&src).expect("en.toml parses")
}

#[test]
fn the_compiled_content_is_the_file() {
    // Field by field (Content's own `==` is identity, for cheap yew props).
    assert_eq!(
        format!("{EN:#?}"),
        format!("{:#?}", parsed()),
        "build.rs output differs from assets/content/en.toml"
    );
}

#[test]
fn views_have_the_steps_the_story_needs() {
    let count = |id: &str| EN.view(id).map_or(0, |v| v.steps.len());
    assert!(
        count("ketamine") >= 9,
        "ketamine has {} steps",
        count("ketamine")
    );
    assert!(count("ssri") >= 7, "ssri has {} steps", count("ssri"));
    assert!(count("compare") >= 1);
    assert_eq!(EN.view("compare").unwrap().scene, Scene::Timeline);
}

#[test]
fn every_step_is_complete_and_traceable() {
    for view in EN.views.iter() {
        let drawn = scene::entities(view.scene);
        for step in view.steps.iter() {
            let at = format!("{}/{}", view.id, step.id);
            assert!(!step.title.trim().is_empty(), "{at}: empty title");
            assert!(!step.text.trim().is_empty(), "{at}: empty text");
            assert!(!step.cites.is_empty(), "{at}: no citation");
            for key in step.cites.iter() {
                assert!(
                    EN.reference(key).is_some(),
                    "{at}: citation key {key:?} is not in the references"
                );
            }
            assert!(!step.focus.is_empty(), "{at}: highlights nothing");
            for entity in step.focus.iter() {
                assert!(
                    drawn.contains(&entity.as_ref()),
                    "{at}: entity {entity:?} is not drawn in its scene"
                );
            }
            let sentences = readability::sentences(&step.text);
            assert!(
                (2..=4).contains(&sentences),
                "{at}: {sentences} sentences (want 2–4)"
            );
        }
    }
}

#[test]
fn snow_steps_are_the_models_phases_in_order() {
    use ketamine_explainer::trails::Phase;
    let snow = EN.view("snow").expect("snow view");
    let phases: Vec<Phase> = snow
        .steps
        .iter()
        .map(|s| Phase::from_id(&s.id).expect("a phase id"))
        .collect();
    assert_eq!(phases, Phase::ALL.to_vec());
}

#[test]
fn step_ids_are_unique_within_a_view() {
    for view in EN.views.iter() {
        let mut ids: Vec<&str> = view.steps.iter().map(|s| s.id.as_ref()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(
            ids.len(),
            view.steps.len(),
            "{}: duplicate step ids",
            view.id
        );
    }
}

#[test]
fn references_are_complete() {
    for r in EN.references.iter() {
        assert!(!r.key.is_empty() && !r.cite.is_empty(), "{r:?}");
        let label = r.cite.contains("prescribing information"); // a current label has no year
        assert!(
            label || r.cite.chars().any(|c| c.is_ascii_digit()),
            "{}: no year",
            r.key
        );
    }
    let mut keys: Vec<&str> = EN.references.iter().map(|r| r.key.as_ref()).collect();
    keys.sort_unstable();
    let n = keys.len();
    keys.dedup();
    assert_eq!(keys.len(), n, "duplicate reference keys");
}

#[test]
fn every_drawn_entity_has_a_label() {
    for scene in [Scene::Ketamine, Scene::Ssri, Scene::Timeline] {
        for id in scene::entities(scene) {
            assert!(
                !EN.label(id).is_empty(),
                "{scene:?}: entity {id:?} has no label"
            );
        }
    }
}

#[test]
fn narration_reads_at_grade_8_or_below() {
    for view in EN.views.iter() {
        let grades: Vec<(f64, &str)> = view
            .steps
            .iter()
            .map(|s| (readability::fk_grade(&s.text), s.id.as_ref()))
            .collect();
        let mean = grades.iter().map(|g| g.0).sum::<f64>() / grades.len() as f64;
        for (grade, id) in &grades {
            assert!(
                *grade <= 10.0,
                "{}/{id}: Flesch–Kincaid grade {grade:.1} > 10",
                view.id
            );
        }
        assert!(
            mean <= 8.0,
            "{}: mean Flesch–Kincaid grade {mean:.1} > 8 ({grades:.1?})",
            view.id
        );
    }
}

#[test]
fn no_hype_words() {
    let banned = [
        "breakthrough",
        "miracle",
        "life-changing",
        "revolutionary",
        "rewires",
        "resets the brain",
        "groundbreaking",
        "remarkable",
    ];
    let all = format!("{EN:?}").to_lowercase();
    for word in banned {
        assert!(!all.contains(word), "content uses the hype word {word:?}");
    }
}

/// Numbers standing alone in a text ("24", "2–4", "37%", "0.5"), not inside words like
/// "5-HT1A", "TrkB" or "1st".
fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "–—,;:()\"/~".contains(c))
        .map(|t| t.trim_matches(|c: char| ".!?%$<".contains(c)))
        .filter(|t| !t.chars().any(char::is_alphabetic))
        .flat_map(|t| t.split('-').map(str::to_owned).collect::<Vec<_>>())
        .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .collect()
}

#[test]
fn every_number_is_backed_by_a_cited_source() {
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
                &step.detail,
                &step.note,
                &step.when,
            ] {
                for n in numbers(field) {
                    assert!(
                        ok.contains(&n),
                        "{}/{}: the number {n} is not backed by its sources {:?}",
                        view.id,
                        step.id,
                        step.cites
                    );
                }
            }
        }
    }
    for risks in EN.risks.iter() {
        let ok = backed(&mut risks.cites.iter().map(|c| c.as_ref()));
        for item in risks.items.iter().chain([&risks.summary]) {
            for n in numbers(item) {
                assert!(
                    ok.contains(&n),
                    "risks {}: the number {n} in {item:?} is not backed",
                    risks.id
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
    for text in texts {
        for n in numbers(text) {
            assert!(any.contains(&n), "{text:?}: the number {n} is in no source");
        }
    }
    assert_eq!(
        numbers(&EN.ui.disclaimer),
        ["988"],
        "the only number in the controls is the US crisis line"
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
        numbers("In 2 to 4 hours, 64% vs 28%. 5-HT1A and TrkB, 1st, 0–40 min."),
        ["2", "4", "64", "28", "0", "40"]
    );
}
