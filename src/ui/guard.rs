//! Which widget's code is running. Several widgets share one wasm instance, and a panic stops the
//! instance, so each piece of a widget's code says "this is me" before it runs; a panic is then
//! pinned to that widget alone (`embed::fault`). The embedding pins every user event in the
//! widget itself (capture listeners on its shadow root), so a click handler anywhere below App
//! is pinned for free; what runs without an event (timers, animation frames, speech callbacks)
//! asks the widget's `Guard`, which App provides to every component as context.

use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Guard {
    /// Told when this widget's code starts to run; answers true once the instance has halted
    /// (then the code must do nothing).
    enter: Callback<(), bool>,
    /// Test builds: where `data-test-panic` asked for a panic.
    #[cfg(feature = "test-hooks")]
    test_panic: Option<crate::story::TestPanic>,
}

impl Default for Guard {
    fn default() -> Self {
        Guard::new(Callback::from(|()| false))
    }
}

impl Guard {
    pub fn new(enter: Callback<(), bool>) -> Self {
        Guard {
            enter,
            #[cfg(feature = "test-hooks")]
            test_panic: None,
        }
    }

    /// Marks this widget as the one running; true if the code must stop here (halted).
    pub fn enter(&self) -> bool {
        self.enter.emit(())
    }

    /// Test builds: where to panic (see `story::TestPanic`).
    #[cfg(feature = "test-hooks")]
    pub fn with_test_panic(self, test_panic: Option<crate::story::TestPanic>) -> Self {
        Guard { test_panic, ..self }
    }

    /// Test builds: panics if `data-test-panic` asked for one at `here`.
    #[cfg(feature = "test-hooks")]
    pub fn test_panic(&self, here: crate::story::TestPanic) {
        if self.test_panic == Some(here) {
            panic!("test panic requested by data-test-panic");
        }
    }
}

/// The widget's guard (a default one outside an App, as in component tests).
#[hook]
pub fn use_guard() -> Guard {
    use_context::<Guard>().unwrap_or_default()
}
