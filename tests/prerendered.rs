//! The prerendered diagram parts the wasm carries are exactly what the components draw now
//! (the generator, xtask/, writes them to target/generated/ before each build).
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::story::{Scene, EN, LANGUAGES};
use ketamine_explainer::ui::prerender;
use ketamine_explainer::ui::prerendered::{self, fragment, Fragment};

#[tokio::test]
async fn generated_files_are_fresh_for_every_language() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/generated");
    let mut files = vec![(format!("{dir}/en.html"), prerender::compiled_in(&EN).await)];
    for &content in LANGUAGES.iter() {
        files.push((
            format!("{dir}/public/lang-{}.txt", content.lang),
            prerender::language_file(content, std::ptr::eq(content, &EN)).await,
        ));
    }
    for (path, fresh) in files {
        let generated = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            generated == fresh,
            "{path} is stale: run `make generate` (make and Trunk do before each build)"
        );
    }
}

#[tokio::test]
async fn english_carries_its_first_views_and_its_file_the_deferred_ones() {
    let en = &EN;
    let later = Fragment::deferred(en);
    assert_eq!(
        later,
        [
            Fragment::LayersTreatment,
            Fragment::LegendTreatment,
            Fragment::PrintTreatment,
            Fragment::LayersSsri,
            Fragment::LegendSsri,
            Fragment::LayersTimeline,
            Fragment::LegendTimeline,
            Fragment::LegendSnow,
        ]
    );
    let compiled = prerender::compiled_in(en).await;
    let file = prerender::language_file(en, true).await;
    for f in Fragment::all() {
        let name = f.name();
        let (in_wasm, in_file) = (
            !fragment(&compiled, name).is_empty(),
            !fragment(&file, name).is_empty(),
        );
        assert_eq!(in_wasm, !later.contains(&f), "{name} in the wasm");
        assert_eq!(in_file, later.contains(&f), "{name} in lang-en.txt");
    }
    assert!(en
        .deferred
        .iter()
        .all(|id| en.view(id).is_some_and(|v| !v.steps.is_empty())));
}

#[tokio::test]
async fn every_fragment_is_there_and_holds_its_parts() {
    let all = Fragment::all();
    assert_eq!(
        all.len(),
        11,
        "the shapes, and every scene's layers, legend and print"
    );
    let html = prerender::render(&EN, &all).await;
    for f in all {
        let name = f.name();
        assert!(!fragment(&html, name).trim().is_empty(), "{name} is empty");
    }
    assert!(fragment(&html, "defs").contains("id=\"ke-glutamate\""));
    assert!(fragment(&html, "layers-ketamine").contains("data-entity=\"nmda\""));
    assert!(fragment(&html, "layers-ssri").contains("data-entity=\"sert\""));
    assert!(fragment(&html, "layers-timeline").contains("data-entity=\"stard\""));
    assert!(fragment(&html, "legend-snow").contains("#ke-walker"));
    // Scenes map to their own fragments; a missing name gives nothing rather than a wrong part.
    assert_eq!(Fragment::of(Scene::Ssri).layers, Some(Fragment::LayersSsri));
    assert_eq!(
        Fragment::of(Scene::Snow).layers,
        None,
        "the snow picture is a canvas"
    );
    assert_eq!(fragment(&html, "legend"), "");
    assert_eq!(fragment(&html, "no-such-part"), "");
}

/// The deferred views' rules are not in the first download: they travel with every language
/// file (a deferred view draws only once its language file is here).
#[tokio::test]
async fn the_deferred_views_rules_come_with_the_language_files() {
    const CORE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));
    const LATER: &str = include_str!(concat!(env!("OUT_DIR"), "/style-later.min.css"));
    assert!(
        LATER.contains("[data-scene=treatment] .panel"),
        "the treatment panels' rule is deferred"
    );
    assert!(
        LATER.contains(".ke-snow canvas"),
        "the snow view's rules are deferred"
    );
    for rule in [
        "[data-scene=treatment] .panel",
        ".ke-snow canvas",
        ".res-guide",
        ".ke-questions",
    ] {
        assert!(!CORE.contains(rule), "{rule} is in the first download");
    }
    for &content in LANGUAGES.iter() {
        let file = prerender::language_file(content, std::ptr::eq(content, &EN)).await;
        let css = prerendered::fragment(&file, prerendered::LATER_STYLE);
        assert_eq!(
            css, LATER,
            "{}: its file carries the deferred views' rules",
            content.lang
        );
    }
}
