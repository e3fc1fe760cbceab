//! A clinic's attributes → config and warnings, table-driven. Each bad input gives exactly one
//! warning naming the attribute, and the default stays.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::embed::config::{parse, Config};

/// A fixture: parse takes the languages on offer as input (the widget passes LANGUAGE_CODES).
const LANGS: &[&str] = &["en", "es"];
const VIEWS: &[&str] = &["ketamine", "ssri", "compare"];

fn read(pairs: &[(&str, &str)]) -> (Config, Vec<String>) {
    let attrs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    parse(&attrs, LANGS, VIEWS, "fr-FR")
}

#[test]
fn good_settings_are_taken() {
    let (c, w) = read(&[
        ("data-lang", "es"),
        ("data-view", "SSRI"),
        ("data-clinic-name", "Calm Clinic"),
        ("data-clinic-phone", "+1 (301) 555-0100"),
        ("data-clinic-address", "1 Main St, Springfield"),
        ("data-clinic-url", "https://clinic.example/ketamine"),
        ("data-telehealth", ""),
        ("data-accent", "#d55e00"),
        ("data-autoplay", ""),
        ("class", "host-own-class"),
    ]);
    assert_eq!(w, Vec::<String>::new());
    assert_eq!((c.lang.as_str(), c.view.as_str()), ("es", "ssri"));
    assert_eq!(c.clinic.phone_href, "tel:+13015550100");
    assert_eq!(c.clinic.url, "https://clinic.example/ketamine");
    assert!(c.clinic.telehealth && c.autoplay);
    assert_eq!(c.accent.as_deref(), Some("#d55e00"));
}

#[test]
fn auto_language_follows_the_browser_or_stays_english() {
    let attrs = vec![("data-lang".to_string(), "auto".to_string())];
    assert_eq!(parse(&attrs, LANGS, VIEWS, "es-MX").0.lang, "es");
    let (c, w) = parse(&attrs, LANGS, VIEWS, "fr-FR");
    assert_eq!(
        (c.lang.as_str(), w.len()),
        ("en", 0),
        "an unsupported browser language quietly stays English"
    );
}

#[test]
fn each_bad_input_warns_once_by_name_and_keeps_the_default() {
    let default = read(&[]).0;
    let long = "x".repeat(500);
    let cases: &[(&str, &str)] = &[
        ("data-lang", "klingon"),
        ("data-lang", ""),
        ("data-lang", "e"),
        ("data-view", "snowboard"),
        ("data-view", ""),
        ("data-view", "1"),
        ("data-clinic-url", "javascript:alert(1)"),
        ("data-clinic-url", "http://insecure.example"),
        ("data-clinic-url", "JAVASCRIPT:alert(1)"),
        ("data-clinic-url", "data:text/html,<b>x</b>"),
        ("data-clinic-url", "https://ok.example/\" onmouseover=\"x"),
        ("data-clinic-url", "//evil.example"),
        ("data-clinic-url", "https://"),
        ("data-clinic-phone", "call us!"),
        ("data-clinic-phone", "12"),
        ("data-clinic-phone", "javascript:alert(1)"),
        ("data-clinic-phone", "1234567890123456789012345"),
        ("data-accent", "red; background:url(x)"),
        ("data-accent", "#12"),
        ("data-accent", "#ggg"),
        ("data-accent", "rgb(1,2,3);}"),
        ("data-accent", "url(https://x)"),
        ("data-accent", "expression(alert(1))"),
        // Where to take a colour from, not a colour (the theme guard refuses transparent ones).
        ("data-accent", "inherit"),
        ("data-accent", "UNSET"),
        ("data-accent", "revert-layer"),
        ("data-acent", "#fff"),
        ("data-clinc-name", "Typo Clinic"),
        ("data-telehealt", ""),
        ("data-something-else", "1"),
        ("data-program", "spray"),
        ("data-program", ""),
        ("data-progam", "iv"),
        ("data-check", "no"),
        ("data-check", ""),
        ("data-chek", "off"),
    ];
    for (name, value) in cases {
        let (c, w) = read(&[(name, value)]);
        assert_eq!(w.len(), 1, "{name}={value:?}: warnings {w:?}");
        assert!(
            w[0].contains(name),
            "{name}={value:?}: warning does not name the attribute: {}",
            w[0]
        );
        assert_eq!(c, default, "{name}={value:?}: default not kept");
    }
    let (c, w) = read(&[("data-clinic-name", &long)]);
    assert_eq!(
        (w.len(), c.clinic.name.chars().count()),
        (1, 120),
        "over-long text is cut, with one warning"
    );
    let (c, w) = read(&[("data-clinic-name", "<img src=x onerror=alert(1)>")]);
    assert_eq!(w.len(), 1, "markup in text is reported");
    assert_eq!(
        c.clinic.name, "<img src=x onerror=alert(1)>",
        "…and kept as plain text (rendered as a text node)"
    );
}

#[test]
fn typos_get_a_suggestion() {
    let (_, w) = read(&[("data-clinic-phon", "555 0100")]);
    assert!(w[0].contains("did you mean data-clinic-phone?"), "{w:?}");
}

#[test]
fn presence_flags_read_no_as_no() {
    for (value, want) in [
        ("", true),
        ("true", true),
        ("false", false),
        ("no", false),
        ("0", false),
    ] {
        assert_eq!(
            read(&[("data-autoplay", value)]).0.autoplay,
            want,
            "{value:?}"
        );
    }
}

mod arbitrary {
    use super::*;
    use ketamine_explainer::embed::check::{is_css_colour, safe_url};
    use proptest::prelude::*;

    fn name() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("data-lang".to_string()),
            Just("data-view".to_string()),
            Just("data-clinic-name".to_string()),
            Just("data-clinic-phone".to_string()),
            Just("data-clinic-url".to_string()),
            Just("data-accent".to_string()),
            Just("data-autoplay".to_string()),
            ".{0,30}",
        ]
    }

    proptest! {
        /// Any attributes at all: no panic, and the result is always a config the widget can use.
        #[test]
        fn any_attributes_give_a_valid_config(attrs in proptest::collection::vec((name(), ".{0,200}"), 0..12), browser in ".{0,12}") {
            let (c, warnings) = parse(&attrs, LANGS, VIEWS, &browser);
            prop_assert!(LANGS.contains(&c.lang.as_str()));
            prop_assert!(c.view.is_empty() || VIEWS.contains(&c.view.as_str()));
            prop_assert!(c.clinic.name.chars().count() <= 120 && c.clinic.address.chars().count() <= 120);
            prop_assert!(c.clinic.url.is_empty() || safe_url(&c.clinic.url).is_some());
            prop_assert!(c.clinic.phone_href.is_empty() || c.clinic.phone_href.starts_with("tel:"));
            prop_assert!(c.accent.as_deref().is_none_or(is_css_colour));
            prop_assert!(warnings.iter().all(|w| w.starts_with("ketamine-explainer: ")));
        }

        /// Nothing that could end a CSS declaration or open a script URL ever passes the checks.
        #[test]
        fn checks_never_pass_dangerous_text(v in ".{0,60}") {
            if is_css_colour(&v) {
                let ends_declaration = v.contains(';') || v.contains('\u{7d}');
                prop_assert!(!ends_declaration && !v.to_lowercase().contains("url("), "unsafe colour {:?}", v);
            }
            if let Some(u) = safe_url(&v) {
                prop_assert!(!u.to_lowercase().starts_with("javascript:") && !u.contains('"') && !u.contains(' '), "unsafe url {:?}", u);
            }
        }
    }
}

#[test]
fn a_programme_and_a_therapy_offer_are_taken_in_any_case() {
    use ketamine_explainer::story::audience::Program;
    for (value, want) in [
        ("iv", Program::Iv),
        ("IV", Program::Iv),
        ("esketamine", Program::Esketamine),
        (" Both ", Program::Both),
    ] {
        let (c, w) = read(&[("data-program", value), ("data-kap", "")]);
        assert_eq!(
            (c.audience.program, c.audience.kap, w.len()),
            (want, true, 0),
            "{value:?}"
        );
    }
    let (c, _) = read(&[]);
    assert_eq!(
        (c.audience.program, c.audience.kap),
        (Program::Both, false),
        "the default"
    );
}

#[test]
fn check_the_facts_is_on_unless_turned_off() {
    for (value, off) in [("off", true), ("OFF", true), (" on ", false)] {
        let (c, w) = read(&[("data-check", value)]);
        assert_eq!((c.check_off, w.len()), (off, 0), "{value:?}");
    }
    assert!(!read(&[]).0.check_off, "the default: on");
}
