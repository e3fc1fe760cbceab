//! The WordPress plugin's list of settings (wordpress/includes/fields.php) against the widget's:
//! every setting the plugin writes is one the widget reads, and the plugin's views are the
//! content's views, so a setting or view added to one and not the other fails here.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::embed::config::parse;
use ketamine_explainer::story::{EN, LANGUAGE_CODES};

const FIELDS_PHP: &str = include_str!("../wordpress/includes/fields.php");

/// The quoted keys of `'key' => …` lines in the part of fields.php after the last `from` and
/// before the next `until`.
fn keys_between(from: &str, until: &str) -> Vec<String> {
    let start = FIELDS_PHP.rfind(from).expect("fields.php has the marker") + from.len();
    let part = &FIELDS_PHP[start..];
    let part = &part[..part.find(until).expect("fields.php has the end marker")];
    part.lines()
        .filter_map(|line| {
            let line = line.trim_start().strip_prefix('\'')?;
            let (key, rest) = line.split_once('\'')?;
            rest.trim_start().starts_with("=>").then(|| key.to_owned())
        })
        .collect()
}

fn views() -> Vec<&'static str> {
    EN.views.iter().map(|v| &*v.id).collect()
}

fn warnings(name: &str, value: &str) -> Vec<String> {
    let attrs = vec![(format!("data-{name}"), value.to_owned())];
    parse(&attrs, &LANGUAGE_CODES, &views(), "en-US").1
}

#[test]
fn every_plugin_setting_is_one_the_widget_reads() {
    let fields = keys_between("function ketamine_explainer_fields()", "\n}");
    assert!(
        fields.len() >= 9,
        "only {} settings read from fields.php",
        fields.len()
    );
    for field in fields.iter().filter(|f| !f.starts_with("booking_")) {
        let attribute = field.replace('_', "-");
        let unknown: Vec<String> = warnings(&attribute, "")
            .into_iter()
            .filter(|w| w.contains("is not a setting"))
            .collect();
        assert!(
            unknown.is_empty(),
            "the plugin writes data-{attribute}: {unknown:?}"
        );
    }
}

#[test]
fn the_plugin_offers_exactly_the_contents_views() {
    let mut offered = keys_between("if ( 'view' === $name )", "}");
    let mut ours: Vec<String> = views().iter().map(|v| v.to_string()).collect();
    offered.sort();
    ours.sort();
    assert_eq!(offered, ours);
}

#[test]
fn every_programme_the_plugin_offers_is_accepted() {
    // The file's last list at a function's first indent: the programmes.
    let programmes = keys_between("\n\treturn array(", "\t);");
    assert_eq!(programmes, ["both", "iv", "esketamine"]);
    for p in &programmes {
        assert_eq!(
            warnings("program", p),
            Vec::<String>::new(),
            "data-program=\"{p}\""
        );
    }
    assert_eq!(
        warnings("program", "oral").len(),
        1,
        "a programme the widget lacks warns"
    );
}
