//! Vesicles, receptors/transporters and the signalling chain of the synapse scenes.

use yew::prelude::*;

use super::synapse::SceneProps;
use crate::story::Scene;
use crate::ui::diagram::shapes::molecule;

/// Bubbles of transmitter inside the nerve ending; the lowest one fuses with the membrane.
#[component]
pub fn Vesicles(props: &SceneProps) -> Html {
    let (dx, kind) = match props.scene {
        Scene::Ketamine => (20, "glutamate"),
        _ => (30, "serotonin"),
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
            { bubble(245, 70, "ves") }
            { bubble(355, 70, "ves") }
            { bubble(300, 118, "ves ves-fuse") }
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
                <g data-entity="nmda">{ channel(250, 190, "rec nmda-rec") }</g>
                <g data-entity="mg"><circle class="mg-ion" cx="250" cy="214" r="6" /></g>
                <g data-entity="ampa">{ channel(390, 190, "rec ampa-rec") }</g>
                <g data-entity="gaba-nmda">{ channel(70, 284, "rec nmda-rec") }</g>
            </g>
        },
        _ => html! {
            <g class="layer receptors">
                <g data-entity="sert">
                    <rect class="sert-pump" x="212" y="124" width="30" height="26" rx="8" />
                    <rect class="sert-pump" x="418" y="124" width="30" height="26" rx="8" />
                </g>
                <g data-entity="post">
                    { channel(290, 190, "rec ht-rec") }
                    { channel(370, 190, "rec ht-rec") }
                </g>
                <g data-entity="auto">
                    <path class="auto-rec" d="M132,280 h14 v-8 h10 v30 h-10 v-8 h-14 z" />
                </g>
            </g>
        },
    }
}

/// The growth-signal chain: BDNF docks on TrkB, which switches on mTOR (ketamine scene only).
#[component]
pub fn Signalling(props: &SceneProps) -> Html {
    // TrkB stands out of the spine's right side; in the ketamine scene it signals to mTOR.
    let x = if props.scene == Scene::Ketamine {
        472
    } else {
        482
    };
    let trkb = format!("M{x},240 v22 m0,0 l-10,-14 m10,14 l10,-14 M{x},262 v16");
    let mtor = (props.scene == Scene::Ketamine).then(|| {
        html! {
            <g data-entity="mtor">
                // Down from TrkB, then left to mTOR: under the AMPA label, not through it.
                <path class="chain" d="M472,290 V310 C472,328 440,334 388,334" marker-end="url(#ke-arrow)" />
                <rect class="node" x="258" y="312" width="124" height="40" rx="20" />
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
