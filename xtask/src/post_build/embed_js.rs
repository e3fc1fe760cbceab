//! Makes the shipped `embed.js`, the one file every clinic page loads. It fills in the hash of
//! each language's first screen file (which pins the build's hashed JS and wasm: the clinic's
//! script tag names a stable embed.js, and its hash covers them all) and the words of its
//! fallback in every language (from the content files), then minifies it
//! with oxc: comments and spaces go, local names get short, as any published script's would
//! (the source keeps its comments). The output must be syntax the widget's oldest browser
//! runs (Safari 16.4, where constructable style sheets begin), so that is the minifier's target.
use ketamine_explainer::story::LANGUAGES;
use oxc_allocator::Allocator;
use oxc_codegen::{Codegen, CodegenOptions};
use oxc_minifier::{CompressOptions, MangleOptions, Minifier, MinifierOptions};
use oxc_parser::Parser;
use oxc_span::SourceType;

/// The oldest engines the widget runs in: Safari 16.4 (constructable style sheets), and the
/// Chromium and Firefox releases of that time.
const TARGETS: &str = "safari16.4,chrome111,firefox111";

/// Rewrites `path` as shipped: `pins` (`{"<lang>": "sha384-…"}`, each first-<lang>.js's) filled
/// in, and the fallback's words of every language (`fallback_words`), then minified; returns its
/// length.
pub fn make(path: &str, pins: &str) -> Result<usize, String> {
    let words = fallback_words();
    fill_and_minify(path, &[("__KE_PINS__", pins), ("__KE_WORDS__", &words)])
}

/// Rewrites the module at `path` with each placeholder replaced (each must be there exactly
/// once), minified; returns its length.
pub fn fill_and_minify(path: &str, slots: &[(&str, &str)]) -> Result<usize, String> {
    let mut source = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    for (placeholder, value) in slots {
        match source.matches(placeholder).count() {
            1 => source = source.replace(placeholder, value),
            n => {
                return Err(format!(
                    "{placeholder} appears {n} times in {path} (want 1)"
                ))
            }
        }
    }
    let small = minify(&source).map_err(|e| format!("{path}: {e}"))?;
    std::fs::write(path, &small).map_err(|e| format!("{path}: {e}"))?;
    Ok(small.len())
}

/// What embed.js says when the widget cannot load, in every language, from each content file's
/// `[host]`: `{"en": [not_loaded, call, ask, the_clinic], …}` (JSON, which is JavaScript).
fn fallback_words() -> String {
    let languages: serde_json::Map<String, serde_json::Value> = LANGUAGES
        .iter()
        .map(|c| {
            let h = &c.host;
            let words = [&h.not_loaded, &h.call, &h.ask, &h.the_clinic].map(|w| w.to_string());
            (c.lang.to_string(), words.into())
        })
        .collect();
    serde_json::Value::Object(languages).to_string()
}

/// The module minified: compressed, its local names shortened (at its top level too: a
/// module's own names are not the page's), printed without comments or spaces.
pub fn minify(source: &str) -> Result<String, String> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::mjs()).parse();
    if let Some(error) = parsed.errors.first() {
        return Err(format!("does not parse: {error}"));
    }
    let mut program = parsed.program;
    let target = oxc_compat::EngineTargets::from_target(TARGETS)?;
    let options = MinifierOptions {
        mangle: Some(MangleOptions {
            top_level: true,
            ..MangleOptions::default()
        }),
        compress: Some(CompressOptions {
            target,
            ..CompressOptions::smallest()
        }),
    };
    let minified = Minifier::new(options).minify(&allocator, &mut program);
    Ok(Codegen::new()
        .with_options(CodegenOptions::minify())
        .with_scoping(minified.scoping)
        .build(&program)
        .code)
}
