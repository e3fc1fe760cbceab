//! Post-build (scripts/post-build.sh): gives the wasm's imports from its JS glue short names
//! ("_a", "_b", … "_aa", …) in both files. wasm-bindgen names each import
//! `__wbg_<name>_<16 hex digits>`; those hashes do not compress, and every name ships twice
//! (the glue's import object and the wasm's import section): about 3 KB brotli of the download.
//! walrus reads and rewrites the module (its re-encoding also measured 218 B brotli smaller than
//! wasm-opt's); in the glue each name must appear exactly once, as its import object's key.
//!
//! Usage: `cargo run -p xtask --bin short-imports -- <glue.js> <file.wasm>`
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [js_path, wasm_path] = args.as_slice() else {
        eprintln!("usage: short-imports <glue.js> <file.wasm>");
        return ExitCode::FAILURE;
    };
    match rename(js_path, wasm_path) {
        Ok(renamed) => {
            println!("short-imports: {renamed} imports renamed in {js_path} and {wasm_path}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("short-imports: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn rename(js_path: &str, wasm_path: &str) -> Result<usize, String> {
    let mut module = walrus::Module::from_file(wasm_path).map_err(|e| e.to_string())?;
    let mut js = std::fs::read_to_string(js_path).map_err(|e| format!("{js_path}: {e}"))?;
    let mut renamed = 0;
    for import in module.imports.iter_mut() {
        if !import.name.starts_with("__wbg_") {
            continue;
        }
        let short = short_name(renamed);
        js = replace_once(&js, &import.name, &short)?;
        import.name = short;
        renamed += 1;
    }
    // Metadata no browser reads: which tools made the module, and the features it was built for.
    module.producers.clear();
    module.customs.remove_raw("target_features");
    module
        .emit_wasm_file(wasm_path)
        .map_err(|e| e.to_string())?;
    std::fs::write(js_path, js).map_err(|e| format!("{js_path}: {e}"))?;
    Ok(renamed)
}

/// "_a" … "_z", "_aa", …: only keys of the glue's import object, so they cannot clash with its
/// variables.
fn short_name(mut i: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'a' + (i % 26) as u8);
        match (i / 26).checked_sub(1) {
            Some(next) => i = next,
            None => break,
        }
    }
    letters.reverse();
    format!("_{}", String::from_utf8(letters).expect("ASCII letters"))
}

/// `js` with the one whole-identifier use of `name` replaced by `short`; an error if `name`
/// appears as an identifier other than once (the glue is not what this expects).
fn replace_once(js: &str, name: &str, short: &str) -> Result<String, String> {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let uses: Vec<usize> = js
        .match_indices(name)
        .map(|(at, _)| at)
        .filter(|&at| {
            let before = js[..at].chars().next_back();
            let after = js[at + name.len()..].chars().next();
            !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
        })
        .collect();
    match uses.as_slice() {
        &[at] => Ok(format!("{}{short}{}", &js[..at], &js[at + name.len()..])),
        _ => Err(format!(
            "{name} appears {} times in the glue (expected 1)",
            uses.len()
        )),
    }
}
