//! ketamine-explainer: an embeddable, accessible explainer of how ketamine and SSRIs act on the
//! brain. `story` is pure logic and content; `ui` is the Yew components; `embed` is the only
//! code that touches the host page.

pub mod story;
pub mod trails;
pub mod ui;

pub mod embed;
