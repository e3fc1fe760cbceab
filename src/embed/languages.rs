//! Languages other than English arrive on first use: `lang-<code>.txt` (the packed content and
//! the diagram's prerendered fragments, see `story::pack`) is fetched from the widget's own
//! folder once per page, so an English page never downloads Spanish. English is compiled in but
//! for its deferred views, whose steps and pictures come with `lang-en.txt` when a patient first
//! opens one. Every widget that asks while a file loads waits for the same fetch. If it fails,
//! one warning names the file, and the widgets get English: the whole of it (lang-en.txt) in
//! place of another language, what is compiled in if lang-en.txt itself failed. embed.js does the
//! fetch (a promise per URL, which also outlives a restarted module); here its promise gets one
//! callback, which frees itself when called.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::story::{pack, Content, EN};
use crate::ui::prerendered;

/// `(lang, pin)`: the file's sha384 (from the generator: xtask/), which embed.js fetches it with
/// (a file changed on the widget's host is refused, as a failed one), and part of which is in
/// its URL, so a cached old file is never mixed with a new widget.
const FILES: &[(&str, &str)] = include!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/target/generated/lang_versions.rs"
));

/// What to do with the content once it is here (boxed: one copy of the loading code for every
/// caller).
pub type Waiter = Box<dyn FnOnce(&'static Content)>;

thread_local! {
    static LOADED: RefCell<Vec<&'static Content>> = RefCell::new(vec![&EN]);
    static PENDING: RefCell<Vec<(String, Vec<Waiter>)>> = const { RefCell::new(Vec::new()) };
    /// Languages whose file could not load this page: asked for again, they are English.
    static FAILED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// `lang`, or English once `lang`'s file has failed (so a later ask for every view gets the
/// whole English, not the same failure again from embed.js's per-URL cache).
fn spoken(lang: &str) -> &str {
    if FAILED.with(|f| f.borrow().iter().any(|l| l == lang)) {
        "en"
    } else {
        lang
    }
}

/// Calls `then` with the content for `lang` (a code the config accepted), with every view's
/// steps if `whole`: at once when it is here, else when its file has loaded (or failed: then
/// the English it has).
pub fn with_content(
    lang: &str,
    whole: bool,
    base: &str,
    fetch_text: &js_sys::Function,
    then: Waiter,
) {
    let lang = spoken(lang);
    let here = LOADED.with(|l| {
        let loaded = l.borrow();
        // The newest first: once a language's file is here it has every view.
        let mut fitting = loaded.iter().rev().filter(|c| c.lang == lang);
        fitting.find(|c| !whole || c.is_whole()).copied()
    });
    if let Some(content) = here {
        return then(content);
    }
    let Some(&(_, pin)) = FILES.iter().find(|(l, _)| *l == lang) else {
        return then(&EN);
    };
    if wait_for(lang, then) {
        // The URL's version: the hash's first base64 digits (a query keeps + and / as they are).
        let url = format!("{base}lang-{lang}.txt?v={}", &pin[7..19]);
        fetch(lang.to_owned(), (url, pin), (base, fetch_text));
    }
}

/// Queues `then` for `lang`'s file; true if it is the first to wait (so the file is fetched).
fn wait_for(lang: &str, then: Waiter) -> bool {
    PENDING.with(|p| {
        let mut pending = p.borrow_mut();
        match pending.iter_mut().find(|(l, _)| l == lang) {
            Some((_, waiters)) => {
                waiters.push(then);
                false
            }
            None => {
                pending.push((lang.to_owned(), vec![then]));
                true
            }
        }
    })
}

/// Asks embed.js for `url`, checked against `pin`; its promise always resolves (to the text, or to the Error), so
/// the callback runs once, and frees itself when it does.
fn fetch(lang: String, (url, pin): (String, &str), (base, fetch_text): (&str, &js_sys::Function)) {
    let asked = JsValue::from_str(&url);
    let again = (base.to_owned(), fetch_text.clone());
    let done = Closure::once_into_js(move |got: JsValue| arrived(&lang, &url, got, again));
    if let Ok(promise) = fetch_text.call2(&JsValue::NULL, &asked, &pin.into()) {
        let then = js_sys::Reflect::get(&promise, &"then".into());
        if let Ok(then) = then.and_then(|t| t.dyn_into::<js_sys::Function>()) {
            let _ = then.call1(&promise, &done);
        }
    }
}

/// `lang`'s file (or the Error in its place) is here: installs it and answers everyone
/// waiting. If it failed, one warning names the file; then English answers them: the whole
/// English (its own file, `again` asks for it) for another language, the compiled-in English
/// for English's own file.
fn arrived(lang: &str, url: &str, got: JsValue, (base, fetch_text): (String, js_sys::Function)) {
    let loaded = got
        .as_string()
        .ok_or_else(|| problem(&got))
        .and_then(install);
    let waiters = PENDING.with(|p| {
        let mut pending = p.borrow_mut();
        let at = pending.iter().position(|(l, _)| *l == lang);
        at.map(|i| pending.remove(i).1).unwrap_or_default()
    });
    match loaded {
        Ok(content) => waiters.into_iter().for_each(|then| then(content)),
        Err(problem) => {
            let keeps = if lang == "en" {
                "those views stay closed"
            } else {
                "showing English"
            };
            let warning = format!("ketamine-explainer: could not load {url} ({problem}); {keeps}");
            web_sys::console::warn_1(&warning.into());
            if lang == "en" {
                return waiters.into_iter().for_each(|then| then(&EN));
            }
            FAILED.with(|f| f.borrow_mut().push(lang.to_owned()));
            for then in waiters {
                with_content("en", true, &base, &fetch_text, then);
            }
        }
    }
}

/// The most complete content loaded for `lang` (English's compiled-in one before any file).
pub fn newest(lang: &str) -> &'static Content {
    let lang = spoken(lang);
    LOADED
        .with(|l| {
            let loaded = l.borrow();
            loaded.iter().rev().find(|c| c.lang == lang).copied()
        })
        .unwrap_or(&EN)
}

/// What went wrong, from the Error embed.js resolved with (a network error's message, or
/// `HTTP 404`).
fn problem(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "failed".into())
}

/// Unpacks the file and keeps it for the page's lifetime (one per language: a bounded,
/// deliberate leak, so every widget can borrow it as `'static` like the compiled-in English).
fn install(text: String) -> Result<&'static Content, String> {
    let text: &'static str = Box::leak(text.into_boxed_str());
    let (packed, fragments) = text
        .split_once(pack::FILE_SEP)
        .ok_or("not a language file")?;
    let content = pack::unpack(packed).ok_or("not a language file")?;
    let content: &'static Content = Box::leak(Box::new(content));
    prerendered::add(&content.lang, fragments);
    super::styles::add_later_styles(prerendered::fragment(fragments, prerendered::LATER_STYLE));
    LOADED.with(|l| l.borrow_mut().push(content));
    Ok(content)
}

/// Words a language lacks are shown in English; say so once per language and page.
pub fn warn_missing_once(content: &Content) {
    thread_local! {
        static WARNED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }
    if content.missing.is_empty() || WARNED.with(|w| w.borrow().iter().any(|l| *l == content.lang))
    {
        return;
    }
    WARNED.with(|w| w.borrow_mut().push(content.lang.to_string()));
    let keys = content
        .missing
        .iter()
        .map(|k| k.as_ref())
        .collect::<Vec<_>>()
        .join(", ");
    web_sys::console::warn_1(
        &format!(
            "ketamine-explainer: no \"{}\" text for {keys}; showing English there",
            content.lang
        )
        .into(),
    );
}
