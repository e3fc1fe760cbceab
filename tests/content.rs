//! The real English content, validated: structure, references, entities, readability (its
//! numbers: `numbers.rs`).
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
