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
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// BCP 47 tag of this content (`en`, `es`).
    pub lang: Text,
    /// Labels of controls and fixed lines (every key required: a missing one fails the build).
    pub ui: UiText,
    /// The views, in tab order.
    pub views: List<Pathway>,
    /// Every citation a step may name by key.
    pub references: List<Reference>,
    /// Terms defined on tap/focus.
    pub glossary: List<Term>,
    /// Words drawn in the diagrams, by id (an entity id, or a timeline tick/row id).
    pub labels: List<Label>,
    /// Risk panels, shown beside the benefits of the views that name them.
    pub risks: List<Risks>,
}

/// The risks of one treatment, shown "in the same manner" as its benefits.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risks {
    pub id: Text,
    pub title: Text,
    pub items: List<Text>,
    /// Reference keys behind the items.
    pub cites: List<Text>,
}

/// The words on the widget's controls.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiText {
    pub widget_title: Text,
    pub back: Text,
    pub next: Text,
    pub play: Text,
    pub pause: Text,
    pub restart: Text,
    pub step_of: Text,
    pub more_detail: Text,
    pub sources: Text,
    pub legend: Text,
    pub views_label: Text,
    pub steps_label: Text,
    /// Screen-reader hint on the picture: which keys move through the steps.
    pub keys_hint: Text,
    pub disclaimer: Text,
    pub ask_title: Text,
    pub ask_text: Text,
    /// Shown instead of a clinic's details when the clinic gave none.
    pub cta_neutral: Text,
    pub cta_call: Text,
    pub cta_website: Text,
    pub cta_telehealth: Text,
    /// Snow view: the caption that says what the picture is, and its controls' words.
    pub snow_caption: Text,
    pub snow_add: Text,
    pub snow_tap_hint: Text,
    pub snow_advance: Text,
    pub snow_deep: Text,
    pub snow_forming: Text,
    pub snow_none: Text,
    pub reduce_motion: Text,
    pub read_aloud: Text,
    pub stop_reading: Text,
    pub print: Text,
    pub references: Text,
    pub picture: Text,
    pub evidence_human_trial: Text,
    pub evidence_human_observational: Text,
    pub evidence_animal: Text,
    pub evidence_hypothesis: Text,
}

/// One tab: a pathway told in steps, drawn on one scene.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pathway {
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

/// The picture a pathway is drawn on.
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

/// One step of a pathway.
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
