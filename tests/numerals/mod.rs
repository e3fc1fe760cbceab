//! Numbers as a patient reads them, shared by the tests that compare or trace them.

/// `text` with the comma of "1,000" dropped (a comma between a digit and exactly three more), so
/// that English "1,000" and Spanish "1000" are one number.
pub fn without_thousands_commas(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let grouped = |i: usize| {
        i > 0
            && chars[i - 1].is_ascii_digit()
            && chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count()
                == 3
    };
    (0..chars.len())
        .filter(|&i| !(chars[i] == ',' && grouped(i)))
        .map(|i| chars[i])
        .collect()
}
