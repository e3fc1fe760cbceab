//! Ids the stylesheet, the pictures and the content share. A step or entity renamed in one place
//! and not the other would silently lose its motion or highlight: these tests name the id.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::story::scene::entities;
use ketamine_explainer::story::{Choice, Scene, EN};
use ketamine_explainer::trails::Phase;

/// The sheet as shipped: minified by build.rs (comments, which may show selectors as examples,
/// are gone), with its generated focus rules, then the deferred views' rules (which the
/// language files bring).
const BUILT_CSS: &str = concat!(
    include_str!(concat!(env!("OUT_DIR"), "/style.min.css")),
    include_str!(concat!(env!("OUT_DIR"), "/style-later.min.css"))
);
/// The pictures' fixed parts, as the generator (xtask/) wrote them.
fn drawn() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/target/generated/en.html");
    std::fs::read_to_string(path)
        .unwrap_or_else(|_| panic!("{path} is missing: run `make generate` first"))
}

/// The values of every `[data-<name><op>…]` in `text` (quoted or not), with the operator (`=`, `~=`, `$=`);
/// a bare `[data-<name>]` (any value) names none.
fn attribute_values<'a>(text: &'a str, name: &str) -> Vec<(&'a str, &'a str)> {
    let key = format!("[data-{name}");
    text.match_indices(&key)
        .filter_map(|(at, _)| {
            let rest = &text[at + key.len()..];
            let (inside, _) = rest.split_once(']')?;
            let op_end = inside.find(|c: char| !"~|^$*=".contains(c))?;
            let (op, value) = inside.split_at(op_end);
            // The minifier drops the quotes where the value is a plain identifier.
            let value = value.trim_matches('"');
            (!op.is_empty()).then_some((op, value))
        })
        .collect()
}

/// `data-step` values: `<view>-<step>`.
fn step_keys() -> Vec<String> {
    EN.views
        .iter()
        .flat_map(|v| v.steps.iter().map(move |s| format!("{}-{}", v.id, s.id)))
        .collect()
}

#[test]
fn every_step_the_stylesheet_names_exists() {
    let (css, keys) = (BUILT_CSS, step_keys());
    let ids: Vec<&str> = EN
        .views
        .iter()
        .flat_map(|v| v.steps.iter().map(|s| &*s.id))
        .collect();
    let mut checked = 0;
    for (op, value) in attribute_values(css, "step") {
        let found = match op {
            "=" => keys.iter().any(|k| k == value),
            "$=" => keys.iter().any(|k| k.ends_with(value)),
            "^=" => keys.iter().any(|k| k.starts_with(value)),
            _ => panic!("[data-step{op}\"{value}\"]: an operator this test does not know"),
        };
        assert!(
            found,
            "the stylesheet names step \"{value}\" ({op}), which no view has"
        );
        checked += 1;
    }
    for (op, value) in attribute_values(css, "seen") {
        assert_eq!(op, "~=", "data-seen is a list of step ids");
        assert!(
            ids.contains(&value),
            "the stylesheet names seen step \"{value}\", which no view has"
        );
        checked += 1;
    }
    assert!(
        checked >= 30,
        "only {checked} step rules found: has the selector syntax changed?"
    );
}

#[test]
fn every_entity_the_stylesheet_names_is_drawn() {
    let css = BUILT_CSS;
    let scene_ids: Vec<&str> = Scene::ALL
        .iter()
        .flat_map(|s| entities(*s).iter().copied())
        .collect();
    let named: Vec<(&str, &str)> = attribute_values(css, "entity")
        .into_iter()
        .chain(attribute_values(css, "focus"))
        .collect();
    assert!(
        named.len() >= 20,
        "only {} entity rules found: has the selector syntax changed?",
        named.len()
    );
    let drawn_parts = drawn();
    let drawn: Vec<&str> = drawn_parts
        .split("data-entity=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    for (_, value) in named {
        assert!(
            drawn.contains(&value) || scene_ids.contains(&value),
            "the stylesheet names entity \"{value}\", which no picture draws"
        );
    }
}

#[test]
fn every_entity_has_its_focus_rule_and_every_focus_is_drawn() {
    for &scene in Scene::ALL {
        for id in entities(scene) {
            // As lightningcss prints it: no quotes around an identifier.
            let rule = format!("[data-focus~={id}] [data-entity={id}]");
            assert!(
                BUILT_CSS.contains(&rule),
                "no highlight rule for entity \"{id}\" ({scene:?})"
            );
        }
    }
    for view in EN.views.iter() {
        for step in view.steps.iter() {
            for id in step.focus.iter() {
                assert!(
                    entities(view.scene).contains(&&**id),
                    "step {}-{} focuses \"{id}\", which its picture does not draw",
                    view.id,
                    step.id
                );
            }
        }
    }
}

#[test]
fn every_snow_step_has_its_phase_and_every_phase_its_step() {
    let snow = EN
        .views
        .iter()
        .find(|v| v.scene == Scene::Snow)
        .expect("a snow view");
    for step in snow.steps.iter() {
        assert!(
            Phase::from_id(&step.id).is_some(),
            "snow step \"{}\" has no phase in trails::Phase",
            step.id
        );
    }
    assert_eq!(
        snow.steps.len(),
        Phase::ALL.len(),
        "a phase without its snow step"
    );
}
