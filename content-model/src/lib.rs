//! The content model, shared by the widget and its build script: the content types (`model`),
//! declared once with a walk over their fields (`record`), the keys a translation names them by
//! (`keys`), a translation file's tree (`overlay`) and how it is laid over the English
//! (`translate`). Pure data and functions: serde for the build's TOML, nothing of the browser.

#[macro_use]
pub mod record;
pub mod keys;
pub mod model;
pub mod overlay;
pub mod scene;
pub mod translate;

pub use model::*;
pub use record::{Choice, Record, Role};

impl Content {
    /// Every view has its steps, every step its details, and the sources are here (nothing is
    /// still to load).
    pub fn is_whole(&self) -> bool {
        !self.references.is_empty()
            && self.views.iter().all(|v| {
                !v.steps.is_empty() && v.steps.iter().all(|s| !matches!(s.detail, Detail::Later))
            })
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
