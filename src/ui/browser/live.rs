//! A count of the timers and animation loops that exist right now, across every widget on the
//! page: exported to tests (as `liveTimers`) so they can check that removing a widget leaves none
//! behind.

use std::cell::Cell;

thread_local! {
    static LIVE: Cell<i32> = const { Cell::new(0) };
}

/// How many `Live` values exist.
pub fn live_timers() -> i32 {
    LIVE.with(|n| n.get())
}

/// Counts itself in `live_timers` from creation until dropped; held next to each timer.
pub struct Live(());

impl Default for Live {
    fn default() -> Self {
        LIVE.with(|n| n.set(n.get() + 1));
        Live(())
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        LIVE.with(|n| n.set(n.get() - 1));
    }
}
