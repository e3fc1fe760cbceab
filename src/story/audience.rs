//! Who a clinic's page speaks to: its programme (`data-program`: IV ketamine, the esketamine
//! spray, or both), whether it offers therapy alongside (`data-kap`) and whether it asks what
//! matters to the patient (`data-values`). Steps written for one of them say so (`Step::only`,
//! `Question::only`); `view_for` keeps a page's own steps and
//! drops the rest, so every part of the widget (steps, dots, handout, events) sees one story;
//! the check asks a page's own questions (`Audience::asks`).

use std::borrow::Cow;
use std::cell::RefCell;

use super::model::{Question, Step, View};

/// A clinic's treatment programme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Program {
    /// Both forms (the default): steps compare them.
    #[default]
    Both,
    /// Ketamine by IV drip.
    Iv,
    /// The esketamine nasal spray.
    Esketamine,
}

impl Program {
    /// The names a page may give (`data-program`), in order.
    pub const NAMES: [&'static str; 3] = ["both", "iv", "esketamine"];
    const ALL: [Program; 3] = [Program::Both, Program::Iv, Program::Esketamine];

    /// The programme a page's word names, if any (any case).
    pub fn from_name(name: &str) -> Option<Program> {
        let at = Self::NAMES
            .iter()
            .position(|n| n.eq_ignore_ascii_case(name))?;
        Some(Self::ALL[at])
    }

    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// What a page says about itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Audience {
    pub program: Program,
    /// The clinic offers ketamine-assisted psychotherapy.
    pub kap: bool,
    /// The clinic turned "What matters to you" off (`data-values="off"`): its step (`only`
    /// `values`) is not shown.
    pub values_off: bool,
}

impl Audience {
    /// The step is for this page: written for all, or for its programme, its therapy offer, or
    /// (`values`) a page that asks what matters to the patient.
    pub fn shows(&self, step: &Step) -> bool {
        let kap = if self.kap { "kap" } else { "no-kap" };
        let values = if self.values_off { "" } else { "values" };
        step.only.is_empty()
            || step
                .only
                .iter()
                .any(|t| t == self.program.name() || t == kap || t == values)
    }
}

impl Audience {
    /// The question ("Check the facts") is for this page: written for all, or its programme.
    pub fn asks(&self, question: &Question) -> bool {
        question.only.is_empty() || question.only.iter().any(|t| t == self.program.name())
    }
}

/// `view` as a page for `audience` sees it: only its own steps. A view that differs is made
/// once per audience and kept for the page's lifetime (a handful at most), so it can be lent
/// as `'static` like the content it comes from.
pub fn view_for(view: &'static View, audience: Audience) -> &'static View {
    thread_local! {
        static MADE: RefCell<Vec<(usize, Audience, &'static View)>> = const { RefCell::new(Vec::new()) };
    }
    if view.steps.iter().all(|s| audience.shows(s)) {
        return view;
    }
    let key = view as *const View as usize;
    MADE.with(|m| {
        if let Some(&(.., made)) = m
            .borrow()
            .iter()
            .find(|(v, a, _)| *v == key && *a == audience)
        {
            return made;
        }
        let steps: Vec<Step> = view
            .steps
            .iter()
            .filter(|s| audience.shows(s))
            .cloned()
            .collect();
        // The same questions, not copies: an answer is known by its option's identity.
        let made: &'static View = Box::leak(Box::new(View {
            steps: Cow::Owned(steps),
            check: Cow::Borrowed(&view.check),
            ..view.clone()
        }));
        m.borrow_mut().push((key, audience, made));
        made
    })
}
