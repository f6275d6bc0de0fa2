//! One file per subcommand (as xsv does), each owning its arguments and a
//! `run` function; this file parses the command line once and dispatches.

pub mod benchmarks;
pub mod catalog;
pub mod catalog_results;
pub mod compare;
pub mod completions;
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

use crate::cli::{Cli, Command};
use crate::config::Config;

/// Parses arguments and runs the command. Usage errors exit 2 (clap prints
/// them); `--help` and `--version` exit 0.
pub fn run() -> Result<ExitCode> {
    crate::cli::tidy_env();
    let cli = match Cli::parse_args(std::env::args_os().collect()) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            // Help into a closed pipe is not an error either; help that
            // cannot be written (stdout on a full disk) is, and a usage error
            // exits 2 whether or not stderr takes its message.
            return match e.print() {
                Err(io) if code == 0 && io.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(anyhow::Error::new(io).context("cannot write the help"))
                }
                _ => Ok(ExitCode::from(code)),
            };
        }
    };
    // Never dropped: freeing a big overlay catalog only delays the exit.
    let cfg = std::mem::ManuallyDrop::new(Config::from_cli(&cli));
    let cfg: &Config = &cfg;
    match &cli.command {
        Command::List(a) => list::run(a, cfg),
        Command::Show(a) => show::run(a, cfg),
        Command::Search(a) => search::run(a, cfg),
        Command::Compare(a) => compare::run(a, cfg),
        Command::Stats(a) => stats::run(a, cfg),
        Command::Fit(a) => fit::run(a, cfg),
        Command::Plot(a) => plot::run(a, cfg),
        Command::Results(a) => results::run(a, cfg),
        Command::Benchmarks(a) => benchmarks::list(a, cfg),
        Command::Benchmark(a) => benchmarks::show(a, cfg),
        Command::Catalog(c) => catalog::run(c, cfg),
        Command::Update(a) => update::run(a, cfg),
        Command::Completions(a) => completions::run(a),
        Command::Complete(a) => completions::complete(a, cfg),
        Command::Schema => schema::run(),
        Command::Man => man::run(),
    }
}

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
