//! The keys a translation gives its words by (`views.ssri.steps.sert.text`, `ui.next`,
//! `risks.ssri.items[2]`): a field's name under its record's key under its list's name, as
//! `record.rs` walks the content. Kept as segments (an id or term may hold a `.`), spelled with
//! dots only for people. Used by the overlay and by the locale tests.

use crate::model::Content;
use crate::record::{Choice, Keyed, List, Record, Role, Show, Text};

/// A key as its segments: `["risks", "ssri", "items", "[2]"]`.
pub type Key = Vec<String>;

/// `risks.ssri.items[2]`.
pub fn dotted(key: &[String]) -> String {
    let mut out = String::new();
    for segment in key {
        if !out.is_empty() && !segment.starts_with('[') {
            out.push('.');
        }
        out.push_str(segment);
    }
    out
}

/// Every word a translation can give for `c` — its `words` and `maybe` fields, also those the
/// English leaves empty — by key, with its role, in declaration order.
pub fn words(c: &Content) -> Vec<(String, Role, String)> {
    let mut words = Words::default();
    c.show(&mut words);
    words.out
}

#[derive(Default)]
struct Words {
    at: Path,
    out: Vec<(String, Role, String)>,
}

impl Show for Words {
    fn text(&mut self, name: &'static str, role: Role, text: &Text) {
        if role != Role::Data {
            let key = dotted(&self.at.field(name));
            self.out.push((key, role, text.to_string()));
        }
    }
    fn texts(&mut self, name: &'static str, role: Role, list: &List<Text>) {
        if role != Role::Data {
            for (i, item) in list.iter().enumerate() {
                let key = dotted(&self.at.item(name, i));
                self.out.push((key, role, item.to_string()));
            }
        }
    }
    fn choice<C: Choice>(&mut self, _: &'static str, _: C) {}
    fn record<R: Record>(&mut self, name: &'static str, role: Role, record: &R) {
        if role != Role::Data {
            self.at.push(name);
            record.show(self);
            self.at.pop();
        }
    }
    fn records<R: Keyed>(&mut self, name: &'static str, role: Role, list: &List<R>) {
        if role != Role::Data {
            for r in list.iter() {
                self.at.push(name);
                self.at.push(r.key());
                r.show(self);
                self.at.pop();
                self.at.pop();
            }
        }
    }
}

/// Where a walk is.
#[derive(Default)]
pub struct Path(Key);

impl Path {
    pub fn push(&mut self, segment: &str) {
        self.0.push(segment.to_owned());
    }
    pub fn pop(&mut self) {
        self.0.pop();
    }
    pub fn here(&self) -> &Key {
        &self.0
    }
    /// The key of field `name` here (`views.ssri` → `views.ssri.tab`).
    pub fn field(&self, name: &str) -> Key {
        let mut key = self.0.clone();
        key.push(name.to_owned());
        key
    }
    /// The key of item `i` of list field `name` here (`risks.ssri.items[2]`).
    pub fn item(&self, name: &str, i: usize) -> Key {
        let mut key = self.field(name);
        key.push(format!("[{i}]"));
        key
    }
}
