//! Words in the picture, each in its entity's group so it shows with it (a step shows only the
//! words of what it is about: a label is readable or not there, never faded). Positions are per
//! scene, laid out for the largest type (a 320 px phone) and the longer Spanish words; the words
//! come from the content (so they are translated). A white halo keeps a word readable where it
//! crosses an outline.

use yew::prelude::*;

use super::synapse::SynapseProps;
use crate::story::{Content, Scene};
use crate::ui::diagram::shapes::split_middle;

/// Where a label sits: id, x, y, text-anchor, an optional leader line, and whether it may take
/// two lines (split at the space nearest its middle).
type Place = (&'static str, i32, i32, &'static str, Option<[i32; 4]>, bool);

#[rustfmt::skip]
const KETAMINE: &[Place] = &[
    ("pre", 320, 34, "middle", None, false),
    ("vesicles", 458, 76, "start", Some([454, 70, 397, 70]), false),
    ("glutamate", 594, 176, "end", None, false),
    ("gap", 8, 180, "start", None, false),
    ("ketamine", 8, 120, "start", Some([60, 126, 140, 164]), false),
    ("nmda", 182, 250, "start", None, false),
    ("mg", 190, 298, "start", None, false),
    ("ampa", 462, 284, "end", Some([456, 262, 434, 226]), false),
    ("mtor", 320, 341, "middle", None, false),
    ("trkb", 490, 308, "start", None, false),
    ("bdnf", 498, 216, "start", None, false),
    ("gaba-cell", 8, 458, "start", None, false),
    ("gaba-nmda", 8, 226, "start", None, true),
    ("gaba", 372, 422, "start", None, false),
    ("pyramidal", 320, 511, "middle", None, false),
    ("spines", 500, 424, "middle", None, false),
];

#[rustfmt::skip]
const SSRI: &[Place] = &[
    ("raphe", 100, 402, "middle", None, true),
    ("auto", 100, 231, "middle", None, true),
    ("pre", 330, 34, "middle", None, false),
    ("vesicles", 468, 76, "start", Some([464, 70, 407, 70]), false),
    ("sert", 180, 96, "end", Some([182, 102, 214, 126]), false),
    ("ssri", 160, 132, "end", Some([164, 136, 216, 150]), false),
    ("serotonin", 8, 180, "start", None, false),
    ("gap", 592, 180, "end", None, false),
    ("post", 330, 511, "middle", None, false),
    ("bdnf", 506, 216, "start", None, false),
    ("trkb", 498, 308, "start", None, false),
    ("weeks", 8, 578, "start", None, false),
];

#[component]
pub fn Labels(props: &SynapseProps) -> Html {
    let places = if props.scene == Scene::Ketamine {
        KETAMINE
    } else {
        SSRI
    };
    html! {
        <g class="layer labels" aria-hidden="true">
            { for places.iter().map(|place| label(props.content, place)) }
        </g>
    }
}

fn label(content: &Content, &(id, x, y, anchor, leader, wrap): &Place) -> Html {
    let line = leader.map(|[x1, y1, x2, y2]| {
        html! { <line class="leader" x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} /> }
    });
    let words = content.label(id);
    let (first, second) = if wrap {
        split_middle(words)
    } else {
        (words, "")
    };
    let x = x.to_string();
    html! {
        <g class="lbl" data-entity={id}>
            { for line }
            <text x={x.clone()} y={y.to_string()} text-anchor={anchor}>
                if second.is_empty() { { first } } else {
                    <tspan x={x.clone()}>{ first }</tspan><tspan x={x} dy="1.1em">{ second }</tspan>
                }
            </text>
        </g>
    }
}
