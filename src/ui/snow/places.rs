//! The places on the field, drawn as an SVG layer over the canvas so their names stay crisp
//! and readable at any width. A tap on the layer adds a place there (when adding is open), as
//! does each new place's button.

use yew::prelude::*;

use crate::story::Content;
use crate::trails::{Place, H, NEW, W};

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

/// A button for each new place, for adding it without a pointer. Once added, the button stays
/// focusable (aria-disabled, not disabled): focus is never dropped to the page; it shows a tick
/// and the place's colour, chosen rather than greyed out.
pub fn add_buttons(content: &'static Content, places: &[Place], add: &Callback<Place>) -> Html {
    let ui = &content.ui;
    let buttons = NEW.iter().map(|place| {
        let place = *place;
        let taken = places.iter().any(|p| p.id == place.id);
        html! {
            <button type="button" class="ke-btn ke-small" part="button" aria-disabled={taken.to_string()}
                onclick={let add = add.clone(); move |_: MouseEvent| if !taken { add.emit(place) }}>
                if taken { <span aria-hidden="true">{ "✓ " }</span> }
                { content.label(place.id) }
            </button>
        }
    });
    html! {
        <div class="ke-snow-add" role="group" aria-label={ui.snow_add.clone()}>
            <span aria-hidden="true">{ &*ui.snow_add }</span>
            { for buttons }
            <span class="ke-hint">{ &*ui.snow_tap_hint }</span>
        </div>
    }
}
