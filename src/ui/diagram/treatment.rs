//! "Your treatment": one panel per step in one square picture (only the step's own panel is
//! shown: `data-entity` panels with `--on`), drawn for a phone held upright: the two forms, the
//! checks before a first dose, a visit as a time strip, the side effects against placebo, and a
//! course as a calendar (results, after, therapy and the questions: `treatment_more.rs`). Words
//! come from the content labels (`tr-…`, `eff-…`); numbers are FACTS §4–§5's.

use yew::prelude::*;

use crate::story::results::SIDE_EFFECTS;
use crate::story::Content;
use crate::ui::diagram::shapes::split_middle;

/// A label: its words at (x, y), anchored `anchor` (`start`, `middle`, `end`), bold if `strong`.
/// Colours and weights are the markup's own attributes, not stylesheet classes: this picture
/// travels with its deferred view, and so does its look.
pub fn label(c: &Content, id: &str, x: i32, y: i32, anchor: &'static str, strong: bool) -> Html {
    let weight = strong.then_some("700");
    html! {
        <text x={x.to_string()} y={y.to_string()} text-anchor={anchor} font-weight={weight}>{ c.label(id) }</text>
    }
}

/// A label in two lines (split at the space nearest its middle), the first at y.
pub fn label2(c: &Content, id: &str, x: i32, y: i32, anchor: &'static str) -> Html {
    let (a, b) = split_middle(c.label(id));
    let x = x.to_string();
    html! {
        <text x={x.clone()} y={y.to_string()} text-anchor={anchor}>
            <tspan x={x.clone()}>{ a }</tspan><tspan x={x} dy="1.15em">{ b }</tspan>
        </text>
    }
}

#[derive(Properties, PartialEq)]
pub struct TreatmentProps {
    pub content: &'static Content,
}

/// Every panel, each its own entity (the step's focus shows it).
#[component]
pub fn Treatment(props: &TreatmentProps) -> Html {
    let c = props.content;
    html! {
        <g class="layer treatment">
            { forms(c) }{ before(c) }{ visit(c) }{ effects(c) }{ course(c) }
            { super::treatment_more::panels(c) }
        </g>
    }
}

/// The pictures the printed summary carries: a visit's time strip, a course's calendar and the
/// side effects against placebo, each a still copy of the picture showing that panel (its
/// arrow comes from the picture's own defs, in the same shadow root).
pub fn printed(c: &'static Content) -> Html {
    let picture = |focus: &'static str, caption: &'static str| {
        html! {
            <figure class="ke-print-figure">
                <svg class="ke-svg" viewBox="0 0 600 600" data-scene="treatment" data-focus={focus}>
                    <Treatment content={c} />
                </svg>
                <figcaption>{ c.label(caption) }</figcaption>
            </figure>
        }
    };
    html! { <div class="ke-print-pictures">{ picture("visit", "tr-v-title") }{ picture("course", "tr-c-title") }{ picture("effects", "tr-eff-caption") }</div> }
}

/// The two forms side by side: an IV drip into an arm, and a nasal spray.
fn forms(c: &Content) -> Html {
    html! {
        <g data-entity="forms" class="panel">
            <g data-entity="form-iv">
                <line class="chain" x1="150" y1="40" x2="150" y2="300" />
                <rect fill="#d6e9f5" stroke="#1d5f85" stroke-width="3" x="100" y="70" width="100" height="150" rx="18" />
                <path fill="none" stroke="#1d5f85" stroke-width="4" d="M150,220 C150,330 230,320 232,400" />
                <circle class="tr-drop mv" cx="150" cy="246" r="7" fill="#56b4e9" stroke="#1d5f85" stroke-width="2" />
                <rect class="cell" x="40" y="392" width="230" height="62" rx="31" />
                { label(c, "tr-iv", 150, 516, "middle", true) }
                { label2(c, "tr-iv-note", 150, 554, "middle") }
            </g>
            <g data-entity="form-spray">
                <rect fill="#cfe8df" stroke="#00513b" stroke-width="3" x="395" y="230" width="110" height="190" rx="22" />
                <rect fill="#cfe8df" stroke="#00513b" stroke-width="3" x="430" y="150" width="40" height="86" rx="14" />
                <g class="tr-puff mv" fill="#b7d9cd" stroke="#00513b" stroke-width="1.5">
                    <circle cx="450" cy="124" r="9" /><circle cx="428" cy="104" r="7" /><circle cx="472" cy="102" r="7" />
                </g>
                { label(c, "tr-spray", 450, 516, "middle", true) }
                { label(c, "tr-spray-note", 450, 554, "middle", false) }
            </g>
        </g>
    }
}

/// Before the first dose: four checks, each an icon with its words.
fn before(c: &Content) -> Html {
    // (label, x, y of the icon's centre)
    let cell = |id: &str, x: i32, y: i32, icon: Html| {
        html! {
            <g class="tr-check">
                <circle fill="#fff" stroke="#5b4b3a" stroke-width="3" cx={x.to_string()} cy={y.to_string()} r="78" />
                { icon }
                { label2(c, id, x, y + 118, "middle") }
            </g>
        }
    };
    html! {
        <g data-entity="before" class="panel">
            { cell("tr-bp", 150, 110, html! { <>
                <rect fill="#d6e9f5" stroke="#1d5f85" stroke-width="3" x="100" y="88" width="70" height="44" rx="10" />
                <circle fill="#fff" stroke="#27303b" stroke-width="3" cx="196" cy="110" r="20" />
                <line class="chain" x1="196" y1="110" x2="206" y2="98" />
            </> }) }
            { cell("tr-meds", 450, 110, html! { <>
                <rect fill="#fde9d9" stroke="#8a4500" stroke-width="3" x="425" y="92" width="50" height="64" rx="8" />
                <rect fill="#8a4500" x="420" y="74" width="60" height="20" rx="5" />
            </> }) }
            { cell("tr-safe", 150, 390, html! {
                <path class="tr-tick mv" d="M112,392 L140,420 L192,360" fill="none" stroke="#00734f" stroke-width="9" stroke-linecap="round" stroke-linejoin="round" />
            }) }
            { cell("tr-ride", 450, 390, html! { <>
                <path fill="#c9d6e3" stroke="#27303b" stroke-width="3" d="M392,410 L404,372 Q410,360 424,360 L476,360 Q490,360 496,372 L508,410 Z" />
                <circle fill="#27303b" cx="414" cy="414" r="12" /><circle fill="#27303b" cx="486" cy="414" r="12" />
            </> }) }
        </g>
    }
}

/// One visit as a time strip, top to bottom: when on the left, what happens on the right.
fn visit(c: &Content) -> Html {
    let rows = [
        ("tr-arrive", "tr-v-bp", 70),
        ("tr-t-peak", "tr-v-peak", 270),
        ("tr-t-watch", "tr-v-watch", 370),
        ("tr-t-home", "tr-v-home", 470),
    ];
    html! {
        <g data-entity="visit" class="panel">
            <g class="tr-title">{ label(c, "tr-v-title", 20, 30, "start", true) }</g>
            <line stroke="#9aa5b1" stroke-width="6" stroke-linecap="round" x1="172" y1="60" x2="172" y2="470" />
            <rect fill="#f3c9a8" stroke="#d55e00" stroke-width="2" stroke-dasharray="6 4" x="160" y="170" width="24" height="200" rx="12" />
            { for rows.iter().map(|&(when, what, y)| html! { <>
                <circle fill="#fff" stroke="#27303b" stroke-width="3" cx="172" cy={(y - 8).to_string()} r="12" />
                { label(c, when, 148, y, "end", true) }
                { label(c, what, 196, y, "start", false) }
            </> }) }
            // The dose: both forms, or (a one-form clinic's step) its own; later.css shows one.
            <circle fill="#fff" stroke="#27303b" stroke-width="3" cx="172" cy="162" r="12" />
            { label(c, "tr-t-dose", 148, 170, "end", true) }
            <g class="tr-dose-both">{ label(c, "tr-v-dose", 196, 170, "start", false) }</g>
            <g class="tr-dose-iv">{ label(c, "tr-v-dose-iv", 196, 170, "start", false) }</g>
            <g class="tr-dose-spray">{ label(c, "tr-v-dose-spray", 196, 170, "start", false) }</g>
            <circle class="tr-now mv" cx="172" cy="62" r="9" fill="#d55e00" stroke="#6b2f00" stroke-width="2" />
            { label(c, "tr-v-drive", 300, 560, "middle", true) }
        </g>
    }
}

/// Esketamine against placebo spray, out of 100 (`story::results::SIDE_EFFECTS`): a key,
/// then one row each, the name on the left and its two bars on the right on one 0–100 scale
/// (the spray's above the placebo's, both numbers after them), then the scale. Rows 44 units
/// apart: a row's bars and the next row's name never touch, even at a phone's larger type.
fn effects(c: &Content) -> Html {
    const X0: u32 = 330; // where the bars start: the names fit left of it
    const UNIT: u32 = 24; // tenths of a unit per person out of 100: 100 → 240
    let x = |people: u32| (X0 + people * UNIT / 10) as i32;
    let swatch = |fill: &str, x: i32, h: i32| html! {
        <rect fill={fill.to_owned()} stroke="#27303b" stroke-width="1.5" x={x.to_string()} y={(78 - h).to_string()} width="30" height={h.to_string()} rx="3" />
    };
    html! {
        <g data-entity="effects" class="panel">
            { label(c, "tr-eff-title", 20, 32, "start", true) }
            { swatch(SPRAY, 20, 16) }{ label(c, "tr-eff-spray", 58, 80, "start", false) }
            { swatch(PLACEBO, 250, 10) }{ label(c, "tr-eff-placebo", 288, 80, "start", false) }
            { for SIDE_EFFECTS.iter().enumerate().map(|(i, &(id, spray, placebo))| {
                let y = 132 + 44 * i as i32;
                html! { <>
                    { label(c, id, 20, y, "start", false) }
                    <rect class="tr-bar" fill={SPRAY} stroke="#27303b" stroke-width="1.5" x={X0.to_string()} y={(y - 20).to_string()} width={(x(spray) - X0 as i32).to_string()} height="14" rx="4" />
                    <rect class="tr-bar" fill={PLACEBO} stroke="#27303b" stroke-width="1.5" x={X0.to_string()} y={(y - 4).to_string()} width={(x(placebo) - X0 as i32).max(3).to_string()} height="10" rx="3" />
                    <text x={(x(spray) + 10).to_string()} y={(y + 2).to_string()} font-weight="700">{ format!("{spray} / {placebo}") }</text>
                </> }
            }) }
            <line class="axis" x1={X0.to_string()} y1="548" x2={x(100).to_string()} y2="548" />
            { for [0u32, 50, 100].iter().map(|&v| html! { <g class="tick">
                <line x1={x(v).to_string()} y1="540" x2={x(v).to_string()} y2="556" />
                <text x={x(v).min(560).to_string()} y="586" text-anchor="middle">{ v }</text>
            </g> }) }
        </g>
    }
}

/// The spray's colour (Okabe–Ito vermillion) and the placebo's grey.
const SPRAY: &str = "#d55e00";
const PLACEBO: &str = "#9aa5b1";

/// A course as a calendar of 8 weeks: IV about 6 drips in weeks 1–3; the spray twice a week
/// for weeks 1–4, then weekly (FACTS §4). Each form's name sits above its own row of week
/// cells, clear of them.
fn course(c: &Content) -> Html {
    let col = |week: i32| 120 + 58 * (week - 1);
    let row = |per_week: &[u32], top: i32| {
        let cells = (1..=8).map(|w| html! {
            <rect fill="#f7f7f5" stroke="#c7ccd4" stroke-width="2" x={col(w).to_string()} y={top.to_string()} width="54" height="64" rx="8" />
        });
        let dots = per_week
            .iter()
            .enumerate()
            .flat_map(|(w, &n)| (0..n).map(move |k| col(w as i32 + 1) + 16 + 26 * k as i32))
            .map(|x| html! { <circle class="tr-dose" fill="#d55e00" stroke="#6b2f00" stroke-width="2" cx={x.to_string()} cy={(top + 32).to_string()} r="10" /> });
        html! { <>{ for cells }{ for dots }</> }
    };
    html! {
        <g data-entity="course" class="panel">
            { label(c, "tr-week", 120, 24, "start", true) }
            { for (1..=8).map(|w| html! {
                <text x={(col(w) + 27).to_string()} y="64" text-anchor="middle">{ w }</text>
            }) }
            <g data-entity="course-iv">
                { label(c, "tr-c-iv", 20, 128, "start", true) }
                { row(&[2, 2, 2], 146) }
            </g>
            <g data-entity="course-spray">
                { label(c, "tr-c-spray", 20, 286, "start", true) }
                { row(&[2, 2, 2, 2, 1, 1, 1, 1], 304) }
            </g>
            { label2(c, "tr-c-after", 300, 440, "middle") }
        </g>
    }
}
