//! Messenger and drug molecules, grouped by what moves together in a step.

use yew::prelude::*;

use super::synapse::SceneProps;
use crate::story::Scene;
use crate::ui::diagram::shapes::molecule;

/// Molecules of `kind` at `points`, in a group with motion class `class`.
fn group(kind: &'static str, class: &'static str, points: &[(i32, i32)]) -> Html {
    html! { <g class={class}>{ for points.iter().map(|&(x, y)| molecule(kind, x, y)) }</g> }
}

#[component]
pub fn Molecules(props: &SceneProps) -> Html {
    match props.scene {
        Scene::Ketamine => html! {
            <g class="layer molecules">
                <g data-entity="glutamate">
                    { group("glutamate", "mv glu-cross", &[(292, 164), (338, 172), (360, 160), (315, 178)]) }
                    { group("glutamate", "mv glu-land", &[(250, 172), (390, 172)]) }
                    { group("glutamate", "mv glu-burst", &[(220, 162), (272, 176), (415, 162), (432, 176), (450, 166), (205, 176)]) }
                </g>
                <g data-entity="gaba">
                    { group("gaba", "mv gaba-puff", &[(294, 402), (306, 416), (294, 428)]) }
                </g>
                <g data-entity="ketamine">
                    { group("ketamine", "mv ket-in", &[(250, 192)]) }
                    { group("ketamine", "mv ket-gaba", &[(70, 286)]) }
                    { group("ketamine", "mv ket-drift", &[(150, 172), (186, 164)]) }
                </g>
                <g data-entity="bdnf">{ group("bdnf", "mv bdnf-out", &[(496, 232), (512, 258)]) }</g>
            </g>
        },
        _ => html! {
            <g class="layer molecules">
                <g data-entity="serotonin">
                    { group("serotonin", "mv ser-cross", &[(300, 164), (330, 176), (360, 162), (392, 174)]) }
                    { group("serotonin", "mv ser-build", &[(256, 176), (276, 160), (420, 162), (440, 178), (350, 180)]) }
                    { group("serotonin", "mv ser-raphe", &[(140, 334), (156, 356), (124, 366)]) }
                </g>
                <g data-entity="ssri">
                    <g class="mv ssri-cap">
                        <g transform="translate(227 156) rotate(180)"><use href="#ke-ssri" /></g>
                        <g transform="translate(433 156) rotate(180)"><use href="#ke-ssri" /></g>
                    </g>
                </g>
                <g data-entity="bdnf">{ group("bdnf", "mv bdnf-out", &[(506, 232), (522, 258)]) }</g>
                <Weeks />
            </g>
        },
    }
}

/// The slow clock of the SSRI view: eight week boxes that fill in as the steps advance.
#[component]
fn Weeks() -> Html {
    html! {
        <g data-entity="weeks" class="weeks">
            { for (1..=8).map(|w| {
                // One row of eight under the receiving cell, after the word "Weeks".
                let (x, y) = (136 + (w - 1) * 58, 546);
                html! {
                    <g class={format!("wk wk-{w}")}>
                        <rect x={x.to_string()} y={y.to_string()} width="46" height="46" rx="6" />
                        <text x={(x + 23).to_string()} y={(y + 32).to_string()} class="wk-n">{ w }</text>
                    </g>
                }
            }) }
        </g>
    }
}
