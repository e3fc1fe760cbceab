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
    /// The clinic's programme, therapy offer and `data-values`: which treatment steps it shows.
    pub audience: Audience,
    /// `data-check="off"`: no "Check the facts" after the views' last steps.
    pub check_off: bool,
    /// Mirror the view and step in the page's URL hash (`#ketamine/3`): only for a page that
    /// is the widget, like the preview, since it writes the host page's URL.
    pub url_hash: bool,
    /// Test builds only: where the widget panics (`data-test-panic`: on Next, or on a glossary
    /// word), to exercise the panic fallback.
    #[cfg(feature = "test-hooks")]
    pub test_panic: Option<crate::story::TestPanic>,
}

/// What a setting's reader needs besides the value: the content languages on offer (first is
/// the default), the view ids, and navigator.language.
struct Offer<'a> {
    languages: &'a [&'a str],
    views: &'a [&'a str],
    browser_lang: &'a str,
}

/// Collects warnings: (attribute name without `data-`, value, why).
type Warn<'w> = dyn FnMut(&str, &str, &str) + 'w;

/// Reads one setting's value (trimmed) into the config, warning about what it cannot use.
type Reader = fn(&mut Config, &str, &Offer, &mut Warn);

/// Every setting the widget understands, by attribute name without `data-`: the one list (the
/// typo hint for an unknown `data-*` attribute is the nearest of these names).
const SETTINGS: &[(&str, Reader)] = &[
    ("lang", read_lang),
    ("view", read_view),
    ("clinic-name", |c, v, _, w| {
        c.clinic.name = text("clinic-name", v, w)
    }),
    ("clinic-phone", read_phone),
    ("clinic-address", |c, v, _, w| {
        c.clinic.address = text("clinic-address", v, w)
    }),
    ("clinic-url", read_url),
    ("telehealth", |c, v, _, _| c.clinic.telehealth = flag(v)),
    ("accent", read_accent),
    ("autoplay", |c, v, _, _| c.autoplay = flag(v)),
    ("url-hash", |c, v, _, _| c.url_hash = flag(v)),
    ("load", read_load),
    ("program", read_program),
    ("kap", |c, v, _, _| c.audience.kap = flag(v)),
    ("check", |c, v, _, w| c.check_off = off("check", v, w)),
    ("values", |c, v, _, w| {
        c.audience.values_off = off("values", v, w)
    }),
    #[cfg(feature = "test-hooks")]
    ("test-panic", read_test_panic),
    // The CMS-safe `<div data-ketamine-explainer>` marker: nothing to read.
    ("ketamine-explainer", |_, _, _, _| {}),
];

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
    let offer = Offer {
        languages,
        views,
        browser_lang,
    };
    let mut config = Config {
        lang: languages.first().copied().unwrap_or("en").to_owned(),
        ..Config::default()
    };
    for (raw_name, value) in attrs {
        let lowered = raw_name.trim().to_ascii_lowercase();
        let prefixed = lowered.starts_with("data-");
        let name = lowered.strip_prefix("data-").unwrap_or(&lowered);
        match SETTINGS.iter().find(|(known, _)| *known == name) {
            Some((_, read)) => read(&mut config, value.trim(), &offer, &mut warn),
            None if prefixed => {
                let names = SETTINGS.iter().map(|(known, _)| *known);
                let hint = closest(name, names)
                    .map(|k| format!("; did you mean data-{k}?"))
                    .unwrap_or_default();
                let why = format!("is not a setting the widget knows{hint}");
                warn(name, value.trim(), &why);
            }
            None => {} // id, class, style…: the host's own attributes
        }
    }
    (config, warnings)
}

/// `lang`: a language on offer (`es`, `es-MX`), or `auto` for the browser's when on offer.
fn read_lang(config: &mut Config, v: &str, offer: &Offer, warn: &mut Warn) {
    let auto = v.eq_ignore_ascii_case("auto");
    let wanted = if auto { offer.browser_lang } else { v };
    let base = wanted.split(['-', '_']).next().unwrap_or("");
    match offer
        .languages
        .iter()
        .find(|l| l.eq_ignore_ascii_case(base))
    {
        Some(l) => config.lang = (*l).to_owned(),
        None if auto => {}
        None => {
            let on_offer = offer.languages.join(", ");
            let why = format!(
                "is not a language the widget has ({on_offer}); using {}",
                config.lang
            );
            warn("lang", v, &why)
        }
    }
}

fn read_view(config: &mut Config, v: &str, offer: &Offer, warn: &mut Warn) {
    match offer.views.iter().find(|id| id.eq_ignore_ascii_case(v)) {
        Some(id) => config.view = (*id).to_owned(),
        None => {
            let why = format!(
                "is not a view ({}); opening the first",
                offer.views.join(", ")
            );
            warn("view", v, &why)
        }
    }
}

fn read_phone(config: &mut Config, v: &str, _: &Offer, warn: &mut Warn) {
    match phone_href(v) {
        Some(href) => {
            config.clinic.phone = text("clinic-phone", v, warn);
            config.clinic.phone_href = href;
        }
        None => warn(
            "clinic-phone",
            v,
            "is not a phone number (digits, spaces, + ( ) - . / only); not shown",
        ),
    }
}

fn read_url(config: &mut Config, v: &str, _: &Offer, warn: &mut Warn) {
    match safe_url(v) {
        Some(url) => config.clinic.url = url,
        None => warn(
            "clinic-url",
            v,
            "is not an https:, mailto: or tel: link; not shown",
        ),
    }
}

fn read_accent(config: &mut Config, v: &str, _: &Offer, warn: &mut Warn) {
    match is_css_colour(v) {
        true => config.accent = Some(v.to_owned()),
        false => warn(
            "accent",
            v,
            "is not a CSS colour (#0072b2, rgb(…), hsl(…) or a name); using the default",
        ),
    }
}

/// Read by embed.js before the wasm exists (`eager` loads at once, anything else waits until
/// the widget is near the screen); here only checked.
fn read_load(_: &mut Config, v: &str, _: &Offer, warn: &mut Warn) {
    if !matches!(v, "eager" | "lazy") {
        warn(
            "load",
            v,
            "is not eager or lazy; loading when the widget comes into view",
        )
    }
}

/// A part a clinic may turn off (`check`, `values`): `on` (the default) or `off`; whether off.
fn off(name: &str, v: &str, warn: &mut Warn) -> bool {
    match v.to_ascii_lowercase().as_str() {
        "on" => false,
        "off" => true,
        _ => {
            warn(name, v, "is not on or off; using on");
            false
        }
    }
}

fn read_program(config: &mut Config, v: &str, _: &Offer, warn: &mut Warn) {
    match Program::from_name(v) {
        Some(program) => config.audience.program = program,
        None => {
            let why = format!(
                "is not a programme ({}); using both",
                Program::NAMES.join(", ")
            );
            warn("program", v, &why)
        }
    }
}

#[cfg(feature = "test-hooks")]
fn read_test_panic(config: &mut Config, v: &str, _: &Offer, _: &mut Warn) {
    use crate::story::TestPanic;
    config.test_panic = Some(if v == "term" {
        TestPanic::Term
    } else {
        TestPanic::Next
    })
}

/// Presence means yes, unless the value says no.
fn flag(v: &str) -> bool {
    !matches!(
        v.to_ascii_lowercase().as_str(),
        "false" | "no" | "0" | "off"
    )
}

/// Clinic text: control characters removed, cut at `MAX_TEXT`, markup shown as plain text.
fn text(name: &str, v: &str, warn: &mut Warn) -> String {
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
