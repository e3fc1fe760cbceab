//! One simulation step of the snow-paths model at the widget's grid size and walker count.
//! `cargo bench --bench trail_step` (target: ≤ 2 ms per step; the README has the figure).
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use ketamine_explainer::trails::{Params, Phase, Sim, NEW};

    fn trail_step(c: &mut Criterion) {
        // The busiest story phase: old habits plus every new place, trails already worn in.
        let mut sim = Sim::prepared(7, Params::standard(), Phase::NewPlaces, &NEW);
        c.bench_function("trail step (96×96 grid, 36 walkers)", |b| {
            b.iter(|| sim.step())
        });
    }

    criterion_group!(benches, trail_step);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
