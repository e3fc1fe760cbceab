//! Makes the shipped `embed.js`, the one file every clinic
//! page loads. It fills in this build's hashed JS and wasm file names (so the clinic's script
//! tag can name a stable embed.js), then minifies it with oxc: comments and spaces go, local
//! names get short, as any published script's would (the source keeps its comments). The
//! output must be syntax the widget's oldest browser runs (Safari 16.4, where constructable
//! style sheets begin), so that is the minifier's target.
use oxc_allocator::Allocator;
use oxc_codegen::{Codegen, CodegenOptions};
use oxc_minifier::{CompressOptions, MangleOptions, Minifier, MinifierOptions};
use oxc_parser::Parser;
use oxc_span::SourceType;

/// The oldest engines the widget runs in: Safari 16.4 (constructable style sheets), and the
/// Chromium and Firefox releases of that time.
const TARGETS: &str = "safari16.4,chrome111,firefox111";

/// Rewrites `path` as shipped: `js` and `wasm` filled in, minified; returns its length.
pub fn make(path: &str, js: &str, wasm: &str) -> Result<usize, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let small = minify(&fill(&source, js, wasm)?)?;
    std::fs::write(path, &small).map_err(|e| format!("{path}: {e}"))?;
    Ok(small.len())
}

/// The source with its two placeholders replaced; each must be there exactly once.
fn fill(source: &str, js: &str, wasm: &str) -> Result<String, String> {
    let mut out = source.to_owned();
    for (placeholder, name) in [("__KE_JS__", js), ("__KE_WASM__", wasm)] {
        match out.matches(placeholder).count() {
            1 => out = out.replace(placeholder, name),
            n => {
                return Err(format!(
                    "{placeholder} appears {n} times in embed.js (want 1)"
                ))
            }
        }
    }
    Ok(out)
}

/// The module minified: compressed, its local names shortened (at its top level too: a
/// module's own names are not the page's), printed without comments or spaces.
fn minify(source: &str) -> Result<String, String> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::mjs()).parse();
    if let Some(error) = parsed.errors.first() {
        return Err(format!("embed.js does not parse: {error}"));
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
