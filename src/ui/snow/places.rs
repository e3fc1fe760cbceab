//! The places on the field, drawn as an SVG layer over the canvas so their names stay crisp
//! and readable at any width. A tap on the layer adds a place there (when adding is open).

use yew::prelude::*;

use crate::story::Content;
use crate::trails::{Place, H, W};

#[derive(Properties, PartialEq)]
pub struct PlacesProps {
    pub content: &'static Content,
    pub places: Vec<Place>,
    /// Called with a new place where the patient tapped; `None` while adding is closed.
    pub on_tap: Option<Callback<Place>>,
}

#[component]
pub fn Places(props: &PlacesProps) -> Html {
    let onclick = props.on_tap.clone().map(|add| {
        Callback::from(move |e: MouseEvent| {
            let Some(svg) = e
                .current_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            else {
                return;
            };
            let r = svg.get_bounding_client_rect();
            if r.width() <= 0.0 || r.height() <= 0.0 {
                return;
            }
            let x = ((e.client_x() as f64 - r.left()) / r.width() * W as f64) as f32;
            let y = ((e.client_y() as f64 - r.top()) / r.height() * H as f64) as f32;
            add.emit(Place {
                id: "tap",
                x: x.clamp(2.0, W as f32 - 3.0),
                y: y.clamp(2.0, H as f32 - 3.0),
                old: false,
            });
        })
    });
    // Tenths of a cell, as whole numbers (integer formatting keeps float-printing code out of the wasm).
    let marks = props.places.iter().map(|p| {
        let (x, y) = (((p.x + 0.5) * 10.0) as i32, ((p.y + 0.5) * 10.0) as i32);
        let label_y = if y > 80 { y - 28 } else { y + 52 };
        html! {
            <g class={classes!("ke-place", (!p.old).then_some("new"))}>
                <circle cx={x.to_string()} cy={y.to_string()} r="18" />
                <text x={x.to_string()} y={label_y.to_string()} text-anchor="middle">
                    { props.content.label(p.id) }
                </text>
            </g>
        }
    });
    html! {
        <svg class={classes!("ke-places", props.on_tap.is_some().then_some("tappable"))} data-entity="places" viewBox={format!("0 0 {} {}", W * 10, H * 10)}
            aria-hidden="true" {onclick}>
            { for marks }
        </svg>
    }
}
