//! The picture: one square SVG (600 × 600, drawn for a phone held upright), drawn as layers (one `<g>` component each).
//! Layers take only the scene and content as props, so a step change re-renders none of them:
//! the root's `data-step` and `data-focus` attributes drive highlight and motion through CSS.

/// Items that exist only natively: the picture's drawing code runs at build time (the prerender
/// writes its markup, which the wasm carries instead: `ui::prerendered`) and in the ssr tests.
macro_rules! native_only {
    ($($item:item)*) => { $(#[cfg(not(target_arch = "wasm32"))] $item)* };
}

native_only! {
    mod labels;
    mod molecules;
    mod parts;
    pub mod prerender;
    mod shapes;
    mod synapse;
    mod timeline;
    mod treatment;
    mod treatment_more;
    use self::prerender::part;
}

use yew::prelude::*;

use crate::story::{Content, List, Scene, Text};
#[cfg(target_arch = "wasm32")]
use crate::ui::prerendered::part;
use crate::ui::prerendered::Fragment;

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
    /// What the picture shows at this step, in words.
    #[prop_or_default]
    pub alt: Text,
}

#[component]
pub fn Diagram(props: &DiagramProps) -> Html {
    let content = props.content;
    let focus = props.focus.join(" ");
    html! {
        // One focusable image, named by the step and described once (what it shows, then the
        // keys); the drawing inside is hidden from screen readers, the hint from browse mode.
        <figure class="ke-figure" part="picture" tabindex="0" role="img" aria-labelledby="ke-svg-title"
            aria-describedby="ke-svg-desc ke-keys-hint">
            <p id="ke-keys-hint" hidden=true>{ &*content.ui.keys_hint }</p>
            <svg class="ke-svg" viewBox="0 0 600 600" aria-hidden="true" focusable="false"
                data-scene={props.view.clone()} data-step={format!("{}-{}", props.view, props.step)} data-focus={focus} data-seen={props.seen.clone()}>
                <title id="ke-svg-title">{ &*props.title }</title>
                <desc id="ke-svg-desc">{ &*props.alt }</desc>
                { part(content, Some(Fragment::Defs)) }
                { part(content, Fragment::of(props.scene).layers) }
            </svg>
        </figure>
    }
}

/// The key to the scene's shapes and colours, shown after the words (on a phone it would push
/// them under the dock; on a laptop it sits under the picture).
pub fn legend(content: &'static Content, scene: Scene) -> Html {
    part(content, Some(Fragment::of(scene).legend))
}

/// The pictures a view's printed summary carries (the treatment view's strip, calendar and
/// side effects), prerendered like the rest of the picture.
pub fn print_pictures(content: &'static Content, scene: Scene) -> Html {
    part(content, Fragment::of(scene).print)
}

/// The shapes the snow view's key draws (the SVG scenes carry theirs inside the picture).
pub fn snow_defs(content: &'static Content) -> Html {
    html! { <svg class="ke-defs" aria-hidden="true" focusable="false">{ part(content, Some(Fragment::Defs)) }</svg> }
}
