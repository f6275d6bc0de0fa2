//! The command line, declared with clap's derive API (as fd does). Each
//! subcommand's own arguments live beside its code in `src/cmd/`; this file
//! holds the global options and the list of commands.

use std::path::PathBuf;

use std::ffi::OsString;
use std::process::ExitCode;

use anyhow::Result;
use clap::CommandFactory;

use clap::{Args, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::catalog::schema::Lang;
use crate::cmd;
use crate::config::{ColorWhen, Config};

/// The root command's closing help (`--help`, and the man page): the
/// symbols tables print (on a terminal, one line under a table says those
/// it used), then the exit codes.
pub const AFTER_HELP: &str = "\
Symbols in tables:
  ✓  commercial use allowed (after a license)
  ~  commercial use allowed with conditions (user caps, registration, use policies)
  ✗  commercial use not allowed
  ?  commercial use unknown: the sources do not say
  ▶  the checkpoint a Hugging Face repo id named (show)
  …  a cell cut to fit the terminal (--wide prints it whole)
  fit's verdicts: fits on GPU, with CPU offload, too large (--all)

Exit codes:
  0  results were printed
  1  nothing found (no match for show, compare, benchmark; an empty list)
  2  usage or input error (bad flag value, unreadable or invalid catalog)";

#[derive(Debug, Parser)]
#[command(
    name = "jllm",
    version,
    about = "Answers questions about Japanese large language models, from a catalog of the awesome-japanese-llm list",
    after_help = AFTER_HELP,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

/// The options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Overlay a catalog TOML file or directory on the built-in catalog (repeatable;
    /// an entry with an existing id replaces it, new ids are added)
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        env = "JLLM_CATALOG",
        value_delimiter = ':'
    )]
    pub catalog: Vec<PathBuf>,

    /// Start from an empty catalog instead of the built-in one
    #[arg(long, global = true)]
    pub no_builtin: bool,

    /// Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]
    #[arg(
        long,
        global = true,
        value_enum,
        env = "JLLM_LANG",
        value_name = "LANG"
    )]
    pub lang: Option<LangArg>,

    /// When to use colours (NO_COLOR is respected in auto mode)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Ja,
    Fr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl Global {
    /// The global options as the plain [`Config`] the commands read.
    pub fn config(&self) -> Config {
        let color = match self.color {
            ColorChoice::Auto => ColorWhen::Auto,
            ColorChoice::Always => ColorWhen::Always,
            ColorChoice::Never => ColorWhen::Never,
        };
        let lang = self.lang.map(|l| match l {
            LangArg::En => Lang::En,
            LangArg::Ja => Lang::Ja,
            LangArg::Fr => Lang::Fr,
        });
        Config::new(color, lang, self.catalog.clone(), self.no_builtin)
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List model families (or checkpoints with --variants) matching filters
    #[command(visible_alias = "ls")]
    List(cmd::list::Args),
    /// Everything about one family: by id, Hugging Face repo or name
    Show(cmd::show::Args),
    /// Fuzzy search over names, ids, repos, developers, architectures and training data
    Search(cmd::search::Args),
    /// Families side by side, one column each
    Compare(cmd::compare::Args),
    /// Counts per developer, license, year… with the filters applied
    Stats(cmd::stats::Args),
    /// Which checkpoints fit in a GPU's memory (and RAM), at which quantization
    Fit(cmd::fit::Args),
    /// Browse the catalog in the terminal: filters, search, sort, compare, fit
    Browse(cmd::browse::Args),
    /// Checkpoints that fit a machine, best first on one suite's score, each with a reason
    Recommend(cmd::recommend::Args),
    /// Memory a checkpoint needs per quantization, and which GPUs of the table run it
    Plan(cmd::plan::Args),
    /// Chart of parameter counts against release dates (SVG, or text in the terminal)
    Plot(cmd::plot::Args),
    /// Evaluation results (Swallow, pfgen-bench) of a model, or a ranking on one suite
    Results(cmd::results::Args),
    /// List the evaluation benchmarks
    Benchmarks(cmd::benchmarks::ListArgs),
    /// Everything about one benchmark
    Benchmark(cmd::benchmarks::ShowArgs),
    /// Import, check and validate catalog data; say which catalog is in effect
    #[command(subcommand)]
    Catalog(cmd::catalog::Command),
    /// Download the awesome-japanese-llm list and install it as your catalog
    Update(cmd::update::Args),
    /// Serve the catalog to AI assistants: a Model Context Protocol server on stdio
    Mcp(crate::mcp::Args),
    /// Print a shell completion script
    Completions(cmd::completions::Args),
    /// Print the JSON Schema of a command's JSON output
    Schema(cmd::schema::Args),
    /// Print the manual page (roff): jllm man | man -l -
    Man,
    /// Print ids or a filter's values, one a line (for scripts and fzf)
    #[command(hide = true)]
    Complete(cmd::completions::CompleteArgs),
}

/// Empty environment values mean unset, as for NO_COLOR: `JLLM_CATALOG=""`
/// (what `export JLLM_CATALOG=` or an unset shell variable in a script
/// gives) made clap refuse every command, and `JLLM_CATALOG=a.toml:` one
/// with an empty path. Empty `JLLM_LANG` is removed, and empty paths are
/// dropped from `JLLM_CATALOG` (removed when none is left). Called once at
/// start-up, before any thread exists.
/// Parses arguments and runs the command. Usage errors exit 2 (clap prints
/// them); `--help` and `--version` exit 0.
pub fn run() -> Result<ExitCode> {
    tidy_env();
    if let Some(code) = cmd::completer::run_if_asked(Cli::command) {
        return Ok(code);
    }
    let cli = match Cli::parse_args(std::env::args_os().collect()) {
        Ok(cli) => cli,
        Err(e) => {
            let e = retip(e);
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
    let cfg = std::mem::ManuallyDrop::new(cli.global.config());
    let cfg: &Config = &cfg;
    match &cli.command {
        Command::List(a) => cmd::list::run(a, cfg),
        Command::Show(a) => cmd::show::run(a, cfg),
        Command::Search(a) => cmd::search::run(a, cfg),
        Command::Compare(a) => cmd::compare::run(a, cfg),
        Command::Stats(a) => cmd::stats::run(a, cfg),
        Command::Fit(a) => cmd::fit::run(a, cfg),
        Command::Browse(a) => cmd::browse::run(a, cfg),
        Command::Recommend(a) => cmd::recommend::run(a, cfg),
        Command::Plan(a) => cmd::plan::run(a, cfg),
        Command::Plot(a) => cmd::plot::run(a, cfg),
        Command::Results(a) => cmd::results::run(a, cfg),
        Command::Benchmarks(a) => cmd::benchmarks::list(a, cfg),
        Command::Benchmark(a) => cmd::benchmarks::show(a, cfg),
        Command::Catalog(c) => cmd::catalog::run(c, cfg),
        Command::Update(a) => cmd::update::run(a, cfg),
        Command::Mcp(a) => crate::mcp::run(a, &cli.global),
        Command::Completions(a) => cmd::completions::run(a),
        Command::Complete(a) => cmd::completions::complete(a, cfg),
        Command::Schema(a) => cmd::schema::run(a),
        Command::Man => cmd::man::run(Cli::command()),
    }
}

/// clap's tip for an unknown flag where a value may stand ("to pass
/// '--license' as a value, use '-- --license'") names nothing that helps:
/// no id, name or query of jllm's begins with `--`. It becomes the commands
/// that take the flag (`--license`: list, results…), or says none does.
fn retip(mut e: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::UnknownArgument {
        return e;
    }
    let as_value = matches!(
        e.get(ContextKind::Suggested),
        Some(ContextValue::StyledStrs(tips)) if tips.iter().any(|t| t.to_string().contains("as a value"))
    );
    let Some(ContextValue::String(arg)) = e.get(ContextKind::InvalidArg) else {
        return e;
    };
    if !as_value || !arg.starts_with("--") {
        return e;
    }
    let long = arg
        .trim_start_matches("--")
        .split('=')
        .next()
        .unwrap_or_default()
        .to_string();
    let cmd = Cli::command();
    let takers: Vec<&str> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .filter(|s| {
            s.get_arguments()
                .any(|a| a.get_long() == Some(long.as_str()))
        })
        .map(|s| s.get_name())
        .collect();
    let tip = if takers.is_empty() {
        format!("no command of jllm takes --{long}")
    } else {
        format!("--{long} is taken by jllm {}", takers.join(", jllm "))
    };
    e.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec![tip.into()]),
    );
    e
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

pub fn tidy_env() {
    if std::env::var_os("JLLM_LANG").is_some_and(|v| v.is_empty()) {
        std::env::remove_var("JLLM_LANG");
    }
    let Some(catalog) = std::env::var_os("JLLM_CATALOG") else {
        return;
    };
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let bytes = catalog.as_bytes();
    if !bytes.split(|&b| b == b':').any(<[u8]>::is_empty) {
        return;
    }
    let kept: Vec<&[u8]> = bytes
        .split(|&b| b == b':')
        .filter(|p| !p.is_empty())
        .collect();
    if kept.is_empty() {
        std::env::remove_var("JLLM_CATALOG");
    } else {
        std::env::set_var("JLLM_CATALOG", OsString::from_vec(kept.join(&b':')));
    }
}

impl Cli {
    /// Parses the command line, building only the command it names.
    ///
    /// Deriving the whole command tree (a dozen commands, ~150 options) and
    /// freeing it was half of a `jllm show` run, and jllm runs on every Tab
    /// and fzf keystroke. When the subcommand is one of the query commands
    /// and no help or version is asked, the root options and that one
    /// command are built and parsed; anything else, or any parse error,
    /// goes through the full tree so that help and errors are clap's own.
    pub fn parse_args(args: Vec<OsString>) -> Result<Cli, clap::Error> {
        Self::parse_args_in(args, Tree::Leak)
    }

    /// [`Cli::parse_args`], freeing or leaking clap's command tree as `tree` says.
    pub(crate) fn parse_args_in(args: Vec<OsString>, tree: Tree) -> Result<Cli, clap::Error> {
        if let Some(cli) = Self::parse_one(&args, tree) {
            return Ok(cli);
        }
        use clap::CommandFactory;
        let mut command = Cli::command();
        let parsed = match command.try_get_matches_from_mut(args) {
            Ok(matches) => {
                let cli = Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command));
                tree.dispose(matches);
                cli
            }
            Err(e) => Err(e),
        };
        tree.dispose(command);
        parsed
    }

    /// The fast path of [`Cli::parse_args`]; None where it declines.
    pub(crate) fn parse_one(args: &[OsString], tree: Tree) -> Option<Cli> {
        let sub = match subcommand_name(args)? {
            "list" | "ls" => cmd::list::Args::augment_args(clap::Command::new("list")).alias("ls"),
            "show" => cmd::show::Args::augment_args(clap::Command::new("show")),
            "search" => cmd::search::Args::augment_args(clap::Command::new("search")),
            "compare" => cmd::compare::Args::augment_args(clap::Command::new("compare")),
            "stats" => cmd::stats::Args::augment_args(clap::Command::new("stats")),
            "fit" => cmd::fit::Args::augment_args(clap::Command::new("fit")),
            "recommend" => cmd::recommend::Args::augment_args(clap::Command::new("recommend")),
            "plan" => cmd::plan::Args::augment_args(clap::Command::new("plan")),
            "benchmarks" => {
                cmd::benchmarks::ListArgs::augment_args(clap::Command::new("benchmarks"))
            }
            "benchmark" => cmd::benchmarks::ShowArgs::augment_args(clap::Command::new("benchmark")),
            "complete" => {
                cmd::completions::CompleteArgs::augment_args(clap::Command::new("complete"))
            }
            "results" => cmd::results::Args::augment_args(clap::Command::new("results")),
            _ => return None,
        };
        let mut command = Global::augment_args(clap::Command::new("jllm"))
            .subcommand(sub)
            .subcommand_required(true);
        let cli = command
            .try_get_matches_from_mut(args)
            .ok()
            .and_then(|mut matches| {
                // The `_mut` forms take the values out; the plain ones clone
                // every match first (and free each copy).
                let cli = Global::from_arg_matches_mut(&mut matches)
                    .and_then(|global| Ok((global, Command::from_arg_matches_mut(&mut matches)?)))
                    .ok()
                    .map(|(global, command)| Cli { global, command });
                tree.dispose(matches);
                cli
            });
        tree.dispose(command);
        cli
    }
}

/// What becomes of clap's command tree and matches after a parse.
///
/// Freeing them was a measurable part of a `jllm show` run (thousands of
/// small allocations), and the binary exits right after parsing, so it
/// leaks them. A process that parses many command lines (the fuzz target,
/// the tests) must free them: leaking made the `query` fuzz target reach
/// libFuzzer's 2 GB limit after about 8,000 inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tree {
    /// Never freed: the process is about to exit.
    Leak,
    /// Freed as usual.
    Free,
}

impl Tree {
    fn dispose<T>(self, value: T) {
        match self {
            Tree::Leak => std::mem::forget(value),
            Tree::Free => drop(value),
        }
    }
}

/// The subcommand a command line names, skipping the root options (and
/// their values) before it; None when help or the version is asked for, or
/// an option comes first that is not a root option.
fn subcommand_name(args: &[OsString]) -> Option<&str> {
    let words: Vec<&str> = args
        .iter()
        .skip(1)
        .map(|a| a.to_str())
        .collect::<Option<_>>()?;
    if words
        .iter()
        .any(|w| matches!(*w, "-h" | "--help" | "-V" | "--version" | "help"))
    {
        return None;
    }
    let mut rest = words.into_iter();
    while let Some(w) = rest.next() {
        match w {
            "--no-builtin" => {}
            "--catalog" | "--lang" | "--color" => {
                rest.next()?;
            }
            _ if ["--catalog=", "--lang=", "--color="]
                .iter()
                .any(|p| w.starts_with(p)) => {}
            _ if w.starts_with('-') => return None,
            _ => return Some(w),
        }
    }
    None
}

#[cfg(test)]
mod tests;
