//! Escaping control characters before printing catalog text, so a hostile
//! `--catalog` file cannot move the cursor, change colours or retitle the
//! terminal, and bidirectional overrides cannot reorder what a user reads.
//! Defined in the catalog model crate, whose JSON writer escapes the same
//! characters.

pub use jllm_catalog::sanitize::*;

/// `text` without the SGR escapes (`ESC [ … m`) a painted table holds: what
/// a terminal shows of it. Catalog text reaches a table escaped, so every
/// ESC in one is jllm's own.
pub fn unpainted(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\u{1b}') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = rest.find('m').map_or("", |m| &rest[m + 1..]);
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}
