//! The "snow-covered paths" picture of neuroplasticity as a live model: the active-walker model
//! of human trail formation (Helbing, Keltsch & Molnár, Nature 388:47, 1997). Walkers are
//! repeated thoughts and actions, destinations are goals and habits, and deep trails are habits
//! that are easy to fall back into. Pure: no yew or web-sys; randomness comes from a seed.

mod field;
mod measure;
mod phase;
mod rng;
mod sim;

pub use field::{Field, H, W};
#[cfg(feature = "test-hooks")]
pub use measure::centroid;
pub use measure::{Depth, DEEP_PATH, FAINT_PATH};
pub use phase::{Phase, Place, NEW, OLD};
pub use rng::Rng;
pub use sim::Sim;

/// Settings of the model. Each has a meaning in the picture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// Trail durability T (time steps): how long a groove lasts when nobody walks it — how long
    /// a habit stays easy to fall back into without practice.
    pub durability: f32,
    /// Footprint intensity I: how much one pass deepens the snow — how much one repetition
    /// wears in a way of thinking or acting.
    pub intensity: f32,
    /// Ground comfort G0 of untouched snow: where every spot returns to when left alone.
    pub g0: f32,
    /// Largest comfort Gmax: a fully trodden path cannot get easier than this.
    pub g_max: f32,
    /// Visibility σ (cells): how far away a walker notices a trail — how readily an old pattern
    /// pulls in a nearby thought.
    pub sigma: f32,
    /// Walker speed v0 (cells per time step).
    pub speed: f32,
    /// How strongly a nearby trail bends a walker's heading (weight of ∇V against the straight
    /// line to the destination) — how much an existing habit steers a new thought.
    pub pull: f32,
}

impl Params {
    /// The model's usual settings for the widget.
    pub const fn standard() -> Self {
        Params {
            durability: 900.0,
            intensity: 0.06,
            g0: 0.0,
            g_max: 1.0,
            sigma: 4.0,
            speed: 0.7,
            pull: 16.0,
        }
    }

    /// κ = I·T/σ²: small κ gives direct paths; large κ lets walkers share a trail network.
    pub fn kappa(&self) -> f32 {
        self.intensity * self.durability / (self.sigma * self.sigma)
    }
}

/// A walker: a position heading for a destination (an index into the places).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Walker {
    pub x: f32,
    pub y: f32,
    pub to: usize,
}

/// Where the picture's colours turn from fresh snow to a light path, and reach the deepest
/// slate: most of the ramp lies between them, so a path's depth reads at a glance.
pub const LIGHT_AT: f32 = 0.15;
pub const DEEP_AT: f32 = 0.8;

/// The colour of snow at depth `t` (0 = fresh, 1 = deepest; `Sim::shade`), as RGB: near-white
/// snow, light blue-grey (#B8C7D6) by `LIGHT_AT`, deep slate (#3E5368) from `DEEP_AT`, so depth
/// reads without colour vision too (lightness falls all the way).
pub fn colour(t: f32) -> [u8; 3] {
    const SNOW: [f32; 3] = [247.0, 250.0, 252.0];
    const LIGHT: [f32; 3] = [184.0, 199.0, 214.0];
    const DEEP: [f32; 3] = [62.0, 83.0, 104.0];
    let t = t.clamp(0.0, 1.0);
    let (a, b, k) = if t < LIGHT_AT {
        (SNOW, LIGHT, t / LIGHT_AT)
    } else {
        (
            LIGHT,
            DEEP,
            ((t - LIGHT_AT) / (DEEP_AT - LIGHT_AT)).min(1.0),
        )
    };
    [0, 1, 2].map(|i| (a[i] + (b[i] - a[i]) * k).round() as u8)
}
