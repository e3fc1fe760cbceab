//! The preview page's URL hash: `#view/step` (1-based) read and written.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::embed::preview::{hash_of, parse_hash};
use ketamine_explainer::story::{Position, EN};

#[test]
fn hashes_read_as_people_write_them() {
    let view = |id: &str| EN.views.iter().position(|v| v.id == id).unwrap();
    let at = |view, step| Position { view, step };
    let (ssri, compare, snow) = (view("ssri"), view("compare"), view("snow"));
    let cases: &[(&str, Position)] = &[
        ("#ketamine/3", at(0, 2)),
        ("ssri/1", at(ssri, 0)),
        ("#compare", at(compare, 0)),
        ("#snow/0", at(snow, 0)), // step 0 does not exist: the first
        ("#snow/two", at(snow, 0)),
        ("#nosuchview/4", at(0, 3)), // an unknown view: the first view, the step kept
        ("", at(0, 0)),
        ("#", at(0, 0)),
    ];
    for (hash, want) in cases {
        assert_eq!(parse_hash(&EN, hash), *want, "{hash:?}");
    }
}

#[test]
fn every_position_round_trips() {
    for (view, v) in EN.views.iter().enumerate() {
        for step in 0..v.steps.len() {
            let p = Position { view, step };
            assert_eq!(parse_hash(&EN, &hash_of(&EN, p)), p, "{}", hash_of(&EN, p));
        }
    }
}
