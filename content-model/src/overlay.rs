//! A translation file (`assets/content/<lang>.toml`) as read: a tree of tables that mirrors the
//! content (`views.ssri.steps.sert.text`: `keys.rs`), with words and lists of words at its leaves.
//! It holds only words, keyed by the English content's ids, so structure (steps, citations,
//! highlighted entities) exists once and cannot drift; `translate.rs` lays it over the English.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::keys::Key;

/// The words of one language: a table of tables, words and lists of words, with its language's
/// code at the root (`lang = "es"`).
#[derive(Clone, Debug, PartialEq)]
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

    /// The key of every word, and of every empty list or table, below `at`.
    pub fn leaves(&self, at: &mut Key, out: &mut Vec<Key>) {
        match self {
            Self::Word(_) => out.push(at.clone()),
            Self::Words(items) if items.is_empty() => out.push(at.clone()),
            Self::Words(items) => {
                out.extend((0..items.len()).map(|i| [&at[..], &[format!("[{i}]")]].concat()))
            }
            Self::Table(t) if t.is_empty() && !at.is_empty() => out.push(at.clone()),
            Self::Table(t) => {
                for (key, value) in t {
                    at.push(key.clone());
                    value.leaves(at, out);
                    at.pop();
                }
            }
        }
    }
}

/// By hand rather than `#[serde(untagged)]`, so a value of the wrong kind gets the TOML parser's
/// own message, with its line, instead of "did not match any variant".
impl<'de> Deserialize<'de> for Overlay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Overlay;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a word (\"…\"), a list of words or a table")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Overlay, E> {
                Ok(Overlay::Word(v.to_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Overlay, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<String>()? {
                    items.push(item);
                }
                Ok(Overlay::Words(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Overlay, A::Error> {
                let mut table = BTreeMap::new();
                while let Some((key, value)) = map.next_entry::<String, Overlay>()? {
                    table.insert(key, value);
                }
                Ok(Overlay::Table(table))
            }
        }
        d.deserialize_any(Any)
    }
}
