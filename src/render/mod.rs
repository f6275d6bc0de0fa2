//! Output: tables for people, JSON/JSONL for scripts, CSV/TSV/Markdown for
//! spreadsheets and documents, bare ids for completion, xargs and fzf.
//! Everything is written through one buffered stdout; a closed pipe surfaces
//! as an io error that `main` turns into a quiet exit.

pub mod family;
pub mod json;
pub mod scores;
pub mod table;

use std::io::Write;

use anyhow::{bail, Result};
use clap::{Args, ValueEnum};
use serde_json::Value;

use crate::config::Config;
use crate::sanitize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
    Tsv,
    Markdown,
    Ids,
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
    /// JSON output; with comma-separated field names, only those keys (alone on a terminal: list the fields)
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
}

/// What the output arguments mean once checked.
pub struct Output {
    pub format: Format,
    /// `--json a,b`: keep only these keys.
    pub fields: Option<Vec<String>>,
    pub columns: Vec<String>,
    /// JSON is indented for a person reading a terminal, compact for a
    /// program reading a pipe (a third of the bytes; `jq .` indents it).
    pub pretty: bool,
}

impl OutputArgs {
    /// Checks the arguments against the fields and columns a command has.
    /// `Ok(None)` means `--json` alone on a terminal: the fields were listed.
    pub fn resolve(
        &self,
        cfg: &Config,
        json_fields: &[&str],
        columns: &[&str],
        default_columns: &[&str],
    ) -> Result<Option<Output>> {
        let mut format = self.format.unwrap_or(Format::Table);
        let mut fields = None;
        if let Some(list) = &self.json {
            if self
                .format
                .is_some_and(|f| f != Format::Json && f != Format::Jsonl)
            {
                bail!(
                    "--json conflicts with --format {:?}; use one of them",
                    self.format
                        .map(|f| format!("{f:?}").to_lowercase())
                        .unwrap_or_default()
                );
            }
            if self.format != Some(Format::Jsonl) {
                format = Format::Json;
            }
            if list.is_empty() {
                if cfg.tty && self.format.is_none() {
                    let mut out = std::io::stdout().lock();
                    writeln!(out, "Specify one or more comma-separated fields for --json (or use --format json for all):")?;
                    for f in json_fields {
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
                    if !json_fields.contains(&w.as_str()) {
                        bail!(
                            "unknown JSON field '{w}'; valid fields: {}",
                            json_fields.join(", ")
                        );
                    }
                }
                fields = Some(wanted);
            }
        }
        let cols: Vec<String> = if self.columns.is_empty() {
            default_columns.iter().map(|s| s.to_string()).collect()
        } else {
            for c in self.columns.iter() {
                if !columns.contains(&c.as_str()) {
                    bail!(
                        "unknown column '{c}'; valid columns: {}",
                        columns.join(", ")
                    );
                }
            }
            self.columns.clone()
        };
        Ok(Some(Output {
            format,
            fields,
            columns: cols,
            pretty: cfg.tty,
        }))
    }
}

/// Writes rows of JSON objects as an array or as lines, keeping only
/// `fields` when given.
pub fn write_json<T: serde::Serialize>(
    out: &mut impl Write,
    values: &[T],
    output: &Output,
) -> Result<()> {
    if let Some(fields) = output.fields.as_deref() {
        // Selecting keys goes through `Value`; the full objects need not.
        let picked = values
            .iter()
            .map(|v| Ok(json::select(serde_json::to_value(v)?, Some(fields))))
            .collect::<Result<Vec<Value>>>()?;
        let all = Output {
            fields: None,
            columns: Vec::new(),
            ..*output
        };
        return write_json(out, &picked, &all);
    }
    if output.format == Format::Jsonl {
        for v in values {
            write_json_value(out, v, false)?;
        }
        Ok(())
    } else {
        write_json_value(out, &values, output.pretty)
    }
}

/// Writes one JSON object (show, benchmark): one line for `jsonl`.
pub fn write_json_one(out: &mut impl Write, value: Value, output: &Output) -> Result<()> {
    let value = json::select(value, output.fields.as_deref());
    write_json_value(out, &value, output.pretty && output.format != Format::Jsonl)
}

/// Writes `value` as JSON and a newline, pretty or on one line, with the
/// characters a terminal acts on escaped (see [`json::TerminalSafe`]). A
/// closed pipe comes back as the `serde_json::Error` wrapping the io error.
pub fn write_json_value(
    out: &mut impl Write,
    value: &impl serde::Serialize,
    pretty: bool,
) -> Result<()> {
    if pretty {
        let fmt = json::TerminalSafe(serde_json::ser::PrettyFormatter::new());
        value.serialize(&mut serde_json::Serializer::with_formatter(&mut *out, fmt))?;
    } else {
        json::write_compact(&mut *out, value)?;
    }
    writeln!(out)?;
    Ok(())
}

/// Writes a grid of cells in a delimited or document format.
pub fn write_grid(
    out: &mut impl Write,
    format: Format,
    header: &[String],
    rows: &[Vec<String>],
    cfg: &Config,
) -> Result<()> {
    match format {
        Format::Csv => {
            writeln!(
                out,
                "{}",
                header
                    .iter()
                    .map(|h| csv_cell(h))
                    .collect::<Vec<_>>()
                    .join(",")
            )?;
            for r in rows {
                writeln!(
                    out,
                    "{}",
                    r.iter()
                        .map(|c| csv_cell(&sanitize::text(c)))
                        .collect::<Vec<_>>()
                        .join(",")
                )?;
            }
        }
        Format::Tsv => {
            writeln!(out, "{}", header.join("\t"))?;
            for r in rows {
                writeln!(
                    out,
                    "{}",
                    r.iter()
                        .map(|c| sanitize::line(c))
                        .collect::<Vec<_>>()
                        .join("\t")
                )?;
            }
        }
        Format::Markdown => {
            writeln!(out, "| {} |", header.join(" | "))?;
            writeln!(
                out,
                "|{}",
                header.iter().map(|_| "---|").collect::<String>()
            )?;
            for r in rows {
                let cells: Vec<String> = r
                    .iter()
                    .map(|c| sanitize::text(c).replace('|', "\\|").replace('\n', "<br>"))
                    .collect();
                writeln!(out, "| {} |", cells.join(" | "))?;
            }
        }
        _ => {
            // An empty result prints nothing (exit 1 says it), as grep does.
            if !rows.is_empty() {
                write!(out, "{}", table::grid(header, rows, cfg))?;
            }
        }
    }
    Ok(())
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
