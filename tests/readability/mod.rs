//! Flesch–Kincaid grade level, computed here (a few lines; no crate needed).
//! grade = 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59

/// Sentences: runs of text ending in . ! or ? (at least one).
pub fn sentences(text: &str) -> usize {
    let ends = text
        .split(['.', '!', '?'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .count();
    ends.max(1)
}

/// Syllables of one word by vowel groups, less a silent final "e"; a number reads as two.
pub fn syllables(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    if w.is_empty() {
        return 0;
    }
    if w.chars().all(|c| c.is_ascii_digit()) {
        return 2;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = w.chars().collect();
    let mut count = 0;
    let mut prev = false;
    for &c in &chars {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    if w.ends_with('e') && !w.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

pub fn fk_grade(text: &str) -> f64 {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let n = words.len().max(1) as f64;
    let syl: usize = words.iter().map(|w| syllables(w)).sum();
    0.39 * (n / sentences(text) as f64) + 11.8 * (syl as f64 / n) - 15.59
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_known_words() {
        for (word, want) in [
            ("cat", 1),
            ("table", 2),
            ("glutamate", 3),
            ("receptor", 3),
            ("make", 1),
            ("24", 2),
        ] {
            assert_eq!(syllables(word), want, "{word}");
        }
    }

    #[test]
    fn simple_text_grades_low_and_dense_text_high() {
        assert!(fk_grade("The cat sat. The dog ran.") < 2.0);
        assert!(
            fk_grade(
                "Neuroplasticity facilitates synaptogenesis via intracellular signalling cascades."
            ) > 14.0
        );
    }
}
