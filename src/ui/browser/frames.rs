//! The animation loop: one requestAnimationFrame closure built once (as in wasm-bindgen's
//! request-animation-frame example). It runs only while the widget is on screen and the tab is
//! visible, and dropping the `Frames` value cancels the pending frame and frees the closure.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};

use yew::NodeRef;

use super::Live;
use crate::ui::guard::Guard;

struct Shared {
    /// The pending frame's id, if one is requested.
    pending: Cell<Option<i32>>,
    on_screen: Cell<bool>,
    /// Counts in `live_timers` while frames are being requested.
    live: RefCell<Option<Live>>,
    tick: RefCell<Box<dyn FnMut()>>,
    closure: RefCell<Option<Closure<dyn FnMut()>>>,
}

impl Shared {
    fn can_run(&self) -> bool {
        self.on_screen.get() && !gloo::utils::document().hidden()
    }

    fn request(&self) {
        if self.pending.get().is_some() || !self.can_run() {
            return;
        }
        if let Some(closure) = self.closure.borrow().as_ref() {
            if let Ok(id) =
                gloo::utils::window().request_animation_frame(closure.as_ref().unchecked_ref())
            {
                self.pending.set(Some(id));
                self.live.borrow_mut().get_or_insert_with(Live::default);
            }
        }
    }

    /// Frames again if the loop may run now, else none until it may.
    fn resume_or_stop(&self) {
        if self.can_run() {
            self.request()
        } else {
            self.stop()
        }
    }

    fn stop(&self) {
        if let Some(id) = self.pending.take() {
            let _ = gloo::utils::window().cancel_animation_frame(id);
        }
        self.live.borrow_mut().take();
    }
}

/// A running animation loop calling `tick` once per frame while the element `watch` holds is
/// visible.
pub struct Frames {
    shared: Rc<Shared>,
    _visibility: EventListener,
    observer: Option<IntersectionObserver>,
    _on_intersect: Option<Closure<dyn FnMut(js_sys::Array)>>,
}

impl Frames {
    /// Each `tick` runs as `guard`'s widget (and none once it has halted).
    pub fn start(
        guard: &Guard,
        watch: &NodeRef,
        mut tick: impl FnMut() + 'static,
    ) -> Option<Frames> {
        let watch = watch.cast::<Element>()?;
        let guard = guard.clone();
        let tick = move || {
            if !guard.enter() {
                tick()
            }
        };
        let shared = Rc::new(Shared {
            pending: Cell::new(None),
            on_screen: Cell::new(true),
            live: RefCell::new(None),
            tick: RefCell::new(Box::new(tick)),
            closure: RefCell::new(None),
        });
        let weak = Rc::downgrade(&shared);
        *shared.closure.borrow_mut() = Some(Closure::new(move || {
            if let Some(s) = weak.upgrade() {
                s.pending.set(None);
                if s.can_run() {
                    (s.tick.borrow_mut())();
                    s.request();
                } else {
                    s.live.borrow_mut().take(); // paused until visible again
                }
            }
        }));
        let visibility = {
            let weak = Rc::downgrade(&shared);
            EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                if let Some(s) = weak.upgrade() {
                    s.resume_or_stop()
                }
            })
        };
        let (observer, on_intersect) = watch_on_screen(&shared, &watch);
        shared.request();
        Some(Frames {
            shared,
            _visibility: visibility,
            observer,
            _on_intersect: Some(on_intersect),
        })
    }
}

/// Follows whether `watch` is on screen (an IntersectionObserver, and its callback, which lives
/// as long as the returned observer is kept).
fn watch_on_screen(
    shared: &Rc<Shared>,
    watch: &Element,
) -> (
    Option<IntersectionObserver>,
    Closure<dyn FnMut(js_sys::Array)>,
) {
    let weak = Rc::downgrade(shared);
    let on_intersect = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(s) = weak.upgrade() else { return };
        if let Some(entry) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
        {
            s.on_screen.set(entry.is_intersecting());
            s.resume_or_stop()
        }
    });
    let observer = IntersectionObserver::new(on_intersect.as_ref().unchecked_ref()).ok();
    if let Some(o) = &observer {
        o.observe(watch);
    }
    (observer, on_intersect)
}

impl Drop for Frames {
    fn drop(&mut self) {
        self.shared.stop();
        if let Some(o) = &self.observer {
            o.disconnect();
        }
        self.shared.closure.borrow_mut().take(); // frees the frame closure
    }
}
