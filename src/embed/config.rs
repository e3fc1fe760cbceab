//! A clinic's configuration, read from the element's `data-*` attributes (or the JS API's
//! object, turned into the same pairs by embed.js). Pure: every problem becomes one warning
//! naming the attribute and value, and the default is used, so the widget always renders.

use super::check::{closest, is_css_colour, phone_href, preview, safe_url};
use crate::story::audience::{Audience, Program};
pub use crate::story::Clinic;

/// Longest text a clinic field keeps (a name or address longer than this is cut).
pub const MAX_TEXT: usize = 120;

/// What the clinic told the widget; every field has a safe default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// Content language tag (`en`, `es`).
    pub lang: String,
    /// View to open (`ketamine`, `ssri`, `compare`, …); empty for the first.
    pub view: String,
    pub clinic: Clinic,
    /// A CSS colour for buttons and highlights, already checked.
    pub accent: Option<String>,
    /// Start playing the steps on load.
    pub autoplay: bool,
    /// The clinic's programme and therapy offer: which treatment steps the page shows.
    pub audience: Audience,
    /// Mirror the view and step in the page's URL hash (`#ketamine/3`): only for a page that
    /// is the widget, like the preview, since it writes the host page's URL.
    pub url_hash: bool,
    /// Test builds only: the widget panics when Next is pressed, to exercise the panic fallback.
    #[cfg(feature = "test-hooks")]
    pub test_panic: Option<crate::story::TestPanic>,
}

/// Reads `attrs` (name with or without `data-`, value). `languages` are the content languages
/// on offer, first is the default; `views` the view ids; `browser_lang` is navigator.language.
pub fn parse(
    attrs: &[(String, String)],
    languages: &[&str],
    views: &[&str],
    browser_lang: &str,
) -> (Config, Vec<String>) {
    let mut warnings = Vec::new();
    let mut warn = |name: &str, value: &str, why: &str| {
        warnings.push(format!(
            "ketamine-explainer: data-{name}=\"{}\" {why}",
            preview(value)
        ));
    };
    let mut config = Config {
        lang: languages.first().copied().unwrap_or("en").to_owned(),
        ..Config::default()
    };
    for (raw_name, value) in attrs {
        let lowered = raw_name.trim().to_ascii_lowercase();
        let name = lowered.strip_prefix("data-").unwrap_or(&lowered).to_owned();
        let v = value.trim();
        match name.as_str() {
            "lang" => {
                let wanted = if v.eq_ignore_ascii_case("auto") {
                    browser_lang
                } else {
                    v
                };
                let base = wanted
                    .split(['-', '_'])
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                match languages.iter().find(|l| **l == base) {
                    Some(l) => config.lang = (*l).to_owned(),
                    None if v.eq_ignore_ascii_case("auto") => {}
                    None => warn(
                        &name,
                        v,
                        &format!(
                            "is not a language the widget has ({}); using {}",
                            languages.join(", "),
                            config.lang
                        ),
                    ),
                }
            }
            "view" => match views.iter().find(|id| id.eq_ignore_ascii_case(v)) {
                Some(id) => config.view = (*id).to_owned(),
                None => warn(
                    &name,
                    v,
                    &format!("is not a view ({}); opening the first", views.join(", ")),
                ),
            },
            "clinic-name" => config.clinic.name = text(&name, v, &mut warn),
            "clinic-address" => config.clinic.address = text(&name, v, &mut warn),
            "clinic-phone" => match phone_href(v) {
                Some(href) => {
                    config.clinic.phone = text(&name, v, &mut warn);
                    config.clinic.phone_href = href;
                }
                None => warn(
                    &name,
                    v,
                    "is not a phone number (digits, spaces, + ( ) - . only); not shown",
                ),
            },
            "clinic-url" => match safe_url(v) {
                Some(url) => config.clinic.url = url,
                None => warn(
                    &name,
                    v,
                    "is not an https:, mailto: or tel: link; not shown",
                ),
            },
            "telehealth" => config.clinic.telehealth = flag(v),
            "program" => match Program::from_name(v) {
                Some(program) => config.audience.program = program,
                None => warn(
                    &name,
                    v,
                    &format!(
                        "is not a programme ({}); using both",
                        Program::NAMES.join(", ")
                    ),
                ),
            },
            "kap" => config.audience.kap = flag(v),
            "autoplay" => config.autoplay = flag(v),
            "accent" => match is_css_colour(v) {
                true => config.accent = Some(v.to_owned()),
                false => warn(
                    &name,
                    v,
                    "is not a CSS colour (#0072b2, rgb(…), hsl(…) or a name); using the default",
                ),
            },
            "url-hash" => config.url_hash = flag(v),
            // Read by embed.js before the wasm exists: `eager` loads at once, anything else
            // waits until the widget is near the screen.
            "load" if matches!(v, "eager" | "lazy") => {}
            "load" => warn(
                &name,
                v,
                "is not eager or lazy; loading when the widget comes into view",
            ),
            #[cfg(feature = "test-hooks")]
            "test-panic" => {
                use crate::story::TestPanic;
                config.test_panic = Some(if v == "term" {
                    TestPanic::Term
                } else {
                    TestPanic::Next
                })
            }
            "ketamine-explainer" => {}
            other if raw_name.to_ascii_lowercase().starts_with("data-") => {
                let hint = closest(other)
                    .map(|k| format!("; did you mean data-{k}?"))
                    .unwrap_or_default();
                warn(
                    other,
                    v,
                    &format!("is not a setting the widget knows{hint}"),
                );
            }
            _ => {} // id, class, style…: the host's own attributes
        }
    }
    (config, warnings)
}

/// Presence means yes, unless the value says no.
fn flag(v: &str) -> bool {
    !matches!(
        v.to_ascii_lowercase().as_str(),
        "false" | "no" | "0" | "off"
    )
}

/// Clinic text: control characters removed, cut at `MAX_TEXT`, markup shown as plain text.
fn text(name: &str, v: &str, warn: &mut impl FnMut(&str, &str, &str)) -> String {
    let clean: String = v
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if clean.contains('<') && clean.contains('>') {
        warn(name, v, "contains HTML; it is shown as plain text");
    }
    if clean.chars().count() > MAX_TEXT {
        warn(
            name,
            v,
            &format!("is longer than {MAX_TEXT} characters; it is cut"),
        );
        return clean.chars().take(MAX_TEXT).collect();
    }
    clean
}
