//! Components in headless Chromium (wasm-bindgen-test): mount, click, press keys, and check
//! what the DOM shows. Helper verbs keep each test reading like a script.
#![cfg(target_arch = "wasm32")]

mod widget;

use ketamine_explainer::story::{scene, Content, Position, EN};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use widget::{
    mount, mount_at, mount_with, settle, shown_steps, step_index, until, view_index, whole_english,
    Widget,
};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn next_and_back_change_the_step_and_the_highlight() {
    let w = mount(0).await;
    let steps = &whole_english().views[0].steps;
    w.until_title(&steps[0].title).await;
    let focus_before = w.svg("data-focus");

    w.click("#ke-next").await;
    w.until_title(&steps[1].title).await;
    let focus = steps[1].focus.join(" ");
    until("the picture highlights step 2's entities", || {
        w.svg("data-focus") == focus
    })
    .await;
    assert_ne!(
        w.svg("data-focus"),
        focus_before,
        "the highlighted entities changed"
    );

    w.click("#ke-back").await;
    w.until_title(&steps[0].title).await;
    let first = format!("ketamine-{}", steps[0].id);
    until("the picture shows step 1", || w.svg("data-step") == first).await;
}

#[wasm_bindgen_test]
async fn keyboard_moves_through_steps() {
    let ssri = view_index("ssri");
    let w = mount(ssri).await;
    let steps = &whole_english().views[ssri].steps;
    w.press("ArrowRight", ".ke-figure").await;
    w.until_title(&steps[1].title).await;
    w.press("End", ".ke-figure").await;
    w.until_title(&steps.last().unwrap().title).await;
    w.press("Home", ".ke-figure").await;
    w.until_title(&steps[0].title).await;
    w.press("ArrowLeft", ".ke-figure").await;
    w.until_title(&steps[0].title).await; // Back stops at the first step
}

#[wasm_bindgen_test]
async fn highlighted_entities_are_bright_and_the_rest_dimmed() {
    let (view, step) = step_index("ketamine", "brake");
    let w = mount_at(view, step).await; // first paint (no transition running)
    let opacity = |id: &str| {
        let el = w.find(&format!(".ke-svg .neurons [data-entity=\"{id}\"]"));
        let style = gloo::utils::window()
            .get_computed_style(&el)
            .unwrap()
            .unwrap();
        style
            .get_property_value("opacity")
            .unwrap()
            .parse::<f64>()
            .unwrap()
    };
    assert_eq!(
        whole_english().views[view].steps[step].focus.join(" "),
        "gaba-cell gaba"
    );
    assert!(
        (opacity("gaba-cell") - 1.0).abs() < 0.01,
        "focused entity is fully visible"
    );
    assert!(
        (opacity("pre") - 0.62).abs() < 0.01,
        "other entities step back to 62% (their outlines keep 3:1 on white)"
    );
}

#[wasm_bindgen_test]
async fn tabs_switch_views_and_every_scene_draws_its_entities() {
    let w = mount(0).await;
    for (i, view) in whole_english().views.iter().enumerate() {
        w.click(&format!("#ke-tab-{}", view.id)).await;
        until(&format!("view {i} is selected"), || w.selected(&view.id)).await;
        w.until_title(&view.steps[0].title).await; // view {i} opens on its first step
        for id in scene::entities(view.scene) {
            w.find(&format!("[data-entity=\"{id}\"]"));
        }
    }
}

#[wasm_bindgen_test]
async fn arrow_keys_on_the_tab_list_move_focus_and_enter_opens() {
    let w = mount(0).await;
    w.press("ArrowRight", "#ke-tab-ketamine").await;
    let focused = w
        .root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|r| r.active_element())
        .or_else(|| gloo::utils::document().active_element())
        .map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("ke-tab-treatment"), "focus moves");
    assert!(
        w.selected("ketamine"),
        "the view stays until the tab is opened"
    );
    w.until_title(&shown_steps(0)[0].title).await; // arrow on a tab moves no step
    w.click("#ke-tab-treatment").await; // what Enter or Space does on a button
    until("the treatment tab is selected", || w.selected("treatment")).await;
    w.until_title(&shown_steps(view_index("treatment"))[0].title)
        .await;
}

#[wasm_bindgen_test]
async fn play_then_any_input_pauses() {
    let w = mount(0).await;
    let says = |label: &str| w.find("#ke-play").text_content().unwrap() == label;
    w.click("#ke-play").await;
    until("the button says Pause", || says(&EN.ui.pause)).await;
    w.click("#ke-next").await;
    until("Next pauses: the button says Play", || says(&EN.ui.play)).await;
}

#[wasm_bindgen_test]
async fn a_glossary_word_shows_its_meaning_and_hides_it_again() {
    let (view, step) = step_index("ketamine", "nmda");
    let w = mount_at(view, step).await;
    let def = || w.find("#ke-def");
    assert!(
        def().has_attribute("hidden"),
        "no meaning shown before a tap"
    );
    let term = w.find(".ke-term");
    let word = term.text_content().unwrap();
    w.click(".ke-term").await;
    assert_eq!(
        w.find(".ke-term").get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!def().has_attribute("hidden"));
    let entry = EN
        .glossary
        .iter()
        .find(|t| t.words.iter().any(|x| x.eq_ignore_ascii_case(&word)))
        .unwrap();
    assert!(def()
        .text_content()
        .unwrap()
        .contains(entry.meaning.as_ref()));
    w.click(".ke-term").await;
    assert!(def().has_attribute("hidden"), "a second tap hides it");
}

/// The snow canvas's pixels, RGBA.
fn canvas_pixels(w: &Widget) -> Vec<u8> {
    let canvas: web_sys::HtmlCanvasElement = w.find(".ke-snow canvas").dyn_into().unwrap();
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    ctx.get_image_data(0.0, 0.0, canvas.width() as f64, canvas.height() as f64)
        .unwrap()
        .data()
        .0
}

/// Pixels of the snow canvas that are not fresh snow (trails, walkers).
fn trodden_pixels(w: &Widget) -> usize {
    canvas_pixels(w)
        .chunks_exact(4)
        .filter(|px| px[3] > 0 && (px[0] as u32 + px[1] as u32 + px[2] as u32) < 600)
        .count()
}

#[wasm_bindgen_test]
async fn the_snow_view_draws_trails_and_a_button_adds_a_place() {
    let (snow, step) = step_index("snow", "new-places"); // adding is open
    let w = mount_at(snow, step).await;
    w.root.scroll_into_view(); // the loop runs only while the picture is on screen
    until("the canvas shows worn paths, not blank snow", || {
        trodden_pixels(&w) > 500
    })
    .await;
    // The first picture is painted by the effect; only a live frame loop moves the walkers.
    let first = canvas_pixels(&w);
    until("the walkers move: the frame loop draws", || {
        canvas_pixels(&w) != first
    })
    .await;
    let places = || w.root.query_selector_all(".ke-place").unwrap().length();
    let before = places();
    let park = whole_english().label("park");
    let button = (0..w
        .root
        .query_selector_all(".ke-snow-add button")
        .unwrap()
        .length())
        .map(|i| {
            w.root
                .query_selector_all(".ke-snow-add button")
                .unwrap()
                .item(i)
                .unwrap()
                .dyn_into::<Element>()
                .unwrap()
        })
        .find(|b| b.text_content().as_deref() == Some(park))
        .expect("a button for the park");
    button.dyn_ref::<HtmlElement>().unwrap().click();
    until("the park is on the field", || places() == before + 1).await;
    assert!(w.find(".ke-places").text_content().unwrap().contains(park));
    assert!(
        !w.find(".ke-snow-now").text_content().unwrap().is_empty(),
        "the paths are described in words"
    );
}

#[wasm_bindgen_test]
async fn a_deferred_view_shows_it_is_loading_then_opens_on_its_first_step() {
    // The compiled-in English, as a page has it before any file: the compare view's steps are
    // still to come. The stand-in embedding answers after a moment, as a fetch would.
    let compare = EN.views.iter().position(|v| v.id == "compare").unwrap();
    assert!(EN.views[compare].steps.is_empty(), "compare is deferred");
    let asked = std::rc::Rc::new(std::cell::Cell::new(0));
    let load_whole = {
        let asked = asked.clone();
        yew::Callback::from(
            move |answer: yew::Callback<&'static ketamine_explainer::story::Content>| {
                asked.set(asked.get() + 1);
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
                    answer.emit(whole_english());
                });
            },
        )
    };
    let w = mount_with(&EN, Position::default(), load_whole).await;
    let first = w.step_title();
    w.click("#ke-tab-compare").await;
    assert_eq!(asked.get(), 1, "the whole language was asked for");
    let tab = || w.find("#ke-tab-compare");
    until("the tab shows it is loading", || {
        tab().get_attribute("aria-busy").as_deref() == Some("true")
    })
    .await;
    w.until_title(&first).await; // the current step stays while it loads
    until("compare opens when its steps arrive", || {
        w.selected("compare")
    })
    .await;
    assert_eq!(tab().get_attribute("aria-busy"), None);
    w.until_title(&whole_english().views[compare].steps[0].title)
        .await;
    w.find("[data-entity=\"results\"]"); // its picture came with it
}

#[wasm_bindgen_test]
async fn the_question_checklist_ticks_and_the_handout_lists_ticked_ones_first() {
    let (treatment, questions) = step_index("treatment", "questions");
    let w = mount_at(treatment, questions).await;
    let asked = &shown_steps(treatment)[questions].questions;
    let boxes = w
        .root
        .query_selector_all(".ke-questions input[type=checkbox]")
        .unwrap();
    assert_eq!(
        boxes.length() as usize,
        asked.len(),
        "one checkbox per question"
    );
    let third: HtmlElement = boxes.item(2).unwrap().dyn_into().unwrap();
    third.click();
    assert!(third.matches(":checked").unwrap(), "a click ticks it");
    let printed = |i: u32| {
        let items = w.root.query_selector_all(".ke-print-questions li").unwrap();
        items
            .item(i)
            .and_then(|li| li.text_content())
            .unwrap_or_default()
    };
    let ticked = format!("☑ {}", asked[2]);
    until("the ticked question prints first", || printed(0) == ticked).await;
    assert_eq!(
        printed(1),
        format!("☐ {}", asked[0]),
        "then the others, in order"
    );
}

#[wasm_bindgen_test]
async fn a_tick_belongs_to_its_own_question_on_every_step_and_in_the_handout() {
    // A second step with questions of its own (the brief; today only one step has any).
    let (treatment, questions) = step_index("treatment", "questions");
    let mut content = whole_english().clone();
    let mut views = content.views.to_vec();
    let mut steps = views[treatment].steps.to_vec();
    let brief = steps.iter_mut().find(|s| s.id == "brief").unwrap();
    brief.questions = vec![
        "Is there a waiting list?".into(),
        "Who do I call at night?".into(),
    ]
    .into();
    views[treatment].steps = steps.into();
    content.views = views.into();
    let content: &'static Content = Box::leak(Box::new(content));
    let w = mount_with(
        content,
        Position {
            view: treatment,
            step: 0,
        },
        Callback::noop(),
    )
    .await;
    let first_box = |w: &Widget| -> HtmlElement {
        w.find(".ke-questions input[type=checkbox]")
            .dyn_into()
            .unwrap()
    };
    first_box(&w).click();
    settle().await;
    until("the brief's first question is ticked", || {
        first_box(&w).matches(":checked").unwrap()
    })
    .await;
    for _ in 0..questions {
        w.click("#ke-next").await;
    }
    let asked = &shown_steps(treatment)[questions];
    w.until_title(&asked.title).await;
    assert!(
        !first_box(&w).matches(":checked").unwrap(),
        "the checklist's first question is not ticked by the brief's"
    );
    let printed: Vec<String> = {
        let items = w.root.query_selector_all(".ke-print-questions li").unwrap();
        (0..items.length())
            .filter_map(|i| items.item(i).and_then(|li| li.text_content()))
            .collect()
    };
    assert!(
        printed.contains(&"☑ Is there a waiting list?".to_string()),
        "{printed:?}"
    );
    assert!(
        printed.contains(&"☐ Who do I call at night?".to_string()),
        "{printed:?}"
    );
    assert!(
        printed.contains(&format!("☐ {}", asked.questions[0])),
        "{printed:?}"
    );
    assert!(
        !printed
            .iter()
            .any(|p| p.starts_with('☑') && p != "☑ Is there a waiting list?"),
        "{printed:?}"
    );
}
