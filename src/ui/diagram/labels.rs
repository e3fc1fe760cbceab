//! Words in the picture, each in its entity's group so it brightens and dims with it.
//! Positions are per scene; the words come from the content (so they are translated).

use yew::prelude::*;

use super::SynapseProps;
use crate::story::{Content, Scene};

/// Where a label sits: id, x, y, text-anchor, small type, and an optional leader line.
type Place = (&'static str, i32, i32, &'static str, bool, Option<[i32; 4]>);

#[rustfmt::skip]
const KETAMINE: &[Place] = &[
    ("pre", 400, 28, "middle", false, None),
    ("vesicles", 566, 72, "start", false, Some([562, 66, 492, 68])),
    ("glutamate", 566, 178, "start", false, None),
    ("gap", 12, 178, "start", true, None),
    ("ketamine", 294, 142, "end", false, Some([290, 146, 322, 184])),
    ("nmda", 330, 262, "middle", false, None),
    ("mg", 305, 232, "end", true, None),
    ("ampa", 470, 262, "middle", false, None),
    ("mtor", 420, 314, "middle", false, None),
    ("trkb", 580, 300, "start", false, None),
    ("bdnf", 648, 238, "start", false, None),
    ("gaba-cell", 10, 258, "start", false, None),
    ("gaba-nmda", 12, 408, "start", true, None),
    ("gaba", 282, 402, "start", true, None),
    ("pyramidal", 400, 461, "middle", false, None),
    ("spines", 660, 370, "middle", false, None),
];

#[rustfmt::skip]
const SSRI: &[Place] = &[
    ("inset", 126, 32, "middle", true, None),
    ("raphe", 126, 200, "middle", true, None),
    ("auto", 126, 60, "middle", true, Some([150, 66, 160, 102])),
    ("pre", 495, 28, "middle", false, None),
    ("vesicles", 660, 72, "start", false, Some([656, 66, 587, 68])),
    ("sert", 660, 136, "start", false, Some([656, 132, 620, 140])),
    ("serotonin", 652, 178, "start", false, None),
    ("ssri", 362, 212, "end", false, Some([358, 196, 380, 168])),
    ("gap", 252, 178, "start", true, None),
    ("post", 495, 461, "middle", false, None),
    ("bdnf", 738, 222, "start", false, None),
    ("trkb", 678, 300, "start", false, None),
    ("weeks", 16, 318, "start", false, None),
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

fn label(content: &Content, &(id, x, y, anchor, small, leader): &Place) -> Html {
    let line = leader.map(|[x1, y1, x2, y2]| {
        html! { <line class="leader" x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} /> }
    });
    html! {
        <g class="lbl" data-entity={id}>
            { for line }
            <text x={x.to_string()} y={y.to_string()} text-anchor={anchor} class={small.then_some("small")}>
                { content.label(id) }
            </text>
        </g>
    }
}
