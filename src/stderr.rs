//! Messages on stderr that cannot panic. `eprintln!` panics when stderr is
//! full or a closed pipe (`jllm show x 2>/dev/full`, `jllm … 2>&1 | true`
//! ended with exit 101); every message jllm prints on stderr goes through
//! [`eline!`](crate::eline) instead. A failed write to stderr is ignored:
//! there is nowhere left to report it, and the exit code still says what
//! happened (see `main.rs`). A thread inside [`capture`] (the MCP server
//! answering a tool call) has its lines kept instead, to answer with.

use std::cell::RefCell;
use std::io::Write;

thread_local! {
    /// The lines this thread wrote, while [`capture`] runs.
    static CAPTURED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f` with the lines written through [`line`] kept instead of
/// printed; returns what `f` returned and those lines.
pub(crate) fn capture<T>(f: impl FnOnce() -> T) -> (T, String) {
    let before = CAPTURED.with(|c| c.replace(Some(String::new())));
    let value = f();
    let text = CAPTURED.with(|c| c.replace(before)).unwrap_or_default();
    (value, text)
}

/// Keeps `text` with the lines of [`capture`] when this thread is inside
/// it (a footer that JSON output has no place for); else does nothing.
pub(crate) fn note(text: &str) {
    CAPTURED.with(|c| {
        if let Some(kept) = c.borrow_mut().as_mut() {
            kept.push_str(text.trim_end());
            kept.push('\n');
        }
    });
}

/// Writes one line to stderr, ignoring a failed write.
pub fn line(args: std::fmt::Arguments) {
    let kept = CAPTURED.with(|c| match c.borrow_mut().as_mut() {
        Some(text) => {
            use std::fmt::Write as _;
            let _ = text.write_fmt(args);
            text.push('\n');
            true
        }
        None => false,
    });
    if kept {
        return;
    }
    let mut err = std::io::stderr().lock();
    let _ = err.write_fmt(args).and_then(|()| err.write_all(b"\n"));
}

/// `eprintln!` that never panics: see [`line`].
#[macro_export]
macro_rules! eline {
    ($($arg:tt)*) => {
        $crate::stderr::line(format_args!($($arg)*))
    };
}
