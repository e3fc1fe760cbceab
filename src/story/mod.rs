//! Pure story logic: the content types (the `content-model` crate, shared with build.rs, seen
//! here as `story::model`, `record`, `keys`, `overlay`, `scene`, `translate`), the compiled-in content,
//! and the step state machine. No yew or web-sys here, so all of it is tested natively.

mod clinic;
pub use content_model::{keys, model, overlay, record, scene, translate};

use std::borrow::Cow;
pub mod audience;
pub mod glossary;
pub mod pack;
pub mod results;
pub mod sentences;
pub mod steps;

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
/// Natively, the English the wasm carries too: the generator draws its first screen from it.
#[cfg(not(target_arch = "wasm32"))]
pub static EN_CORE: Content = include!(concat!(env!("OUT_DIR"), "/content_en_core.rs"));
// The translations (`ES`, …), `LANGUAGES` and `LANGUAGE_CODES`, written by build.rs from the
// files in assets/content/: adding a language is adding its file.
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

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
