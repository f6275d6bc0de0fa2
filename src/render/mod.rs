//! Output: tables for people, JSON/JSONL for scripts, CSV/TSV/Markdown for
//! spreadsheets and documents, bare ids for completion, xargs and fzf.
//! Every command prints its records through [`emit::emit`], so every
//! command has every format. Everything is written through one buffered stdout; a closed pipe surfaces
//! as an io error that `main` turns into a quiet exit.

pub mod emit;
pub mod family;
pub mod json;
pub mod pick;
pub mod scores;
pub mod table;

use std::io::Write;

use anyhow::Result;

use crate::config::Config;
use crate::sanitize;

/// The output formats every listing command supports (`--format`; the
/// clap value enum is declared in `cmd::output`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
    Tsv,
    Markdown,
    Ids,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Table,
        Format::Json,
        Format::Jsonl,
        Format::Csv,
        Format::Tsv,
        Format::Markdown,
        Format::Ids,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Markdown => "markdown",
            Format::Ids => "ids",
        }
    }
}

/// What the output arguments mean once checked against a command's fields
/// and columns (by `cmd::output::OutputArgs::resolve`).
pub struct Output {
    pub format: Format,
    /// `--json a,b`: keep only these keys, in this order.
    pub fields: Option<Vec<String>>,
    pub columns: Vec<String>,
    /// Whether `--columns` was given (`show` and `benchmark` then print a
    /// table of those columns instead of their page).
    pub columns_given: bool,
    /// JSON is indented for a person reading a terminal, compact for a
    /// program reading a pipe (a third of the bytes; `jq .` indents it).
    pub pretty: bool,
    /// Columns answering the flags given (`--license` → license): on a
    /// terminal they are never left out to fit its width.
    pub keep: Vec<String>,
}

/// Writes `value` as JSON and a newline, pretty or on one line, with the
/// characters a terminal acts on escaped (see [`json::TerminalSafe`]). A
/// closed pipe comes back as the `serde_json::Error` wrapping the io error.
pub fn write_json_value(
    out: &mut impl Write,
    value: &(impl serde::Serialize + ?Sized),
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
    opts: &table::FitOpts,
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
                        .map(|c| csv_cell(&formula_inert(&sanitize::text(c))))
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
                        .map(|c| formula_inert(&sanitize::line(c)).into_owned())
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
                let grid = table::grid_with(header, rows, cfg, opts);
                write!(out, "{grid}")?;
                write!(out, "{}", table::legend(&grid, cfg))?;
            }
        }
    }
    Ok(())
}

/// A CSV or TSV cell that a spreadsheet would run as a formula (it begins
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`,
/// as OWASP recommends against formula injection; a number (`-1.5`) is left
/// as it is. No cell of the built-in catalog begins so: only a hostile
/// overlay or list can make one.
pub fn formula_inert(s: &str) -> std::borrow::Cow<'_, str> {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !s.trim().parse::<f64>().is_ok_and(f64::is_finite) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::formula_inert;

    #[test]
    fn formulas_get_a_quote_numbers_do_not() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            ("+cmd", "'+cmd"),
            ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-1.5", "-1.5"),
            ("+3", "+3"),
            ("-inf", "'-inf"),
            ("Swallow", "Swallow"),
            ("", ""),
        ] {
            assert_eq!(formula_inert(cell), want, "{cell:?}");
        }
    }
}
