//! The snow-paths view: a live canvas of the trail model, an SVG layer naming the places (and
//! taking taps to add one), buttons that add places without a pointer, and a text description
//! of the paths for screen readers. The model lives in wasm memory; nothing re-renders per frame.

mod places;

use std::{cell::RefCell, rc::Rc};

use yew::prelude::*;

use crate::story::Content;
use crate::trails::{Depth, Params, Phase, Place, Sim, H, W};
use crate::ui::browser::{Frames, Painter, CANVAS_SCALE};
use crate::ui::guard::{use_guard, Guard};
use places::{add_buttons, Places};

/// Every visitor sees the same story.
const SEED: u64 = 7;
/// Model steps per animation frame.
const STEPS_PER_FRAME: u32 = 2;
/// Frames between updates of the text description (about 3 s at 60 frames a second).
const DESCRIBE_EVERY: u32 = 180;

#[derive(Properties, PartialEq)]
pub struct SnowProps {
    pub content: &'static Content,
    /// The story step's id (`old-paths` …).
    pub step: AttrValue,
    /// What the picture shows at this step, in words.
    pub alt: AttrValue,
    /// Show still frames and an "advance" button instead of a live loop.
    pub still: bool,
    /// The step's words and the dock (risks, Back · Next): this view lays out its own stage,
    /// since its controls sit between the two, right after the words that ask for them.
    pub words: Html,
    pub dock: Html,
}

/// The model and what the picture needs from one render to the next.
struct Model {
    sim: Sim,
    phase: Phase,
    /// Draws on the canvas once it is in the page (set by `use_live_or_still`).
    painter: Option<Painter>,
}

impl Model {
    /// Paints the field as it is now: a still frame, or at once after a change while live.
    fn repaint(&mut self) {
        if let Some(painter) = self.painter.as_mut() {
            painter.draw(&self.sim);
        }
    }
}

#[component]
pub fn SnowField(props: &SnowProps) -> Html {
    let content = props.content;
    let phase = Phase::from_id(&props.step).unwrap_or(Phase::OldPaths);
    let model = use_mut_ref(|| Model {
        sim: Sim::prepared(SEED, Params::standard(), phase, &[]),
        phase,
        painter: None,
    });
    let canvas = use_node_ref();
    let description = use_state_eq(|| describe(content, &model.borrow().sim));
    let places = use_state_eq(|| model.borrow().sim.places.clone());

    use_step_change(&model, phase, props.still, content, &places, &description);
    let guard = use_guard();
    use_live_or_still(
        &canvas,
        &model,
        props.still,
        content,
        description.setter(),
        guard,
    );

    let add = add_place(&model, &places);
    let can_add = matches!(phase, Phase::NewPlaces | Phase::Practice);
    let ui = &content.ui;
    html! {
        <>
        // As the diagram's: one focusable image named by the step, described once (what it
        // shows, the paths in words, the keys). The paths are never announced on their own:
        // they change every few seconds.
        <figure class="ke-figure" part="picture" tabindex="0" role="img" aria-labelledby="ke-step-title"
            aria-describedby="ke-snow-alt ke-snow-now ke-keys-hint">
            <p id="ke-keys-hint" hidden=true>{ &*ui.keys_hint }</p>
            <p id="ke-snow-alt" hidden=true>{ &*ui.picture }{ " " }{ &*props.alt }</p>
            <div class="ke-snow" data-phase={props.step.clone()}>
                <div class="ke-snow-stage">
                    <canvas ref={canvas} data-entity="field" width={(W * CANVAS_SCALE).to_string()} height={(H * CANVAS_SCALE).to_string()} aria-hidden="true"></canvas>
                    <Places {content} places={(*places).clone()} on_tap={can_add.then(|| add.clone())} />
                </div>
                <p class="ke-snow-now" id="ke-snow-now">{ (*description).clone() }</p>
            </div>
        </figure>
        <div class="ke-side">
            // The place buttons and (motion reduced) the advance button share one row, right under
            // the field they act on (never under the dock a phone keeps at the bottom).
            if can_add || props.still {
                <div class="ke-snow-tools">
                    if can_add {
                        { add_buttons(content, &places, &add) }
                    }
                    if props.still {
                        <button type="button" class="ke-btn ke-small ke-snow-advance" part="button" onclick={advance(&model, content, &description)}>{ &*ui.snow_advance }</button>
                    }
                </div>
            }
            { props.words.clone() }
            { props.dock.clone() }
        </div>
        // What the picture is, after the words (on a phone, above them it would push the words
        // under the dock); on a laptop, under the picture.
        <p class="ke-snow-caption">{ &*ui.snow_caption }</p>
        </>
    }
}

/// Adds a place (a tap on the field, or its button) and shows it at once.
fn add_place(model: &Rc<RefCell<Model>>, places: &UseStateHandle<Vec<Place>>) -> Callback<Place> {
    let (model, places) = (model.clone(), places.clone());
    Callback::from(move |place: Place| {
        let mut m = model.borrow_mut();
        m.sim.add_place(place);
        places.set(m.sim.places.clone());
        m.repaint();
    })
}

/// With reduced motion: the still picture moves on by 120 model steps per press.
fn advance(
    model: &Rc<RefCell<Model>>,
    content: &'static Content,
    description: &UseStateHandle<String>,
) -> Callback<MouseEvent> {
    let (model, description) = (model.clone(), description.clone());
    Callback::from(move |_: MouseEvent| {
        let mut m = model.borrow_mut();
        m.sim.run(120);
        description.set(describe(content, &m.sim));
        m.repaint();
    })
}

/// Step changes: one step forward plays the phase's event live; any other jump (or a still
/// picture) rebuilds the step's state from the seed. Then the places, the words and the picture
/// follow.
#[hook]
fn use_step_change(
    model: &Rc<RefCell<Model>>,
    phase: Phase,
    still: bool,
    content: &'static Content,
    places: &UseStateHandle<Vec<Place>>,
    description: &UseStateHandle<String>,
) {
    let (model, places, description) = (model.clone(), places.clone(), description.clone());
    // The content too: its words describe the paths (a new content, the same step: described
    // again in its words).
    use_effect_with((phase, same(content)), move |&(phase, _)| {
        let mut m = model.borrow_mut();
        let from = Phase::ALL.iter().position(|p| *p == m.phase);
        let to = Phase::ALL.iter().position(|p| *p == phase);
        if !still && from.zip(to).is_some_and(|(a, b)| b == a + 1) {
            m.sim.enter(phase);
        } else if m.phase != phase {
            let added = m.sim.added.clone();
            m.sim = Sim::prepared(SEED, Params::standard(), phase, &added);
        }
        m.phase = phase;
        places.set(m.sim.places.clone());
        description.set(describe(content, &m.sim));
        m.repaint();
    });
}

/// Makes the painter once the canvas is in the page and paints; while live, runs the frame loop
/// (changes between frames repaint through `Model::repaint`, so the loop is never rebuilt).
#[hook]
fn use_live_or_still(
    canvas: &NodeRef,
    model: &Rc<RefCell<Model>>,
    still: bool,
    content: &'static Content,
    describe_to: UseStateSetter<String>,
    guard: Guard,
) {
    let (canvas, model) = (canvas.clone(), model.clone());
    // The loop describes the paths in `content`'s words: a new content restarts it.
    use_effect_with((still, same(content)), move |&(still, _)| {
        {
            let mut m = model.borrow_mut();
            m.painter = Painter::new(&canvas);
            m.repaint();
        }
        let mut n = 0u32;
        let tick = move || {
            let mut m = model.borrow_mut();
            m.sim.run(STEPS_PER_FRAME);
            m.repaint();
            n += 1;
            if n.is_multiple_of(DESCRIBE_EVERY) {
                describe_to.set(describe(content, &m.sim));
            }
        };
        let frames = if still {
            None
        } else {
            Frames::start(&guard, &canvas, tick)
        };
        move || drop(frames)
    });
}

/// A content's identity, for an effect's dependencies (comparing its words would read them all).
fn same(content: &'static Content) -> usize {
    std::ptr::from_ref(content) as usize
}

/// "Deep paths: Home–Work, Home–Store. Faint paths: Lake–Home." in the content's words: the
/// depths the picture shows (`Sim::paths` reads the same shades the painter colours).
pub fn describe(content: &Content, sim: &Sim) -> String {
    let ui = &content.ui;
    let name = |i: usize| content.label(sim.places[i].id);
    let list = |depth: Depth| {
        sim.paths()
            .into_iter()
            .filter(|p| p.2 == depth)
            .map(|(a, b, _)| format!("{}–{}", name(a), name(b)))
            .collect::<Vec<_>>()
    };
    let (deep, faint) = (list(Depth::Deep), list(Depth::Faint));
    let mut out = Vec::new();
    if !deep.is_empty() {
        out.push(format!("{} {}.", ui.snow_deep, deep.join(", ")));
    }
    if !faint.is_empty() {
        out.push(format!("{} {}.", ui.snow_faint, faint.join(", ")));
    }
    if out.is_empty() {
        out.push(ui.snow_none.to_string());
    }
    out.join(" ")
}
