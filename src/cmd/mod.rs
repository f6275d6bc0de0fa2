//! One file per subcommand (as xsv does), each owning its arguments and a
//! `run` function (`cli.rs` parses the command line once and dispatches),
//! and what they share to write their output.

pub mod benchmarks;
pub mod catalog;
pub mod catalog_results;
pub mod compare;
pub mod completions;
pub mod drift;
pub mod filters;
pub mod fit;
pub mod list;
pub mod man;
pub mod output;
pub mod plot;
pub mod plot_scores;
pub mod results;
pub mod schema;
pub mod search;
pub mod show;
pub mod stats;
pub mod update;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

/// Buffered stdout, flushed by the caller; errors (a closed pipe) propagate.
pub fn stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::new(std::io::stdout().lock())
}

/// Flushes and maps "printed something" to exit 0, "nothing" to 1.
pub fn finish(mut out: impl Write, found: bool) -> Result<ExitCode> {
    out.flush()?;
    Ok(if found {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
