//! The keys a translation gives its words by (`views.ssri.steps.sert.text`, `ui.next`,
//! `risks.ssri.items[2]`): a field's name under its record's key under its list's name, as
//! `record.rs` walks the content. Used by the overlay and by the locale tests.

use super::model::Content;
use super::record::{Choice, List, Record, Role, Show, Text};

/// Every translatable word of `c` by its key in a translation (`ui.next`, `risks.ssri.items[2]`),
/// with its role (`Words` or `Maybe`), in declaration order: what a translator must give.
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
            self.out.push((self.at.key(name), role, text.to_string()));
        }
    }
    fn texts(&mut self, name: &'static str, role: Role, list: &List<Text>) {
        if role != Role::Data {
            for (i, item) in list.iter().enumerate() {
                self.out.push((
                    format!("{}[{i}]", self.at.key(name)),
                    role,
                    item.to_string(),
                ));
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
    fn records<R: Record>(&mut self, name: &'static str, role: Role, list: &List<R>) {
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

/// Where a walk is, as a translation's keys.
#[derive(Default)]
pub struct Path(Vec<String>);

impl Path {
    pub fn push(&mut self, key: &str) {
        self.0.push(key.to_owned());
    }
    pub fn pop(&mut self) {
        self.0.pop();
    }
    /// The key of field `name` here (`views.ssri.tab`).
    pub fn key(&self, name: &str) -> String {
        self.0
            .iter()
            .map(String::as_str)
            .chain([name])
            .collect::<Vec<_>>()
            .join(".")
    }
}
