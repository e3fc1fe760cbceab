//! One shape per molecule (colour is never the only cue), defined once and placed with `<use>`.

use yew::prelude::*;

use crate::story::glossary::slice;

/// Shape definitions, each centred on 0,0. Ids are `ke-<entity>` so the legend can reuse them.
#[component]
pub fn Defs() -> Html {
    html! {
        <defs>
            <circle id="ke-glutamate" class="glu" r="7" />
            <rect id="ke-gaba" class="gab" x="-7" y="-7" width="14" height="14" />
            <polygon id="ke-serotonin" class="ser" points="8,0 4,7 -4,7 -8,0 -4,-7 4,-7" />
            <polygon id="ke-ketamine" class="ket" points="0,-11 9,0 0,11 -9,0" />
            <path id="ke-ssri" class="ssr" d="M-12,6 V-2 A12,10 0 0 1 12,-2 V6 H7 V0 A7,6 0 0 0 -7,0 V6 Z" />
            <polygon id="ke-bdnf" class="bdn" points="0,-11 3,-4 10,-3 5,2 6,10 0,6 -6,10 -5,2 -10,-3 -3,-4" />
            <rect id="ke-row-ketamine" class="row-ket" x="-11" y="-6" width="22" height="12" rx="3" />
            <rect id="ke-row-ssri" class="row-ssr" x="-11" y="-6" width="22" height="12" rx="3" />
            <rect id="ke-snow-fresh" class="snow-fresh" x="-10" y="-7" width="20" height="14" rx="3" />
            <rect id="ke-snow-deep" class="snow-deep" x="-10" y="-7" width="20" height="14" rx="3" />
            <circle id="ke-walker" class="walker" r="5" />
            <marker id="ke-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" class="arrowhead" />
            </marker>
        </defs>
    }
}

/// A molecule of kind `id` at (x, y).
pub fn molecule(id: &str, x: i32, y: i32) -> Html {
    html! { <use href={format!("#ke-{id}")} x={x.to_string()} y={y.to_string()} /> }
}

/// `words` in two lines, split at the space nearest the middle (one line if it has no space).
pub fn split_middle(words: &str) -> (&str, &str) {
    let middle = words.len() / 2;
    match words
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(middle))
    {
        Some(i) => (slice(words, 0, i), slice(words, i + 1, words.len())),
        None => (words, ""),
    }
}
