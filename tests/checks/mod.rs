//! Each language's words for what the content tests look for, beside its content:
//! `assets/content/checks/<code>.toml`, one table per test file. A language without the file,
//! the table or a key fails with what to add, never with an English word it cannot contain.
//! The words are leaked to `&'static`, so a test's `Words` reads as plain constants.

// Each test file uses only some of these.
#![allow(dead_code)]

use std::collections::BTreeMap;

use toml::Value;

/// One test file's table of one language's check words.
pub struct Checks {
    /// Where they come from, for messages: "assets/content/checks/es.toml [balance]".
    place: String,
    table: BTreeMap<String, Value>,
}

/// The `table` of words for the language `lang`.
pub fn of(lang: &str, table: &str) -> Checks {
    let path = format!("assets/content/checks/{lang}.toml");
    let place = format!("{path} [{table}]");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("add {path}: the words the content tests look for in {lang} (copy en.toml's)")
    });
    let mut file: BTreeMap<String, Value> =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let Some(Value::Table(found)) = file.remove(table) else {
        panic!("add {place}: {lang}'s words for tests/{table}.rs (see en.toml's)");
    };
    Checks {
        place,
        table: found.into_iter().collect(),
    }
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

impl Checks {
    fn get(&self, key: &str) -> &Value {
        self.table
            .get(key)
            .unwrap_or_else(|| panic!("add {}: {key}", self.place))
    }

    fn wrong(&self, key: &str, want: &str) -> ! {
        panic!("{}: {key} must be {want}", self.place)
    }

    /// A phrase.
    pub fn text(&self, key: &str) -> &'static str {
        match self.get(key) {
            Value::String(s) => leak(s),
            _ => self.wrong(key, "a string"),
        }
    }

    fn strings(&self, key: &str, value: &Value) -> &'static [&'static str] {
        let Value::Array(items) = value else {
            self.wrong(key, "a list of strings")
        };
        let list: Vec<&'static str> = items
            .iter()
            .map(|item| match item {
                Value::String(s) => leak(s),
                _ => self.wrong(key, "a list of strings"),
            })
            .collect();
        Box::leak(list.into_boxed_slice())
    }

    /// A list of phrases.
    pub fn list(&self, key: &str) -> &'static [&'static str] {
        self.strings(key, self.get(key))
    }

    /// A list of lists of phrases, exactly `N` of them.
    pub fn lists<const N: usize>(&self, key: &str) -> [&'static [&'static str]; N] {
        let Value::Array(items) = self.get(key) else {
            self.wrong(key, "a list of lists")
        };
        let lists: Vec<_> = items.iter().map(|item| self.strings(key, item)).collect();
        lists
            .try_into()
            .unwrap_or_else(|_| self.wrong(key, &format!("{N} lists")))
    }

    /// A table of phrases by name (in name order).
    pub fn pairs(&self, key: &str) -> Vec<(&'static str, &'static str)> {
        let Value::Table(table) = self.get(key) else {
            self.wrong(key, "a table of strings")
        };
        table
            .iter()
            .map(|(name, value)| match value {
                Value::String(s) => (leak(name), leak(s)),
                _ => self.wrong(key, "a table of strings"),
            })
            .collect()
    }

    /// A table of phrase lists by name (in name order).
    pub fn table_of_lists(&self, key: &str) -> Vec<(&'static str, &'static [&'static str])> {
        let Value::Table(table) = self.get(key) else {
            self.wrong(key, "a table of lists")
        };
        table
            .iter()
            .map(|(name, value)| (leak(name), self.strings(key, value)))
            .collect()
    }
}
