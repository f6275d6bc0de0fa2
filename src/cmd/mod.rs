//! One file per subcommand (as xsv does), each owning its arguments and a
//! `run` function (`cli.rs` parses the command line once and dispatches),
//! and what they share to write their output.

pub mod benchmarks;
pub mod browse;
pub mod catalog;
pub mod catalog_results;
pub mod compare;
pub mod completer;
pub mod completions;
pub mod drift;
pub mod filters;
pub mod fit;
pub mod list;
pub mod machine;
pub mod man;
pub mod output;
pub mod plan;
pub mod plot;
pub mod plot_scores;
pub mod recommend;
pub mod results;
pub mod schema;
pub mod search;
pub mod show;
pub mod stats;
pub mod update;

use std::io::Write as _;
use std::process::ExitCode;

use anyhow::Result;

/// Buffered stdout, held for the pager on a terminal (`crate::pager`),
/// finished by the caller; errors (a closed pipe) propagate.
pub fn stdout() -> crate::pager::Out {
    crate::pager::Out::new()
}

/// Writes the output (through the pager when it pages) and maps "printed
/// something" to exit 0, "nothing" to 1.
pub fn finish(mut out: crate::pager::Out, found: bool) -> Result<ExitCode> {
    out.flush()?;
    out.finish()?;
    Ok(if found {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
