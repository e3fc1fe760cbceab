//! ketamine-explainer: an embeddable, accessible explainer of how ketamine and SSRIs act on the
//! brain. `story` is pure logic and content; `trails` the pure snow-trail model; `ui` the Yew
//! components; `embed` the only code that touches the host page. Imports run downward only:
//! `embed` → `ui` → `story`/`trails`.

pub mod story;
pub mod trails;
pub mod ui;

pub mod embed;

/// This release's version (Cargo.toml), for the build's release notes and plugin checks.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
