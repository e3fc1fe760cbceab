//! The entities each scene draws, by id. A step's `focus` must name entities of its own scene;
//! `ui::diagram` draws one `data-entity` group per id (a browser test checks both sides agree),
//! and the build writes each id's highlight rule from `entities` (so here, where build.rs can
//! call it, not in the widget's crate).

use crate::model::Scene;

/// Ketamine scene, in the order of FACTS §6.
pub const KETAMINE: &[&str] = &[
    "pyramidal",
    "spines",
    "gaba-cell",
    "gaba-nmda",
    "gaba",
    "pre",
    "vesicles",
    "glutamate",
    "nmda",
    "mg",
    "ketamine",
    "ampa",
    "bdnf",
    "trkb",
    "mtor",
];

/// SSRI scene, in the order of FACTS §6.
pub const SSRI: &[&str] = &[
    "raphe",
    "auto",
    "pre",
    "vesicles",
    "serotonin",
    "sert",
    "ssri",
    "post",
    "bdnf",
    "trkb",
    "weeks",
];

/// Compare view: the shared time axis, the STAR*D panel and the results chart.
pub const TIMELINE: &[&str] = &[
    "axis",
    "ket-onset",
    "ket-peak",
    "ket-fade",
    "ket-course",
    "ket-upkeep",
    "ssri-onset",
    "ssri-full",
    "stard",
    "results",
];

/// Snow paths: the field (with its walkers) and the places.
pub const SNOW: &[&str] = &["field", "places"];

/// Your treatment: one panel a step (only the step's own is shown), and the two forms and two
/// course plans inside theirs, so a clinic's programme can dim the other.
pub const TREATMENT: &[&str] = &[
    "forms",
    "form-iv",
    "form-spray",
    "before",
    "visit",
    "effects",
    "course",
    "course-iv",
    "course-spray",
    "results",
    "after",
    "therapy",
    "matters",
    "questions",
];

/// The entity ids `scene` draws.
pub fn entities(scene: Scene) -> &'static [&'static str] {
    match scene {
        Scene::Ketamine => KETAMINE,
        Scene::Ssri => SSRI,
        Scene::Timeline => TIMELINE,
        Scene::Snow => SNOW,
        Scene::Treatment => TREATMENT,
    }
}
