//! The story's content types, each declared once (`record!`, `choice!`: see `record.rs`) with
//! every field's role in a translation: `data` is structure, the same in every language; `words`
//! every language must give; `maybe` a language may give. Plain data, in a crate of its own that
//! both `build.rs` (which compiles the content files into `static` values) and the widget use:
//! no yew/web-sys here.
//!
//! Text and lists are `Cow<'static, …>`: deserialised (owned) from `assets/content/*.toml` in the
//! build script and in native tests, and `Cow::Borrowed` statics in the shipped widget — no
//! parser, no allocation for content at run time.

use crate::record::{Choice, Field, Keyed, Lend, Make, Record, Role, Show};
pub use crate::record::{Detail, List, Text};

record! {
    /// Everything one language shows.
    pub struct Content {
        /// BCP 47 tag of this content (`en`, `es`); a translation gives it once, at its root.
        data lang: Text,
        /// Labels of controls and fixed lines.
        words ui: UiText,
        /// What the page says when the widget itself cannot: the build writes these words into
        /// embed.js and the WordPress plugin's language list (the wasm does not carry them).
        words host: HostText,
        /// The views, in tab order.
        words views: List<View>,
        /// Every citation a step may name by key.
        words references: List<Reference>,
        /// Terms defined on tap/focus.
        words glossary: List<Term>,
        /// Words drawn in the diagrams, by id (an entity id, or a timeline tick/row id).
        words labels: List<Label>,
        /// Risk panels, shown beside the benefits of the views that name them.
        words risks: List<Risks>,
        /// Words this language lacks, shown in English instead (filled by the build; warned once).
        #[serde(default)]
        data missing: List<Text>,
        /// Views the widget's compiled-in English leaves out (their steps and pictures): they
        /// arrive with the whole language (`lang-en.txt`) when a patient first opens one.
        #[serde(default)]
        data deferred: List<Text>,
    }
}

/// By identity: each language's content is one static, and yew compares props on every render,
/// so a field-by-field comparison of all the text would cost time (and wasm size) for nothing.
impl PartialEq for Content {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl PartialEq for View {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl PartialEq for Step {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

record! {
    /// The host page's words, in this language, for when the widget cannot run. `{who}` is the
    /// clinic's name (or `the_clinic`), `{phone}` its phone number, as a link.
    pub struct HostText {
        /// This language's name in itself, for a clinic choosing it ("Español").
        words language: Text,
        /// embed.js, when the widget could not load: this, then `call` or `ask`.
        words not_loaded: Text,
        words call: Text,
        words ask: Text,
        /// `{who}` when the clinic gave no name.
        words the_clinic: Text,
        /// The WordPress plugin's text inside the element (shown if the widget does not start):
        /// this, then `not_shown_call` or `not_shown_ask`.
        words about: Text,
        words not_shown_call: Text,
        words not_shown_ask: Text,
        /// The plugin's booking link, when the clinic gave it no words.
        words book: Text,
    }
}

record! {
    /// The words on the widget's controls (en.toml must give every one: a missing one fails the
    /// build; a translation that lacks one shows the English word and names it as missing).
    #[derive(PartialEq)]
    pub struct UiText {
        words widget_title: Text,
        words back: Text,
        words next: Text,
        /// Next at a view's last step: the way on is the clinic's contact and the questions.
        words next_end: Text,
        words play: Text,
        words pause: Text,
        words restart: Text,
        words step_of: Text,
        words more_detail: Text,
        words sources: Text,
        words legend: Text,
        words views_label: Text,
        words steps_label: Text,
        /// Screen-reader hint on the picture: which keys move through the steps.
        words keys_hint: Text,
        words disclaimer: Text,
        /// Where to get help at once, shown with the risks (and in the handout).
        words crisis: Text,
        words ask_title: Text,
        words ask_text: Text,
        /// Shown instead of a clinic's details when the clinic gave none.
        words cta_neutral: Text,
        words cta_call: Text,
        words cta_website: Text,
        words cta_telehealth: Text,
        /// Snow view: the caption that says what the picture is, and its controls' words.
        words snow_caption: Text,
        words snow_add: Text,
        words snow_tap_hint: Text,
        words snow_advance: Text,
        words snow_deep: Text,
        words snow_faint: Text,
        words snow_none: Text,
        words reduce_motion: Text,
        words read_aloud: Text,
        words stop_reading: Text,
        words print: Text,
        words references: Text,
        /// The button after the one-line risk summary that goes to the full risk list.
        words all_risks: Text,
        /// The control that shows the rest of a risk panel ("{n} more risks").
        words more_risks: Text,
        /// When the sources were last checked, and the content's version (references, handout).
        words sources_checked: Text,
        words picture: Text,
        /// Shown in place of the widget if it ever stops working.
        words broken: Text,
        words evidence_human_trial: Text,
        words evidence_human_observational: Text,
        words evidence_animal: Text,
        words evidence_hypothesis: Text,
        words evidence_analogy: Text,
        words evidence_early: Text,
        words evidence_guide: Text,
        /// Said before the badge to screen readers ("Evidence:"): the badge is named as such.
        words evidence: Text,
        /// "Check the facts": its heading and one line under it (no score).
        words check_title: Text,
        words check_intro: Text,
        /// Before the explanation, whatever was chosen ("What this guide says:").
        words check_says: Text,
        /// Beside the option that is this guide's answer.
        words check_answer: Text,
        /// The link back to the step that says it.
        words check_see: Text,
        /// The printed summary: the heading of the questions answered, and before the
        /// patient's choice there ("I chose:").
        words print_checked: Text,
        words check_chose: Text,
        /// The printed summary: the heading of the statements rated ("What matters to me").
        words print_values: Text,
    }
}

record! {
    /// One view (a tab): a story told in steps, drawn on one scene. Compared by identity, as
    /// `Content` is (components take `&'static` views and steps as props).
    pub struct View by id {
        /// Stable id used in the URL hash and events (`ketamine`, `ssri`, `compare`).
        data id: Text,
        /// Short tab label.
        words tab: Text,
        /// Which picture the steps are drawn on.
        data scene: Scene,
        /// Risk panels (by id) shown on every step of this view.
        #[serde(default)]
        data risks: List<Text>,
        /// The dock's one line of risks when it is not simply its panels' summaries (a view
        /// with two panels says both have boxed warnings; the panels below say what).
        #[serde(default)]
        words risk_line: Text,
        words steps: List<Step>,
        /// "Check the facts" after the last step: a few questions on the view's main messages
        /// and safety rules, each answered by a step of this view; and the statements of "What
        /// matters to you", questions with no answer asked on a step of their own. They come
        /// with the whole language (lang-<code>.txt), not in the compiled-in English.
        #[serde(default)]
        words check: List<Question>,
    }
}

record! {
    /// One question of a view's "Check the facts" (the written form of a clinician's
    /// teach-back): one tap answers, and the answer shows this guide's answer, why, and a link
    /// to the step that says it. No score, no timer. A statement of "What matters to you" is
    /// a question too, with no answer and no why, asked on its step: its options are one scale
    /// (three points, then "Not sure yet"). It names a feature of treatment, never a treatment,
    /// so that no rating is the right one; ratings are printed in the order rated (a changed one
    /// last), never added up.
    pub struct Question by id {
        data id: Text,
        /// The step of the same view that says the answer: the link back goes there (a
        /// statement: the step that asks it).
        data step: Text,
        /// The clinic pages it is for, as a step's `only`; empty: every page.
        #[serde(default)]
        data only: List<Text>,
        words ask: Text,
        /// The choices, in the order shown (two or three; a statement's scale: four).
        words options: List<Text>,
        /// Which of them is this guide's answer (`any`: a rating, none is).
        #[serde(default)]
        data answer: Answer,
        /// Why, in plain words: the same whatever was chosen, so no choice is scolded.
        #[serde(default)]
        words why: Text,
    }
}

choice! {
    /// A question's answer: its place among the options, or none (a rating: the default).
    #[derive(Default)]
    pub enum Answer {
        First,
        Second,
        Third,
        #[default]
        Any,
    }
}

choice! {
    /// The picture a view is drawn on.
    pub enum Scene {
        /// Glutamate synapse with GABA interneuron, NMDA/AMPA receptors and the BDNF→TrkB→mTOR chain.
        Ketamine,
        /// Serotonin synapse with SERT pumps and the 5-HT1A autoreceptor inset.
        Ssri,
        /// Both pathways on one log-scale time axis.
        Timeline,
        /// The snow-covered paths model (a live canvas, not an SVG).
        Snow,
        /// What treatment is like: one picture per step (the two forms, a visit's time strip,
        /// side effects, a course's calendar, results, after, therapy, the question list).
        Treatment,
    }
}

record! {
    /// One step of a view (compared by identity, as `View` is).
    pub struct Step by id {
        /// Stable id (also a CSS hook for the step's motion).
        data id: Text,
        words title: Text,
        /// 2–4 plain sentences, read aloud and announced politely.
        words text: Text,
        /// What the picture shows at this step, for people who cannot see it.
        words alt: Text,
        /// Optional longer paragraph behind "More detail".
        #[serde(default)]
        words detail: Detail,
        /// Optional short aside shown under the text ("In mice…", "Scientists still debate…").
        #[serde(default)]
        words note: Text,
        /// When this happens, in the patient's words ("2–4 hours").
        #[serde(default)]
        words when: Text,
        /// How strong the evidence behind the step is.
        data evidence: Evidence,
        /// Reference keys behind the step (at least one).
        data cites: List<Text>,
        /// Diagram entities this step highlights; the rest are dimmed.
        data focus: List<Text>,
        /// The clinic pages this step is for (`both`, `iv` or `esketamine`: the clinic's
        /// programme; `kap` or `no-kap`: whether it offers therapy alongside; `values`: unless
        /// the clinic turned "What matters to you" off); empty: every page.
        #[serde(default)]
        data only: List<Text>,
        /// Questions a patient may tick and take to the visit (shown as a checklist; the ticked
        /// ones come first in the printed summary).
        #[serde(default)]
        words questions: List<Text>,
    }
}

choice! {
    /// How a step's claim is known.
    pub enum Evidence {
        HumanTrial,
        HumanObservational,
        Animal,
        Hypothesis,
        /// A picture used to explain an idea (the snow field): not a finding. Its facts, if
        /// any, say their own source in the words.
        Analogy,
        /// A few small pilot studies in people: promising, not yet well tested.
        Early,
        /// Not a claim: a guide for the patient (a checklist for the visit).
        Guide,
    }
}

record! {
    /// One entry of the references list.
    #[derive(PartialEq)]
    pub struct Reference by key {
        data key: Text,
        /// "Li N, et al. 2010. Science 329:959." — authors, year, journal. A translation may
        /// give its own where the citation holds a note in words.
        maybe cite: Text,
        /// DOI or PMID, whichever FACTS gives (empty when it gives neither).
        #[serde(default)]
        data id: Text,
        /// The numbers this source backs; a step may state a number only if one of its sources
        /// lists it (checked by a native test).
        #[serde(default)]
        data numbers: List<Text>,
    }
}

record! {
    /// A technical word and its plain meaning (keyed in a translation by the English term).
    #[derive(PartialEq)]
    pub struct Term by term {
        words term: Text,
        words meaning: Text,
        /// Words in the narration that open this entry (default: the term itself), matched
        /// case-insensitively (letter by letter, accents included) at word boundaries; the
        /// first match in a step wins.
        #[serde(default)]
        maybe words: List<Text>,
    }
}

record! {
    /// A word drawn in a diagram.
    #[derive(PartialEq)]
    pub struct Label by id {
        data id: Text,
        words text: Text,
    }
}

record! {
    /// The risks of one treatment, shown "in the same manner" as its benefits.
    #[derive(PartialEq)]
    pub struct Risks by id {
        data id: Text,
        words title: Text,
        /// The main risks in one line, shown beside Next on every step (the full list follows).
        words summary: Text,
        /// The most serious first (each boxed warning, the commonest in numbers): always shown.
        words items: List<Text>,
        /// The rest, behind one "more risks" control on screen; printed in full.
        #[serde(default)]
        words more: List<Text>,
        /// Reference keys behind the items.
        data cites: List<Text>,
    }
}

impl Risks {
    /// Every item: the main ones, then the rest.
    pub fn all_items(&self) -> impl Iterator<Item = &Text> {
        self.items.iter().chain(self.more.iter())
    }
}
