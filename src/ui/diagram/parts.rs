//! Vesicles, receptors/transporters and the signalling chain of the synapse scenes.

use yew::prelude::*;

use super::SceneProps;
use crate::story::Scene;
use crate::ui::diagram::shapes::molecule;

/// Bubbles of transmitter inside the nerve ending; the lowest one fuses with the membrane.
#[component]
pub fn Vesicles(props: &SceneProps) -> Html {
    let (dx, kind) = match props.scene {
        Scene::Ketamine => (0, "glutamate"),
        _ => (95, "serotonin"),
    };
    let bubble = |x: i32, y: i32, class: &'static str| {
        html! {
            <g class={class}>
                <circle class="vesicle" cx={(x + dx).to_string()} cy={y.to_string()} r="20" />
                { molecule(kind, x + dx - 7, y - 5) }
                { molecule(kind, x + dx + 7, y + 6) }
            </g>
        }
    };
    html! {
        <g class="layer vesicles" data-entity="vesicles">
            { bubble(330, 70, "ves") }
            { bubble(470, 70, "ves") }
            { bubble(400, 118, "ves ves-fuse") }
        </g>
    }
}

/// Channels and pumps set in the membranes.
#[component]
pub fn Receptors(props: &SceneProps) -> Html {
    // A channel: two subunits either side of a pore centred at x, spanning the membrane at y.
    let channel = |x: i32, y: i32, class: &'static str| {
        html! {
            <g class={class}>
                <rect x={(x - 20).to_string()} y={(y - 12).to_string()} width="14" height="44" rx="5" />
                <rect x={(x + 6).to_string()} y={(y - 12).to_string()} width="14" height="44" rx="5" />
            </g>
        }
    };
    match props.scene {
        Scene::Ketamine => html! {
            <g class="layer receptors">
                <g data-entity="nmda">{ channel(330, 190, "rec nmda-rec") }</g>
                <g data-entity="mg"><circle class="mg-ion" cx="330" cy="214" r="6" /></g>
                <g data-entity="ampa">{ channel(470, 190, "rec ampa-rec") }</g>
                <g data-entity="gaba-nmda">
                    <g transform="rotate(45 58 352)">{ channel(58, 342, "rec nmda-rec") }</g>
                </g>
            </g>
        },
        _ => html! {
            <g class="layer receptors">
                <g data-entity="sert">
                    <rect class="sert-pump" x="372" y="128" width="30" height="26" rx="8" />
                    <rect class="sert-pump" x="588" y="128" width="30" height="26" rx="8" />
                </g>
                <g data-entity="post">
                    { channel(460, 190, "rec ht-rec") }
                    { channel(540, 190, "rec ht-rec") }
                </g>
                <g data-entity="auto">
                    <path class="auto-rec" d="M150,112 h14 v-8 h10 v30 h-10 v-8 h-14 z" />
                </g>
            </g>
        },
    }
}

/// The growth-signal chain: BDNF docks on TrkB, which switches on mTOR (ketamine scene only).
#[component]
pub fn Signalling(props: &SceneProps) -> Html {
    let dx = if props.scene == Scene::Ketamine {
        0
    } else {
        95
    };
    let trkb = format!(
        "M{x},244 v22 m0,0 l-10,-14 m10,14 l10,-14 M{x},266 v16",
        x = 560 + dx
    );
    let mtor = (props.scene == Scene::Ketamine).then(|| {
        html! {
            <g data-entity="mtor">
                <path class="chain" d="M548,276 C520,290 505,300 482,304" marker-end="url(#ke-arrow)" />
                <rect class="node" x="360" y="286" width="120" height="40" rx="20" />
            </g>
        }
    });
    html! {
        <g class="layer signalling">
            <g data-entity="trkb"><path class="trkb" d={trkb} /></g>
            { for mtor }
        </g>
    }
}
