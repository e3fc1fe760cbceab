//! Compiles `assets/content/<lang>.toml` into Rust statics (`$OUT_DIR/content_<lang>.rs`), so the
//! widget ships its text as read-only data: no TOML/JSON parser in the wasm (README: size
//! notes) and no fetch. A malformed content file fails the build with the parser's message.

use std::fmt::Write;
use std::{env, fs, path::Path};

use content_model::{model::*, overlay, record, translate};
use record::{Choice, Keyed, Lend, List, Record, Role, Show, Text};

/// The stylesheet, in cascade order (compiled into the wasm, minified).
const STYLESHEETS: [&str; 3] = [
    "assets/style/widget.css",
    "assets/style/picture.css",
    "assets/style/panels.css",
];
/// The rules only the deferred views use (Your treatment, SSRI, Compare, Snow paths): they come
/// after the rest, with the language files (`style-later.min.css`, added to the sheet when a
/// file arrives: `embed::styles::add_later_styles`).
const LATER_STYLESHEET: &str = "assets/style/later.css";

/// The languages laid over the English content: every `assets/content/<code>.toml` but
/// en.toml (each an `Overlay`). This folder is the one list of languages: build.rs writes
/// `languages.rs` from it (`story::LANGUAGES`, `LANGUAGE_CODES`), and everything else reads those.
fn translations() -> Vec<String> {
    println!("cargo:rerun-if-changed=assets/content");
    let mut codes: Vec<String> = fs::read_dir("assets/content")
        .expect("assets/content")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            let code = name.strip_suffix(".toml")?;
            (code != "en").then(|| code.to_owned())
        })
        .collect();
    codes.sort();
    codes
}

/// `story::LANGUAGES` and `LANGUAGE_CODES`, English first, and a static per translation
/// (`ES` for es.toml), each from its `content_<code>.rs`.
fn languages_rs(translations: &[String]) -> String {
    let mut code = String::new();
    for lang in translations {
        let name = lang.to_uppercase();
        code += &format!(
            "/// `assets/content/{lang}.toml` laid over the English by build.rs.\n\
             pub static {name}: Content = include!(concat!(env!(\"OUT_DIR\"), \"/content_{lang}.rs\"));\n"
        );
    }
    let n = translations.len() + 1;
    let statics: Vec<String> = translations
        .iter()
        .map(|l| format!("&{}", l.to_uppercase()))
        .collect();
    let codes: Vec<String> = translations.iter().map(|l| format!("{l:?}")).collect();
    code += &format!(
        "/// Every language the widget speaks, English (the default) first. (In the browser only\n\
         /// English is compiled in; the others are fetched on first use: `embed::languages`.)\n\
         pub static LANGUAGES: [&Content; {n}] = [&EN, {}];\n\
         /// Their codes, for checking a page's `data-lang` before anything is loaded.\n\
         pub const LANGUAGE_CODES: [&str; {n}] = [\"en\", {}];\n",
        statics.join(", "),
        codes.join(", ")
    );
    code
}

fn main() {
    generated_first();
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let en: Content =
        toml::from_str(&read("assets/content/en.toml")).unwrap_or_else(|e| panic!("en.toml: {e}"));
    let write = |lang: &str, content: &Content| {
        let mut baker = Baker::default();
        let root = baker.record(content);
        let code = format!("{{\n{}\n{root}\n}}\n", baker.statics);
        fs::write(Path::new(&out).join(format!("content_{lang}.rs")), code).expect("write content");
    };
    write("en", &en);
    write("en_core", &compiled_in(&en));
    let translations = translations();
    fs::write(
        Path::new(&out).join("languages.rs"),
        languages_rs(&translations),
    )
    .expect("write languages.rs");
    for lang in &translations {
        write(lang, &translation(&en, lang));
    }
    let css: Vec<String> = STYLESHEETS.iter().map(|path| read(path)).collect();
    let css = minify_css(&format!("{}\n{}", css.join("\n"), focus_rules()));
    fs::write(Path::new(&out).join("style.min.css"), css).expect("write css");
    let later = minify_css(&read(LATER_STYLESHEET));
    fs::write(Path::new(&out).join("style-later.min.css"), later).expect("write css");
}

/// A file the build reads (and reruns for when it changes).
fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The wasm carries files the generator (xtask/) writes under target/generated/: without them
/// (a fresh clone), say in one line what to run, not rustc's "couldn't read" for each include.
/// Only for the wasm: the generator itself builds this crate natively, before they exist.
fn generated_first() {
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && !Path::new("target/generated/lang_versions.rs").exists() {
        panic!("target/generated/ is missing: run `make generate` first (or `cargo run -p xtask --bin generate`)");
    }
}

/// What the widget compiles in: the English without its deferred views' steps (a view with
/// no steps is one still to load), its details left for later (`Detail::Later`), its pictures'
/// words and its "Check the facts" (questions and words); all come with lang-en.txt (`embed::languages`). Also only the risks and glossary
/// entries the views it carries use, and no sources (`only_what_is_shown`).
fn compiled_in(en: &Content) -> Content {
    let mut core = en.clone();
    let mut views = core.views.to_vec();
    for view in views.iter_mut() {
        if en.deferred.contains(&view.id) {
            view.steps = Vec::new().into();
        }
        // Asked after a view's last step: they come with lang-en.txt, as its details do.
        view.check = Vec::new().into();
        let mut steps = view.steps.to_vec();
        for step in steps.iter_mut().filter(|s| !s.detail.words().is_empty()) {
            step.detail = Detail::Later;
        }
        view.steps = steps.into();
    }
    core.views = views.into();
    only_what_is_shown(en, &mut core);
    // The host page's words are for embed.js and the WordPress plugin (the generator writes them).
    core.host.lend(&mut Blank);
    let deferred = |id: &str| en.deferred.iter().any(|v| v == id);
    if deferred("snow") {
        let ui = &mut core.ui;
        for words in [
            &mut ui.snow_caption,
            &mut ui.snow_add,
            &mut ui.snow_tap_hint,
            &mut ui.snow_advance,
            &mut ui.snow_deep,
            &mut ui.snow_faint,
            &mut ui.snow_none,
        ] {
            *words = "".into();
        }
        // The pictures' words are in their prerendered markup; only the snow view reads labels
        // at run time (its places), and while it is deferred they come with it.
        core.labels = Vec::new().into();
    }
    if deferred("treatment") {
        core.ui.evidence_early = "".into();
        core.ui.evidence_guide = "".into();
    }
    // "Check the facts" and "What matters to you" come with the whole language (a view's last
    // step and the treatment view ask for it), so the compiled-in English carries none of their words.
    let ui = &mut core.ui;
    for words in [
        &mut ui.check_title,
        &mut ui.check_intro,
        &mut ui.check_says,
        &mut ui.check_answer,
        &mut ui.check_see,
        &mut ui.print_checked,
        &mut ui.check_chose,
        &mut ui.print_values,
    ] {
        *words = "".into();
    }
    core
}

/// Keeps in `core` only the risk panels its own views show (the deferred views' come with
/// them) and the glossary words its steps use (any entry whose word is in their text: a
/// superset of what the narration marks). The sources come with lang-en.txt, asked for when a
/// patient opens a list of them or prints (words a patient may never need: README, size notes).
fn only_what_is_shown(en: &Content, core: &mut Content) {
    let shown_risks: Vec<&Text> = core
        .views
        .iter()
        .filter(|v| !en.deferred.contains(&v.id))
        .flat_map(|v| v.risks.iter())
        .collect();
    core.risks = kept(&en.risks, |r| shown_risks.contains(&&r.id));
    core.references = Vec::new().into();
    let said: String = core
        .views
        .iter()
        .flat_map(|v| v.steps.iter().map(|s| s.text.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ");
    core.glossary = kept(&en.glossary, |t| {
        std::iter::once(&t.term)
            .chain(t.words.iter())
            .any(|w| said.contains(&w.to_lowercase()))
    });
}

/// `assets/content/<lang>.toml` laid over the English: an unknown key or a value of the wrong
/// kind fails the build; missing words show in English, counted in a build warning.
fn translation(en: &Content, lang: &str) -> Content {
    let path = format!("assets/content/{lang}.toml");
    let words: overlay::Overlay =
        toml::from_str(&read(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let unknown = translate::unknown(en, &words);
    assert!(
        unknown.is_empty(),
        "{path}: these keys name nothing in en.toml or hold the wrong kind of value: {unknown:?}"
    );
    let content = translate::apply(en, &words);
    assert_eq!(
        content.lang, lang,
        "{path} must say lang = \"{lang}\" at its top"
    );
    if !content.missing.is_empty() {
        println!(
            "cargo:warning={path}: {} words missing, shown in English",
            content.missing.len()
        );
    }
    content
}

/// The highlight rule of every entity the scenes draw (`content_model::scene`): an entity the
/// step's `data-focus` names gets `--on: 1` (picture.css says what `--on` does). Generated, so a
/// new entity cannot miss its rule.
fn focus_rules() -> String {
    let mut ids: Vec<&str> = Vec::new();
    for &scene in Scene::ALL {
        for &id in content_model::scene::entities(scene) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    let selectors: Vec<String> = ids
        .iter()
        .map(|id| format!("[data-focus~=\"{id}\"] [data-entity=\"{id}\"]"))
        .collect();
    format!("{}{{--on: 1;}}", selectors.join(","))
}

/// The entries of `list` that `keep` holds to, as a new list.
fn kept<T: Clone>(list: &[T], keep: impl Fn(&T) -> bool) -> List<T> {
    list.iter()
        .filter(|x| keep(x))
        .cloned()
        .collect::<Vec<_>>()
        .into()
}

/// lightningcss with no browser targets and no rule merging: it strips comments and spaces and
/// shortens values, but neither prefixes, lowers nor reorders, so what ships is the CSS as written.
/// (Its `minify()` pass, which merges rules, measured larger in the wasm: README, size notes.)
fn minify_css(css: &str) -> String {
    use lightningcss::stylesheet::{ParserOptions, PrinterOptions, StyleSheet};
    let sheet = StyleSheet::parse(css, ParserOptions::default()).expect("parse the widget's CSS");
    let options = PrinterOptions {
        minify: true,
        ..PrinterOptions::default()
    };
    sheet.to_css(options).expect("print the widget's CSS").code
}

/// Writes content as Rust: one `static` per list, because a borrowed slice inside a static must
/// point at a named static (temporaries of types with drop glue are not promoted).
#[derive(Default)]
struct Baker {
    statics: String,
    next: usize,
}

impl Baker {
    /// A struct literal of `r`, field by field (`record.rs` walks them in declaration order).
    fn record<R: Record>(&mut self, r: &R) -> String {
        let mut fields = Fields {
            baker: self,
            out: String::new(),
        };
        r.show(&mut fields);
        format!("{} {{{}}}", R::NAME, fields.out)
    }

    /// A borrow of a new static array of these items of type `ty`.
    fn list(&mut self, ty: &str, items: Vec<String>) -> String {
        let name = format!("L{}", self.next);
        self.next += 1;
        let _ = writeln!(
            self.statics,
            "static {name}: [{ty}; {}] = [{}];",
            items.len(),
            items.join(", ")
        );
        format!("Cow::Borrowed(&{name})")
    }
}

fn text(t: &Text) -> String {
    format!("Cow::Borrowed({:?})", t.as_ref())
}

/// Empties every word of a record it is lent: words the wasm need not carry.
struct Blank;

impl Lend for Blank {
    fn text(&mut self, _: &'static str, _: Role, text: &mut Text) {
        *text = "".into();
    }
    fn texts(&mut self, _: &'static str, _: Role, list: &mut List<Text>) {
        *list = Vec::new().into();
    }
    fn record<R: Record>(&mut self, _: &'static str, _: Role, record: &mut R) {
        record.lend(self);
    }
    fn records<R: Keyed>(&mut self, _: &'static str, _: Role, list: &mut List<R>) {
        *list = Vec::new().into();
    }
}

/// The `name: value,` pairs of one struct literal.
struct Fields<'b> {
    baker: &'b mut Baker,
    out: String,
}

impl Show for Fields<'_> {
    fn text(&mut self, name: &'static str, _: Role, t: &Text) {
        let _ = write!(self.out, "{name}: {},", text(t));
    }
    fn detail(&mut self, name: &'static str, _: Role, detail: &Detail) {
        let value = match detail {
            Detail::Here(t) => format!("Detail::Here({})", text(t)),
            Detail::Later => "Detail::Later".to_owned(),
        };
        let _ = write!(self.out, "{name}: {value},");
    }
    fn texts(&mut self, name: &'static str, _: Role, list: &List<Text>) {
        let value = self.baker.list("Text", list.iter().map(text).collect());
        let _ = write!(self.out, "{name}: {value},");
    }
    fn choice<C: Choice>(&mut self, name: &'static str, choice: C) {
        let _ = write!(self.out, "{name}: {}::{choice:?},", C::NAME);
    }
    fn record<R: Record>(&mut self, name: &'static str, _: Role, r: &R) {
        let value = self.baker.record(r);
        let _ = write!(self.out, "{name}: {value},");
    }
    fn records<R: Keyed>(&mut self, name: &'static str, _: Role, list: &List<R>) {
        let items = list.iter().map(|r| self.baker.record(r)).collect();
        let value = self.baker.list(R::NAME, items);
        let _ = write!(self.out, "{name}: {value},");
    }
}
