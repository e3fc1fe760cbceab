//! A translation: the words of another language laid over the English content, keyed by ids, so
//! structure (steps, citations, highlighted entities) exists once and cannot drift. Shared with
//! build.rs, which applies it at build time; a missing word falls back to English and is listed
//! in `Content::missing` (the widget warns once at run time; a native test fails on any).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::model::{Content, Text};

/// The words of one language. Every map is keyed by the English content's ids.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    pub lang: String,
    /// Control labels, by `UiText` field name.
    #[serde(default)]
    pub ui: BTreeMap<String, String>,
    /// Per view id: its tab and its steps' words.
    #[serde(default)]
    pub views: BTreeMap<String, ViewWords>,
    #[serde(default)]
    pub risks: BTreeMap<String, RiskWords>,
    /// Per English glossary term.
    #[serde(default)]
    pub glossary: BTreeMap<String, TermWords>,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// Per reference key: a translated note in the citation, where it has one.
    #[serde(default)]
    pub references: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViewWords {
    pub tab: Option<String>,
    #[serde(default)]
    pub steps: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskWords {
    pub title: Option<String>,
    pub summary: Option<String>,
    #[serde(default)]
    pub items: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermWords {
    pub term: Option<String>,
    pub meaning: Option<String>,
    #[serde(default)]
    pub words: Vec<String>,
}

/// `base` in the overlay's language: every word the overlay has replaces the English one; each
/// it lacks stays English and is named in `missing`.
pub fn apply(base: &Content, o: &Overlay) -> Content {
    let mut c = base.clone();
    let mut missing: Vec<String> = Vec::new();
    let mut put = |slot: &mut Text, word: Option<&String>, key: String| match word
        .filter(|w| !w.trim().is_empty())
    {
        Some(w) => *slot = w.clone().into(),
        None if !slot.is_empty() => missing.push(key),
        None => {}
    };
    c.lang = o.lang.clone().into();
    for (name, slot) in c.ui.fields_mut() {
        put(slot, o.ui.get(name), format!("ui.{name}"));
    }
    let mut views = c.views.to_vec();
    for view in &mut views {
        let words = o.views.get(view.id.as_ref());
        put(
            &mut view.tab,
            words.and_then(|w| w.tab.as_ref()),
            format!("views.{}.tab", view.id),
        );
        let mut steps = view.steps.to_vec();
        for step in &mut steps {
            let w = words.and_then(|w| w.steps.get(step.id.as_ref()));
            let at = format!("views.{}.steps.{}", view.id, step.id);
            for (field, slot) in [
                ("title", &mut step.title),
                ("text", &mut step.text),
                ("alt", &mut step.alt),
                ("detail", &mut step.detail),
                ("note", &mut step.note),
                ("when", &mut step.when),
            ] {
                put(slot, w.and_then(|w| w.get(field)), format!("{at}.{field}"));
            }
        }
        view.steps = steps.into();
    }
    c.views = views.into();
    let mut risks = c.risks.to_vec();
    for r in &mut risks {
        let w = o.risks.get(r.id.as_ref());
        put(
            &mut r.title,
            w.and_then(|w| w.title.as_ref()),
            format!("risks.{}.title", r.id),
        );
        put(
            &mut r.summary,
            w.and_then(|w| w.summary.as_ref()),
            format!("risks.{}.summary", r.id),
        );
        let mut items = r.items.to_vec();
        for (i, item) in items.iter_mut().enumerate() {
            put(
                item,
                w.and_then(|w| w.items.get(i)),
                format!("risks.{}.items[{i}]", r.id),
            );
        }
        r.items = items.into();
    }
    c.risks = risks.into();
    let mut glossary = c.glossary.to_vec();
    for t in &mut glossary {
        let w = o.glossary.get(t.term.as_ref());
        let key = format!("glossary.{}", t.term);
        put(
            &mut t.meaning,
            w.and_then(|w| w.meaning.as_ref()),
            format!("{key}.meaning"),
        );
        if let Some(words) = w.filter(|w| !w.words.is_empty()) {
            t.words = words
                .words
                .iter()
                .map(|s| Text::from(s.clone()))
                .collect::<Vec<_>>()
                .into();
        }
        put(
            &mut t.term,
            w.and_then(|w| w.term.as_ref()),
            format!("{key}.term"),
        );
    }
    c.glossary = glossary.into();
    let mut labels = c.labels.to_vec();
    for l in &mut labels {
        put(
            &mut l.text,
            o.labels.get(l.id.as_ref()),
            format!("labels.{}", l.id),
        );
    }
    c.labels = labels.into();
    let mut refs = c.references.to_vec();
    for r in &mut refs {
        if let Some(cite) = o.references.get(r.key.as_ref()) {
            r.cite = cite.clone().into();
        }
    }
    c.references = refs.into();
    c.missing = missing
        .into_iter()
        .map(Text::from)
        .collect::<Vec<_>>()
        .into();
    c
}
