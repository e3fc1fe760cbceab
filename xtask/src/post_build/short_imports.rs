//! Gives the wasm's imports from its JS glue short names
//! ("_a", "_b", … "_aa", …) in both files, and its closure entry points too ("$a", …).
//! wasm-bindgen names each import `__wbg_<name>_<16 hex digits>` and each closure entry point
//! `wasm_bindgen__convert__closures_…invoke__h<16 hex digits>`; those hashes do not compress,
//! and every name ships in both files (README: size notes). It also drops what
//! embed.js never uses from the glue (`trim_glue`): `initSync` and the long warnings of calls
//! it never makes.
//! walrus reads and rewrites the module (its re-encoding also measured smaller than
//! wasm-opt's); in the glue each name must appear exactly once, as its import object's key.

/// Renames in both files; returns how many names it shortened.
pub fn rename(js_path: &str, wasm_path: &str) -> Result<usize, String> {
    let mut module = walrus::Module::from_file(wasm_path).map_err(|e| e.to_string())?;
    let mut js = std::fs::read_to_string(js_path).map_err(|e| format!("{js_path}: {e}"))?;
    let mut renamed = 0;
    for import in module.imports.iter_mut() {
        if !import.name.starts_with("__wbg_") && !import.name.starts_with("__wbindgen_generic_") {
            continue;
        }
        let short = format!("_{}", letters(renamed));
        js = replace_once(&js, &import.name, &short)?;
        import.name = short;
        renamed += 1;
    }
    // A closure entry point is named in the glue by its wrapper function, the export it calls,
    // and where the wrapper is handed to the closure maker: every use is renamed.
    let mut entries = 0;
    for export in module.exports.iter_mut() {
        if !export.name.starts_with("wasm_bindgen__convert__closures") {
            continue;
        }
        let short = format!("${}", letters(entries));
        js = replace_all(&js, &export.name, &short)?;
        export.name = short;
        entries += 1;
    }
    // Metadata no browser reads: which tools made the module, and the features it was built for.
    module.producers.clear();
    module.customs.remove_raw("target_features");
    module
        .emit_wasm_file(wasm_path)
        .map_err(|e| e.to_string())?;
    let js = trim_glue(&js)?;
    std::fs::write(js_path, js).map_err(|e| format!("{js_path}: {e}"))?;
    Ok(renamed + entries)
}

/// "a" … "z", "aa", …: prefixed "_" for the glue's import object's keys and "$" for the closure
/// entry points, so they cannot clash with the glue's own names (its minifier never uses "$").
fn letters(mut i: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'a' + (i % 26) as u8);
        match (i / 26).checked_sub(1) {
            Some(next) => i = next,
            None => break,
        }
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// Where `name` appears in `js` as a whole identifier.
fn uses(js: &str, name: &str) -> Vec<usize> {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    js.match_indices(name)
        .map(|(at, _)| at)
        .filter(|&at| {
            let before = js[..at].chars().next_back();
            let after = js[at + name.len()..].chars().next();
            !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
        })
        .collect()
}

/// `js` with the one whole-identifier use of `name` replaced by `short`; an error if `name`
/// appears as an identifier other than once (the glue is not what this expects).
fn replace_once(js: &str, name: &str, short: &str) -> Result<String, String> {
    match uses(js, name).as_slice() {
        &[at] => Ok(format!("{}{short}{}", &js[..at], &js[at + name.len()..])),
        found => Err(format!(
            "{name} appears {} times in the glue (expected 1)",
            found.len()
        )),
    }
}

/// `js` with every whole-identifier use of `name` replaced by `short`; an error if there is
/// none, or if `short` is already in use.
fn replace_all(js: &str, name: &str, short: &str) -> Result<String, String> {
    if uses(js, name).is_empty() || !uses(js, short).is_empty() {
        return Err(format!("{name} is not in the glue, or {short} already is"));
    }
    let mut out = String::with_capacity(js.len());
    let mut from = 0;
    for at in uses(js, name) {
        out.push_str(&js[from..at]);
        out.push_str(short);
        from = at + name.len();
    }
    out.push_str(&js[from..]);
    Ok(out)
}

/// The glue without what embed.js never uses: `initSync` (embed.js awaits the default export),
/// the warnings for the old call shapes (it passes `{ module_or_path }`), and the long text of
/// the warning for a wasm served with another type (embed.js checks the type itself and then
/// passes the bytes; the warning stays, shorter). Each piece must be found exactly once, as
/// wasm-bindgen 0.2.130 writes it: a newer glue fails here rather than ship half-trimmed.
fn trim_glue(js: &str) -> Result<String, String> {
    let start = js
        .find("function initSync(")
        .ok_or("no initSync in the glue")?;
    let body = js[start..].find('{').ok_or("initSync has no body")? + start;
    let mut depth = 0;
    let mut end = None;
    for (at, c) in js[body..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            end = Some(body + at + 1);
            break;
        }
    }
    let end = end.ok_or("initSync's body does not end")?;
    let mut out = format!("{}{}", &js[..start], &js[end..]);
    for (old, new) in [
        (
            "export{initSync,__wbg_init as default}",
            "export{__wbg_init as default}",
        ),
        (
            r#"console.warn("using deprecated parameters for the initialization function; pass a single object instead")"#,
            "0",
        ),
        (
            r#""`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n""#,
            r#""not application/wasm:""#,
        ),
    ] {
        if out.matches(old).count() != 1 {
            return Err(format!("the glue does not hold {old:?} once"));
        }
        out = out.replacen(old, new, 1);
    }
    Ok(out)
}
