//! The prerendered diagram parts the wasm carries are exactly what the components draw now.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::story::{Scene, LANGUAGES};
use ketamine_explainer::ui::prerender;
use ketamine_explainer::ui::prerendered::{self, fragment, NAMES};

#[tokio::test]
async fn files_are_fresh_for_every_language() {
    for (i, content) in LANGUAGES.iter().enumerate() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/prerendered");
        let (path, fresh) = match i {
            0 => (format!("{dir}/en.html"), prerender::render(content).await),
            _ => (
                format!("{dir}/lang-{}.txt", content.lang),
                prerender::language_file(content).await,
            ),
        };
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{path} is stale: run `cargo run --example prerender` (Trunk does before each build)"
        );
    }
}

#[tokio::test]
async fn every_fragment_is_there_and_holds_its_parts() {
    let html = prerender::render(LANGUAGES[0]).await;
    for name in NAMES {
        assert!(!fragment(&html, name).trim().is_empty(), "{name} is empty");
    }
    assert!(fragment(&html, "defs").contains("id=\"ke-glutamate\""));
    assert!(fragment(&html, "layers-ketamine").contains("data-entity=\"nmda\""));
    assert!(fragment(&html, "layers-ssri").contains("data-entity=\"sert\""));
    assert!(fragment(&html, "layers-timeline").contains("data-entity=\"stard\""));
    assert!(fragment(&html, "legend-snow").contains("#ke-walker"));
    // Scenes map to their own fragments; a missing name gives nothing rather than a wrong part.
    assert_eq!(prerendered::layers_name(Scene::Ssri), "layers-ssri");
    assert_eq!(fragment(&html, "legend"), "");
    assert_eq!(fragment(&html, "no-such-part"), "");
}
