//! The widget's inputs as actions: the dispatch every control and key goes through (as this
//! widget's code, see `guard`), and the step keys.

use yew::prelude::*;

use crate::story::Action;
use crate::ui::guard::Guard;

/// Actions into the reducer, as this widget's code (none once it has halted).
pub fn guarded_dispatch<R>(state: &UseReducerHandle<R>, guard: &Guard) -> Callback<Action>
where
    R: Reducible<Action = Action> + 'static,
{
    let (state, guard) = (state.clone(), guard.clone());
    Callback::from(move |action| {
        if guard.enter() {
            return;
        }
        #[cfg(feature = "test-hooks")]
        if action == Action::Next {
            guard.test_panic(crate::story::TestPanic::Next);
        }
        state.dispatch(action)
    })
}

/// The step keys (`key_action`) as actions; a key the widget uses does nothing else.
pub fn step_keys(dispatch: &Callback<Action>) -> Callback<KeyboardEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: KeyboardEvent| {
        if let Some(action) = key_action(&e) {
            e.prevent_default();
            dispatch.emit(action);
        }
    })
}

/// The step keys: ←/→, Home/End, and Space for play/pause. Keys typed into controls that use
/// them themselves (buttons take Space, the tab list takes arrows) are left alone.
fn key_action(e: &KeyboardEvent) -> Option<Action> {
    if e.alt_key() || e.ctrl_key() || e.meta_key() {
        return None;
    }
    let target: Option<web_sys::Element> = e.target_dyn_into();
    let role = target
        .as_ref()
        .and_then(|t| t.get_attribute("role"))
        .unwrap_or_default();
    let tag = target
        .as_ref()
        .map(|t| t.tag_name().to_ascii_lowercase())
        .unwrap_or_default();
    if role == "tab" {
        return None;
    }
    match e.key().as_str() {
        "ArrowRight" => Some(Action::Next),
        "ArrowLeft" => Some(Action::Back),
        "Home" => Some(Action::First),
        "End" => Some(Action::Last),
        " " if !matches!(tag.as_str(), "button" | "a" | "summary" | "input") => {
            Some(Action::TogglePlay)
        }
        _ => None,
    }
}
