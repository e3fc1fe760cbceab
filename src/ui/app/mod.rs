//! The widget's root: owns the step state and lays out tabs, picture, narration and controls.

use std::rc::Rc;

use yew::prelude::*;

mod parts;

use crate::story::audience::{view_for, Audience};
use crate::story::{Action, Content, Explainer};
use crate::story::{Clinic, Position};
use crate::ui::check::{check, values, CheckProps};
use crate::ui::guard::Guard;
use crate::ui::handout::Handout;
use crate::ui::input::{guarded_dispatch, step_keys};
use crate::ui::narration::step_more;
use crate::ui::panels::all_risks;
use crate::ui::questions::checklist;
use crate::ui::timer::{dwell_ms, use_autoplay};
use crate::ui::tools::tools;
use crate::ui::{references, Cta, Narration, RiskPanels, Tabs};
use parts::{next_at_end, to_step, use_answers};
use parts::{use_narration, use_position_report, use_print, use_ticked};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The language's content (a compiled-in static).
    pub content: &'static Content,
    /// Where to start.
    #[prop_or_default]
    pub start: Position,
    /// Start playing the steps at once.
    #[prop_or_default]
    pub autoplay: bool,
    /// The clinic's contact block, shown after the last step of each view.
    #[prop_or_default]
    pub clinic: Clinic,
    /// The clinic's programme, therapy offer and `data-values`: which treatment steps are shown.
    #[prop_or_default]
    pub audience: Audience,
    /// "Check the facts" after each view's last step (`data-check="off"`: none).
    #[prop_or(true)]
    pub check: bool,
    /// Told after every change of view or step (and once after the first render).
    #[prop_or_default]
    pub on_change: Callback<Position>,
    /// Told whenever this widget's own code starts to run (an action, a render, an animation
    /// frame), so that a failure is pinned to this widget and the others on the page keep going.
    /// Answers true once the widget has halted: then actions and frames do nothing. App hands
    /// it to every component below as their `Guard` (context).
    #[prop_or(Callback::from(|()| false))]
    pub on_active: Callback<(), bool>,
    /// Told when the patient follows a clinic link (`"phone"`, `"website"` or `"booking"`).
    #[prop_or_default]
    pub on_contact: Callback<&'static str>,
    /// Told when the patient asks to print the summary (the embedding prints the handout alone).
    #[prop_or_default]
    pub on_print: Callback<()>,
    /// Asked for every view of the language when the patient opens one whose steps are not
    /// here (a deferred view); the embedding answers once, with what it then has (the same
    /// content if the file could not load).
    #[prop_or_default]
    pub load_whole: Callback<Callback<&'static Content>>,
    /// Test builds only (`data-test-panic`): where to panic.
    #[cfg(feature = "test-hooks")]
    #[prop_or_default]
    pub test_panic: Option<crate::story::TestPanic>,
}

/// `Explainer` as yew state: actions are dispatched, the reducer is the pure state machine.
#[derive(Clone, PartialEq)]
struct State(Explainer);

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self // unchanged: no re-render
        } else {
            Rc::new(State(next))
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let shown = use_state_eq(|| props.content);
    let content: &'static Content = *shown;
    let guard = Guard::new(props.on_active.clone());
    guard.enter(); // a render is this widget's code too
    #[cfg(feature = "test-hooks")]
    let guard = guard.with_test_panic(props.test_panic);
    let (start, autoplay, audience) = (props.start, props.autoplay, props.audience);
    let state = use_reducer(move || first_state(content, start, autoplay, audience));
    let s = state.0;
    let still = use_state(crate::ui::browser::prefers_reduced_motion);
    let view = view_for(&content.views[s.view], props.audience);
    let step = &view.steps[s.step];
    let dispatch = guarded_dispatch(&state, &guard);
    use_autoplay(
        s.playing,
        (s.view, s.step),
        dwell_ms(step),
        dispatch.clone(),
    );
    let onkeydown = step_keys(&dispatch);
    let on_tab = view_switch(&shown, props.audience, &props.load_whole, &dispatch);
    let (sentences, speech) = use_narration(content, step, (s.view, s.step), &guard);
    let (ticked, on_tick) = use_ticked();
    let on_print = use_print(&props.on_print, content.is_whole(), |then| {
        ask_whole(&shown, &props.load_whole, then)
    });
    let on_later = ask_whole(&shown, &props.load_whole, Callback::noop());
    let ahead = props.check && s.is_last() && !content.is_whole();
    use_position_report(&props.on_change, s, ahead.then(|| on_later.clone()));
    let (answers, on_answer) = use_answers();
    let (risk_list, section) = (use_node_ref(), use_node_ref());
    let on_step = to_step(&dispatch, &section);
    let asking = CheckProps {
        audience: props.audience,
        answers: &answers,
        on_answer: &on_answer,
        on_step: &on_step,
    };
    let onfocusin = crate::ui::focus::use_focus_keeper(&section, (s.view, s.step));
    let words = html! { <>
        <Narration {content} {step} index={s.step} total={s.total} reading={speech.reading} {sentences} />
        { checklist(&step.questions, &ticked, &on_tick) }
    </> };
    let risks = all_risks(content, &risk_list);
    let dock = parts::dock(content, view, s, &dispatch, risks, next_at_end(&section));
    // The stepping screen first: picture, then the words, then the dock (the risks in one line
    // and Back · Next), which stays in reach at the bottom of the screen while the words are
    // long. Everything a patient may want next follows the dock.
    html! {
        <ContextProvider<Guard> context={guard.clone()}>
        <section class={classes!("ke", still.then_some("still"))} aria-labelledby="ke-widget-title"
            lang={content.lang.clone()} {onkeydown} {onfocusin} ref={section}>
            <h2 class="ke-title" id="ke-widget-title">{ &*content.ui.widget_title }</h2>
            <Tabs {content} current={s.view} loading={s.loading} on_select={on_tab} />
            { parts::stage(content, view, s.step, *still, words, dock) }
            { values(content, view, step, &asking) }
            if s.is_last() && props.check {
                { check(content, view, &asking) }
            }
            if s.is_last() {
                <Cta {content} clinic={props.clinic.clone()} on_contact={props.on_contact.clone()} />
            }
            { step_more(content, step, &on_later) }
            <div class="ke-risk-area" tabindex="-1" ref={risk_list}><RiskPanels {content} view={view} /></div>
            { tools(content, (*still, &parts::setter(&still)), &speech, (s.playing, &dispatch), &on_print) }
            { references(content, &on_later) }
            <p class="ke-footer" part="footer">{ &*content.ui.disclaimer }</p>
            <Handout {content} view={view} clinic={props.clinic.clone()} {ticked} answers={answers.clone()} />
        </section>
        </ContextProvider<Guard>>
    }
}

/// Where the widget starts: the embedding's view if its steps are here (else the first), at its
/// step (clamped), playing if asked and not already at the end.
fn first_state(
    content: &'static Content,
    start: Position,
    autoplay: bool,
    audience: Audience,
) -> State {
    let view = Some(start.view)
        .filter(|&v| content.views.get(v).is_some_and(|v| !v.steps.is_empty()))
        .unwrap_or(0);
    let total = content
        .views
        .get(view)
        .map_or(1, |v| view_for(v, audience).steps.len());
    let at = Explainer::new(view, total).apply(Action::GoTo(start.step));
    State(Explainer {
        playing: autoplay && !at.is_last(),
        ..at
    })
}

/// Opening a tab: a view whose steps are here opens at once; a deferred one is asked for (its
/// tab shows it loading, this step stays) and opens when the whole language arrives.
fn view_switch(
    shown: &UseStateHandle<&'static Content>,
    audience: Audience,
    load_whole: &Callback<Callback<&'static Content>>,
    dispatch: &Callback<Action>,
) -> Callback<usize> {
    let (shown, load_whole, dispatch) = (shown.clone(), load_whole.clone(), dispatch.clone());
    Callback::from(move |view: usize| {
        let total = view_for(&shown.views[view], audience).steps.len();
        if total > 0 {
            return dispatch.emit(Action::ShowView { view, total });
        }
        dispatch.emit(Action::AwaitView(view));
        let dispatch = dispatch.clone();
        let arrived = Callback::from(move |whole: &'static Content| {
            let total = whole
                .views
                .get(view)
                .map_or(0, |v| view_for(v, audience).steps.len());
            dispatch.emit(Action::ViewArrived { view, total });
        });
        ask_whole(&shown, &load_whole, arrived).emit(());
    })
}

/// Asks the embedding for the whole language; when it answers, shows it and tells `then`.
fn ask_whole(
    shown: &UseStateHandle<&'static Content>,
    load_whole: &Callback<Callback<&'static Content>>,
    then: Callback<&'static Content>,
) -> Callback<()> {
    let (shown, load_whole) = (shown.clone(), load_whole.clone());
    Callback::from(move |()| {
        let (shown, then) = (shown.clone(), then.clone());
        load_whole.emit(Callback::from(move |whole: &'static Content| {
            shown.set(whole);
            then.emit(whole);
        }));
    })
}
