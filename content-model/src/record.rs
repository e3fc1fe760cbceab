//! How a content type is declared once. `record!` writes the struct (with serde's derive, for the
//! TOML files) and a walk over its fields in declaration order that tells each field's name and
//! its `Role` in a translation; `choice!` does the same for a field that picks one of a few
//! values. Everything that handles content field by field is a visitor over that walk: the build
//! script's baking (`Show`), the language files' packing (`Show`) and unpacking (`Make`), and the
//! translation overlay (`Lend`). A new field is one line in `model.rs`, with its role; all of
//! them follow, and a `words` field a language lacks (where the English has words) is named as
//! missing.

use std::borrow::Cow;

/// A piece of patient-facing text.
pub type Text = Cow<'static, str>;
/// A list that is borrowed from a static in the widget and owned when parsed.
pub type List<T> = Cow<'static, [T]>;

/// A step's "More detail": its words, or, in the English the wasm carries, words still to come
/// (with the whole language, `lang-en.txt`, when a patient first opens one). A type, not a
/// marker in the words, so no real words can read as "still loading".
#[derive(Clone, Debug, serde::Deserialize)]
#[serde(from = "Text")]
pub enum Detail {
    /// The words ("" when the step has none).
    Here(Text),
    /// Left out of the compiled-in English; never in a language file or a TOML file.
    Later,
}

impl Default for Detail {
    fn default() -> Self {
        Self::Here(Cow::Borrowed(""))
    }
}

impl From<Text> for Detail {
    fn from(words: Text) -> Self {
        Self::Here(words)
    }
}

impl Detail {
    /// The words, "" while they are still to come.
    pub fn words(&self) -> &str {
        match self {
            Self::Here(words) => words,
            Self::Later => "",
        }
    }
}

/// What a field is to a translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Structure (ids, citations, highlighted entities): the same in every language. A record
    /// field with this role is not looked into.
    Data,
    /// Words every language gives: one it lacks stays English and is named as missing. A list
    /// of them is translated item by item, in order.
    Words,
    /// Words a language may give (a note in a citation, the words that open a glossary entry):
    /// English otherwise, and not named. A list of them is replaced whole.
    Maybe,
}

/// A content type declared with `record!`.
pub trait Record: Sized + Clone {
    /// Its name in Rust (the build script writes literals of it).
    const NAME: &'static str;
    /// Shows `v` every field, in declaration order.
    fn show(&self, v: &mut impl Show);
    /// Lends `v` every field to change, in declaration order.
    fn lend(&mut self, v: &mut impl Lend);
    /// A record made of `v`'s answers, asked field by field in declaration order.
    fn make(v: &mut impl Make) -> Option<Self>;
}

/// A record that can stand in a list: declared `by` the field that names it in a translation (a
/// view's `id`, a term's English `term`). A list of records without one does not compile.
pub trait Keyed: Record {
    fn key(&self) -> &str;
}

/// A field type that picks one of a few values, declared with `choice!`.
pub trait Choice: Copy + PartialEq + std::fmt::Debug + 'static {
    const NAME: &'static str;
    /// Every value, in declaration order.
    const ALL: &'static [Self];
    /// Its place in `ALL`.
    fn index(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }
}

/// Reads fields.
pub trait Show {
    fn text(&mut self, name: &'static str, role: Role, text: &Text);
    /// A step's detail: its words as text (the build's baking says which it is); one still to
    /// come is not shown (only the compiled-in English has one, and it is baked, not packed).
    fn detail(&mut self, name: &'static str, role: Role, detail: &Detail) {
        if let Detail::Here(words) = detail {
            self.text(name, role, words)
        }
    }
    fn texts(&mut self, name: &'static str, role: Role, list: &List<Text>);
    fn choice<C: Choice>(&mut self, name: &'static str, choice: C);
    fn record<R: Record>(&mut self, name: &'static str, role: Role, record: &R);
    fn records<R: Keyed>(&mut self, name: &'static str, role: Role, list: &List<R>);
}

/// Changes words (structure, such as a `Choice`, stays as it is).
pub trait Lend {
    fn text(&mut self, name: &'static str, role: Role, text: &mut Text);
    fn texts(&mut self, name: &'static str, role: Role, list: &mut List<Text>);
    fn record<R: Record>(&mut self, name: &'static str, role: Role, record: &mut R);
    fn records<R: Keyed>(&mut self, name: &'static str, role: Role, list: &mut List<R>);
}

/// Answers fields; `None` anywhere gives up on the whole record.
pub trait Make {
    fn text(&mut self, name: &'static str, role: Role) -> Option<Text>;
    fn texts(&mut self, name: &'static str, role: Role) -> Option<List<Text>>;
    fn choice<C: Choice>(&mut self, name: &'static str) -> Option<C>;
    fn record<R: Record>(&mut self, name: &'static str, role: Role) -> Option<R>;
    fn records<R: Keyed>(&mut self, name: &'static str, role: Role) -> Option<List<R>>;
}

/// A field's type: sends the field to the visitor method of its kind.
pub trait Field: Sized {
    fn show(&self, name: &'static str, role: Role, v: &mut impl Show);
    fn lend(&mut self, name: &'static str, role: Role, v: &mut impl Lend);
    fn make(name: &'static str, role: Role, v: &mut impl Make) -> Option<Self>;
}

impl Field for Text {
    fn show(&self, name: &'static str, role: Role, v: &mut impl Show) {
        v.text(name, role, self)
    }
    fn lend(&mut self, name: &'static str, role: Role, v: &mut impl Lend) {
        v.text(name, role, self)
    }
    fn make(name: &'static str, role: Role, v: &mut impl Make) -> Option<Self> {
        v.text(name, role)
    }
}

impl Field for Detail {
    fn show(&self, name: &'static str, role: Role, v: &mut impl Show) {
        v.detail(name, role, self)
    }
    fn lend(&mut self, name: &'static str, role: Role, v: &mut impl Lend) {
        if let Self::Here(words) = self {
            v.text(name, role, words)
        }
    }
    fn make(name: &'static str, role: Role, v: &mut impl Make) -> Option<Self> {
        v.text(name, role).map(Self::Here)
    }
}

impl Field for List<Text> {
    fn show(&self, name: &'static str, role: Role, v: &mut impl Show) {
        v.texts(name, role, self)
    }
    fn lend(&mut self, name: &'static str, role: Role, v: &mut impl Lend) {
        v.texts(name, role, self)
    }
    fn make(name: &'static str, role: Role, v: &mut impl Make) -> Option<Self> {
        v.texts(name, role)
    }
}

impl<R: Keyed> Field for List<R> {
    fn show(&self, name: &'static str, role: Role, v: &mut impl Show) {
        v.records(name, role, self)
    }
    fn lend(&mut self, name: &'static str, role: Role, v: &mut impl Lend) {
        v.records(name, role, self)
    }
    fn make(name: &'static str, role: Role, v: &mut impl Make) -> Option<Self> {
        v.records(name, role)
    }
}

/// `words` → `Role::Words`: the role a field is declared with.
macro_rules! role {
    (data) => {
        Role::Data
    };
    (words) => {
        Role::Words
    };
    (maybe) => {
        Role::Maybe
    };
}

/// Declares a content struct: each field as `role name: Type` (`data`, `words` or `maybe`, see
/// `Role`), after its doc and serde attributes; `by field` names the field that keys it in a
/// translation (and lets it stand in a list: `Keyed`). Derives `Clone`, `Debug` and serde's `Deserialize` (unknown keys refused).
macro_rules! record {
    (@keyed $name:ident) => {};
    (@keyed $name:ident $key:ident) => {
        impl Keyed for $name {
            fn key(&self) -> &str {
                &self.$key
            }
        }
    };
    ($(#[$meta:meta])* pub struct $name:ident $(by $key:ident)? {
        $($(#[$fmeta:meta])* $role:ident $field:ident: $ty:ty,)*
    }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $($(#[$fmeta])* pub $field: $ty,)*
        }

        impl Record for $name {
            const NAME: &'static str = stringify!($name);
            fn show(&self, v: &mut impl Show) {
                $(Field::show(&self.$field, stringify!($field), role!($role), v);)*
            }
            fn lend(&mut self, v: &mut impl Lend) {
                $(Field::lend(&mut self.$field, stringify!($field), role!($role), v);)*
            }
            fn make(v: &mut impl Make) -> Option<Self> {
                Some(Self { $($field: Field::make(stringify!($field), role!($role), v)?,)* })
            }
        }

        record!(@keyed $name $($key)?);

        impl Field for $name {
            fn show(&self, name: &'static str, role: Role, v: &mut impl Show) {
                v.record(name, role, self)
            }
            fn lend(&mut self, name: &'static str, role: Role, v: &mut impl Lend) {
                v.record(name, role, self)
            }
            fn make(name: &'static str, role: Role, v: &mut impl Make) -> Option<Self> {
                v.record(name, role)
            }
        }
    };
}

/// Declares a field type that picks one of its variants (kebab-case in the TOML files).
macro_rules! choice {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl Choice for $name {
            const NAME: &'static str = stringify!($name);
            const ALL: &'static [Self] = &[$(Self::$variant),*];
        }

        impl Field for $name {
            fn show(&self, name: &'static str, _: Role, v: &mut impl Show) {
                v.choice(name, *self)
            }
            fn lend(&mut self, _: &'static str, _: Role, _: &mut impl Lend) {}
            fn make(name: &'static str, _: Role, v: &mut impl Make) -> Option<Self> {
                v.choice(name)
            }
        }
    };
}
