//! "Your treatment", its later panels: how well it works (bars out of 100, like Compare's),
//! after the course (a strip of weeks), therapy with ketamine (three stages), what matters to the
//! patient and the question list (clipboards; the ratings and the checklist themselves are HTML
//! beside the picture).

use yew::prelude::*;

use super::treatment::{label, label2};
use crate::story::Content;

pub fn panels(c: &Content) -> Html {
    html! { <>{ results(c) }{ after(c) }{ therapy(c) }{ matters(c) }{ questions(c) }</> }
}

/// Out of 100 (FACTS §3): an IV course, from studies with no placebo group (ELEKT-D: 55
/// responded; everyday clinics after 4–8 drips: 54 responded, 29 remission), and the spray
/// alone beside its placebo spray at week 4 (the label: remission 23 vs 8). The spray with a
/// new pill (TRANSFORM-2) is [M] in FACTS: in the step's words only, with that care.
/// (label id, value, fill, y).
pub const RESULTS: [(&str, u32, &str, i32); 5] = [
    ("tr-r-iv-trial", 55, KET, 124),
    ("tr-r-iv-clinic", 54, KET, 194),
    ("tr-r-iv-rem", 29, KET, 264),
    ("tr-r-spray-rem", 23, KET, 390),
    ("tr-r-placebo-rem", 8, PLACEBO, 460),
];

/// Ketamine's colour (Okabe–Ito vermillion) and the placebo's grey.
const KET: &str = "#d55e00";
const PLACEBO: &str = "#9aa5b1";

fn results(c: &Content) -> Html {
    const X0: u32 = 20;
    const UNIT: u32 = 5;
    html! {
        <g data-entity="results" class="panel">
            { label(c, "tr-r-title", 20, 40, "start", true) }
            { label(c, "tr-r-iv", 20, 86, "start", true) }
            { label(c, "tr-r-spray", 20, 352, "start", true) }
            { for RESULTS.iter().map(|&(id, value, class, y)| html! { <>
                { label(c, id, 20, y, "start", false) }
                <rect class="tr-bar" fill={class} stroke="#27303b" stroke-width="1.5" x={X0.to_string()} y={(y + 9).to_string()}
                    width={(value * UNIT).to_string()} height="26" rx="5" />
            </> }) }
            <line class="axis" x1="20" y1="530" x2="520" y2="530" />
            { for [0u32, 50, 100].iter().map(|&v| {
                let x = (X0 + v * UNIT) as i32;
                html! { <g class="tick">
                    <line x1={x.to_string()} y1="522" x2={x.to_string()} y2="538" />
                    <text x={x.clamp(30, 560).to_string()} y="572" text-anchor="middle">{ v }</text>
                </g> }
            }) }
        </g>
    }
}

/// After the course: the course's doses, the effect fading for many, and (with the spray)
/// upkeep doses every week or two.
fn after(c: &Content) -> Html {
    let dose = |x: i32, y: i32| html! { <circle class="tr-dose" fill="#d55e00" stroke="#6b2f00" stroke-width="2" cx={x.to_string()} cy={y.to_string()} r="10" /> };
    html! {
        <g data-entity="after" class="panel">
            { label(c, "tr-a-course", 40, 90, "start", true) }
            { for [60, 90, 120, 150, 180, 210].iter().map(|&x| dose(x, 130)) }
            <path fill="none" stroke="#d55e00" stroke-width="6" stroke-dasharray="14 8" stroke-linecap="round" d="M60,230 C150,200 200,200 240,240 S380,330 560,350" />
            // Above the curve's right end, in two lines: clear of the line it names.
            { label2(c, "tr-a-fade", 560, 228, "end") }
            { label(c, "tr-a-upkeep", 40, 420, "start", true) }
            { for [260, 320, 380, 440, 520].iter().map(|&x| dose(x, 460)) }
            <line class="axis" x1="40" y1="500" x2="570" y2="500" marker-end="url(#ke-arrow)" />
            { label(c, "tr-a-weeks", 560, 534, "end", false) }
            { label(c, "tr-a-plan", 300, 584, "middle", true) }
        </g>
    }
}

/// Therapy with ketamine in three stages, top to bottom.
fn therapy(c: &Content) -> Html {
    let stage = |n: u32, id: &str, y: i32| {
        html! { <g class="tr-stage">
            <rect fill="#fff" stroke="#5b4b3a" stroke-width="3" x="20" y={(y - 70).to_string()} width="560" height="120" rx="20" />
            <circle fill="#fff" stroke="#27303b" stroke-width="3" cx="80" cy={(y - 10).to_string()} r="30" />
            <text x="80" y={y.to_string()} text-anchor="middle" font-weight="700">{ n }</text>
            { label2(c, id, 140, y - 24, "start") }
        </g> }
    };
    html! {
        <g data-entity="therapy" class="panel">
            { stage(1, "tr-k-prepare", 140) }
            { stage(2, "tr-k-dose", 320) }
            { stage(3, "tr-k-after", 500) }
        </g>
    }
}

/// A clipboard of four rows (each drawn by `row` from its place and height), titled `title`.
fn clipboard(c: &Content, entity: &'static str, title: &str, row: impl Fn(i32, i32) -> Html) -> Html {
    html! {
        <g data-entity={entity} class="panel">
            <rect fill="#fff" stroke="#5b4b3a" stroke-width="3" x="110" y="70" width="380" height="480" rx="24" />
            <rect fill="#9aa5b1" stroke="#27303b" stroke-width="3" x="230" y="44" width="140" height="56" rx="12" />
            { for (0..4).map(|i| row(i, 180 + 90 * i)) }
            { label(c, title, 300, 590, "middle", true) }
        </g>
    }
}

/// A line of words beside each row's scale of three dots, one of them filled: ratings.
fn matters(c: &Content) -> Html {
    clipboard(c, "matters", "tr-m-title", |i, y| {
        let filled = [0, 2, 1, 0][i as usize];
        let dot = |d: i32| {
            let on = d == filled;
            html! {
                <circle class={on.then_some("tr-tick mv")} fill={if on { "#0072b2" } else { "#fff" }} stroke="#27303b"
                    stroke-width="3" cx={(350 + 44 * d).to_string()} cy={(y - 6).to_string()} r="15" />
            }
        };
        html! { <>
            <line stroke="#c7ccd4" stroke-width="8" stroke-linecap="round" x1="160" y1={(y - 6).to_string()} x2="300" y2={(y - 6).to_string()} />
            { for (0..3).map(dot) }
        </> }
    })
}

/// Ticked and open boxes: the list to take to the visit.
fn questions(c: &Content) -> Html {
    clipboard(c, "questions", "tr-q-title", |i, y| html! { <>
        <rect fill="#fff" stroke="#27303b" stroke-width="3" x="160" y={(y - 26).to_string()} width="40" height="40" rx="6" />
        if i % 2 == 0 { <path class="tr-tick mv" fill="none" stroke="#00734f" stroke-width="9" stroke-linecap="round" stroke-linejoin="round" d={format!("M166,{} L178,{} L196,{}", y - 6, y + 6, y - 20)} /> }
        <line stroke="#c7ccd4" stroke-width="8" stroke-linecap="round" x1="222" y1={(y - 6).to_string()} x2="440" y2={(y - 6).to_string()} />
    </> })
}
