//! Writes `assets/prerendered/en.html`: the diagram's fixed parts, rendered by their components,
//! for the wasm to carry as markup (see `src/ui/prerendered.rs`), and `lang-<code>.txt` for each
//! other language: its packed content and fragments, fetched on first use. Run by
//! Trunk before every build; a file is rewritten only when it changes, so `trunk serve` does
//! not rebuild in a loop.
#[cfg(target_arch = "wasm32")]
fn main() {} // a build-time tool: nothing to do in the browser

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    use ketamine_explainer::story::LANGUAGES;
    use ketamine_explainer::ui::prerender;

    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/prerendered");
    std::fs::create_dir_all(&dir)?;
    for (i, content) in LANGUAGES.iter().enumerate() {
        // English is compiled in; every other language is one file the widget fetches.
        let (name, text) = match i {
            0 => ("en.html".to_owned(), prerender::render(content).await),
            _ => (
                format!("lang-{}.txt", content.lang),
                prerender::language_file(content).await,
            ),
        };
        let path = dir.join(name);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, &text)?;
            println!("prerender: wrote {}", path.display());
        }
    }
    Ok(())
}
