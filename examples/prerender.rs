//! Writes `assets/prerendered/<lang>.html`: the diagram's fixed parts, rendered by their
//! components, for the wasm to carry as markup (see `src/ui/diagram/prerendered.rs`). Run by
//! Trunk before every build; a file is rewritten only when it changes, so `trunk serve` does
//! not rebuild in a loop.
#[cfg(target_arch = "wasm32")]
fn main() {} // a build-time tool: nothing to do in the browser

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    use ketamine_explainer::story::LANGUAGES;
    use ketamine_explainer::ui::prerendered;

    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/prerendered");
    std::fs::create_dir_all(&dir)?;
    for content in LANGUAGES {
        let path = dir.join(format!("{}.html", content.lang));
        let html = prerendered::render(content).await;
        if std::fs::read_to_string(&path).ok().as_deref() != Some(html.as_str()) {
            std::fs::write(&path, &html)?;
            println!("prerender: wrote {}", path.display());
        }
    }
    Ok(())
}
