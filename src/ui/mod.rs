//! Yew components. Everything the patient sees is here; nothing here reaches outside the
//! widget's own root (that is `embed`'s job).

mod app;
pub mod browser;
mod check;
mod controls;
mod cta;
mod diagram;
mod focus;
mod glossed;
mod guard;
mod handout;
mod input;
mod narration;
mod panels;
pub mod prerendered;
mod questions;
mod slot;
mod snow;
mod speech;
mod static_text;
mod tabs;
mod timer;
mod tools;

pub use app::{App, AppProps};
pub use cta::Cta;
#[cfg(not(target_arch = "wasm32"))]
pub use diagram::prerender;
pub use diagram::Diagram;
pub use guard::{use_guard, Guard};
pub use narration::Narration;
pub use panels::{reference_item, references, RiskPanels};
pub use slot::{Slot, SlotProps};
pub use snow::{SnowField, SnowProps};
pub use static_text::{StaticText, StaticTextProps};
pub use tabs::Tabs;
