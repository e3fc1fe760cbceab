//! A translation as one small text file the widget fetches only when a page asks for that
//! language (English, the default, is compiled in): every string and list length of a `Content`,
//! in declaration order (`record.rs` walks it), separated by U+001F. `tests/locales.rs` checks
//! the round trip, and garbage in gives `None`, never a panic. Shared with the generator (xtask/),
//! which writes `target/generated/public/lang-<code>.txt`.

use std::borrow::Cow;

use super::model::Content;
use super::record::{Choice, Keyed, List, Make, Record, Role, Show, Text};

/// Separates fields (the unit separator: never in patient text; `pack` checks).
pub const SEP: char = '\u{1f}';
/// A language file is the packed content, this (the record separator), then the diagram's
/// prerendered fragments in that language.
pub const FILE_SEP: char = '\u{1e}';

/// The packed form of `c`. Panics if a string holds the separator (a content bug).
pub fn pack(c: &Content) -> String {
    let mut w = Writer(String::new());
    c.show(&mut w);
    w.0
}

/// The content packed in `text`, with owned strings; `None` if the text is not one.
pub fn unpack(text: &str) -> Option<Content> {
    let mut r = Reader(text.split(SEP));
    let content = Content::make(&mut r)?;
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
}

impl Show for Writer {
    fn text(&mut self, _: &'static str, _: Role, text: &Text) {
        self.t(text);
    }
    fn texts(&mut self, _: &'static str, _: Role, list: &List<Text>) {
        self.n(list.len());
        list.iter().for_each(|s| self.t(s));
    }
    fn choice<C: Choice>(&mut self, _: &'static str, choice: C) {
        self.n(choice.index());
    }
    fn record<R: Record>(&mut self, _: &'static str, _: Role, record: &R) {
        record.show(self);
    }
    fn records<R: Keyed>(&mut self, _: &'static str, _: Role, list: &List<R>) {
        self.n(list.len());
        list.iter().for_each(|r| r.show(self));
    }
}

struct Reader<'a>(std::str::Split<'a, char>);

impl Reader<'_> {
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
}

impl Make for Reader<'_> {
    fn text(&mut self, _: &'static str, _: Role) -> Option<Text> {
        Some(Cow::Owned(self.0.next()?.to_owned()))
    }
    fn texts(&mut self, name: &'static str, role: Role) -> Option<List<Text>> {
        self.list(|r| r.text(name, role))
    }
    fn choice<C: Choice>(&mut self, _: &'static str) -> Option<C> {
        C::ALL.get(self.n()?).copied()
    }
    fn record<R: Record>(&mut self, _: &'static str, _: Role) -> Option<R> {
        R::make(self)
    }
    fn records<R: Keyed>(&mut self, _: &'static str, _: Role) -> Option<List<R>> {
        self.list(|r| R::make(r))
    }
}
