//! Writes `assets/prerendered/en.html`: the diagram's fixed parts, rendered by their components,
//! for the wasm to carry as markup (see `src/ui/prerendered.rs`), and `lang-<code>.txt` for each
//! language: its packed content and the fragments the wasm lacks, fetched on first use (for
//! English, when a patient opens one of its deferred views). Run by
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
    // English is compiled in but for its deferred views, which come with its file; every other
    // language is one file the widget fetches.
    let mut files = vec![(
        "en.html".to_owned(),
        prerender::compiled_in(LANGUAGES[0]).await,
    )];
    for (i, content) in LANGUAGES.iter().enumerate() {
        files.push((
            format!("lang-{}.txt", content.lang),
            prerender::language_file(content, i == 0).await,
        ));
    }
    for (name, text) in files {
        let path = dir.join(name);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, &text)?;
            println!("prerender: wrote {}", path.display());
        }
    }
    Ok(())
}
