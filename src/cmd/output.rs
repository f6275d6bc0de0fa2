//! The output options every listing command takes (`--format`, `--json
//! [FIELDS]`, `--columns`), declared once for clap and checked against the
//! fields and columns of the command before anything runs. What they mean
//! once checked is a [`render::Output`], which [`render::emit::emit`] obeys.

use std::io::Write;

use anyhow::{bail, Result};
use clap::{Args, ValueEnum};

use crate::config::Config;
use crate::render::{self, Format};

/// `--format` takes the renderer's formats, as `cli.rs` makes the schema's
/// categories clap values.
impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &Format::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.as_str()))
    }
}

#[derive(Debug, Clone, Default, Args)]
pub struct OutputArgs {
    /// Output format
    #[arg(
        long,
        short = 'f',
        value_enum,
        value_name = "FORMAT",
        help_heading = "Output"
    )]
    pub format: Option<Format>,
    /// JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)
    #[arg(long, value_name = "FIELDS", num_args = 0..=1, default_missing_value = "", help_heading = "Output")]
    pub json: Option<String>,
    /// Columns to show, in order, for table/csv/tsv/markdown (comma-separated)
    #[arg(
        long,
        value_name = "COLS",
        value_delimiter = ',',
        help_heading = "Output"
    )]
    pub columns: Vec<String>,
    // The two flags are `Option<bool>` taking no value: clap stores a
    // default `false` for every plain flag not given, a cost on each run
    // of `list` and `show`; these have none.
    /// On a terminal, print long cells whole instead of cutting them with "…" to fit its width
    #[arg(
        long,
        short = 'w',
        num_args = 0,
        default_missing_value = "true",
        help_heading = "Output"
    )]
    pub wide: Option<bool>,
    /// Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`
    #[arg(
        long,
        num_args = 0,
        default_missing_value = "true",
        help_heading = "Output"
    )]
    pub no_pager: Option<bool>,
}

/// clap's parser of `--columns` for a command: every column it has in any
/// mode, so that help, shell completion and "a similar value exists" come
/// from clap, and a wrong name exits 2 before anything runs.
/// [`OutputArgs::resolve`] then checks the columns of the mode asked
/// (`list` with or without `--variants`, `results` with or without a query).
pub fn columns_parser(sets: &'static [&'static [&'static str]]) -> ColumnsParser {
    ColumnsParser(sets)
}

/// [`columns_parser`]: a name is looked up in the command's lists; clap's
/// `PossibleValuesParser` is built only to word an error: built with every
/// command line, it was a measurable part of `show` for a list of possible
/// values that only help, completion and errors read.
#[derive(Clone)]
pub struct ColumnsParser(&'static [&'static [&'static str]]);

impl ColumnsParser {
    /// Each column once, in the order of the lists.
    fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        let all = || self.0.iter().flat_map(|set| set.iter().copied());
        all()
            .enumerate()
            .filter_map(move |(i, c)| (!all().take(i).any(|d| d == c)).then_some(c))
    }
}

impl clap::builder::TypedValueParser for ColumnsParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        match value.to_str() {
            Some(v) if self.0.iter().any(|set| set.contains(&v)) => Ok(v.to_string()),
            _ => clap::builder::PossibleValuesParser::new(self.names().collect::<Vec<_>>())
                .parse_ref(cmd, arg, value),
        }
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            self.names().map(clap::builder::PossibleValue::new),
        ))
    }
}

/// What a command can print: its JSON keys and its columns.
pub struct Shape<'a> {
    pub fields: &'a [&'a str],
    pub columns: &'a [&'a str],
    pub default_columns: &'a [&'a str],
    /// The table without `--columns` is a page, not these columns (show,
    /// benchmark; see `render::emit::Layout::page`).
    pub page: bool,
}

impl OutputArgs {
    /// Checks the arguments against the fields and columns a command has.
    /// `Ok(None)` means `--json` alone on a terminal: the fields were listed.
    pub fn resolve(&self, cfg: &Config, shape: &Shape) -> Result<Option<render::Output>> {
        // Decided before anything is written (see crate::pager::Out).
        crate::pager::init(cfg, self.no_pager != Some(true));
        render::table::set_wide(self.wide == Some(true));
        let mut format = self.format.unwrap_or(Format::Table);
        let mut fields = None;
        if let Some(list) = &self.json {
            if let Some(f) = self
                .format
                .filter(|f| *f != Format::Json && *f != Format::Jsonl)
            {
                bail!(
                    "--json conflicts with --format {}; use one of them",
                    f.as_str()
                );
            }
            if self.format != Some(Format::Jsonl) {
                format = Format::Json;
            }
            if list.is_empty() {
                if cfg.tty && self.format.is_none() {
                    let mut out = std::io::stdout().lock();
                    writeln!(out, "Specify one or more comma-separated fields for --json (or use --format json for all):")?;
                    for f in shape.fields {
                        writeln!(out, "  {f}")?;
                    }
                    out.flush()?;
                    return Ok(None);
                }
            } else {
                let wanted: Vec<String> = list
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                for w in &wanted {
                    if !shape.fields.contains(&w.as_str()) {
                        bail!(
                            "unknown JSON field '{w}'; valid fields: {}",
                            shape.fields.join(", ")
                        );
                    }
                }
                fields = Some(wanted);
            }
        }
        // Only a grid prints columns: the defaults are not copied for
        // JSON, ids or a page.
        let grid = match format {
            Format::Table => !shape.page,
            Format::Csv | Format::Tsv | Format::Markdown => true,
            Format::Json | Format::Jsonl | Format::Ids => false,
        };
        let columns: Vec<String> = if self.columns.is_empty() {
            if grid {
                shape
                    .default_columns
                    .iter()
                    .map(|s| s.to_string())
                    .collect()
            } else {
                Vec::new()
            }
        } else {
            for c in self.columns.iter() {
                if !shape.columns.contains(&c.as_str()) {
                    bail!(
                        "unknown column '{c}'; valid columns: {}",
                        shape.columns.join(", ")
                    );
                }
            }
            self.columns.clone()
        };
        Ok(Some(render::Output {
            format,
            fields,
            columns,
            columns_given: !self.columns.is_empty(),
            pretty: cfg.tty,
            keep: Vec::new(),
        }))
    }
}

/// The columns that answer the filters given (`--license` → license and
/// commercial, `--min-context` → context…): kept on a terminal however
/// narrow (`render::Output::keep`). Names of both family and checkpoint
/// columns; those a table lacks are ignored.
pub fn flag_columns(f: &crate::cmd::filters::FilterArgs) -> Vec<String> {
    let f = f.to_filters();
    let mut keep: Vec<String> = crate::query::filter::FILTERS
        .iter()
        .filter(|d| (d.set)(&f))
        .flat_map(|d| d.columns.iter().map(|c| c.to_string()))
        .collect();
    for m in &f.min_score {
        keep.push(format!("score:{}", m.suite));
    }
    keep
}
