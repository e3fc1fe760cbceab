//! Trunk's post-build hook (Trunk.toml), run in Trunk's staging folder before it becomes
//! `dist/`. In order:
//!
//! 1. the wasm's imports and the glue's matching names made short (`short_imports`), the
//!    wasm optimised once more (`optimize`) and the glue minified again (`embed_js::minify`);
//! 2. the generator's public files copied in (`target/generated/public/`: `lang-<code>.txt`,
//!    fetched on first use, and `static-<code>.html`, the full text as plain HTML for visitors
//!    without JavaScript or WebAssembly);
//! 3. each language's first screen (`first-<code>.js`, drawn before the wasm arrives, which then
//!    loads the wasm): the JS and wasm names and hashes filled in, minified;
//! 4. the shipped `embed.js`: each `first-<code>.js`'s hash filled in, minified (`embed_js`), and
//!    its integrity hash printed for the clinic's snippet (which so pins every file);
//! 5. the English static text put inside the preview page's element, where a clinic's page
//!    would have it too.
//!
//! So the build is Trunk, cargo and wasm-opt: no shell edits of what it writes.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod embed_js;
mod short_imports;

/// Where the preview page (index.html) takes the static text.
const STATIC_SLOT: &str = "<div data-static-text></div>";

fn main() -> ExitCode {
    let Some(dir) = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from) else {
        eprintln!("post-build: run by trunk (TRUNK_STAGING_DIR is not set)");
        return ExitCode::FAILURE;
    };
    match run(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("post-build: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path) -> Result<(), String> {
    let (js, wasm) = xtask::widget_files(dir)?;
    let path = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let renamed = short_imports::rename(&path(&js), &path(&wasm))?;
    println!("post-build: {renamed} import names shortened in {js} and {wasm}");
    optimize(&path(&wasm))?;
    // Trunk's minifier keeps the glue's top-level names; oxc shortens them (README: size notes).
    minify_file(&path(&js))?;
    // Trunk named them from their bytes before this step changed them: named again from their
    // final bytes, so that no cache holds other bytes under a name the pins below refer to.
    let js = name_by_content(dir, &js, ".js")?;
    let wasm = name_by_content(dir, &wasm, "_bg.wasm")?;
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/generated/public");
    for entry in std::fs::read_dir(&public).map_err(|e| format!("{}: {e}", public.display()))? {
        let from = entry.map_err(|e| e.to_string())?.path();
        let to = dir.join(from.file_name().expect("a file in the folder"));
        std::fs::copy(&from, &to).map_err(|e| format!("{}: {e}", from.display()))?;
    }
    // Each file pins the next (README: integrity): first-<lang>.js the wasm and its JS, embed.js
    // every first-<lang>.js, the clinic's snippet embed.js.
    let pin = |name: &str| -> Result<String, String> {
        let bytes = std::fs::read(path(name)).map_err(|e| format!("{name}: {e}"))?;
        Ok(xtask::integrity(&bytes))
    };
    let files = serde_json::json!([[&js, pin(&js)?], [&wasm, pin(&wasm)?]]).to_string();
    let mut pins = serde_json::Map::new();
    for lang in ketamine_explainer::story::LANGUAGE_CODES {
        let first = format!("first-{lang}.js");
        embed_js::fill_and_minify(&path(&first), &[("__KE_FILES__", &files)])?;
        pins.insert(lang.to_string(), pin(&first)?.into());
    }
    let pins = serde_json::Value::Object(pins).to_string();
    let bytes = embed_js::make(&path("embed.js"), &pins)?;
    let shipped = std::fs::read(path("embed.js")).map_err(|e| format!("embed.js: {e}"))?;
    println!(
        "post-build: embed.js pins first-<lang>.js, which pin {js} and {wasm}; {bytes} bytes minified; integrity=\"{}\"",
        xtask::integrity(&shipped)
    );
    let page = splice_static_text(&path("index.html"), &path("static-en.html"))?;
    println!("post-build: static-en.html, {page} bytes, also inside the preview page");
    Ok(())
}

/// Renames `name` in `dir` to `ketamine-explainer-<the start of its sha384, in hex><suffix>`;
/// returns the new name.
fn name_by_content(dir: &Path, name: &str, suffix: &str) -> Result<String, String> {
    let from = dir.join(name);
    let bytes = std::fs::read(&from).map_err(|e| format!("{name}: {e}"))?;
    let renamed = format!("ketamine-explainer-{}{suffix}", xtask::content_hash(&bytes));
    std::fs::rename(&from, dir.join(&renamed)).map_err(|e| format!("{name}: {e}"))?;
    Ok(renamed)
}

/// Rewrites the JS module at `path` minified (`embed_js::minify`).
fn minify_file(path: &str) -> Result<(), String> {
    embed_js::fill_and_minify(path, &[]).map(|_| ())
}

/// The wasm features the build's Rust emits (its default for wasm32-unknown-unknown), which every
/// browser the widget supports has (Safari 16.4, Chrome 111, Firefox 111): walrus drops the
/// section that lists them, so wasm-opt is told.
const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-mutable-globals",
    "--enable-multivalue",
    "--enable-nontrapping-float-to-int",
    "--enable-reference-types",
    "--enable-sign-ext",
];

/// binaryen's wasm-opt (on PATH: the Makefile's pinned one) over the renamed module: it finds more
/// to fold in walrus's re-encoding than in wasm-bindgen's (README: size notes).
fn optimize(wasm: &str) -> Result<(), String> {
    let status = std::process::Command::new("wasm-opt")
        .args([wasm, "-o", wasm, "-Oz", "--converge", "--low-memory-unused"])
        .args(WASM_FEATURES)
        .status()
        .map_err(|e| format!("wasm-opt: {e} (make setup-build installs it)"))?;
    status
        .success()
        .then_some(())
        .ok_or(format!("wasm-opt failed on {wasm}: {status}"))
}

/// The preview page with the English static text in its element's slot; returns its length.
fn splice_static_text(page_path: &str, text_path: &str) -> Result<usize, String> {
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
    let (page, text) = (read(page_path)?, read(text_path)?);
    // Trunk's minifier may print the empty attribute either way.
    let slot = [STATIC_SLOT, "<div data-static-text=\"\"></div>"]
        .into_iter()
        .find(|slot| page.matches(slot).count() == 1)
        .ok_or(format!("{page_path} has no one {STATIC_SLOT}"))?;
    std::fs::write(page_path, page.replacen(slot, &text, 1)).map_err(|e| e.to_string())?;
    Ok(text.len())
}
