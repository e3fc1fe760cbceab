//! The picture: one square SVG (600 × 600, drawn for a phone held upright), drawn as layers (one `<g>` component each).
//! Layers take only the scene and content as props, so a step change re-renders none of them:
//! the root's `data-step` and `data-focus` attributes drive highlight and motion through CSS.

#[cfg(not(target_arch = "wasm32"))]
mod labels;
#[cfg(not(target_arch = "wasm32"))]
mod molecules;
#[cfg(not(target_arch = "wasm32"))]
mod parts;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
mod shapes;
#[cfg(not(target_arch = "wasm32"))]
mod synapse;
#[cfg(not(target_arch = "wasm32"))]
mod timeline;

use yew::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
use self::prerender::part;
use crate::story::{Content, List, Scene, Text};
#[cfg(target_arch = "wasm32")]
use crate::ui::prerendered::part;
use crate::ui::prerendered::{layers_name, legend_name};
use crate::ui::SnowField;

#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    pub content: &'static Content,
    pub scene: Scene,
    /// View id (`ketamine`): prefixes the step id in `data-step`.
    pub view: Text,
    /// Step id: selects the step's motion in CSS.
    pub step: Text,
    /// Step title: the picture's accessible name.
    pub title: Text,
    /// Entities to highlight; everything else is dimmed.
    pub focus: List<Text>,
    /// Ids of the steps up to and including this one: things that appear at a step (a drug
    /// given, a protein made) stay in the picture after it.
    pub seen: AttrValue,
    /// Still pictures instead of motion (system setting or the widget's toggle).
    #[prop_or_default]
    pub still: bool,
    /// What the picture shows at this step, in words.
    #[prop_or_default]
    pub alt: Text,
}

#[component]
pub fn Diagram(props: &DiagramProps) -> Html {
    let content = props.content;
    let scene = props.scene;
    let focus = props.focus.join(" ");
    let layers = match scene {
        Scene::Snow => {
            return html! {
                <figure class="ke-figure" part="picture" tabindex="0" aria-describedby="ke-keys-hint">
                    <p class="ke-sr" id="ke-keys-hint">{ &*content.ui.keys_hint }</p>
                    <p class="ke-sr">{ &*content.ui.picture }{ " " }{ &*props.alt }</p>
                    <SnowField {content} step={props.step.to_string()} still={props.still} />
                    <svg class="ke-defs" aria-hidden="true" focusable="false">{ part(content, "defs") }</svg>
                    { part(content, legend_name(scene)) }
                </figure>
            }
        }
        _ => part(content, layers_name(scene)),
    };
    html! {
        <figure class="ke-figure" part="picture" tabindex="0" aria-describedby="ke-keys-hint">
            <p class="ke-sr" id="ke-keys-hint">{ &*content.ui.keys_hint }</p>
            <svg class="ke-svg" viewBox="0 0 600 600" role="img" aria-labelledby="ke-svg-title ke-svg-desc"
                data-scene={props.view.clone()} data-step={format!("{}-{}", props.view, props.step)} data-focus={focus} data-seen={props.seen.clone()}>
                <title id="ke-svg-title">{ &*props.title }</title>
                <desc id="ke-svg-desc">{ &*props.alt }</desc>
                { part(content, "defs") }
                { layers }
            </svg>
            { part(content, legend_name(scene)) }
        </figure>
    }
}

/// The components behind the diagram's prerendered fragments (see `ui::prerendered`).
#[cfg(not(target_arch = "wasm32"))]
pub fn diagram_part(content: &'static Content, name: &str) -> Html {
    let scene = match name {
        "defs" => return html! { <shapes::Defs /> },
        "layers-timeline" => return html! { <timeline::Timeline {content} /> },
        "layers-ketamine" => {
            return html! { <synapse::Synapse {content} scene={Scene::Ketamine} /> }
        }
        "layers-ssri" => return html! { <synapse::Synapse {content} scene={Scene::Ssri} /> },
        "legend-ketamine" => Scene::Ketamine,
        "legend-ssri" => Scene::Ssri,
        "legend-timeline" => Scene::Timeline,
        _ => Scene::Snow,
    };
    html! { <Legend {content} {scene} /> }
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Properties, PartialEq)]
struct LegendProps {
    content: &'static Content,
    scene: Scene,
}

/// The molecules of the current view, each with its colour and shape.
#[cfg(not(target_arch = "wasm32"))]
#[component]
fn Legend(props: &LegendProps) -> Html {
    let ids: &[&str] = match props.scene {
        Scene::Ketamine => &["glutamate", "gaba", "ketamine", "bdnf"],
        Scene::Ssri => &["serotonin", "ssri", "bdnf"],
        Scene::Timeline => &["row-ketamine", "row-ssri"],
        Scene::Snow => &["snow-fresh", "snow-deep", "walker"],
    };
    let items = ids.iter().map(|id| {
        html! {
            <li>
                <svg class="ke-key" viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
                    <use href={format!("#ke-{id}")} />
                </svg>
                { props.content.label(id) }
            </li>
        }
    });
    html! {
        <figcaption class="ke-legend">
            <span class="ke-sr">{ &*props.content.ui.legend }{ ": " }</span>
            <ul>{ for items }</ul>
        </figcaption>
    }
}
