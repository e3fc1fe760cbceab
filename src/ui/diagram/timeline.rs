//! Compare view: ketamine and SSRI on one log-scale time axis (minutes → weeks), and the
//! STAR*D remission-by-step panel behind "why try something else?".

use yew::prelude::*;

use crate::story::Content;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub content: &'static Content,
}

/// Left and right ends of the axis, and what they stand for (10 minutes … 16 weeks).
const X0: f64 = 90.0;
const X1: f64 = 750.0;
const MIN0: f64 = 10.0;
const MIN1: f64 = 16.0 * 7.0 * 24.0 * 60.0;
const HOUR: f64 = 60.0;
const DAY: f64 = 24.0 * HOUR;
const WEEK: f64 = 7.0 * DAY;

/// x position of `minutes` on the log axis.
pub fn x_of(minutes: f64) -> f64 {
    X0 + (X1 - X0) * (minutes / MIN0).log10() / (MIN1 / MIN0).log10()
}

/// A coordinate as whole SVG units: integer formatting keeps float-printing code out of the wasm.
fn n(v: f64) -> String {
    (v.round() as i32).to_string()
}

/// STAR*D remission by treatment step, percent (Rush 2006): bar lengths only; the words,
/// with the rounded numbers, come from the content labels `stard-1` … `stard-4`.
const STARD: [f64; 4] = [36.8, 30.6, 13.7, 13.0];

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let c = props.content;
    let band = |from: f64, to: f64, y: i32, class: &'static str| {
        let (a, b) = (x_of(from), x_of(to));
        html! { <rect class={class} x={n(a)} y={y.to_string()} width={n(b - a)} height="30" rx="6" /> }
    };
    let text = |id: &'static str, x: f64, y: i32, anchor: &'static str| {
        html! { <text x={n(x)} y={y.to_string()} text-anchor={anchor}>{ c.label(id) }</text> }
    };
    let ticks = [
        ("tick-10m", MIN0),
        ("tick-1h", HOUR),
        ("tick-1d", DAY),
        ("tick-1w", WEEK),
        ("tick-4w", 4.0 * WEEK),
        ("tick-16w", MIN1),
    ];
    let doses = [1.0, 3.0, 5.0, 8.0, 10.0, 12.0].map(|d| x_of(d * DAY));
    // Keep-up doses after the course: weekly, then every week or two (FACTS §4).
    let upkeep = [6.0, 8.0, 10.0, 12.0, 16.0].map(|w| x_of(w * WEEK));
    let dose = |x: f64| html! { <use href="#ke-ketamine" transform={format!("translate({} 138) scale(0.7)", n(x))} /> };
    let peak = x_of(DAY);
    html! {
        <g class="layer timeline">
            <g class="lbl rows">
                <text x="10" y="56" class="row-name">{ c.label("row-ketamine") }</text>
                <text x="10" y="226" class="row-name">{ c.label("row-ssri") }</text>
            </g>
            <g data-entity="axis">
                <line class="axis" x1={n(X0)} y1="330" x2={n(X1)} y2="330" marker-end="url(#ke-arrow)" />
                <text x={n(X0)} y="314" class="small">{ c.label("axis") }</text>
                { for ticks.iter().map(|&(id, m)| html! {
                    <g class="tick">
                        <line x1={n(x_of(m))} y1="322" x2={n(x_of(m))} y2="338" />
                        { text(id, x_of(m), 362, "middle") }
                    </g>
                }) }
            </g>
            <g data-entity="ket-onset">{ band(2.0 * HOUR, 4.0 * HOUR, 86, "ket-band") }<g class="lbl">{ text("ket-onset", x_of(3.0 * HOUR), 74, "middle") }</g></g>
            <g data-entity="ket-fade">{ band(DAY, WEEK, 86, "fade-band") }<g class="lbl">{ text("ket-fade", x_of(2.5 * DAY), 74, "middle") }</g></g>
            <g data-entity="ket-peak">
                <polygon class="ket-band" points={format!("{x},82 {a},101 {x},120 {b},101", x = n(peak), a = n(peak + 14.0), b = n(peak - 14.0))} />
                <g class="lbl">{ text("ket-peak", peak, 176, "middle") }</g>
            </g>
            <g data-entity="ket-course">
                { for doses.iter().map(|&x| dose(x)) }
                <g class="lbl">{ text("ket-course", x_of(4.0 * DAY), 176, "middle") }</g>
            </g>
            <g data-entity="ket-upkeep">
                { for upkeep.iter().map(|&x| dose(x)) }
                <g class="lbl">{ text("ket-upkeep", 790.0, 204, "end") }</g>
            </g>
            <g data-entity="ssri-onset">{ band(WEEK, 2.0 * WEEK, 240, "ssri-band light") }<g class="lbl">{ text("ssri-onset", x_of(1.4 * WEEK), 228, "middle") }</g></g>
            <g data-entity="ssri-full">
                { band(4.0 * WEEK, 8.0 * WEEK, 240, "ssri-band") }
                <line class="chain" x1={n(x_of(8.0 * WEEK))} y1="255" x2={n(X1)} y2="255" marker-end="url(#ke-arrow)" />
                <g class="lbl">{ text("ssri-full", 790.0, 294, "end") }</g>
            </g>
            <g data-entity="stard">
                <text x="10" y="402" class="stard-title">{ c.label("stard") }</text>
                { for STARD.iter().enumerate().map(|(i, pct)| {
                    let y = 414 + 26 * i as i32;
                    html! {
                        <g>
                            <rect class="stard-bar" x="110" y={y.to_string()} width={n(pct * 12.0)} height="20" rx="4" />
                            <text x="10" y={(y + 16).to_string()} class="small">{ c.label(["stard-1", "stard-2", "stard-3", "stard-4"][i]) }</text>
                        </g>
                    }
                }) }
            </g>
        </g>
    }
}
