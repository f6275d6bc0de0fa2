//! Writing JSON for a terminal: compact, with the characters a terminal
//! acts on escaped ([`TerminalSafe`]), and objects with sorted keys.

use std::io::Write;

use serde::Serialize;
use serde_json::Value;

/// `value` as a `serde_json::Value`, whose objects keep their keys in
/// alphabetical order: the order `show`, `search`, `list --variants`,
/// `fit`, `stats`, `benchmarks` and `catalog info` print them in.
pub fn sorted(value: &impl Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// A serde_json formatter that also escapes, as `\uXXXX`, the characters
/// JSON allows raw but a terminal acts on: DEL, C1 controls (U+009B is a
/// CSI) and bidi overrides. A JSON reader sees the same strings; a terminal
/// showing `jllm list --json` sees no escape sequence.
pub struct TerminalSafe<F>(pub F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for TerminalSafe<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        // ASCII below DEL (URLs, ids, suite names: most fragments) holds
        // nothing to escape; serde_json has escaped what is below space.
        // Without this check, escaping was nearly half of a filtered
        // `list --json` (docs/performance.md).
        if fragment.bytes().all(|b| b < 0x7f) {
            return w.write_all(fragment.as_bytes());
        }
        let mut rest = fragment;
        while let Some((i, c)) = rest
            .char_indices()
            .find(|&(_, c)| crate::sanitize::is_dangerous(c))
        {
            w.write_all(&rest.as_bytes()[..i])?;
            // Every such character is in the Basic Multilingual Plane.
            write!(w, "\\u{:04x}", u32::from(c))?;
            rest = &rest[i + c.len_utf8()..];
        }
        w.write_all(rest.as_bytes())
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Writes `value` as compact JSON with [`TerminalSafe`] escaping: the form
/// pipes get, and the form build.rs stores for the built-in families.
pub fn write_compact<W: std::io::Write>(
    out: W,
    value: &(impl Serialize + ?Sized),
) -> serde_json::Result<()> {
    value.serialize(&mut serde_json::Serializer::with_formatter(
        out,
        TerminalSafe(serde_json::ser::CompactFormatter),
    ))
}
