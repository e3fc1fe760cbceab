//! The snow picture reads at a glance and its words agree with it (issue 20): deep paths are
//! drawn in dark slate, faint ones in light blue-grey, and the description calls each path
//! what the picture shows, through the story's phases.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::trails::{colour, Depth, Params, Phase, Place, Sim, NEW, W};

const SEED: u64 = 7;

/// WCAG relative luminance of an sRGB colour.
fn luminance(rgb: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
}

fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The mean luminance the painter gives a path: along the line between its places, the
/// darkest painted cell within 2 cells of each point (trails bend a little).
fn drawn(sim: &Sim, a: &Place, b: &Place) -> f64 {
    let mut sum = 0.0;
    for s in 1..20 {
        let t = s as f32 / 20.0;
        let (x, y) = (a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
        let mut darkest: f64 = 1.0;
        for dy in -2i32..=2 {
            for dx in -2i32..=2 {
                let (cx, cy) = (
                    (x as i32 + dx).clamp(0, 95) as usize,
                    (y as i32 + dy).clamp(0, 95) as usize,
                );
                darkest = darkest.min(luminance(colour(sim.shade(cx, cy))));
            }
        }
        sum += darkest;
    }
    sum / 19.0
}

#[test]
fn a_deep_path_stands_out_from_snow_and_a_faint_one_less() {
    let snow = colour(0.0);
    // Non-text contrast (WCAG 1.4.11) for what a deep path means; a faint path is visible but
    // clearly lighter.
    let deep = contrast(colour(ketamine_explainer::trails::DEEP_PATH), snow);
    let faint = contrast(colour(ketamine_explainer::trails::FAINT_PATH), snow);
    assert!(deep >= 4.5, "a deep path has {deep:.1}:1 against snow");
    assert!(
        (1.3..2.5).contains(&faint),
        "a faint path has {faint:.1}:1 against snow"
    );
}

#[test]
fn the_words_call_each_path_what_the_picture_shows() {
    // A path called deep is drawn at least as dark, on average, as slate at 0.6 of the way; a
    // path called faint no darker than slate at 0.7.
    let deep_at_most = luminance(colour(0.6));
    let faint_at_least = luminance(colour(0.7));
    let mut wrong = Vec::new();
    for added in [&[][..], &NEW[..2], &NEW[2..]] {
        for phase in Phase::ALL {
            let sim = Sim::prepared(SEED, Params::standard(), phase, added);
            for (i, j, depth) in sim.paths() {
                let (a, b) = (&sim.places[i], &sim.places[j]);
                let l = drawn(&sim, a, b);
                let ok = match depth {
                    Depth::Deep => l <= deep_at_most,
                    Depth::Faint => l >= faint_at_least,
                };
                if !ok {
                    wrong.push(format!(
                        "{phase:?} {}–{}: called {depth:?}, drawn at luminance {l:.2}",
                        a.id, b.id
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "words and picture disagree:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_story_reads_in_the_paths() {
    let depth = |phase, added: &[Place], a: &str, b: &str| {
        let sim = Sim::prepared(SEED, Params::standard(), phase, added);
        let at = |id: &str| sim.places.iter().position(|p| p.id == id).unwrap();
        let (i, j) = (at(a).min(at(b)), at(a).max(at(b)));
        sim.paths()
            .into_iter()
            .find(|p| (p.0, p.1) == (i, j))
            .map(|p| p.2)
    };
    let old = [("home", "work"), ("home", "store"), ("work", "store")];
    for (a, b) in old {
        assert_eq!(
            depth(Phase::OldPaths, &[], a, b),
            Some(Depth::Deep),
            "old {a}–{b}"
        );
        assert_eq!(
            depth(Phase::FreshSnow, &[], a, b),
            Some(Depth::Faint),
            "fresh snow on {a}–{b}"
        );
        assert_eq!(
            depth(Phase::NoFollowUp, &NEW[..2], a, b),
            Some(Depth::Deep),
            "{a}–{b} comes back"
        );
    }
    // Practice: the new places' path is deep; the old home–work path is faint or gone.
    assert_eq!(
        depth(Phase::Practice, &NEW[..2], "friend", "park"),
        Some(Depth::Deep)
    );
    assert_ne!(
        depth(Phase::Practice, &NEW[..2], "home", "work"),
        Some(Depth::Deep)
    );
    assert_eq!(W, 96);
}

/// What a patient sees step by step, read from the colours the painter gives the cells: after
/// fresh snow the old paths are clearly lighter (their contrast with the deep paths before is
/// at least 3:1), and in practice the paths to the new places are the darkest.
#[test]
fn each_step_shows_its_words_at_a_glance() {
    let old_paths = |sim: &Sim| {
        let at = |id: &str| sim.places.iter().find(|p| p.id == id).copied().unwrap();
        let pairs = [("home", "work"), ("home", "store"), ("work", "store")];
        pairs.map(|(a, b)| drawn(sim, &at(a), &at(b)))
    };
    let before = Sim::prepared(SEED, Params::standard(), Phase::OldPaths, &[]);
    let fresh = Sim::prepared(SEED, Params::standard(), Phase::FreshSnow, &[]);
    for (i, (b, f)) in old_paths(&before).iter().zip(old_paths(&fresh)).enumerate() {
        let ratio = (f + 0.05) / (b + 0.05);
        assert!(
            ratio >= 3.0,
            "old path {i}: fresh snow lightens it only {ratio:.1}:1"
        );
    }
    let practice = Sim::prepared(SEED, Params::standard(), Phase::Practice, &NEW[..2]);
    let at = |id: &str| {
        practice
            .places
            .iter()
            .find(|p| p.id == id)
            .copied()
            .unwrap()
    };
    let new_path = drawn(&practice, &at("friend"), &at("park"));
    for (i, old) in old_paths(&practice).iter().enumerate() {
        assert!(
            new_path < *old - 0.1,
            "practice: the new path ({new_path:.2}) is not clearly darker than old path {i} ({old:.2})"
        );
    }
}
