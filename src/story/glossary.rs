//! Finds glossary words in a step's narration, so the UI can make each one a button that shows
//! its plain meaning. Pure: text in, spans out.

use crate::story::Term;

/// A piece of narration: plain text, or a glossary word with the index of its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span<'a> {
    Plain(&'a str),
    Term(&'a str, usize),
}

/// Splits `text` into plain runs and glossary words. Each entry is marked once (its first
/// match), longer words win over shorter ones that overlap them, and matches must stand at
/// word boundaries ("GABA" is not found inside "GABAergic").
pub fn spans<'a>(text: &'a str, glossary: &[Term]) -> Vec<Span<'a>> {
    let lower = fold_case(text);
    // (start, longest first, entry): sorted, earlier and longer words come first.
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    for (entry, term) in glossary.iter().enumerate() {
        let words: Vec<&str> = if term.words.is_empty() {
            vec![term.term.as_ref()]
        } else {
            term.words.iter().map(|w| w.as_ref()).collect()
        };
        let first = words
            .iter()
            .filter_map(|w| find_word(&lower, &fold_case(w)).map(|at| (at, at + w.len())))
            .min_by_key(|&(start, end)| (start, usize::MAX - end));
        if let Some((start, end)) = first {
            hits.push((start, usize::MAX - end, entry));
        }
    }
    crate::story::sort_few(&mut hits);
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, entry) in hits {
        let end = usize::MAX - end;
        if start < at {
            continue; // overlaps a longer or earlier word
        }
        if start > at {
            out.push(Span::Plain(slice(text, at, start)));
        }
        out.push(Span::Term(slice(text, start, end), entry));
        at = end;
    }
    if at < text.len() {
        out.push(Span::Plain(slice(text, at, text.len())));
    }
    out
}

/// `text` with its capitals lowered, for matching: each to a letter of the same byte length,
/// so a match's offsets hold in `text` too (`lower`).
fn fold_case(text: &str) -> String {
    text.chars().map(lower).collect()
}

/// `c` lowered where it is a capital of ASCII or Latin-1 (Á, É, Ñ, Ü…); else `c`. Not
/// `char::to_lowercase`: its Unicode tables would grow the wasm by kilobytes (README: size
/// notes). A test holds this to `to_lowercase` for every letter of every language's content,
/// so a language with other capitals (Ł, Ő, Greek, Cyrillic…) fails, naming the letter, until
/// a line here covers them (each to a lower letter of its byte length).
fn lower(c: char) -> char {
    let n = c as u32;
    let to = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => n + 0x20,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

/// `text[from..to]`, or "" where that is not a whole-character range: a widget never panics
/// over a miscounted byte.
pub fn slice(text: &str, from: usize, to: usize) -> &str {
    text.get(from..to).unwrap_or_default()
}

/// Byte offset of the first whole-word occurrence of `word` in `haystack`.
fn find_word(haystack: &str, word: &str) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let mut from = 0;
    while let Some(i) = slice(haystack, from, haystack.len()).find(word) {
        let start = from + i;
        let end = start + word.len();
        if !is_word(slice(haystack, 0, start).chars().next_back())
            && !is_word(slice(haystack, end, haystack.len()).chars().next())
        {
            return Some(start);
        }
        from = start + word.chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::lower;

    /// `c`'s lower case where it is one letter of the same byte length (the only kind
    /// `fold_case` may change, so that offsets hold).
    fn expected(c: char) -> char {
        let mut all = c.to_lowercase();
        match (all.next(), all.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
            _ => c,
        }
    }

    #[test]
    fn lowers_every_capital_of_the_scripts_it_names() {
        for c in '\0'..='\u{00FF}' {
            assert_eq!(lower(c), expected(c), "{c:?} (U+{:04X})", c as u32);
        }
    }

    #[test]
    fn lowers_every_capital_in_every_language() {
        for content in crate::story::LANGUAGES {
            let text = crate::story::pack::pack(content);
            let missed: Vec<char> = text.chars().filter(|&c| lower(c) != expected(c)).collect();
            assert!(
                missed.is_empty(),
                "{}: {missed:?} not lowered: extend glossary::lower",
                content.lang
            );
        }
    }
}
