//! A translation: the words of another language laid over the English content, keyed by ids, so
//! structure (steps, citations, highlighted entities) exists once and cannot drift. The file is a
//! tree of tables that mirrors the content (`views.ssri.steps.sert.text`, a list keyed by its
//! records' keys: `record.rs`); which fields it may give is the model's roles, nothing here.
//! Shared with build.rs, which applies it at build time; a missing word falls back to English and
//! is listed in `Content::missing` (the widget warns once at run time; a native test fails on any),
//! and a key the English does not have fails the build.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::keys::Path;
use super::model::Content;
use super::record::{Lend, List, Record, Role, Text};

/// The words of one language: a table of tables, words and lists of words (`lang = "es"` at its
/// root).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum Overlay {
    Word(String),
    Words(Vec<String>),
    Table(BTreeMap<String, Overlay>),
}

impl Default for Overlay {
    fn default() -> Self {
        Self::Table(BTreeMap::new())
    }
}

impl Overlay {
    /// The entry at this key, if this is a table that has it.
    pub fn get(&self, key: &str) -> Option<&Overlay> {
        match self {
            Self::Table(t) => t.get(key),
            _ => None,
        }
    }

    /// Puts `value` at `path` (keys from the root), making tables on the way.
    pub fn set(&mut self, path: &[&str], value: Overlay) {
        let Some((last, up)) = path.split_last() else {
            return;
        };
        let mut here = self;
        for key in up {
            if !matches!(here, Self::Table(_)) {
                *here = Self::default();
            }
            let Self::Table(t) = here else { unreachable!() };
            here = t.entry((*key).to_owned()).or_default();
        }
        if !matches!(here, Self::Table(_)) {
            *here = Self::default();
        }
        if let Self::Table(t) = here {
            t.insert((*last).to_owned(), value);
        }
    }

    /// Takes out the entry at `path`, if there is one.
    pub fn remove(&mut self, path: &[&str]) -> Option<Overlay> {
        let (last, up) = path.split_last()?;
        let mut here = self;
        for key in up {
            let Self::Table(t) = here else { return None };
            here = t.get_mut(*key)?;
        }
        let Self::Table(t) = here else { return None };
        t.remove(*last)
    }

    /// Every word's key (`views.ssri.tab`, `risks.ssri.items[2]`), for naming unknown ones.
    fn leaves(&self, at: &str, out: &mut Vec<String>) {
        match self {
            Self::Word(_) => out.push(at.to_owned()),
            Self::Words(items) => out.extend((0..items.len()).map(|i| format!("{at}[{i}]"))),
            Self::Table(t) => {
                for (key, value) in t {
                    let at = if at.is_empty() {
                        key.clone()
                    } else {
                        format!("{at}.{key}")
                    };
                    value.leaves(&at, out);
                }
            }
        }
    }
}

/// `base` in the overlay's language: every word the overlay has replaces the English one; each
/// one it lacks (a `words` field) stays English and is named in `missing`.
pub fn apply(base: &Content, o: &Overlay) -> Content {
    lay(base, o).0
}

/// The overlay's keys that name nothing in `base` (a typo, or a step that was removed).
pub fn unknown(base: &Content, o: &Overlay) -> Vec<String> {
    let used = lay(base, o).1;
    let mut all = Vec::new();
    o.leaves("", &mut all);
    all.retain(|key| !used.contains(key));
    all
}

fn lay(base: &Content, o: &Overlay) -> (Content, BTreeSet<String>) {
    let mut c = base.clone();
    let mut lay = Lay::new(o);
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
    used: BTreeSet<String>,
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
        let table = self.here(key);
        self.at.push(key);
        self.tables.push(table);
    }
    fn leave(&mut self) {
        self.at.pop();
        self.tables.pop();
    }
    /// Puts `word` in `slot` if it has one; else names the slot as missing if it must be given.
    fn put(&mut self, slot: &mut Text, word: Option<&String>, key: String, role: Role) {
        match word.filter(|w| !w.trim().is_empty()) {
            Some(w) => *slot = w.clone().into(),
            None if role == Role::Words && !slot.is_empty() => self.missing.push(key.clone()),
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
            self.put(text, word, self.at.key(name), role);
        }
    }
    fn texts(&mut self, name: &'static str, role: Role, list: &mut List<Text>) {
        let given = match self.here(name) {
            Some(Overlay::Words(items)) => items.as_slice(),
            _ => &[],
        };
        let key = self.at.key(name);
        match role {
            Role::Data => {}
            Role::Words => {
                let mut items = list.to_vec();
                for (i, item) in items.iter_mut().enumerate() {
                    self.put(item, given.get(i), format!("{key}[{i}]"), role);
                }
                *list = items.into();
            }
            Role::Maybe if !given.is_empty() => {
                *list = given
                    .iter()
                    .cloned()
                    .map(Text::from)
                    .collect::<Vec<_>>()
                    .into();
                self.used
                    .extend((0..given.len()).map(|i| format!("{key}[{i}]")));
            }
            Role::Maybe => {}
        }
    }
    fn record<R: Record>(&mut self, name: &'static str, role: Role, record: &mut R) {
        if role != Role::Data {
            self.enter(name);
            record.lend(self);
            self.leave();
        }
    }
    fn records<R: Record>(&mut self, name: &'static str, role: Role, list: &mut List<R>) {
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
