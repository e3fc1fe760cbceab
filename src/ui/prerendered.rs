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

use crate::story::{Choice, Content, Scene};

/// A prerendered part of the pictures. A new picture is a variant here, its row in `of` and its
/// marker in `name` (both exhaustive: the compiler names what is missing), its component in
/// `ui::diagram::prerender::diagram_part` (exhaustive too), its CSS and its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fragment {
    /// The molecules' shapes, which every picture and key uses (`<defs>`).
    Defs,
    LayersKetamine,
    LayersSsri,
    LayersTimeline,
    LayersTreatment,
    LegendKetamine,
    LegendSsri,
    LegendTimeline,
    LegendSnow,
    LegendTreatment,
    PrintTreatment,
}

/// A scene's fragments.
pub struct Parts {
    /// Its picture's layers (none for the snow view: its picture is a canvas).
    pub layers: Option<Fragment>,
    /// What the picture is and its key.
    pub legend: Fragment,
    /// What the view's printed summary carries beside the step's picture.
    pub print: Option<Fragment>,
}

impl Fragment {
    /// Each scene's fragments: the one table.
    pub const fn of(scene: Scene) -> Parts {
        use Fragment::*;
        let (layers, legend, print) = match scene {
            Scene::Ketamine => (Some(LayersKetamine), LegendKetamine, None),
            Scene::Ssri => (Some(LayersSsri), LegendSsri, None),
            Scene::Timeline => (Some(LayersTimeline), LegendTimeline, None),
            Scene::Snow => (None, LegendSnow, None),
            Scene::Treatment => (Some(LayersTreatment), LegendTreatment, Some(PrintTreatment)),
        };
        Parts {
            layers,
            legend,
            print,
        }
    }

    /// Its marker in the files: each fragment follows `<!--ke:name-->`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Defs => "defs",
            Self::LayersKetamine => "layers-ketamine",
            Self::LayersSsri => "layers-ssri",
            Self::LayersTimeline => "layers-timeline",
            Self::LayersTreatment => "layers-treatment",
            Self::LegendKetamine => "legend-ketamine",
            Self::LegendSsri => "legend-ssri",
            Self::LegendTimeline => "legend-timeline",
            Self::LegendSnow => "legend-snow",
            Self::LegendTreatment => "legend-treatment",
            Self::PrintTreatment => "print-treatment",
        }
    }

    /// These scenes' fragments, each once, in scene order (`Defs` is every picture's: not here).
    fn of_scenes(scenes: impl IntoIterator<Item = Scene>) -> Vec<Fragment> {
        let mut out = Vec::new();
        for scene in scenes {
            let parts = Self::of(scene);
            for fragment in [parts.layers, Some(parts.legend), parts.print]
                .into_iter()
                .flatten()
            {
                if !out.contains(&fragment) {
                    out.push(fragment);
                }
            }
        }
        out
    }

    /// Every fragment, in file order: the shared shapes, then each scene's.
    pub fn all() -> Vec<Fragment> {
        let mut out = vec![Self::Defs];
        out.extend(Self::of_scenes(Scene::ALL.iter().copied()));
        out
    }

    /// The fragments only `content`'s deferred views draw: they travel with the deferred views'
    /// steps (in `lang-<code>.txt`), not in the markup the wasm carries.
    pub fn deferred(content: &Content) -> Vec<Fragment> {
        let (later, now): (Vec<_>, Vec<_>) = content
            .views
            .iter()
            .partition(|v| content.deferred.contains(&v.id));
        let shown_now = Self::of_scenes(now.iter().map(|v| v.scene));
        Self::of_scenes(later.iter().map(|v| v.scene))
            .into_iter()
            .filter(|f| !shown_now.contains(f))
            .collect()
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

    use super::Fragment;
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
    pub fn part(content: &Content, fragment: Option<Fragment>) -> Html {
        let Some(name) = fragment.map(Fragment::name) else {
            return Html::default();
        };
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
/// A prerendered part: in the browser, its markup.
#[cfg(target_arch = "wasm32")]
pub use compiled::{add, part};
