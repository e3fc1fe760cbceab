//! Read aloud: speaks the current narration with the browser's own voices (Web Speech API),
//! one sentence at a time so the sentence being read can be highlighted. Offered only when the
//! browser has a voice; stops when the step changes or the widget goes away. The browser has one
//! speech queue per page: starting to read here clears it (the patient asked for this widget), but
//! stopping cancels it only while this widget's own reading is still under way, so a step change
//! never cuts another widget's or the host page's speech.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::story::glossary::slice;
use crate::story::sentences::Sentences;
use crate::story::Text;
use crate::ui::browser::{self, Listener, Utterance};
use crate::ui::guard::Guard;

/// What the narration and the button need to know.
#[derive(Clone, PartialEq)]
pub struct ReadAloud {
    /// The browser has at least one voice.
    pub available: bool,
    /// Index of the sentence being read, while reading.
    pub reading: Option<usize>,
    pub toggle: Callback<()>,
}

/// Speech for the `sentences` of `text` in language `lang`; `key` changes (a new step) stop any reading.
#[hook]
pub fn use_read_aloud(
    text: Text,
    sentences: Sentences,
    lang: AttrValue,
    key: (usize, usize),
    guard: &Guard,
) -> ReadAloud {
    let reading = use_state_eq(|| None::<usize>);
    let available = use_state_eq(browser::voices_present);
    let keep: Rc<RefCell<Speaking>> = use_mut_ref(Speaking::default);
    {
        // Voices may arrive after load (Chrome); listen once, for as long as the widget lives.
        let (available, guard) = (available.clone(), guard.clone());
        use_effect_with((), move |_| {
            let listener = browser::on_voices_changed(&guard, move || {
                available.set(browser::voices_present())
            });
            move || drop(listener)
        });
    }
    {
        let (reading, keep) = (reading.clone(), keep.clone());
        use_effect_with(key, move |_| {
            move || {
                stop(&keep);
                reading.set(None);
            }
        });
    }
    let toggle = {
        let (reading, keep, guard) = (reading.clone(), keep.clone(), guard.clone());
        Callback::from(move |()| {
            if reading.is_some() {
                stop(&keep);
                reading.set(None);
            } else {
                let sentences: Vec<&str> = sentences
                    .iter()
                    .map(|r| slice(&text, r.start, r.end).trim())
                    .collect();
                speak(&sentences, &lang, (&reading, &guard), &keep);
            }
        })
    };
    ReadAloud {
        available: *available,
        reading: *reading,
        toggle,
    }
}

/// The queued utterances' listeners, kept only while speaking: each listener also keeps its
/// utterance alive, and dropping it unhooks its callback.
#[derive(Default)]
struct Speaking {
    /// This widget's reading is queued or being spoken (cleared when its last sentence ends or
    /// is dropped).
    active: Rc<Cell<bool>>,
    listeners: Vec<Listener>,
}

/// Cancels speech; the utterances are unhooked first, so no callback runs after this.
fn stop(keep: &Rc<RefCell<Speaking>>) {
    let mut k = keep.borrow_mut();
    k.listeners.clear();
    if k.active.replace(false) {
        browser::cancel_speech();
    }
}

fn speak(
    sentences: &[&str],
    lang: &str,
    (reading, guard): (&UseStateHandle<Option<usize>>, &Guard),
    keep: &Rc<RefCell<Speaking>>,
) {
    stop(keep);
    browser::cancel_speech(); // the patient chose to listen here: whatever else was speaking stops
    let active = keep.borrow().active.clone();
    let last = sentences.len().saturating_sub(1);
    for (i, sentence) in sentences.iter().enumerate() {
        let Some(u) = Utterance::new(sentence, lang) else {
            continue;
        };
        active.set(true);
        let on_start = {
            let reading = reading.clone();
            u.on(guard, "start", move || reading.set(Some(i)))
        };
        keep.borrow_mut().listeners.push(on_start);
        if i == last {
            // The reading is over when its last sentence ends, or is dropped (`error`: another
            // widget or the host page cancelled the page's speech queue, which leaves this
            // sentence "canceled" or "interrupted"): then a later step change here has nothing
            // of its own to cancel. Dropped on the next stop or step change, never from inside
            // its own call.
            for event in ["end", "error"] {
                let (reading, active) = (reading.clone(), active.clone());
                let over = u.on(guard, event, move || {
                    active.set(false);
                    reading.set(None)
                });
                keep.borrow_mut().listeners.push(over);
            }
        }
        u.speak();
    }
}
