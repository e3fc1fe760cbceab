//! The step state machine: which view and step the patient is on, and whether autoplay runs.
//! Intent-named actions in, a new state out (yew's `Reducible` wraps this in `ui`).

/// Where the patient is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explainer {
    /// Index of the current view (tab).
    pub view: usize,
    /// Index of the current step within the view.
    pub step: usize,
    /// Number of steps in the current view (≥ 1).
    pub total: usize,
    /// Autoplay is running.
    pub playing: bool,
    /// A view the patient opened whose steps are still on their way (a deferred view: its
    /// tab shows it is loading; the current view stays until they arrive).
    pub loading: Option<usize>,
}

/// What the patient (or the autoplay timer) asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Next,
    Back,
    First,
    Last,
    /// Jump to a step (clamped to the view).
    GoTo(usize),
    /// Back to the first step, paused.
    Restart,
    /// Play from here (from the start when at the end), or pause.
    TogglePlay,
    /// The autoplay timer fired: advance, and stop at the last step.
    Tick,
    /// Switch to view `view`, which has `total` steps; starts at its first step, paused.
    ShowView {
        view: usize,
        total: usize,
    },
    /// The patient opened view `view`, whose steps are not here yet.
    AwaitView(usize),
    /// View `view`'s steps arrived (`total` of them; none if they could not load): it opens if
    /// it is still the one awaited.
    ViewArrived {
        view: usize,
        total: usize,
    },
}

impl Explainer {
    /// The first step of `view`, paused. A view with no steps is treated as one step.
    pub fn new(view: usize, total: usize) -> Self {
        Self {
            view,
            step: 0,
            total: total.max(1),
            playing: false,
            loading: None,
        }
    }

    pub fn is_last(&self) -> bool {
        self.step + 1 == self.total
    }

    /// The state after `action`. Any action but `Tick` and `TogglePlay` is the patient taking
    /// over, so it pauses autoplay.
    pub fn apply(self, action: Action) -> Self {
        let last = self.total - 1;
        let paused = Self {
            playing: false,
            ..self
        };
        match action {
            Action::Next => Self {
                step: (self.step + 1).min(last),
                ..paused
            },
            Action::Back => Self {
                step: self.step.saturating_sub(1),
                ..paused
            },
            Action::First | Action::Restart => Self { step: 0, ..paused },
            Action::Last => Self {
                step: last,
                ..paused
            },
            Action::GoTo(step) => Self {
                step: step.min(last),
                ..paused
            },
            Action::TogglePlay if self.playing => paused,
            Action::TogglePlay if self.is_last() => Self {
                step: 0,
                playing: true,
                ..self
            },
            Action::TogglePlay => Self {
                playing: true,
                ..self
            },
            Action::Tick if !self.playing => self,
            Action::Tick => {
                let step = (self.step + 1).min(last);
                Self {
                    step,
                    playing: step < last,
                    ..self
                }
            }
            Action::ShowView { view, total } => Self::new(view, total),
            Action::AwaitView(view) => Self {
                loading: Some(view),
                ..paused
            },
            Action::ViewArrived { view, total } if self.loading == Some(view) && total > 0 => {
                Self::new(view, total)
            }
            Action::ViewArrived { view, .. } if self.loading == Some(view) => Self {
                loading: None,
                ..self
            },
            Action::ViewArrived { .. } => self,
        }
    }
}

/// A view and step, as the host page may set or be told them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Position {
    pub view: usize,
    pub step: usize,
}

/// Test builds only: where `data-test-panic` makes the widget panic (`next`, the default: on
/// Next, in App's own handler; `term`: on a glossary word, in a child's handler).
#[cfg(feature = "test-hooks")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TestPanic {
    Next,
    Term,
}
