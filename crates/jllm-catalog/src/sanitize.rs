//! Escaping control characters before printing catalog text, so a hostile
//! `--catalog` file cannot move the cursor, change colours or retitle the
//! terminal, and bidirectional overrides cannot reorder what a user reads.

use std::borrow::Cow;

/// Whether a terminal would act on `c` (or reorder text around it).
#[inline]
pub fn is_dangerous(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Escapes control and bidi-control characters as `\u{…}`; keeps newlines
/// and tabs (tables wrap on them).
#[inline]
pub fn text(s: &str) -> Cow<'_, str> {
    // Printable ASCII, newlines and tabs (most cells) need no char decoding.
    if is_printable_ascii(s.as_bytes())
        || s.bytes()
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

/// Whether every byte is printable ASCII, space to `~` (most table cells:
/// nothing to escape, one terminal column a byte). Eight bytes at a time,
/// as every `list` cell passes here.
#[inline]
pub fn is_printable_ascii(s: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = s.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // A byte of 0x80 or more; then (all below 0x80) one below 0x20, or
        // one equal to 0x7f (a zero byte of x ^ 0x7f…): the classic
        // "has a byte less than n" and "has a zero byte" word tests.
        let del = x ^ (0x7f * ONES);
        if x & HIGH != 0
            || x.wrapping_sub(0x20 * ONES) & !x & HIGH != 0
            || del.wrapping_sub(ONES) & !del & HIGH != 0
        {
            return false;
        }
    }
    chunks
        .remainder()
        .iter()
        .all(|&b| b.wrapping_sub(0x20) < 0x5f)
}

/// Like [`text`], and newlines and tabs become spaces: for one-line output
/// (error messages, `ids`, tsv cells).
#[inline]
pub fn line(s: &str) -> String {
    text(s).replace(['\n', '\t', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word-at-a-time test agrees with the byte-at-a-time one on every
    /// byte value at every position of a word, and on the borders.
    #[test]
    fn printable_ascii_word_test_is_the_byte_test() {
        let slow = |s: &[u8]| s.iter().all(|&b| (0x20..0x7f).contains(&b));
        let mut checked = 0;
        for len in [1usize, 7, 8, 9, 16, 17, 31] {
            for at in 0..len {
                for b in 0..=255u8 {
                    let mut s = vec![b'a'; len];
                    s[at] = b;
                    assert_eq!(is_printable_ascii(&s), slow(&s), "{b:#x} at {at} of {len}");
                    // Two odd bytes in one word, one of them harmless.
                    s[(at + 3) % len] = b.wrapping_add(0x5f);
                    assert_eq!(is_printable_ascii(&s), slow(&s), "{b:#x} pair in {len}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 20_000);
        assert!(is_printable_ascii(b""));
        assert!(is_printable_ascii(b" ~ ~ ~ ~ ~ ~ ~ ~"));
        assert!(!is_printable_ascii("東工大GPT model".as_bytes()));
    }

    #[test]
    fn escapes_terminal_controls() {
        assert_eq!(text("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(text("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(text("東工大GPT"), "東工大GPT");
        assert_eq!(line("a\nb\tc"), "a b c");
    }
}
