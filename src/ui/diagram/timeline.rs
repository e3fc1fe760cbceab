//! Compare view: ketamine and SSRI on one log-scale time axis (minutes → weeks), and the
//! STAR*D remission-by-step panel behind "why try something else?".

use yew::prelude::*;

use crate::story::results::PAIRS;
use crate::story::Content;
use crate::ui::diagram::shapes::split_middle;
use crate::ui::diagram::treatment::label2;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub content: &'static Content,
}

/// Left and right ends of the axis, and what they stand for (10 minutes … 16 weeks).
const X0: f64 = 40.0;
const X1: f64 = 556.0;
const MIN0: f64 = 10.0;
const MIN1: f64 = 16.0 * 7.0 * 24.0 * 60.0;
const HOUR: f64 = 60.0;
const DAY: f64 = 24.0 * HOUR;
const WEEK: f64 = 7.0 * DAY;
/// The picture's width, and the widest a character of a label may be (at the phone's type size),
/// so that a label centred on its moment is moved just enough to stay inside the picture.
const WIDTH: f64 = 600.0;
const CHAR: f64 = 16.0;

/// x position of `minutes` on the log axis.
pub fn x_of(minutes: f64) -> f64 {
    X0 + (X1 - X0) * (minutes / MIN0).log10() / (MIN1 / MIN0).log10()
}

/// A coordinate as whole SVG units: short markup, and the same digits on every platform.
fn n(v: f64) -> String {
    (v.round() as i32).to_string()
}

/// STAR*D remission by treatment step, percent (Rush 2006): bar lengths only; the words,
/// with the rounded numbers, come from the content labels `stard-1` … `stard-4`.
const STARD: [f64; 4] = [36.8, 30.6, 13.7, 13.0];

/// Where each pair starts (its heading's baseline).
const PAIR_TOP: [i32; 3] = [120, 286, 452];
/// The results chart's scale: x of 0 and units per person out of 100.
const R0: f64 = 20.0;
const PER: f64 = 5.6;

/// The time lines fill the picture; at the STAR*D step its bars take their place (one chart at a
/// time, so both can use the large type a phone needs). Labels sit above or below the bars in
/// lanes, never on them; the ticks alternate between two rows so their words never meet.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let c = props.content;
    html! {
        <g class="layer timeline">
            <g class="rows">
                <g class="row-names">
                    <text x="8" y="40" class="row-name">{ c.label("row-ketamine") }</text>
                    <text x="8" y="288" class="row-name">{ c.label("row-ssri") }</text>
                </g>
                { axis(c) }
                { ketamine_row(c) }
                { ssri_row(c) }
            </g>
            { results(c) }
            { stard(c) }
        </g>
    }
}

/// A band from `from` to `to` minutes on row `y`.
fn band(from: f64, to: f64, y: i32, class: &'static str) -> Html {
    let (a, b) = (x_of(from), x_of(to));
    html! { <rect class={class} x={n(a)} y={y.to_string()} width={n(b - a)} height="28" rx="6" /> }
}

/// Label `id` centred on x, kept inside the picture.
fn text(c: &Content, id: &'static str, x: f64, y: i32) -> Html {
    let words = c.label(id);
    let half = words.chars().count() as f64 * CHAR / 2.0;
    let x = x.clamp(half + 6.0, WIDTH - half - 6.0);
    html! { <text x={n(x)} y={y.to_string()} text-anchor="middle">{ words }</text> }
}

/// The time axis, log-scaled from ten minutes to sixteen weeks, with its ticks.
fn axis(c: &Content) -> Html {
    // (label, moment, second row, shown on a phone): the rows alternate so neighbours never
    // meet; a phone shows fewer. (Four weeks is named by the SSRI band's own label.)
    let ticks = [
        ("tick-10m", MIN0, false, true),
        ("tick-1h", HOUR, true, false),
        ("tick-1d", DAY, false, true),
        ("tick-1w", WEEK, true, true),
        ("tick-16w", MIN1, false, true),
    ];
    html! {
        <g data-entity="axis">
            <text x={n(X0)} y="462">{ c.label("axis") }</text>
            <line class="axis" x1={n(X0)} y1="484" x2={n(X1 + 30.0)} y2="484" marker-end="url(#ke-arrow)" />
            { for ticks.iter().map(|&(id, m, low, phone)| html! {
                <g class={classes!("tick", (!phone).then_some("minor"))}>
                    // A word on the lower row hangs from a longer tick, so it points at its moment.
                    <line x1={n(x_of(m))} y1="476" x2={n(x_of(m))} y2={if low { "528" } else { "492" }} />
                    { text(c, id, x_of(m), if low { 552 } else { 522 }) }
                </g>
            }) }
        </g>
    }
}

/// Ketamine's row: onset in hours, the peak at a day, one dose fading over a week, a course
/// of doses and the keep-up doses after it. The doses of each run sit on a bar that spans it
/// (on a log axis they crowd together), its name right under it: the course's centred, the
/// upkeep's at the right with a leader up to its bar.
fn ketamine_row(c: &Content) -> Html {
    let doses = [1.0, 3.0, 5.0, 8.0, 10.0, 12.0].map(|d| x_of(d * DAY));
    // Keep-up doses after the course: weekly, then every week or two (FACTS §4).
    let upkeep = [6.0, 8.0, 10.0, 12.0, 16.0].map(|w| x_of(w * WEEK));
    let run = |xs: &[f64]| {
        let (a, b) = (xs[0] - 10.0, xs[xs.len() - 1] + 10.0);
        html! { <>
            <rect class="dose-run" x={n(a)} y="144" width={n(b - a)} height="22" rx="11" />
            { for xs.iter().map(|&x| html! { <circle class="dose ket-band" cx={n(x)} cy="155" r="6" /> }) }
        </> }
    };
    let upkeep_mid = (upkeep[0] + upkeep[4]) / 2.0;
    let peak = x_of(DAY);
    html! { <>
        <g data-entity="ket-onset">{ band(2.0 * HOUR, 4.0 * HOUR, 100, "ket-band") }<g class="lbl">{ text(c, "ket-onset", x_of(3.0 * HOUR), 86) }</g></g>
        <g data-entity="ket-fade">{ band(DAY, WEEK, 100, "fade-band") }<g class="lbl">{ text(c, "ket-fade", x_of(2.5 * DAY), 86) }</g></g>
        <g data-entity="ket-peak">
            <polygon class="ket-band" points={format!("{x},96 {a},114 {x},132 {b},114", x = n(peak), a = n(peak + 14.0), b = n(peak - 14.0))} />
            <g class="lbl">{ text(c, "ket-peak", peak, 192) }</g>
        </g>
        <g data-entity="ket-course">
            { run(&doses) }
            <g class="lbl">{ text(c, "ket-course", (doses[0] + doses[5]) / 2.0, 192) }</g>
        </g>
        <g data-entity="ket-upkeep">
            { run(&upkeep) }
            <g class="lbl">
                <line class="leader" x1={n(upkeep_mid)} y1="168" x2={n(upkeep_mid)} y2="202" />
                { label2(c, "ket-upkeep", 594, 228, "end") }
            </g>
        </g>
    </> }
}

/// The SSRI's row: first changes in one to two weeks, the full effect in four to eight.
fn ssri_row(c: &Content) -> Html {
    html! { <>
        <g data-entity="ssri-onset">{ band(WEEK, 2.0 * WEEK, 346, "ssri-band light") }<g class="lbl">{ text(c, "ssri-onset", x_of(1.4 * WEEK), 332) }</g></g>
        <g data-entity="ssri-full">
            { band(4.0 * WEEK, 8.0 * WEEK, 346, "ssri-band") }
            <line class="chain" x1={n(x_of(8.0 * WEEK))} y1="360" x2={n(X1 + 30.0)} y2="360" marker-end="url(#ke-arrow)" />
            <g class="lbl">{ text(c, "ssri-full", x_of(5.6 * WEEK), 404) }</g>
        </g>
    </> }
}

/// STAR*D's remission by medicine tried, as bars, and that it had no placebo group.
fn stard(c: &Content) -> Html {
    let title = split_middle(c.label("stard"));
    html! {
        <g data-entity="stard" class="stard">
            <text x="8" y="44" class="stard-title">
                <tspan x="8">{ title.0 }</tspan><tspan x="8" dy="1.15em">{ title.1 }</tspan>
            </text>
            { for STARD.iter().enumerate().map(|(i, pct)| {
                let y = 110 + 110 * i as i32;
                html! {
                    <g>
                        <text x="8" y={(y + 30).to_string()}>{ c.label(["stard-1", "stard-2", "stard-3", "stard-4"][i]) }</text>
                        <rect class="stard-bar" x="160" y={y.to_string()} width={n(pct * 11.0)} height="40" rx="6" />
                    </g>
                }
            }) }
            <text x="8" y="566">{ c.label("stard-none") }</text>
        </g>
    }
}

/// How well each works, each beside its own comparison: per pair, the medicine's bar with its
/// words above it and, right below it, the comparison's bar with its words underneath, both on a
/// track of 100 people; a dashed guide at the comparison's level runs through both bars, so the
/// difference is what stands out. No words sit where a bar or the guide runs.
fn results(c: &Content) -> Html {
    let title = split_middle(c.label("results"));
    let bar = |y: i32, value: u32, class: &'static str| {
        html! {
            <g class={classes!("res-bar", class)}>
                <rect class="res-track" x={n(R0)} y={y.to_string()} width={n(100.0 * PER)} height="28" rx="5" />
                <rect x={n(R0)} y={y.to_string()} width={n(f64::from(value) * PER)} height="28" rx="5" />
            </g>
        }
    };
    let pairs = PAIRS.iter().zip(PAIR_TOP).map(|(p, top)| {
        let (drug, cmp) = (p.medicine.1, p.comparison.1);
        let level = R0 + f64::from(cmp) * PER;
        html! {
            <g class="res-pair">
                <text x={n(R0)} y={top.to_string()} class="row-name">{ c.label(p.heading) }</text>
                <text x={n(R0)} y={(top + 34).to_string()}>{ c.label(p.medicine.0) }</text>
                { bar(top + 42, drug, p.class) }
                { bar(top + 74, cmp, "row-cmp") }
                <text x={n(R0)} y={(top + 132).to_string()}>{ c.label(p.comparison.0) }</text>
                <line class="res-guide" x1={n(level)} y1={(top + 42).to_string()} x2={n(level)} y2={(top + 102).to_string()} />
            </g>
        }
    });
    html! {
        <g data-entity="results" class="results">
            <text x={n(R0)} y="40" class="stard-title">
                <tspan x={n(R0)}>{ title.0 }</tspan><tspan x={n(R0)} dy="1.15em">{ title.1 }</tspan>
            </text>
            { for pairs }
        </g>
    }
}
