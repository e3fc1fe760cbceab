//! The story's content types. Plain data, shared with `build.rs` (which mounts this file as a module to
//! compile the content files into `static` values), so: no `crate::` paths and no yew/web-sys here.
//!
//! Text and lists are `Cow<'static, …>`: deserialised (owned) from `assets/content/*.toml` in the
//! build script and in native tests, and `Cow::Borrowed` statics in the shipped widget — no
//! parser, no allocation for content at run time.

use serde::Deserialize;
use std::borrow::Cow;

/// A piece of patient-facing text.
pub type Text = Cow<'static, str>;
/// A list that is borrowed from a static in the widget and owned when parsed.
pub type List<T> = Cow<'static, [T]>;

/// Everything one language shows.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// BCP 47 tag of this content (`en`, `es`).
    pub lang: Text,
    /// Labels of controls and fixed lines (every key required: a missing one fails the build).
    pub ui: UiText,
    /// The views, in tab order.
    pub views: List<View>,
    /// Every citation a step may name by key.
    pub references: List<Reference>,
    /// Terms defined on tap/focus.
    pub glossary: List<Term>,
    /// Words drawn in the diagrams, by id (an entity id, or a timeline tick/row id).
    pub labels: List<Label>,
    /// Risk panels, shown beside the benefits of the views that name them.
    pub risks: List<Risks>,
    /// Words this language lacks, shown in English instead (filled by the build; warned once).
    #[serde(default)]
    pub missing: List<Text>,
}

/// By identity: each language's content is one static, and yew compares props on every render,
/// so a field-by-field comparison of all the text would cost time (and wasm size) for nothing.
impl PartialEq for Content {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The risks of one treatment, shown "in the same manner" as its benefits.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risks {
    pub id: Text,
    pub title: Text,
    /// The main risks in one line, shown beside Next on every step (the full list follows).
    pub summary: Text,
    pub items: List<Text>,
    /// Reference keys behind the items.
    pub cites: List<Text>,
}

/// Declares `UiText` with its fields, and `fields`/`fields_mut` to walk them by name (used to
/// lay translations over the English words and to compile the content): one list, no drift.
macro_rules! ui_text {
    ($($(#[$doc:meta])* $field:ident,)*) => {
        /// The words on the widget's controls (every key required: a missing one fails the build).
        #[derive(Clone, Debug, PartialEq, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct UiText {
            $($(#[$doc])* pub $field: Text,)*
        }

        impl UiText {
            pub fn fields(&self) -> Vec<(&'static str, &Text)> {
                vec![$((stringify!($field), &self.$field),)*]
            }
            pub fn fields_mut(&mut self) -> Vec<(&'static str, &mut Text)> {
                vec![$((stringify!($field), &mut self.$field),)*]
            }
        }
    };
}

ui_text! {
    widget_title,
    back,
    next,
    play,
    pause,
    restart,
    step_of,
    more_detail,
    sources,
    legend,
    views_label,
    steps_label,
    /// Screen-reader hint on the picture: which keys move through the steps.
    keys_hint,
    disclaimer,
    ask_title,
    ask_text,
    /// Shown instead of a clinic's details when the clinic gave none.
    cta_neutral,
    cta_call,
    cta_website,
    cta_telehealth,
    /// Snow view: the caption that says what the picture is, and its controls' words.
    snow_caption,
    snow_add,
    snow_tap_hint,
    snow_advance,
    snow_deep,
    snow_forming,
    snow_none,
    reduce_motion,
    read_aloud,
    stop_reading,
    print,
    references,
    /// The button after the one-line risk summary that goes to the full risk list.
    all_risks,
    /// When the sources were last checked, and the content's version (references, handout).
    sources_checked,
    picture,
    /// Shown in place of the widget if it ever stops working.
    broken,
    evidence_human_trial,
    evidence_human_observational,
    evidence_animal,
    evidence_hypothesis,
}

/// One view (a tab): a story told in steps, drawn on one scene.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// Stable id used in the URL hash and events (`ketamine`, `ssri`, `compare`).
    pub id: Text,
    /// Short tab label.
    pub tab: Text,
    /// Which picture the steps are drawn on.
    pub scene: Scene,
    /// Risk panels (by id) shown on every step of this view.
    #[serde(default)]
    pub risks: List<Text>,
    pub steps: List<Step>,
}

/// The picture a view is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scene {
    /// Glutamate synapse with GABA interneuron, NMDA/AMPA receptors and the BDNF→TrkB→mTOR chain.
    Ketamine,
    /// Serotonin synapse with SERT pumps and the 5-HT1A autoreceptor inset.
    Ssri,
    /// Both pathways on one log-scale time axis.
    Timeline,
    /// The snow-covered paths model (a live canvas, not an SVG).
    Snow,
}

/// One step of a view.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable id (also a CSS hook for the step's motion).
    pub id: Text,
    pub title: Text,
    /// 2–4 plain sentences, read aloud and announced politely.
    pub text: Text,
    /// What the picture shows at this step, for people who cannot see it.
    pub alt: Text,
    /// Optional longer paragraph behind "More detail".
    #[serde(default)]
    pub detail: Text,
    /// Optional short aside shown under the text ("In mice…", "Scientists still debate…").
    #[serde(default)]
    pub note: Text,
    /// When this happens, in the patient's words ("2–4 hours").
    #[serde(default)]
    pub when: Text,
    /// How strong the evidence behind the step is.
    pub evidence: Evidence,
    /// Reference keys behind the step (at least one).
    pub cites: List<Text>,
    /// Diagram entities this step highlights; the rest are dimmed.
    pub focus: List<Text>,
}

/// How a step's claim is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    HumanTrial,
    HumanObservational,
    Animal,
    Hypothesis,
}

/// One entry of the references list.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub key: Text,
    /// "Li N, et al. 2010. Science 329:959." — authors, year, journal.
    pub cite: Text,
    /// DOI or PMID, whichever FACTS gives (empty when it gives neither).
    #[serde(default)]
    pub id: Text,
    /// The numbers this source backs; a step may state a number only if one of its sources
    /// lists it (checked by a native test).
    #[serde(default)]
    pub numbers: List<Text>,
}

/// A technical word and its plain meaning.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: Text,
    pub meaning: Text,
    /// Words in the narration that open this entry (default: the term itself), matched
    /// case-insensitively at word boundaries; the first match in a step wins.
    #[serde(default)]
    pub words: List<Text>,
}

/// A word drawn in a diagram.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub id: Text,
    pub text: Text,
}
