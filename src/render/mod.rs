//! Output: tables for people, JSON/JSONL for scripts, CSV/TSV/Markdown for
//! spreadsheets and documents, bare ids for completion, xargs and fzf.
//! Everything is written through one buffered stdout; a closed pipe surfaces
//! as an io error that `main` turns into a quiet exit.

pub mod family;
pub mod json;
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
        }))
    }
}

/// Writes rows of JSON objects as an array or as lines, keeping only
/// `fields` when given.
pub fn write_json(
    out: &mut impl Write,
    values: Vec<Value>,
    fields: Option<&[String]>,
    lines: bool,
) -> Result<()> {
    let values: Vec<Value> = values
        .into_iter()
        .map(|v| json::select(v, fields))
        .collect();
    if lines {
        for v in &values {
            write_json_value(out, v, false)?;
        }
    } else {
        write_json_value(out, &values, true)?;
    }
    Ok(())
}

/// Writes one JSON object (show, benchmark).
pub fn write_json_one(out: &mut impl Write, value: Value, fields: Option<&[String]>) -> Result<()> {
    write_json_value(out, &json::select(value, fields), true)
}

/// Writes `value` as JSON and a newline, pretty or on one line, with the
/// characters a terminal acts on escaped (see [`TerminalSafe`]). A closed
/// pipe comes back as the `serde_json::Error` wrapping the io error.
pub fn write_json_value(
    out: &mut impl Write,
    value: &impl serde::Serialize,
    pretty: bool,
) -> Result<()> {
    if pretty {
        let fmt = TerminalSafe(serde_json::ser::PrettyFormatter::new());
        value.serialize(&mut serde_json::Serializer::with_formatter(&mut *out, fmt))?;
    } else {
        let fmt = TerminalSafe(serde_json::ser::CompactFormatter);
        value.serialize(&mut serde_json::Serializer::with_formatter(&mut *out, fmt))?;
    }
    writeln!(out)?;
    Ok(())
}

/// A serde_json formatter that also escapes, as `\uXXXX`, the characters
/// JSON allows raw but a terminal acts on: DEL, C1 controls (U+009B is a
/// CSI) and bidi overrides. A JSON reader sees the same strings; a terminal
/// showing `jllm list --json` sees no escape sequence.
struct TerminalSafe<F>(F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for TerminalSafe<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        while let Some((i, c)) = rest
            .char_indices()
            .find(|&(_, c)| sanitize::is_dangerous(c))
        {
            w.write_all(&rest.as_bytes()[..i])?;
            // Every such character is in the Basic Multilingual Plane.
            write!(w, "\\u{:04x}", u32::from(c))?;
            rest = &rest[i + c.len_utf8()..];
        }
        w.write_all(rest.as_bytes())
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
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
