//! The theme check's arithmetic: colours as browsers compute them, WCAG contrast, and which
//! clinic colours the widget keeps.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::embed::theme::{accent_contrast, contrast, parse_rgb};

#[test]
fn computed_colours_parse() {
    let cases: &[(&str, Option<[u8; 3]>)] = &[
        ("rgb(0, 114, 178)", Some([0, 114, 178])),
        // Not opaque: the words behind would show through (transparent is rgba(0, 0, 0, 0)).
        ("rgba(255, 221, 85, 0.5)", None),
        ("rgba(0, 0, 0, 0)", None),
        ("rgb(12 34 56 / 50%)", None),
        (" rgb(1,2,3) ", Some([1, 2, 3])),
        ("#0072b2", None),
        ("rgb(1, 2)", None),
        ("", None),
    ];
    for (text, want) in cases {
        assert_eq!(parse_rgb(text), *want, "{text:?}");
    }
}

#[test]
fn contrast_matches_wcag() {
    let (black, white) = ([0, 0, 0], [255, 255, 255]);
    assert!((contrast(black, white) - 21.0).abs() < 0.01);
    assert!((contrast(white, white) - 1.0).abs() < 0.01);
    assert_eq!(contrast(black, white), contrast(white, black));
    // The default accent and text pass on white; a pale yellow does not.
    assert!(contrast([0, 114, 178], white) >= 4.5);
    assert!(contrast([31, 41, 51], white) >= 4.5);
    assert!(contrast([255, 221, 85], white) < 4.5);
}

#[test]
fn contrast_agrees_with_the_wcag_formula_for_every_grey() {
    let lum = |v: u8| {
        let s = v as f64 / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    for v in 0..=255u8 {
        let want = 1.05 / (lum(v) + 0.05);
        let got = contrast([v, v, v], [255, 255, 255]) as f64;
        assert!(
            (got - want).abs() / want < 1e-3,
            "grey {v}: {got} vs {want}"
        );
    }
}

#[test]
fn an_accent_must_read_on_the_surface_and_under_white_words() {
    let white = [255, 255, 255];
    let cases = [
        ([0, 114, 178], white, true),   // the default blue
        ([107, 47, 163], white, true),  // a clinic purple
        ([255, 221, 85], white, false), // pale yellow: unreadable words on white
        // Dark on a dark surface: white button words read, accent words on the surface do not.
        ([20, 20, 60], [30, 30, 30], false),
    ];
    for (accent, surface, ok) in cases {
        assert_eq!(
            accent_contrast(accent, surface) >= 4.5,
            ok,
            "{accent:?} on {surface:?}"
        );
    }
}
