//! The checks behind each setting: phone numbers, link schemes, CSS colours, and "did you
//! mean" suggestions for misspelt attribute names. Pure.

/// `tel:` link for a plausible phone number (3–20 digits, so 988 counts; usual punctuation only).
pub fn phone_href(v: &str) -> Option<String> {
    let ok = v
        .chars()
        .all(|c| c.is_ascii_digit() || " +()-./".contains(c));
    let digits: String = v.chars().filter(|c| c.is_ascii_digit()).collect();
    (ok && (3..=20).contains(&digits.len()) && !v.is_empty()).then(|| {
        format!(
            "tel:{}{digits}",
            if v.trim_start().starts_with('+') {
                "+"
            } else {
                ""
            }
        )
    })
}

/// Only https:, mailto: and tel: links, with no spaces or quotes that could break out.
pub fn safe_url(v: &str) -> Option<String> {
    let lower = v.to_ascii_lowercase();
    let rest = ["https://", "mailto:", "tel:"]
        .iter()
        .find_map(|s| lower.strip_prefix(s));
    let clean = !v
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\".contains(c));
    let has_target =
        rest.is_some_and(|r| r.chars().next().is_some_and(|c| c.is_ascii_alphanumeric()));
    (has_target && clean && v.len() <= 2048).then(|| v.to_owned())
}

/// Hex (#rgb, #rgba, #rrggbb, #rrggbbaa), rgb()/rgba()/hsl()/hsla() with plain numbers, or a
/// colour name (letters only). The browser is the final judge; this keeps out anything that
/// could end the declaration (`;`, `}`, `url(`…).
pub fn is_css_colour(v: &str) -> bool {
    if let Some(hex) = v.strip_prefix('#') {
        return matches!(hex.len(), 3 | 4 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit());
    }
    let lower = v.to_ascii_lowercase();
    for f in ["rgb(", "rgba(", "hsl(", "hsla("] {
        if let Some(args) = lower.strip_prefix(f).and_then(|r| r.strip_suffix(')')) {
            return !args.is_empty()
                && args
                    .chars()
                    .all(|c| c.is_ascii_digit() || " .,%/degturn".contains(c));
        }
    }
    // A name, but not a CSS-wide keyword: `inherit` and the rest say where to take a colour from,
    // not which (the contrast guard refuses transparent ones and currentcolor).
    !v.is_empty()
        && v.len() <= 24
        && v.chars().all(|c| c.is_ascii_alphabetic())
        && !matches!(&*lower, "inherit" | "initial" | "unset" | "revert")
}

/// The name in `known` nearest to `name` by edit distance, if it is close enough to be a typo.
pub fn closest<'a>(name: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    known
        .map(|k| (edit_distance(name, k), k))
        .filter(|(d, _)| *d <= 3)
        .min()
        .map(|(_, k)| k)
}

pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// A value as quoted in a warning: short, on one line.
pub fn preview(v: &str) -> String {
    let one_line: String = v
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() > 60 {
        format!("{}…", one_line.chars().take(60).collect::<String>())
    } else {
        one_line
    }
}
