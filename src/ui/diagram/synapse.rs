//! The two synapse scenes (ketamine, SSRI) as layers. Each layer is its own component whose
//! props are only the scene (and content for words), so none re-renders on a step change.

use yew::prelude::*;

use crate::story::{Content, Scene};

#[path = "labels.rs"]
mod labels;
#[path = "molecules.rs"]
mod molecules;
#[path = "parts.rs"]
mod parts;

#[derive(Properties, PartialEq)]
pub struct SceneProps {
    pub scene: Scene,
}

#[derive(Properties, PartialEq)]
pub struct SynapseProps {
    pub content: &'static Content,
    pub scene: Scene,
}

/// The layers, back to front.
#[component]
pub fn Synapse(props: &SynapseProps) -> Html {
    let scene = props.scene;
    html! {
        <>
            <Neurons {scene} />
            <parts::Vesicles {scene} />
            <parts::Receptors {scene} />
            <molecules::Molecules {scene} />
            <parts::Signalling {scene} />
            <Spines {scene} />
            <labels::Labels content={props.content} {scene} />
        </>
    }
}

/// Cell bodies, membranes and the gap between cells.
#[component]
fn Neurons(props: &SceneProps) -> Html {
    // The receiving spine and the dendrite shaft it sits on; x shifts the drawing sideways.
    let spine = |x: i32| {
        format!(
            "M{},190 H{} Q{},190 {},225 Q{},320 {},345 L{},424 H{} L{},345 Q{},320 {},225 Q{},190 {},190 Z",
            x + 255, x + 545, x + 565, x + 560, x + 548, x + 445, x + 440, x + 360, x + 355, x + 252,
            x + 240, x + 235, x + 255
        )
    };
    let terminal = |x: i32| {
        format!(
            "M{},0 H{} V100 Q{},150 {},150 H{} Q{},150 {},100 Z",
            x,
            x + 300,
            x + 300,
            x + 250,
            x + 50,
            x,
            x
        )
    };
    let cleft = html! { <rect class="cleft" x="0" y="150" width="800" height="40" /> };
    let shaft = html! { <rect class="cell" x="10" y="420" width="780" height="62" rx="28" /> };
    match props.scene {
        Scene::Ketamine => html! {
            <g class="layer neurons">
                { cleft }
                <g data-entity="pyramidal">{ shaft }<path class="cell" d={spine(0)} /></g>
                <g data-entity="pre"><path class="cell" d={terminal(250)} /></g>
                <g data-entity="gaba-cell">
                    <path class="axon" d="M125,340 C150,390 175,380 205,388" />
                    <circle class="cell gaba-body" cx="90" cy="320" r="45" />
                    <ellipse class="cell gaba-body" cx="222" cy="394" rx="22" ry="15" />
                </g>
            </g>
        },
        _ => html! {
            <g class="layer neurons">
                { cleft }
                <g data-entity="post">{ shaft }<path class="cell" d={spine(95)} /></g>
                <g data-entity="pre"><path class="cell" d={terminal(345)} /></g>
                <g data-entity="raphe">
                    <rect class="inset" x="8" y="8" width="236" height="206" rx="10" />
                    <path class="axon" d="M244,110 C290,110 300,60 345,60" />
                    <circle class="cell" cx="110" cy="130" r="40" />
                </g>
            </g>
        },
    }
}

/// New spines on the dendrite shaft (ketamine) — they grow in the "spines" step.
#[component]
fn Spines(props: &SceneProps) -> Html {
    let bump = |x: i32| {
        format!(
            "M{},422 C{},400 {},396 {},386 C{},380 {},380 {},386 C{},396 {},400 {},422 Z",
            x - 8,
            x - 6,
            x - 12,
            x - 8,
            x - 4,
            x + 4,
            x + 8,
            x + 12,
            x + 6,
            x + 8
        )
    };
    if props.scene != Scene::Ketamine {
        return html! {};
    }
    // Two spines are there from the start; two more grow in the "spines" step.
    let spine = |x: i32, class: &'static str| html! { <path class={class} d={bump(x)} /> };
    html! {
        <g class="layer spines" data-entity="spines">
            { spine(560, "cell") }{ spine(700, "cell") }
            { spine(630, "cell new-spine") }{ spine(760, "cell new-spine") }
        </g>
    }
}
