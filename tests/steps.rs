//! The step state machine, table-driven: (start state, action) → expected state, one test per row.
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

/// One test per row, named for what it shows: (start state, action) → expected state.
macro_rules! cases {
    ($($name:ident: $from:expr, $action:expr => $want:expr;)*) => {$(
        #[test]
        fn $name() {
            use Action::*;
            let from = $from;
            assert_eq!(from.apply($action), $want, "{from:?} + {:?}", $action);
        }
    )*};
}

#[rustfmt::skip]
cases! {
    next_moves_on: at(0, false), Next => at(1, false);
    next_stops_at_the_last_step: at(4, false), Next => at(4, false);
    next_pauses_autoplay: at(2, true), Next => at(3, false);
    back_moves_back: at(2, false), Back => at(1, false);
    back_stops_at_the_first_step: at(0, false), Back => at(0, false);
    back_pauses_autoplay: at(3, true), Back => at(2, false);
    home_goes_to_the_first_step: at(3, false), First => at(0, false);
    end_goes_to_the_last_step_and_pauses: at(1, true), Last => at(4, false);
    a_dot_jumps_to_its_step: at(0, false), GoTo(3) => at(3, false);
    a_jump_past_the_end_is_clamped: at(0, false), GoTo(99) => at(4, false);
    restart_goes_back_to_the_start_paused: at(3, true), Restart => at(0, false);
    play_starts_from_here: at(2, false), TogglePlay => at(2, true);
    pause_stops: at(2, true), TogglePlay => at(2, false);
    play_at_the_end_starts_over: at(4, false), TogglePlay => at(0, true);
    a_tick_advances_while_playing: at(2, true), Tick => at(3, true);
    autoplay_pauses_itself_on_the_last_step: at(3, true), Tick => at(4, false);
    a_late_tick_after_pausing_does_nothing: at(2, false), Tick => at(2, false);
    a_new_view_starts_at_its_first_step_paused: at(3, true), ShowView { view: 2, total: 7 } =>
        Explainer { view: 2, step: 0, total: 7, playing: false, loading: None };
    a_view_still_loading_keeps_this_step_on_screen_paused:
        at(3, true), AwaitView(2) => awaiting(3, 2);
    the_awaited_view_opens_when_its_steps_arrive:
        awaiting(3, 2), ViewArrived { view: 2, total: 7 } => Explainer::new(2, 7);
    another_views_steps_do_not_open_it: awaiting(3, 2), ViewArrived { view: 3, total: 7 } => awaiting(3, 2);
    steps_arriving_after_the_patient_moved_on_change_nothing:
        at(3, false), ViewArrived { view: 2, total: 7 } => at(3, false);
    steps_that_could_not_load_end_the_wait_on_this_step:
        awaiting(3, 2), ViewArrived { view: 2, total: 0 } => at(3, false);
    opening_a_loaded_view_ends_the_wait: awaiting(3, 2), ShowView { view: 0, total: 4 } => Explainer::new(0, 4);
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
