//! The command line, declared with clap's derive API (as fd does). Each
//! subcommand's own arguments live beside its code in `src/cmd/`; this file
//! holds the global options and the list of commands.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::cmd;

pub const EXIT_CODES: &str = "\
Exit codes:
  0  results were printed
  1  nothing found (no match for show, compare, benchmark; an empty list)
  2  usage or input error (bad flag value, unreadable or invalid catalog)";

#[derive(Debug, Parser)]
#[command(
    name = "jllm",
    version,
    about = "Answers questions about Japanese large language models, from a catalog of the awesome-japanese-llm list",
    after_help = EXIT_CODES,
    max_term_width = 100
)]
pub struct Cli {
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

    /// Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, else en]
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

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Ja,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
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
    /// Chart of parameter counts against release dates (SVG, or text in the terminal)
    Plot(cmd::plot::Args),
    /// List the evaluation benchmarks
    Benchmarks(cmd::benchmarks::ListArgs),
    /// Everything about one benchmark
    Benchmark(cmd::benchmarks::ShowArgs),
    /// Import, check and validate catalog data
    #[command(subcommand)]
    Catalog(cmd::catalog::Command),
    /// Print a shell completion script
    Completions(cmd::completions::Args),
    /// Print the JSON Schema of the JSON output
    Schema,
    /// Print ids for shell completion (used by the completion scripts)
    #[command(hide = true)]
    Complete(cmd::completions::CompleteArgs),
}
