//! Messenger and drug molecules, grouped by what moves together in a step.

use yew::prelude::*;

use super::SceneProps;
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
                    { group("glutamate", "mv glu-cross", &[(372, 164), (420, 172), (445, 160), (395, 178)]) }
                    { group("glutamate", "mv glu-land", &[(330, 172), (470, 172)]) }
                    { group("glutamate", "mv glu-burst", &[(300, 162), (352, 176), (500, 162), (520, 176), (545, 166), (280, 176)]) }
                </g>
                <g data-entity="gaba">
                    { group("gaba", "mv gaba-puff", &[(252, 404), (268, 396), (262, 412)]) }
                </g>
                <g data-entity="ketamine">
                    { group("ketamine", "mv ket-in", &[(330, 192)]) }
                    { group("ketamine", "mv ket-gaba", &[(58, 352)]) }
                    { group("ketamine", "mv ket-drift", &[(214, 172), (250, 166)]) }
                </g>
                <g data-entity="bdnf">{ group("bdnf", "mv bdnf-out", &[(602, 232), (628, 258)]) }</g>
            </g>
        },
        _ => html! {
            <g class="layer molecules">
                <g data-entity="serotonin">
                    { group("serotonin", "mv ser-cross", &[(470, 164), (500, 176), (530, 162), (565, 174)]) }
                    { group("serotonin", "mv ser-build", &[(430, 176), (450, 160), (590, 162), (610, 178), (520, 180)]) }
                    { group("serotonin", "mv ser-raphe", &[(178, 96), (196, 128), (182, 160)]) }
                </g>
                <g data-entity="ssri">
                    <g class="mv ssri-cap">
                        <g transform="translate(387 160) rotate(180)"><use href="#ke-ssri" /></g>
                        <g transform="translate(603 160) rotate(180)"><use href="#ke-ssri" /></g>
                    </g>
                </g>
                <g data-entity="bdnf">{ group("bdnf", "mv bdnf-out", &[(697, 232), (723, 258)]) }</g>
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
                let x = 16 + (w - 1) * 38;
                html! {
                    <g class={format!("wk wk-{w}")}>
                        <rect x={x.to_string()} y="330" width="32" height="32" rx="4" />
                        <text x={(x + 16).to_string()} y="353" class="wk-n">{ w }</text>
                    </g>
                }
            }) }
        </g>
    }
}
