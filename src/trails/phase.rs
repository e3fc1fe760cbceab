//! The story's places and phases: old paths, fresh snow, new places, practice, and the
//! "no follow-up" branch in which the old grooves come back.

use super::Params;

/// A destination: a goal or habit the walkers go to. `id` names its label in the content.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    pub id: &'static str,
    pub x: f32,
    pub y: f32,
    /// An old habit (drawn from the start) rather than a place the patient added.
    pub old: bool,
}

/// Old habits: the three places the story starts with.
pub const OLD: [Place; 3] = [
    Place {
        id: "home",
        x: 14.0,
        y: 75.0,
        old: true,
    },
    Place {
        id: "work",
        x: 82.0,
        y: 75.0,
        old: true,
    },
    Place {
        id: "store",
        x: 48.0,
        y: 14.0,
        old: true,
    },
];

/// New places a patient can add by button (equal to placing them by click or tap).
pub const NEW: [Place; 3] = [
    Place {
        id: "friend",
        x: 12.0,
        y: 21.0,
        old: false,
    },
    Place {
        id: "park",
        x: 84.0,
        y: 20.0,
        old: false,
    },
    Place {
        id: "lake",
        x: 48.0,
        y: 60.0,
        old: false,
    },
];

/// The story's steps, in order; each changes the field or the places when entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Walkers go between the old habits and wear deep grooves.
    OldPaths,
    /// Fresh snow softens every groove (they fade but do not vanish) and trails last less long.
    FreshSnow,
    /// The patient adds new places; walkers start going there too.
    NewPlaces,
    /// New places are visited often, old ones rarely: new paths deepen, old ones fade.
    Practice,
    /// The window closes with no new places: walkers go back to the old habits.
    NoFollowUp,
}

impl Phase {
    /// The phase a story step id names (`old-paths`, `fresh-snow`, `new-places`, `practice`,
    /// `no-follow-up`).
    pub fn from_id(id: &str) -> Option<Phase> {
        let ids = [
            "old-paths",
            "fresh-snow",
            "new-places",
            "practice",
            "no-follow-up",
        ];
        ids.iter().position(|i| *i == id).map(|i| Phase::ALL[i])
    }

    pub const ALL: [Phase; 5] = [
        Phase::OldPaths,
        Phase::FreshSnow,
        Phase::NewPlaces,
        Phase::Practice,
        Phase::NoFollowUp,
    ];

    /// How often walkers choose an old habit and an added place in this phase.
    pub(super) fn weights(self) -> (f32, f32) {
        match self {
            Phase::OldPaths | Phase::FreshSnow | Phase::NoFollowUp => (1.0, 0.0),
            Phase::NewPlaces => (1.0, 1.6),
            Phase::Practice => (0.12, 1.0),
        }
    }

    /// Trail durability in this phase: shorter while the snow is fresh and during practice,
    /// so unused grooves visibly fade within the picture's time.
    pub(super) fn durability(self, p: &Params) -> f32 {
        match self {
            Phase::FreshSnow | Phase::NewPlaces | Phase::Practice => p.durability * 0.35,
            _ => p.durability,
        }
    }

    /// Footprint intensity in this phase: a pass through fresh, deep snow leaves only a shallow
    /// print, so the softened old paths stay light while the snow is fresh (as the words say).
    pub(super) fn intensity(self, p: &Params) -> f32 {
        match self {
            Phase::FreshSnow => p.intensity * 0.3,
            _ => p.intensity,
        }
    }

    /// Time steps a still frame runs in this phase: old paths need long to wear in; fresh snow
    /// is shown soon after it falls.
    pub fn still_steps(self) -> u32 {
        match self {
            Phase::OldPaths => 900,
            Phase::FreshSnow => 60,
            Phase::NewPlaces => 500,
            Phase::Practice => 1200,
            Phase::NoFollowUp => 900,
        }
    }
}
