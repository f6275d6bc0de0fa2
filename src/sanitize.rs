//! Escaping control characters before printing catalog text, so a hostile
//! `--catalog` file cannot move the cursor, change colours or retitle the
//! terminal, and bidirectional overrides cannot reorder what a user reads.

use std::borrow::Cow;

/// Whether a terminal would act on `c` (or reorder text around it).
pub fn is_dangerous(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Whether `b` may hold a character [`is_dangerous`] flags, from the UTF-8
/// bytes alone: C0 controls but newline and tab, DEL, C1 controls (C2 80–9F),
/// U+061C (D8 9C) and the bidi marks of U+2000–U+207F (E2 80 and E2 81
/// lead bytes). Conservative: a yes is checked character by character; a no
/// (nearly every cell, CJK and ✓ included) skips decoding.
fn may_need_escaping(b: &[u8]) -> bool {
    b.iter().enumerate().any(|(i, &c)| match c {
        b'\n' | b'\t' => false,
        0..=0x1f | 0x7f => true,
        0xc2 => b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        0xd8 => b.get(i + 1) == Some(&0x9c),
        0xe2 => matches!(b.get(i + 1), Some(0x80 | 0x81)),
        _ => false,
    })
}

/// Escapes control and bidi-control characters as `\u{…}`; keeps newlines
/// and tabs (tables wrap on them).
pub fn text(s: &str) -> Cow<'_, str> {
    if !may_need_escaping(s.as_bytes()) {
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
    fn byte_check_never_misses_a_dangerous_character() {
        // Every character that needs escaping is caught by the
        // byte scan (the slow path then decides).
        for c in (0..=0x10_ffff_u32).filter_map(char::from_u32) {
            if is_dangerous(c) {
                let s = format!("a{c}b");
                assert!(may_need_escaping(s.as_bytes()), "U+{:04X}", u32::from(c));
            }
        }
        assert!(!may_need_escaping("東工大GPT Apache-2.0 ✓\n\tx".as_bytes()));
    }

    #[test]
    fn escapes_terminal_controls() {
        assert_eq!(text("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(text("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(text("東工大GPT"), "東工大GPT");
        assert_eq!(line("a\nb\tc"), "a b c");
    }
}
