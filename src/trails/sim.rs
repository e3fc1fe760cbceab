//! The simulation: walkers, the field they wear, and how entering a story phase changes them.

use super::phase::{Phase, Place, NEW, OLD};
use super::{Field, Params, Rng, Walker, H, W};

const WALKERS: usize = 36;

#[derive(Clone, Debug)]
pub struct Sim {
    pub field: Field,
    pub walkers: Vec<Walker>,
    pub places: Vec<Place>,
    pub params: Params,
    pub phase: Phase,
    /// Places the patient added (kept across phases until "no follow-up").
    pub added: Vec<Place>,
    rng: Rng,
    tick: u32,
    /// Trip bookkeeping for the tests' detour measure (not in the product: see Cargo.toml).
    #[cfg(feature = "test-hooks")]
    trips: Trips,
}

/// Per walker: distance walked since leaving its last place, and where that was; the sum of
/// (distance walked / straight distance) over finished trips, and their count.
#[cfg(feature = "test-hooks")]
#[derive(Clone, Debug, Default)]
struct Trips {
    walked: Vec<(f32, usize)>,
    detours: (f32, u32),
}

impl Sim {
    /// The story's start: walkers spread over the old habits.
    pub fn new(seed: u64, params: Params) -> Self {
        Sim::with_places(seed, params, &OLD)
    }

    /// Walkers going between `places` (at least two), all treated as old habits.
    pub fn with_places(seed: u64, params: Params, places: &[Place]) -> Self {
        let mut rng = Rng::new(seed);
        let n = places.len();
        let walkers = (0..WALKERS)
            .map(|i| {
                let from = places[i % n];
                Walker {
                    x: from.x + rng.unit() * 2.0,
                    y: from.y + rng.unit() * 2.0,
                    to: (i + 1) % n,
                }
            })
            .collect();
        let field = Field::new(params.g0);
        Sim {
            field,
            walkers,
            places: places.to_vec(),
            params,
            phase: Phase::OldPaths,
            added: Vec::new(),
            rng,
            tick: 0,
            #[cfg(feature = "test-hooks")]
            trips: Trips {
                walked: (0..WALKERS).map(|i| (0.0, i % n)).collect(),
                detours: (0.0, 0),
            },
        }
    }

    /// A sim run from the start up to `phase` with these added places: the still frame for a
    /// step (reduced motion, or jumping back), the same every time for the same seed.
    pub fn prepared(seed: u64, params: Params, phase: Phase, added: &[Place]) -> Self {
        let mut sim = Sim::new(seed, params);
        sim.added = added.to_vec();
        sim.run(Phase::OldPaths.still_steps());
        let target = Phase::ALL.iter().position(|p| *p == phase).unwrap_or(0);
        for next in &Phase::ALL[1..=target] {
            sim.enter(*next);
            sim.run(next.still_steps());
        }
        sim
    }

    pub fn run(&mut self, steps: u32) {
        for _ in 0..steps {
            self.step();
        }
    }

    /// Enters a phase: its event happens now (snowfall, places change).
    pub fn enter(&mut self, phase: Phase) {
        if phase == Phase::FreshSnow && self.phase == Phase::OldPaths {
            self.field.snowfall(self.params.g0, 0.12);
        }
        if phase == Phase::Practice && self.added.is_empty() {
            self.added = NEW[..2].to_vec(); // practice needs somewhere new to go
        }
        if phase == Phase::NoFollowUp {
            self.added.clear();
        }
        self.phase = phase;
        self.places = OLD.iter().chain(self.added.iter()).copied().collect();
        for w in &mut self.walkers {
            w.to = w.to.min(self.places.len() - 1);
        }
    }

    /// Adds a place (by button or by a tap on the field), if it is not there already.
    pub fn add_place(&mut self, place: Place) {
        if self.added.len() < 6
            && !self
                .added
                .iter()
                .any(|p| p.id == place.id && p.x == place.x)
        {
            self.added.push(place);
            self.enter(self.phase);
        }
    }

    /// One time step: walkers move and leave footprints, the ground wears and recovers.
    pub fn step(&mut self) {
        let p = self.params;
        let (w_old, w_new) = self.phase.weights();
        for i in 0..self.walkers.len() {
            let mut w = self.walkers[i];
            let dest = self.places[w.to];
            let (dx, dy) = (dest.x - w.x, dest.y - w.y);
            let dist = (dx * dx + dy * dy).sqrt();
            if dist < 1.5 {
                #[cfg(feature = "test-hooks")]
                self.trips.arrive(i, &self.places, w.to);
                w.to = self.choose(w.to, w_old, w_new);
            } else {
                #[cfg(feature = "test-hooks")]
                {
                    self.trips.walked[i].0 += p.speed;
                }
                let (gx, gy) = self.field.gradient(w.x, w.y);
                let jitter = (self.rng.unit() - 0.5) * 0.3;
                let (ex, ey) = (
                    dx / dist + p.pull * gx - jitter * dy / dist,
                    dy / dist + p.pull * gy + jitter * dx / dist,
                );
                let norm = (ex * ex + ey * ey).sqrt().max(1e-6);
                w.x = (w.x + p.speed * ex / norm).clamp(0.0, W as f32 - 1.0);
                w.y = (w.y + p.speed * ey / norm).clamp(0.0, H as f32 - 1.0);
                self.field.steps[Field::index(w.x, w.y)] += 1.0;
            }
            self.walkers[i] = w;
        }
        let phase_params = Params {
            durability: self.phase.durability(&p),
            intensity: self.phase.intensity(&p),
            ..p
        };
        self.field.wear(&phase_params);
        if self.tick.is_multiple_of(3) {
            self.field.smooth(p.sigma);
        }
        self.tick = self.tick.wrapping_add(1);
    }

    /// Mean ratio of distance walked to straight-line distance over finished trips: 1.0 means
    /// everyone goes direct; more means walkers detour to share trails.
    #[cfg(feature = "test-hooks")]
    pub fn detour(&self) -> f32 {
        let (sum, count) = self.trips.detours;
        if count == 0 {
            1.0
        } else {
            sum / count as f32
        }
    }

    /// A new destination other than `from`, by the phase's weights.
    fn choose(&mut self, from: usize, w_old: f32, w_new: f32) -> usize {
        let weight = |i: usize, p: &Place| {
            if i == from {
                0.0
            } else if p.old {
                w_old
            } else {
                w_new
            }
        };
        let total: f32 = self
            .places
            .iter()
            .enumerate()
            .map(|(i, p)| weight(i, p))
            .sum();
        let mut pick = self.rng.unit() * total;
        for (i, p) in self.places.iter().enumerate() {
            pick -= weight(i, p);
            if pick <= 0.0 && weight(i, p) > 0.0 {
                return i;
            }
        }
        (from + 1) % self.places.len()
    }
}

#[cfg(feature = "test-hooks")]
impl Trips {
    /// Walker `i` reached place `at`: its trip counts if it was long enough to detour.
    fn arrive(&mut self, i: usize, places: &[Place], at: usize) {
        let (walked, from) = self.walked[i];
        if let (Some(origin), Some(dest)) = (places.get(from), places.get(at)) {
            let straight = ((dest.x - origin.x).powi(2) + (dest.y - origin.y).powi(2)).sqrt();
            if straight > 8.0 && walked > 0.0 {
                self.detours.0 += walked / straight;
                self.detours.1 += 1;
            }
        }
        self.walked[i] = (0.0, at);
    }
}
