//! A translation as one small text file the widget fetches only when a page asks for that
//! language (English, the default, is compiled in): every string and list length of a `Content`,
//! in a fixed order, separated by U+001F. Writing and reading mirror each other field by field;
//! `tests/locales.rs` checks the round trip, and garbage in gives `None`, never a panic.
//! Shared with the prerender example, which writes `assets/prerendered/<lang>.txt`.

use std::borrow::Cow;

use super::model::*;

/// Separates fields (the unit separator: never in patient text; `pack` checks).
pub const SEP: char = '\u{1f}';
/// A language file is the packed content, this (the record separator), then the diagram's
/// prerendered fragments in that language.
pub const FILE_SEP: char = '\u{1e}';

const SCENES: [Scene; 4] = [Scene::Ketamine, Scene::Ssri, Scene::Timeline, Scene::Snow];
const EVIDENCE: [Evidence; 4] = [
    Evidence::HumanTrial,
    Evidence::HumanObservational,
    Evidence::Animal,
    Evidence::Hypothesis,
];

/// The packed form of `c`. Panics if a string holds the separator (a content bug).
pub fn pack(c: &Content) -> String {
    let mut w = Writer(String::new());
    w.content(c);
    w.0
}

/// The content packed in `text`, with owned strings; `None` if the text is not one.
pub fn unpack(text: &str) -> Option<Content> {
    let mut r = Reader(text.split(SEP));
    let content = r.content()?;
    // Every field ends with SEP, so exactly one empty piece follows the last; nothing else may.
    matches!((r.0.next(), r.0.next()), (Some(""), None)).then_some(content)
}

struct Writer(String);

impl Writer {
    fn t(&mut self, s: &str) {
        assert!(!s.contains(SEP), "content text holds U+001F: {s}");
        self.0.push_str(s);
        self.0.push(SEP);
    }
    fn n(&mut self, n: usize) {
        self.t(&n.to_string());
    }
    fn texts(&mut self, list: &[Text]) {
        self.n(list.len());
        list.iter().for_each(|s| self.t(s));
    }
    fn content(&mut self, c: &Content) {
        self.t(&c.lang);
        c.ui.fields().into_iter().for_each(|(_, s)| self.t(s));
        self.n(c.views.len());
        for v in c.views.iter() {
            self.t(&v.id);
            self.t(&v.tab);
            self.n(SCENES.iter().position(|s| *s == v.scene).unwrap_or(0));
            self.texts(&v.risks);
            self.n(v.steps.len());
            for s in v.steps.iter() {
                for t in [
                    &s.id, &s.title, &s.text, &s.alt, &s.detail, &s.note, &s.when,
                ] {
                    self.t(t);
                }
                self.n(EVIDENCE.iter().position(|e| *e == s.evidence).unwrap_or(0));
                self.texts(&s.cites);
                self.texts(&s.focus);
            }
        }
        self.n(c.references.len());
        for r in c.references.iter() {
            self.t(&r.key);
            self.t(&r.cite);
            self.t(&r.id);
            self.texts(&r.numbers);
        }
        self.n(c.glossary.len());
        for g in c.glossary.iter() {
            self.t(&g.term);
            self.t(&g.meaning);
            self.texts(&g.words);
        }
        self.n(c.labels.len());
        for l in c.labels.iter() {
            self.t(&l.id);
            self.t(&l.text);
        }
        self.n(c.risks.len());
        for r in c.risks.iter() {
            self.t(&r.id);
            self.t(&r.title);
            self.t(&r.summary);
            self.texts(&r.items);
            self.texts(&r.cites);
        }
        self.texts(&c.missing);
    }
}

struct Reader<'a>(std::str::Split<'a, char>);

impl Reader<'_> {
    fn t(&mut self) -> Option<Text> {
        Some(Cow::Owned(self.0.next()?.to_owned()))
    }
    fn n(&mut self) -> Option<usize> {
        self.0.next()?.parse().ok()
    }
    /// A list of `f`'s items; a count larger than the text could hold fails at the first gap.
    fn list<T: Clone>(&mut self, f: impl Fn(&mut Self) -> Option<T>) -> Option<List<T>> {
        let n = self.n()?;
        let mut items = Vec::new();
        for _ in 0..n {
            items.push(f(self)?);
        }
        Some(Cow::Owned(items))
    }
    fn texts(&mut self) -> Option<List<Text>> {
        self.list(Self::t)
    }
    fn content(&mut self) -> Option<Content> {
        let lang = self.t()?;
        let mut ui = super::EN.ui.clone();
        for (_, field) in ui.fields_mut() {
            *field = self.t()?;
        }
        let views = self.list(|r| {
            Some(View {
                id: r.t()?,
                tab: r.t()?,
                scene: *SCENES.get(r.n()?)?,
                risks: r.texts()?,
                steps: r.list(|r| {
                    Some(Step {
                        id: r.t()?,
                        title: r.t()?,
                        text: r.t()?,
                        alt: r.t()?,
                        detail: r.t()?,
                        note: r.t()?,
                        when: r.t()?,
                        evidence: *EVIDENCE.get(r.n()?)?,
                        cites: r.texts()?,
                        focus: r.texts()?,
                    })
                })?,
            })
        })?;
        let references = self.list(|r| {
            Some(Reference {
                key: r.t()?,
                cite: r.t()?,
                id: r.t()?,
                numbers: r.texts()?,
            })
        })?;
        let glossary = self.list(|r| {
            Some(Term {
                term: r.t()?,
                meaning: r.t()?,
                words: r.texts()?,
            })
        })?;
        let labels = self.list(|r| {
            Some(Label {
                id: r.t()?,
                text: r.t()?,
            })
        })?;
        let risks = self.list(|r| {
            Some(Risks {
                id: r.t()?,
                title: r.t()?,
                summary: r.t()?,
                items: r.texts()?,
                cites: r.texts()?,
            })
        })?;
        let missing = self.texts()?;
        Some(Content {
            lang,
            ui,
            views,
            references,
            glossary,
            labels,
            risks,
            missing,
        })
    }
}
