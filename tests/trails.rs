//! The trail model with fixed seeds: trails emerge where walkers go, κ orders direct vs shared
//! paths, fresh snow softens grooves, and only new destinations move the deepest trails.
#![cfg(not(target_arch = "wasm32"))]
#[cfg(not(feature = "test-hooks"))]
compile_error!("tests/trails.rs reads the model's test hooks: `cargo test --features test-hooks` (make test does)");

use ketamine_explainer::trails::{
    centroid, colour, Depth, Field, Params, Phase, Place, Sim, NEW, OLD, W,
};

const SEED: u64 = 7;

fn overlap(a: &[usize], b: &[usize]) -> f32 {
    a.iter().filter(|c| b.contains(c)).count() as f32 / a.len() as f32
}

#[test]
fn trails_emerge_along_routes_and_not_elsewhere() {
    let sim = Sim::prepared(SEED, Params::standard(), Phase::OldPaths, &[]);
    let (home, work) = (OLD[0], OLD[1]);
    let mid = sim.field.g[Field::index((home.x + work.x) / 2.0, (home.y + work.y) / 2.0)];
    let mut max_near_mid = mid;
    for dy in -3..=3 {
        max_near_mid = max_near_mid.max(
            sim.field.g[Field::index((home.x + work.x) / 2.0, (home.y + work.y) / 2.0 + dy as f32)],
        );
    }
    let corner = sim.field.g[Field::index(2.0, 2.0)];
    assert!(
        max_near_mid > 0.5,
        "the home–work route is a deep trail ({max_near_mid:.2})"
    );
    assert!(corner < 0.05, "untrodden snow stays fresh ({corner:.2})");
    let paths = sim.paths();
    assert_eq!(paths.len(), 3, "all three old habits are joined: {paths:?}");
    assert!(paths.iter().all(|p| p.2 == Depth::Deep));
}

#[test]
fn large_kappa_shares_a_network_small_kappa_goes_direct() {
    let corners = [(20.0, 12.0), (76.0, 12.0), (76.0, 52.0), (20.0, 52.0)].map(|(x, y)| Place {
        id: "c",
        x,
        y,
        old: true,
    });
    let detour = |intensity: f32| {
        let params = Params {
            intensity,
            ..Params::standard()
        };
        let mut sim = Sim::with_places(3, params, &corners);
        sim.run(4000);
        (params.kappa(), sim.detour())
    };
    let (small_k, direct) = detour(0.001);
    let (large_k, shared) = detour(0.06);
    assert!(small_k < 0.1 && large_k > 2.0, "κ {small_k} vs {large_k}");
    assert!(
        direct < 0.98,
        "small κ: walkers go straight (walked/straight = {direct:.3})"
    );
    assert!(
        shared > direct + 0.01,
        "large κ: walkers bend to share trails ({shared:.3} vs {direct:.3})"
    );
}

#[test]
fn fresh_snow_softens_grooves_but_they_do_not_vanish() {
    let mut sim = Sim::prepared(SEED, Params::standard(), Phase::OldPaths, &[]);
    let before = sim.field.max_g();
    sim.enter(Phase::FreshSnow);
    let after = sim.field.max_g();
    assert!(
        after < before * 0.5,
        "fresh snow lowers the deepest groove ({before:.2} → {after:.2})"
    );
    assert!(after > 0.1, "…but the groove is still there ({after:.2})");
}

#[test]
fn only_new_destinations_move_the_deepest_trails() {
    let p = Params::standard();
    let old = Sim::prepared(SEED, p, Phase::OldPaths, &[]).deepest(150);
    // Snow falls, nothing new is added, the fresh snow settles and time passes: the old grooves
    // come back in place.
    let mut same = Sim::prepared(SEED, p, Phase::FreshSnow, &[]);
    same.enter(Phase::NoFollowUp);
    same.run(1500);
    let returned = same.deepest(150);
    // Snow falls and new places are practised: the deepest trails are somewhere else.
    let moved = Sim::prepared(SEED, p, Phase::Practice, &NEW[2..]).deepest(150);
    let (back, away) = (overlap(&returned, &old), overlap(&moved, &old));
    assert!(
        back > 0.5,
        "without new places the old trails re-form ({back:.2} overlap)"
    );
    assert!(
        away < back - 0.25,
        "with new places the deepest trails move ({away:.2} vs {back:.2})"
    );
    let (cx, cy) = centroid(&moved);
    let lake = NEW[2];
    assert!(
        (cx - lake.x).abs() + (cy - lake.y).abs()
            < (centroid(&old).0 - lake.x).abs() + (centroid(&old).1 - lake.y).abs()
    );
}

#[test]
fn no_follow_up_brings_the_old_grooves_back() {
    let p = Params::standard();
    let practice = Sim::prepared(SEED, p, Phase::Practice, &NEW[2..]);
    let relapse = Sim::prepared(SEED, p, Phase::NoFollowUp, &NEW[2..]);
    let old = Sim::prepared(SEED, p, Phase::OldPaths, &[]).deepest(150);
    assert!(overlap(&relapse.deepest(150), &old) > overlap(&practice.deepest(150), &old));
    assert_eq!(relapse.places.len(), OLD.len(), "the added places are gone");
}

#[test]
fn the_same_seed_gives_the_same_field() {
    let a = Sim::prepared(11, Params::standard(), Phase::NewPlaces, &NEW);
    let b = Sim::prepared(11, Params::standard(), Phase::NewPlaces, &NEW);
    assert_eq!(a.field.g, b.field.g);
    let c = Sim::prepared(12, Params::standard(), Phase::NewPlaces, &NEW);
    assert_ne!(a.field.g, c.field.g);
}

#[test]
fn depth_colours_run_from_snow_to_slate_and_get_darker() {
    assert_eq!(colour(0.0), [247, 250, 252]);
    assert_eq!(colour(1.0), [62, 83, 104]);
    let lightness = |g: f32| colour(g).iter().map(|c| *c as u32).sum::<u32>();
    // Darker all the way to the deepest slate, then deepest slate.
    let darker = |i: u32| lightness(i as f32 / 20.0) > lightness((i + 1) as f32 / 20.0);
    assert!((0..16).all(darker));
    assert_eq!(colour(0.9), colour(1.0));
    assert_eq!(W, 96);
}

#[test]
fn adding_places_is_capped_and_deduplicated() {
    let mut sim = Sim::prepared(SEED, Params::standard(), Phase::NewPlaces, &[]);
    sim.add_place(NEW[0]);
    sim.add_place(NEW[0]);
    assert_eq!(sim.added.len(), 1);
    for i in 0..10 {
        sim.add_place(Place {
            id: "tap",
            x: i as f32 * 5.0,
            y: 30.0,
            old: false,
        });
    }
    assert_eq!(sim.added.len(), 6);
    assert_eq!(sim.places.len(), OLD.len() + 6);
}
