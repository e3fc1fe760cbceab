//! A translation laid over the English content: every word the file gives replaces the English
//! one; which fields it may give is the model's roles (`record.rs`), nothing here. Shared with
//! build.rs, which applies it at build time: a missing word falls back to English and is listed
//! in `Content::missing` (the widget warns once at run time; a native test fails on any), and a
//! key the English does not have, or a value of the wrong kind, fails the build.

use std::collections::BTreeSet;

use crate::keys::{dotted, Key, Path};
use crate::model::Content;
use crate::overlay::Overlay;
use crate::record::{Keyed, Lend, List, Record, Role, Text};

/// `base` in the overlay's language: every word the overlay has replaces the English one; each
/// `words` field it lacks (where the English has words) stays English and is named in `missing`.
pub fn apply(base: &Content, o: &Overlay) -> Content {
    lay(base, o).0
}

/// The overlay's keys that name nothing in `base` (a typo, a removed step, a `data` field) or
/// hold a value of the wrong kind, spelled with dots.
pub fn unknown(base: &Content, o: &Overlay) -> Vec<String> {
    let used = lay(base, o).1;
    let mut all = Vec::new();
    o.leaves(&mut Key::new(), &mut all);
    all.iter()
        .filter(|k| !used.contains(*k))
        .map(|k| dotted(k))
        .collect()
}

fn lay(base: &Content, o: &Overlay) -> (Content, BTreeSet<Key>) {
    let mut c = base.clone();
    let mut lay = Lay::new(o);
    // The language's code is structure (the widget finds the content by it), given once at the root.
    match o.get("lang") {
        Some(Overlay::Word(lang)) if !lang.trim().is_empty() => {
            c.lang = lang.clone().into();
            lay.used.insert(vec!["lang".to_owned()]);
        }
        _ => lay.missing.push("lang".to_owned()),
    }
    c.lend(&mut lay);
    c.missing = lay
        .missing
        .into_iter()
        .map(Text::from)
        .collect::<Vec<_>>()
        .into();
    (c, lay.used)
}

/// Lays an overlay's words over content, noting which keys it used and which words it lacked.
struct Lay<'o> {
    at: Path,
    /// The overlay's table at each level of `at` (`None`: it has nothing there).
    tables: Vec<Option<&'o Overlay>>,
    missing: Vec<String>,
    used: BTreeSet<Key>,
}

impl<'o> Lay<'o> {
    fn new(o: &'o Overlay) -> Self {
        Self {
            at: Path::default(),
            tables: vec![Some(o)],
            missing: Vec::new(),
            used: BTreeSet::new(),
        }
    }
    fn here(&self, name: &str) -> Option<&'o Overlay> {
        self.tables.last().copied().flatten()?.get(name)
    }
    fn enter(&mut self, key: &str) {
        let table = self.here(key).filter(|t| matches!(t, Overlay::Table(_)));
        self.at.push(key);
        if table.is_some() {
            self.used.insert(self.at.here().clone());
        }
        self.tables.push(table);
    }
    fn leave(&mut self) {
        self.at.pop();
        self.tables.pop();
    }
    /// Puts `word` in `slot` if it has one; else names the slot as missing if it must be given.
    fn put(&mut self, slot: &mut Text, word: Option<&String>, key: Key, role: Role) {
        match word.filter(|w| !w.trim().is_empty()) {
            Some(w) => *slot = w.clone().into(),
            None if role == Role::Words && !slot.is_empty() => self.missing.push(dotted(&key)),
            None => {}
        }
        if word.is_some() {
            self.used.insert(key);
        }
    }
}

impl Lend for Lay<'_> {
    fn text(&mut self, name: &'static str, role: Role, text: &mut Text) {
        if role != Role::Data {
            let word = match self.here(name) {
                Some(Overlay::Word(w)) => Some(w),
                _ => None,
            };
            self.put(text, word, self.at.field(name), role);
        }
    }
    fn texts(&mut self, name: &'static str, role: Role, list: &mut List<Text>) {
        let given = match (role, self.here(name)) {
            (Role::Data, _) => return,
            (_, Some(Overlay::Words(items))) => {
                self.used.insert(self.at.field(name));
                items.as_slice()
            }
            _ => &[],
        };
        if role == Role::Words {
            let mut items = list.to_vec();
            for (i, item) in items.iter_mut().enumerate() {
                self.put(item, given.get(i), self.at.item(name, i), role);
            }
            *list = items.into();
        } else if !given.is_empty() {
            *list = given
                .iter()
                .cloned()
                .map(Text::from)
                .collect::<Vec<_>>()
                .into();
            self.used
                .extend((0..given.len()).map(|i| self.at.item(name, i)));
        }
    }
    fn record<R: Record>(&mut self, name: &'static str, role: Role, record: &mut R) {
        if role != Role::Data {
            self.enter(name);
            record.lend(self);
            self.leave();
        }
    }
    fn records<R: Keyed>(&mut self, name: &'static str, role: Role, list: &mut List<R>) {
        if role != Role::Data {
            self.enter(name);
            let mut items = list.to_vec();
            for item in &mut items {
                let key = item.key().to_owned(); // before a translated key field changes it
                self.enter(&key);
                item.lend(self);
                self.leave();
            }
            *list = items.into();
            self.leave();
        }
    }
}
