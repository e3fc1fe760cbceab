//! Pure story logic: content types, the compiled-in content, and the step state machine.
//! No yew or web-sys here, so all of it is tested natively.

mod clinic;
#[macro_use]
mod record;
mod model;

use std::borrow::Cow;
pub mod audience;
pub mod glossary;
pub mod keys;
pub mod overlay;
pub mod pack;
pub mod scene;
pub mod sentences;
pub mod steps;
pub mod translate;

pub use clinic::Clinic;
pub use model::*;
pub use record::{Choice, Record, Role};
#[cfg(feature = "test-hooks")]
pub use steps::TestPanic;
pub use steps::{Action, Explainer, Position};

/// English content, compiled from `assets/content/en.toml` by `build.rs`: natively all of it;
/// in the browser without its deferred views' steps, which arrive with `lang-en.txt`.
#[cfg(not(target_arch = "wasm32"))]
pub static EN: Content = include!(concat!(env!("OUT_DIR"), "/content_en.rs"));
#[cfg(target_arch = "wasm32")]
pub static EN: Content = include!(concat!(env!("OUT_DIR"), "/content_en_core.rs"));
// The translations (`ES`, …), `LANGUAGES` and `LANGUAGE_CODES`, written by build.rs from the
// files in assets/content/: adding a language is adding its file.
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The content for a language tag (`en`, `es`), if the widget has it. Natively only: in the
/// browser this would link every language into the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub fn content_for(lang: &str) -> Option<&'static Content> {
    LANGUAGES.iter().copied().find(|c| c.lang == lang)
}

/// Sorts a handful of items (citation keys, glossary hits) by insertion: the standard library's
/// sorts would add several KB of code to the wasm for lists this short.
pub fn sort_few<T: Ord>(items: &mut [T]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The words of a step's "More detail" that the compiled-in English leaves for later: they
/// come with the whole language (`lang-en.txt`) when a patient first opens one.
pub const LATER: &str = "…";

impl Content {
    /// Every view has its steps and every step its details (nothing is still to load).
    pub fn is_whole(&self) -> bool {
        self.views
            .iter()
            .all(|v| !v.steps.is_empty() && v.steps.iter().all(|s| s.detail != LATER))
    }

    /// The view with this id, if any.
    pub fn view(&self, id: &str) -> Option<&View> {
        self.views.iter().find(|v| v.id == id)
    }

    /// The diagram label with this id ("" when missing, so a gap never breaks the picture).
    pub fn label(&self, id: &str) -> &str {
        self.labels
            .iter()
            .find(|l| l.id == id)
            .map_or("", |l| l.text.as_ref())
    }

    /// The reference with this key, if any.
    pub fn reference(&self, key: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.key == key)
    }
}
