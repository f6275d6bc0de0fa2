//! One file per subcommand (as xsv does), each owning its arguments and a
//! `run` function; this file parses the command line once and dispatches.

pub mod benchmarks;
pub mod catalog;
pub mod catalog_results;
pub mod compare;
pub mod completions;
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
            if let Some(message) = localized(&e) {
                crate::eline!("{message}");
                return Ok(ExitCode::from(2));
            }
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

/// A usage error about a flag's value whose explanation is jllm's own (the
/// value parsers of units, suites and labels), in Japanese or French: the
/// frame clap would print around it (`error:`, `invalid value … for …`,
/// the pointer to `--help`) translated too. None for English, and for
/// clap's own errors (unknown flags, missing values), which clap prints.
fn localized(e: &clap::Error) -> Option<String> {
    use crate::catalog::schema::Lang;
    use crate::i18n::{tr, trf};
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !matches!(
        e.kind(),
        ErrorKind::ValueValidation | ErrorKind::InvalidValue
    ) {
        return None;
    }
    let lang = crate::i18n::lang();
    if lang == Lang::En {
        return None;
    }
    let line = crate::sanitize::line;
    let string = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    if e.kind() == ErrorKind::ValueValidation {
        let (arg, value) = (
            string(ContextKind::InvalidArg)?,
            string(ContextKind::InvalidValue)?,
        );
        let why = std::error::Error::source(e)?.to_string();
        let text = trf(
            lang,
            "invalid value '{0}' for '{1}': {2}",
            &[&line(value), &arg, &line(&why)],
        );
        return Some(format!(
            "{}\n\n{}",
            trf(lang, "error: {0}", &[&text]),
            tr(lang, "For more information, try '--help'.")
        ));
    }
    // A message of jllm's own with no context: a label parser's
    // (src/query/resolve.rs), already in the language.
    if e.context().next().is_some() {
        return None;
    }
    let text = e.to_string();
    let message = text.strip_prefix("error: ")?.trim_end();
    Some(trf(lang, "error: {0}", &[&line(message)]))
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
