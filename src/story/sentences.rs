//! Splitting narration into sentences: read aloud one at a time, each highlighted while read.

/// A narration's sentences as byte ranges, split once per step (App) and shared by the
/// highlighting (Glossed) and the reading (speech).
pub type Sentences = std::rc::Rc<Vec<std::ops::Range<usize>>>;

/// Byte ranges of the sentences of `text`: each ends after `.`, `!` or `?` followed by a space
/// (or the end), and includes its trailing space so the ranges cover the whole text.
pub fn sentence_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        let ends = matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|n| *n == b' ');
        if ends {
            let end = if bytes.get(i + 1) == Some(&b' ') {
                i + 2
            } else {
                i + 1
            };
            out.push(start..end);
            start = end;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}
