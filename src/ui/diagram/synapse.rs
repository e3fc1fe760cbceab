//! The two synapse scenes (ketamine, SSRI) as layers, drawn natively at build time into the
//! markup the wasm carries (see `ui::prerendered`); CSS on the diagram's root, not a re-render,
//! shows each step.

use yew::prelude::*;

use crate::story::{Content, Scene};

use super::{labels, molecules, parts};

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

/// The receiving spine (head, neck) centred at `cx`, head half-width `w`, standing on the shaft.
fn spine_path(cx: i32, w: i32) -> String {
    format!(
        "M{},190 H{} Q{},190 {},230 Q{},340 {},365 L{},474 H{} L{},365 Q{},340 {},230 Q{},190 {},190 Z",
        cx - w + 20, cx + w - 20, cx + w + 4, cx + w - 2, cx + w - 16, cx + 40, cx + 36,
        cx - 36, cx - 40, cx - w + 16, cx - w + 2, cx - w - 4, cx - w + 20
    )
}

/// The sending nerve ending at the top, centred at `cx`, half-width `w`.
fn terminal_path(cx: i32, w: i32) -> String {
    format!(
        "M{},0 H{} V100 Q{},150 {},150 H{} Q{},150 {},100 Z",
        cx - w,
        cx + w,
        cx + w,
        cx + w - 50,
        cx - w + 50,
        cx - w,
        cx - w
    )
}

/// Cell bodies, membranes and the gap between cells (a square 600 × 600 picture, drawn for a
/// phone held upright; a laptop shows the same picture beside the words).
#[component]
fn Neurons(props: &SceneProps) -> Html {
    let cleft = html! { <rect class="cleft" x="0" y="150" width="600" height="40" /> };
    let shaft = html! { <rect class="cell" x="10" y="470" width="580" height="62" rx="28" /> };
    match props.scene {
        Scene::Ketamine => html! {
            <g class="layer neurons">
                { cleft }
                <g data-entity="pyramidal">{ shaft }<path class="cell" d={spine_path(320, 150)} /></g>
                <g data-entity="pre"><path class="cell" d={terminal_path(320, 135)} /></g>
                <g data-entity="gaba-cell">
                    <path class="axon" d="M98,372 C128,420 190,418 244,414" />
                    <circle class="cell gaba-body" cx="70" cy="340" r="44" />
                    <ellipse class="cell gaba-body" cx="262" cy="414" rx="20" ry="14" />
                </g>
            </g>
        },
        _ => html! {
            <g class="layer neurons">
                { cleft }
                <g data-entity="post">{ shaft }<path class="cell" d={spine_path(330, 150)} /></g>
                <g data-entity="pre"><path class="cell" d={terminal_path(330, 130)} /></g>
                <g data-entity="raphe">
                    <path class="axon" d="M170,204 C170,150 184,92 206,62" />
                    <rect class="inset" x="6" y="204" width="188" height="250" rx="10" />
                    <circle class="cell" cx="100" cy="300" r="30" />
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
            "M{},472 C{},450 {},446 {},436 C{},430 {},430 {},436 C{},446 {},450 {},472 Z",
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
            { spine(430, "cell") }{ spine(520, "cell") }
            { spine(475, "cell new-spine") }{ spine(568, "cell new-spine") }
        </g>
    }
}
