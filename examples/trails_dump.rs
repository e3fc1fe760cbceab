//! Dumps the snow field of each story phase as raw RGB (for looking at the model while tuning):
//! `cargo run --release --example trails_dump -- /tmp/trails` writes <dir>/<phase>.rgb (96×96).
use ketamine_explainer::trails::{colour, Params, Phase, Sim, H, NEW, W};

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/trails".into());
    std::fs::create_dir_all(&dir).unwrap();
    for phase in Phase::ALL {
        let t = std::time::Instant::now();
        let sim = Sim::prepared(7, Params::standard(), phase, &NEW[2..]);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        let mut rgb = Vec::with_capacity(W * H * 3);
        for i in 0..W * H {
            rgb.extend_from_slice(&colour(sim.shade(i % W, i / W)));
        }
        for w in &sim.walkers {
            let i = (w.y as usize * W + w.x as usize) * 3;
            rgb[i..i + 3].copy_from_slice(&[200, 0, 0]);
        }
        std::fs::write(format!("{dir}/{phase:?}.rgb"), rgb).unwrap();
        println!(
            "{phase:?}: {ms:.0} ms, max G {:.2}, trail cells {}, paths {:?}",
            sim.field.max_g(),
            sim.trail_cells(0.3),
            sim.paths()
        );
    }
}
