//! Escaping control characters before printing catalog text, so a hostile
//! `--catalog` file cannot move the cursor, change colours or retitle the
//! terminal, and bidirectional overrides cannot reorder what a user reads.

use std::borrow::Cow;

/// Whether a terminal would act on `c` (or reorder text around it).
pub fn is_dangerous(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Escapes control and bidi-control characters as `\u{…}`; keeps newlines
/// and tabs (tables wrap on them).
pub fn text(s: &str) -> Cow<'_, str> {
    // Printable ASCII, newlines and tabs (most cells) need no char decoding.
    if s.bytes()
        .all(|b| (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\t')
    {
        return Cow::Borrowed(s);
    }
    if !s.chars().any(is_dangerous) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_dangerous(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Like [`text`], and newlines and tabs become spaces: for one-line output
/// (error messages, `ids`, tsv cells).
pub fn line(s: &str) -> String {
    text(s).replace(['\n', '\t', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls() {
        assert_eq!(text("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(text("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(text("東工大GPT"), "東工大GPT");
        assert_eq!(line("a\nb\tc"), "a b c");
    }
}
