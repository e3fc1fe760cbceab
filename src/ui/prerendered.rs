//! Parts of the widget that depend only on the language and the scene: the diagram's fixed
//! layers (molecule shapes, the two synapses, the timeline, the legends). They are rendered
//! once, by their own components on the server side (the generator, xtask/, run before every
//! build), into `target/generated/en.html` (English, compiled in) and the `lang-<code>.txt`
//! files (the rest), and the wasm carries that markup instead of
//! the code that draws it: text compresses several times better than code (the risk, reference
//! and print panels gained too little for the raw size, so they stay components; the figures are
//! in the README's size notes). `tests/prerendered.rs`
//! fails if the files are stale. Natively the parts come from their components instead
//! (`ui::prerender`, beside them in `ui/diagram`). Step changes never touch these nodes: CSS on the diagram root's
//! `data-step`/`data-focus` drives highlight and motion, as before.

use crate::story::{Content, Scene};

/// The fragments, in file order, each after a `<!--ke:name-->` marker.
pub const NAMES: [&str; 11] = [
    "defs",
    "layers-ketamine",
    "layers-ssri",
    "layers-timeline",
    "layers-treatment",
    "legend-ketamine",
    "legend-ssri",
    "legend-timeline",
    "legend-snow",
    "legend-treatment",
    "print-treatment",
];

/// The picture's layers of an SVG scene ("" for the snow view: its picture is a canvas).
pub fn layers_name(scene: Scene) -> &'static str {
    match scene {
        Scene::Ketamine => "layers-ketamine",
        Scene::Ssri => "layers-ssri",
        Scene::Timeline => "layers-timeline",
        Scene::Treatment => "layers-treatment",
        Scene::Snow => "",
    }
}

pub fn legend_name(scene: Scene) -> &'static str {
    match scene {
        Scene::Ketamine => "legend-ketamine",
        Scene::Ssri => "legend-ssri",
        Scene::Timeline => "legend-timeline",
        Scene::Treatment => "legend-treatment", // its caption: each panel names its own parts
        Scene::Snow => "legend-snow",
    }
}

/// The fragments only `content`'s deferred views draw: they travel with the deferred views'
/// steps (in `lang-<code>.txt`), not in the markup the wasm carries.
pub fn deferred_names(content: &Content) -> Vec<&'static str> {
    let (later, now): (Vec<_>, Vec<_>) = content
        .views
        .iter()
        .partition(|v| content.deferred.contains(&v.id));
    let names = |views: &[&crate::story::View]| -> Vec<&'static str> {
        views
            .iter()
            .flat_map(|v| {
                [
                    layers_name(v.scene),
                    legend_name(v.scene),
                    print_name(v.scene),
                ]
            })
            .filter(|n| !n.is_empty())
            .collect()
    };
    let shown_now = names(&now);
    let mut out: Vec<&str> = names(&later)
        .into_iter()
        .filter(|n| !shown_now.contains(n))
        .collect();
    out.dedup();
    out
}

/// The pictures a view's printed summary carries beside the current step's ("" for none).
pub fn print_name(scene: Scene) -> &'static str {
    match scene {
        Scene::Treatment => "print-treatment",
        _ => "",
    }
}

/// The fragment of a language file that holds the stylesheet's rules for deferred views.
pub const LATER_STYLE: &str = "style-later";

/// The fragment `name` in `text` ("" if it is missing).
pub fn fragment<'a>(text: &'a str, name: &str) -> &'a str {
    text.split("<!--ke:")
        .find_map(|part| part.strip_prefix(name)?.strip_prefix("-->"))
        .unwrap_or("")
}

#[cfg(target_arch = "wasm32")]
mod compiled {
    use std::cell::RefCell;

    use yew::{AttrValue, Html};

    use crate::story::Content;

    thread_local! {
        /// Each language's fragments: English compiled in, others added as their files load.
        static FILES: RefCell<Vec<(&'static str, &'static str)>> =
            RefCell::new(vec![("en", include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/target/generated/en.html"
            )))]);
    }

    /// Adds a language's fragments (from its file: `embed::languages`).
    pub fn add(lang: &'static str, fragments: &'static str) {
        FILES.with(|f| f.borrow_mut().push((lang, fragments)));
    }

    /// The fragment as DOM, parsed in the parent's namespace (SVG inside `<svg>`), from the
    /// language's files (English: compiled in, and its deferred views' file once loaded), else
    /// English. Yew compares the string on each render, so a step change leaves these nodes alone.
    pub fn part(content: &Content, name: &str) -> Html {
        let text = FILES.with(|f| {
            let files = f.borrow();
            let found = |lang: &str| {
                files
                    .iter()
                    .filter(|(l, _)| *l == lang)
                    .map(|(_, text)| super::fragment(text, name))
                    .find(|fragment| !fragment.is_empty())
            };
            found(&content.lang).or_else(|| found("en")).unwrap_or("")
        });
        Html::from_html_unchecked(AttrValue::Static(text))
    }
}
/// A prerendered part, by name: in the browser, its markup.
#[cfg(target_arch = "wasm32")]
pub use compiled::{add, part};
