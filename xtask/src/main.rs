//! Generates what the build needs from the content and the components, into
//! `target/generated/` (never tracked in git), before the wasm is compiled:
//!
//! - `en.html`: the diagram's fixed parts the wasm carries as markup (`ui::prerendered`);
//! - `lang_versions.rs`: each language file's hash (sha384, as Subresource Integrity writes it),
//!   compiled into the wasm, which fetches the file with it: a changed file gets a new URL, and a
//!   file changed on the host is refused (`embed::languages`);
//! - `public/lang-<code>.txt`: each language's packed content and the fragments the wasm lacks
//!   (for English, its deferred views'), fetched on first use;
//! - `public/static-<code>.html`: the full text as plain HTML, for visitors without JavaScript
//!   or WebAssembly (and inside the preview page);
//! - `public/first-<code>.js`: the widget's first screen as HTML and CSS, drawn before the wasm
//!   arrives (`assets/first.js`);
//! - `public/languages.json`: each language's name and the words the WordPress plugin puts in
//!   the element (read by the plugin from its widget/ folder).
//!
//! Trunk's post-build hook copies `public/` into `dist/`. A file is rewritten only when
//! it changes, so the wasm is not recompiled for nothing.
use std::path::{Path, PathBuf};

use ketamine_explainer::story::{Content, EN, EN_CORE, LANGUAGES};
use ketamine_explainer::ui::{prerender, StaticText, StaticTextProps};

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ is in the repo");
    let out = root.join("target/generated");
    std::fs::create_dir_all(out.join("public"))?;
    let mut files: Vec<(PathBuf, String)> =
        vec![(out.join("en.html"), prerender::compiled_in(&EN).await)];
    let mut versions = Vec::new();
    for &content in LANGUAGES.iter() {
        let lang = &content.lang;
        // English is compiled in but for its deferred views, which come with its file.
        let file = prerender::language_file(content, std::ptr::eq(content, &EN)).await;
        versions.push(format!(
            "(\"{lang}\", \"{}\")",
            xtask::integrity(file.as_bytes())
        ));
        files.push((out.join(format!("public/lang-{lang}.txt")), file));
        let text =
            yew::ServerRenderer::<StaticText>::with_props(move || StaticTextProps { content })
                .hydratable(false)
                .render()
                .await;
        files.push((out.join(format!("public/static-{lang}.html")), text + "\n"));
        // The first screen, drawn before the wasm arrives: English as the wasm carries it (whose
        // pictures come prerendered, with their words: here, the labels they are drawn with).
        let shown: &'static Content = if std::ptr::eq(content, &EN) {
            let mut core = EN_CORE.clone();
            core.labels = EN.labels.clone();
            Box::leak(Box::new(core))
        } else {
            content
        };
        let first = first_module(root, &prerender::first_screen(shown).await)?;
        files.push((out.join(format!("public/first-{lang}.js")), first));
    }
    files.push((out.join("public/languages.json"), plugin_words()));
    files.push((
        out.join("lang_versions.rs"),
        format!("&[{}]\n", versions.join(", ")),
    ));
    // A public file this run does not write (a language since removed) would still ship.
    for entry in std::fs::read_dir(out.join("public"))? {
        let path = entry?.path();
        if !files.iter().any(|(p, _)| *p == path) {
            std::fs::remove_file(&path)?;
            println!("generate: removed {}", path.display());
        }
    }
    for (path, text) in files {
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, &text)?;
            println!("generate: wrote {}", path.display());
        }
    }
    Ok(())
}

/// `assets/first.js` with the first screen's markup and the widget's stylesheet filled in (as
/// JSON strings, which are JavaScript); Trunk's post-build hook minifies it.
fn first_module(root: &Path, html: &str) -> std::io::Result<String> {
    let template = std::fs::read_to_string(root.join("assets/first.js"))?;
    let mut out = template;
    for (slot, value) in [("__KE_CSS__", prerender::STYLE), ("__KE_HTML__", html)] {
        if out.matches(slot).count() != 1 {
            let problem = format!("assets/first.js must hold {slot} once");
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                problem,
            ));
        }
        out = out.replace(slot, &serde_json::Value::from(value).to_string());
    }
    Ok(out)
}

/// The WordPress plugin's words in every language, from each content file's `[host]`: the
/// language's own name (its settings list) and what it puts inside the element (JSON).
fn plugin_words() -> String {
    let languages: serde_json::Map<String, serde_json::Value> = LANGUAGES
        .iter()
        .map(|c| {
            let h = &c.host;
            let words = serde_json::json!({
                "language": h.language,
                "about": h.about,
                "not_shown_call": h.not_shown_call,
                "not_shown_ask": h.not_shown_ask,
                "the_clinic": h.the_clinic,
                "book": h.book,
            });
            (c.lang.to_string(), words)
        })
        .collect();
    serde_json::Value::Object(languages).to_string() + "\n"
}
