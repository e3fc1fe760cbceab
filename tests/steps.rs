//! The step state machine, table-driven: (start state, action) → expected state.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::story::{Action, Explainer};

/// A state in a 5-step view: step, playing.
fn at(step: usize, playing: bool) -> Explainer {
    Explainer {
        view: 1,
        step,
        total: 5,
        playing,
        loading: None,
    }
}

/// The same, while view `view`'s steps load.
fn awaiting(step: usize, view: usize) -> Explainer {
    Explainer {
        loading: Some(view),
        ..at(step, false)
    }
}

#[test]
fn every_action_from_every_interesting_state() {
    use Action::*;
    let cases: &[(Explainer, Action, Explainer, &str)] = &[
        (at(0, false), Next, at(1, false), "next moves on"),
        (
            at(4, false),
            Next,
            at(4, false),
            "next stops at the last step",
        ),
        (at(2, true), Next, at(3, false), "next pauses autoplay"),
        (at(2, false), Back, at(1, false), "back moves back"),
        (
            at(0, false),
            Back,
            at(0, false),
            "back stops at the first step",
        ),
        (at(3, true), Back, at(2, false), "back pauses autoplay"),
        (
            at(3, false),
            First,
            at(0, false),
            "Home goes to the first step",
        ),
        (
            at(1, true),
            Last,
            at(4, false),
            "End goes to the last step and pauses",
        ),
        (
            at(0, false),
            GoTo(3),
            at(3, false),
            "a dot jumps to its step",
        ),
        (
            at(0, false),
            GoTo(99),
            at(4, false),
            "a jump past the end is clamped",
        ),
        (
            at(3, true),
            Restart,
            at(0, false),
            "restart goes back to the start, paused",
        ),
        (
            at(2, false),
            TogglePlay,
            at(2, true),
            "play starts from here",
        ),
        (at(2, true), TogglePlay, at(2, false), "pause stops"),
        (
            at(4, false),
            TogglePlay,
            at(0, true),
            "play at the end starts over",
        ),
        (
            at(2, true),
            Tick,
            at(3, true),
            "a tick advances while playing",
        ),
        (
            at(3, true),
            Tick,
            at(4, false),
            "autoplay pauses itself on the last step",
        ),
        (
            at(2, false),
            Tick,
            at(2, false),
            "a late tick after pausing does nothing",
        ),
        (
            at(3, true),
            ShowView { view: 2, total: 7 },
            Explainer {
                view: 2,
                step: 0,
                total: 7,
                playing: false,
                loading: None,
            },
            "a new view starts at its first step, paused",
        ),
        (
            at(3, true),
            AwaitView(2),
            awaiting(3, 2),
            "a view still loading keeps this step on screen, paused",
        ),
        (
            awaiting(3, 2),
            ViewArrived { view: 2, total: 7 },
            Explainer::new(2, 7),
            "the awaited view opens when its steps arrive",
        ),
        (
            awaiting(3, 2),
            ViewArrived { view: 3, total: 7 },
            awaiting(3, 2),
            "another view's steps do not open it",
        ),
        (
            at(3, false),
            ViewArrived { view: 2, total: 7 },
            at(3, false),
            "steps arriving after the patient moved on change nothing",
        ),
        (
            awaiting(3, 2),
            ViewArrived { view: 2, total: 0 },
            at(3, false),
            "steps that could not load end the wait on this step",
        ),
        (
            awaiting(3, 2),
            ShowView { view: 0, total: 4 },
            Explainer::new(0, 4),
            "opening a loaded view ends the wait",
        ),
    ];
    for (from, action, want, why) in cases {
        assert_eq!(from.apply(*action), *want, "{why}: {from:?} + {action:?}");
    }
}

#[test]
fn autoplay_walks_to_the_end_and_stops() {
    let mut s = Explainer::new(0, 4).apply(Action::TogglePlay);
    let mut seen = vec![s.step];
    while s.playing {
        s = s.apply(Action::Tick);
        seen.push(s.step);
    }
    assert_eq!(seen, [0, 1, 2, 3]);
    assert!(s.is_last());
}

#[test]
fn an_empty_view_is_still_one_step() {
    let s = Explainer::new(0, 0);
    assert_eq!(s.total, 1);
    assert_eq!(s.apply(Action::Next).step, 0);
    assert_eq!(s.apply(Action::Back).step, 0);
}
