//! Components rendered natively with yew's server renderer: the first screen says what it should.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::story::Position;
use ketamine_explainer::story::EN;
use ketamine_explainer::ui::{App, AppProps};
use yew::ServerRenderer;

async fn render(view: usize, step: usize) -> String {
    render_for(view, step, Default::default()).await
}

/// The widget at (view, step) on a page with `audience`'s programme settings.
async fn render_for(
    view: usize,
    step: usize,
    audience: ketamine_explainer::story::audience::Audience,
) -> String {
    ServerRenderer::<App>::with_props(move || {
        yew::props!(AppProps {
            content: &EN,
            start: Position { view, step },
            audience
        })
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn first_screen_shows_title_tabs_step_and_footer() {
    let html = render(0, 0).await;
    let first = &EN.views[0].steps[0];
    assert!(html.contains(EN.ui.widget_title.as_ref()));
    for view in EN.views.iter() {
        assert!(
            html.contains(&format!("id=\"ke-tab-{}\"", view.id)),
            "tab {}",
            view.id
        );
    }
    assert!(html.contains(first.title.as_ref()), "first step title");
    assert!(html.contains("988"), "crisis line in the footer");
    assert!(html.contains("aria-live=\"polite\""));
    assert!(html.contains(&format!("data-step=\"ketamine-{}\"", first.id)));
}

#[tokio::test]
async fn a_start_position_opens_that_step_and_clamps() {
    let at = EN.views.iter().position(|v| v.id == "ssri").unwrap();
    let ssri = &EN.views[at];
    let html = render(at, 2).await;
    assert!(html.contains(ssri.steps[2].title.as_ref()));
    let html = render(at, 999).await;
    assert!(
        html.contains(ssri.steps.last().unwrap().title.as_ref()),
        "step past the end is clamped"
    );
    assert!(html.contains(&format!(
        "Step {} of {}",
        ssri.steps.len(),
        ssri.steps.len()
    )));
}

#[tokio::test]
async fn each_scene_draws_every_entity() {
    use ketamine_explainer::story::scene;
    for (i, view) in EN.views.iter().enumerate() {
        let html = render(i, 0).await;
        for id in scene::entities(view.scene) {
            assert!(
                html.contains(&format!("data-entity=\"{id}\"")),
                "{}: entity {id} not drawn",
                view.id
            );
        }
    }
}

#[tokio::test]
async fn the_static_fallback_has_every_step_title_and_the_risks() {
    use ketamine_explainer::story::LANGUAGES;
    use ketamine_explainer::ui::{StaticText, StaticTextProps};
    for content in LANGUAGES {
        let html = ServerRenderer::<StaticText>::with_props(move || StaticTextProps { content })
            .hydratable(false)
            .render()
            .await;
        let escaped = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        };
        for view in content.views.iter() {
            for step in view.steps.iter() {
                assert!(
                    html.contains(&escaped(&step.title)),
                    "{}: {} missing from the static text",
                    content.lang,
                    step.title
                );
            }
        }
        for risks in content.risks.iter() {
            assert!(
                html.contains(&escaped(&risks.title)) && html.contains(&escaped(&risks.items[0])),
                "{}: risks",
                content.lang
            );
        }
        assert!(html.contains(&escaped(&content.ui.disclaimer)));
    }
}

/// Every picture label in the content is drawn: its words are in the rendered markup of some
/// step of some view, for some programme, except the one a patient's tap brings.
#[tokio::test]
async fn every_label_is_drawn() {
    use ketamine_explainer::story::audience::{view_for, Audience, Program};
    let mut markup = String::new();
    for (v, view) in EN.views.iter().enumerate() {
        // The programme settings change only the treatment view's steps.
        let programmes: &[Program] = if view.id == "treatment" {
            &[Program::Both, Program::Iv, Program::Esketamine]
        } else {
            &[Program::Both]
        };
        for &program in programmes {
            for kap in [false, true] {
                let audience = Audience {
                    program,
                    kap,
                    ..Default::default()
                };
                for step in 0..view_for(view, audience).steps.len() {
                    markup += &render_for(v, step, audience).await;
                }
            }
        }
    }
    // What a reader sees: tags (a label's two lines are two tspans) read as spaces.
    let words: Vec<&str> = markup
        .split('<')
        .map(|part| part.split_once('>').map_or(part, |(_, text)| text))
        .flat_map(str::split_whitespace)
        .collect();
    let words = words.join(" ");
    let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;");
    // "New place" names the place a tap on the snow field adds (tests/web.rs and snow.spec tap).
    let after_a_tap = ["tap"];
    for label in EN.labels.iter().filter(|l| !after_a_tap.contains(&&*l.id)) {
        assert!(
            words.contains(&escape(&label.text)),
            "label \"{}\" (\"{}\") is drawn at no step",
            label.id,
            label.text
        );
    }
}
