//! `make package`'s text: `release-notes <dir> <template>` prints the template (scripts/EMBED.txt)
//! with this release filled in: its version, the integrity hash of `<dir>/embed.js`, the hashed
//! JS and wasm names, the first-screen, language and static-text files. `release-notes
//! --version` prints the version alone (for the package's file names and the plugin's checks).
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [flag] if flag == "--version" => Ok(ketamine_explainer::VERSION.to_owned()),
        [dir, template] => fill(Path::new(dir), Path::new(template)),
        _ => Err("usage: release-notes <dir> <template> | release-notes --version".to_owned()),
    };
    match result {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("release-notes: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn fill(dir: &Path, template: &Path) -> Result<String, String> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let (js, wasm) = xtask::widget_files(dir)?;
    let embed = read(&dir.join("embed.js"))?;
    let text = String::from_utf8(read(template)?).map_err(|e| e.to_string())?;
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    let files = |prefix: &str| {
        let found: Vec<&str> = names
            .iter()
            .filter(|n| n.starts_with(prefix))
            .map(String::as_str)
            .collect();
        found.join(", ")
    };
    let mut out = text.trim_end().to_owned();
    for (slot, value) in [
        ("@VERSION@", ketamine_explainer::VERSION.to_owned()),
        ("@SRI@", xtask::integrity(&embed)),
        ("@JS@", js),
        ("@WASM@", wasm),
        ("@FIRST_FILES@", files("first-")),
        ("@LANG_FILES@", files("lang-")),
        ("@STATIC_FILES@", files("static-")),
    ] {
        if !out.contains(slot) {
            return Err(format!("{} has no {slot}", template.display()));
        }
        out = out.replace(slot, &value);
    }
    Ok(out)
}
