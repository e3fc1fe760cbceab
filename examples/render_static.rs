//! Prints the widget's full text as static HTML for one language (`en`, `es`): the no-JavaScript
//! fallback. Run by the Trunk post-build hook: `cargo run --example render_static -- en`.
#[cfg(target_arch = "wasm32")]
fn main() {} // a build-time tool: nothing to do in the browser

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    use ketamine_explainer::story::content_for;
    use ketamine_explainer::ui::{StaticText, StaticTextProps};

    let lang = std::env::args().nth(1).unwrap_or_else(|| "en".into());
    let Some(content) = content_for(&lang) else {
        eprintln!("render_static: no content for language {lang:?}");
        std::process::exit(2);
    };
    let html = yew::ServerRenderer::<StaticText>::with_props(move || StaticTextProps { content })
        .hydratable(false)
        .render()
        .await;
    println!("{html}");
}
