//! Yew components. Everything the patient sees is here; nothing here reaches outside the
//! widget's own root (that is `embed`'s job).

mod app;
mod controls;
mod cta;
mod diagram;
mod glossed;
pub mod motion;
mod narration;
mod snow;
mod tabs;
pub mod timer;

pub use app::{App, AppProps, Position};
pub use controls::Controls;
pub use cta::Cta;
pub use diagram::Diagram;
pub use narration::Narration;
pub use snow::{describe as describe_snow, SnowField};
pub use tabs::Tabs;
