//! Messages on stderr that cannot panic. `eprintln!` panics when stderr is
//! full or a closed pipe (`jllm show x 2>/dev/full`, `jllm … 2>&1 | true`
//! ended with exit 101); every message jllm prints on stderr goes through
//! [`eline!`](crate::eline) instead. A failed write to stderr is ignored:
//! there is nowhere left to report it, and the exit code still says what
//! happened (see `main.rs`).

use std::io::Write;

/// Writes one line to stderr, ignoring a failed write.
pub fn line(args: std::fmt::Arguments) {
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
