//! The root's named parts: the hooks it runs every render, the dock and the stepping stage.

use yew::prelude::*;

use crate::story::sentences::{sentence_ranges, Sentences};
use crate::story::{Action, Content, Explainer, Position, Question, Scene, Step, View};
use crate::ui::check::Answers;
use crate::ui::controls::controls;
use crate::ui::diagram::{legend, snow_defs};
use crate::ui::guard::Guard;
use crate::ui::panels::risk_line;
use crate::ui::questions::Ticked;
use crate::ui::speech::{use_read_aloud, ReadAloud};
use crate::ui::{Diagram, SnowField};

/// Tells the embedding after every change of view or step (and once after the first render);
/// and asks `ahead` then, if given (at a view's last step, for the whole language: "Check the
/// facts" comes with it).
#[hook]
pub fn use_position_report(
    on_change: &Callback<Position>,
    s: Explainer,
    ahead: Option<Callback<()>>,
) {
    let on_change = on_change.clone();
    use_effect_with((s.view, s.step), move |&(view, step)| {
        on_change.emit(Position { view, step });
        if let Some(ask) = ahead {
            ask.emit(())
        }
    });
}

/// The step's sentences (split once per step: the narration highlights them, read aloud speaks
/// them) and read aloud itself.
#[hook]
pub fn use_narration(
    content: &'static Content,
    step: &'static Step,
    at: (usize, usize),
    guard: &Guard,
) -> (Sentences, ReadAloud) {
    let sentences: Sentences = use_memo(step.text.clone(), |text| sentence_ranges(text));
    let lang = content.lang.to_string().into();
    let speech = use_read_aloud(step.text.clone(), sentences.clone(), lang, at, guard);
    (sentences, speech)
}

/// The questions ticked on the checklist, and a tick's toggle (by the question's words).
#[hook]
pub fn use_ticked() -> (Ticked, Callback<&'static str>) {
    let ticked = use_state(Ticked::default);
    let on_tick = {
        let ticked = ticked.clone();
        Callback::from(move |question: &'static str| {
            let mut now = ticked.to_vec();
            match now.iter().position(|t| *t == question) {
                Some(at) => drop(now.swap_remove(at)),
                None => now.push(question),
            }
            ticked.set(now.into())
        })
    };
    ((*ticked).clone(), on_tick)
}

/// The options chosen in "Check the facts", and a choice's report.
#[hook]
pub fn use_answers() -> (Answers, Callback<(&'static Question, usize)>) {
    let answers = use_state(Answers::default);
    let on_answer = {
        let answers = answers.clone();
        Callback::from(move |choice| answers.set(crate::ui::check::answer(&answers, choice)))
    };
    ((*answers).clone(), on_answer)
}

/// The link back from a question to the step that says its answer: that step, and focus on
/// its picture (named by the step), where the patient's place is.
pub fn to_step(dispatch: &Callback<Action>, section: &NodeRef) -> Callback<usize> {
    let (dispatch, section) = (dispatch.clone(), section.clone());
    Callback::from(move |at: usize| {
        dispatch.emit(Action::GoTo(at));
        crate::ui::focus::focus_in(&section, ".ke-figure");
    })
}

/// Print summary. The handout carries the checklist and the sources, which may not have loaded
/// (the checklist's step is in a deferred view; the English sources come with lang-en.txt):
/// then the whole language is asked for first (`ask`), and the handout is printed once it has
/// been drawn with them (or without, if the file could not load: `ask` answers either way).
#[hook]
pub fn use_print(
    on_print: &Callback<()>,
    whole: bool,
    ask: impl FnOnce(Callback<&'static Content>) -> Callback<()>,
) -> Callback<()> {
    let arrived = use_state(|| 0_u32);
    {
        let on_print = on_print.clone();
        use_effect_with(*arrived, move |&n| {
            if n > 0 {
                on_print.emit(())
            }
        });
    }
    if whole {
        return on_print.clone(); // at once, in the click (some browsers print only then)
    }
    ask(Callback::from(move |_| arrived.set(*arrived + 1)))
}

/// Next on the last step: what comes next is the clinic's contact, just below.
pub fn next_at_end(section: &NodeRef) -> Callback<MouseEvent> {
    let section = section.clone();
    Callback::from(move |_: MouseEvent| crate::ui::focus::focus_in(&section, "#ke-cta"))
}

/// A state's setter as a callback (the reduced-motion switch).
pub fn setter(state: &UseStateHandle<bool>) -> Callback<bool> {
    let state = state.clone();
    Callback::from(move |on: bool| state.set(on))
}

/// The risks in one line and Back · Next: in reach at the bottom of the screen.
pub fn dock(
    content: &'static Content,
    view: &'static View,
    s: Explainer,
    dispatch: &Callback<Action>,
    risks: Html,
    on_end: Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="ke-dock">
            { risk_line(content, view) }
            { controls(content, view, s, dispatch, risks, on_end) }
        </div>
    }
}

/// The stepping screen: the picture (the snow view lays out its own), the words, the dock.
pub fn stage(
    content: &'static Content,
    view: &'static View,
    at: usize,
    still: bool,
    words: Html,
    dock: Html,
) -> Html {
    let step = &view.steps[at];
    let classes = classes!(
        "ke-stage",
        is_long(step).then_some("long"),
        (view.scene == Scene::Snow).then_some("snow"),
        (!step.questions.is_empty()).then_some("asks")
    );
    html! {
        <div class={classes} part="stage" id="ke-panel" role="tabpanel" aria-labelledby={format!("ke-tab-{}", view.id)}>
            if view.scene == Scene::Snow {
                <SnowField {content} step={step.id.clone()} alt={step.alt.clone()} {still} {words} {dock} />
                { snow_defs(content) }
            } else {
                <Diagram {content} scene={view.scene} view={view.id.clone()} step={step.id.clone()}
                            title={step.title.clone()} focus={step.focus.clone()} seen={seen_steps(view, at)} alt={step.alt.clone()} />
                <div class="ke-side">{ words }{ dock }</div>
            }
            { legend(content, view.scene) }
        </div>
    }
}

/// The ids of the steps seen so far in this view, for the picture's `data-seen`.
fn seen_steps(view: &View, step: usize) -> AttrValue {
    let ids: Vec<&str> = view.steps[..=step]
        .iter()
        .map(|st| st.id.as_ref())
        .collect();
    ids.join(" ").into()
}

/// Characters of a step's title, words and note beyond which its words would run under the
/// dock of a 375 × 740 phone beside a full-width picture (measured by stage.spec): such a step
/// draws its picture a little smaller there.
const LONG_STEP: usize = 250;

fn is_long(step: &Step) -> bool {
    let note = if step.note.is_empty() {
        0
    } else {
        step.note.chars().count() + 40
    };
    step.title.chars().count() + step.text.chars().count() + note > LONG_STEP
}
