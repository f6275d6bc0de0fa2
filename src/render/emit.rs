//! The one output pipeline. A command turns what it found into
//! records — a family, a checkpoint, a fit estimate, a count — each able to
//! give the text of a column, its JSON object and its id; [`emit`] writes
//! them in the format asked. So every command has every format
//! (`table|json|jsonl|csv|tsv|markdown|ids`), `--columns` and `--json
//! FIELDS` (keys in the order asked), and no command matches on the format.
//!
//! The fast paths stay: compact JSON rendered at build time is written as
//! is ([`Record::write_compact`]), and plain tables are padded by `table::grid`.

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::Write;

use anyhow::Result;
use serde::ser::SerializeSeq;
use serde::{Serialize, Serializer};

use crate::catalog::schema::Lang;
use crate::config::Config;
use crate::i18n;
use crate::render::pick::Picked;
use crate::render::{json, table, write_grid, write_json_value, Format, Output};
use crate::sanitize;

/// One row of a command's output.
pub trait Record {
    /// The full JSON object of the record.
    type Json<'s>: Serialize
    where
        Self: 's;

    /// The JSON object.
    fn json(&self) -> Self::Json<'_>;

    /// Whether JSON carries this record (not search's benchmark rows: the
    /// JSON contract is families).
    fn in_json(&self) -> bool {
        true
    }

    /// Writes the compact JSON object from text rendered in advance (the
    /// built-in catalog's families, by build.rs); None when there is none,
    /// and [`Record::json`] is serialized instead.
    fn write_compact(&self, _out: &mut dyn Write) -> Option<std::io::Result<()>> {
        None
    }

    /// The text of one column for table, CSV, TSV and Markdown.
    fn cell(&self, column: &str) -> String;

    /// Appends the text of one column to `out` (plain tables gather their
    /// cells in one buffer); a record that builds cells cheaply writes them
    /// here without a `String` of their own.
    fn write_cell(&self, column: &str, out: &mut String) {
        out.push_str(&self.cell(column));
    }

    /// What `--format ids` prints; None for a record without an id (a
    /// checkpoint without a Hugging Face repo id), which is left out.
    fn id(&self) -> Option<Cow<'_, str>>;

    /// The header of `column` in tables and Markdown, in `lang`.
    fn header(column: &str, lang: Lang) -> String
    where
        Self: Sized,
    {
        i18n::header(lang, column).into_owned()
    }

    /// Whether `column` holds ids or repo ids, never cut on a terminal.
    fn whole(column: &str) -> bool
    where
        Self: Sized,
    {
        WHOLE.contains(&column)
    }
}

/// How a command's records are laid out, beyond the format.
#[derive(Default)]
pub struct Layout<'a> {
    /// One object, not a list (show, benchmark): JSON prints the object
    /// itself, not an array of one.
    pub one: bool,
    /// Records as columns, fields as rows (compare): the header is the
    /// records' ids after an empty corner cell.
    pub transposed: bool,
    /// The table format without `--columns` prints this page instead of a
    /// grid (show, benchmark); built only when printed.
    pub page: Option<&'a dyn Fn() -> String>,
    /// Printed after a table (never in the other formats): totals, notes.
    pub footer: Option<String>,
}

/// What [`emit`] printed.
pub struct Emitted {
    /// Records printed (in `ids`, those with an id; in JSON, those JSON
    /// carries).
    pub printed: usize,
    /// Records `ids` left out for having no id.
    pub without_id: usize,
}

/// Writes `records` to `out` as `output` asks.
pub fn emit<R: Record>(
    out: &mut impl Write,
    records: &[R],
    output: &Output,
    cfg: &Config,
    layout: &Layout,
) -> Result<Emitted> {
    let all = Emitted {
        printed: records.len(),
        without_id: 0,
    };
    match output.format {
        Format::Json | Format::Jsonl => {
            // JSON has no footer; an MCP tool call answers with it as text.
            if let Some(footer) = &layout.footer {
                crate::stderr::note(footer);
            }
            write_json(out, records, output, layout.one)
        }
        Format::Ids => {
            // Each id once, in order: `fit` and `results` have several rows
            // per repo, and `xargs` wants each once.
            let mut seen = HashSet::new();
            let mut emitted = Emitted {
                printed: 0,
                without_id: 0,
            };
            for r in records {
                match r.id() {
                    Some(id) => {
                        if seen.insert(id.to_string()) {
                            writeln!(out, "{}", sanitize::line(&id))?;
                        }
                        emitted.printed += 1;
                    }
                    None => emitted.without_id += 1,
                }
            }
            Ok(emitted)
        }
        Format::Table if !output.columns_given && layout.page.is_some() => {
            if let (Some(page), false) = (layout.page, records.is_empty()) {
                write!(out, "{}", page())?;
            }
            Ok(all)
        }
        Format::Table if table::streams(cfg) && !layout.transposed => {
            // No terminal to fit: the cells go straight into one buffer and
            // the table is streamed (`table::Cells`).
            // An empty result prints nothing (exit 1 says it), as grep does.
            if records.is_empty() {
                return Ok(all);
            }
            let columns = &output.columns;
            let mut cells = table::Cells::with_capacity(columns.len() * (records.len() + 1));
            cells.paint(table::paint(cfg, table::Paint::Grid));
            for c in columns {
                cells.push(&R::header(c, cfg.lang));
            }
            for r in records {
                for c in columns {
                    cells.push_with(|buf| r.write_cell(c, buf));
                }
            }
            table::write_plain(out, &cells, columns.len(), true, table::GRID_GAP)?;
            if let Some(footer) = &layout.footer {
                write!(out, "{}", table::note(footer, cfg))?;
            }
            Ok(all)
        }
        format => {
            // People read the headers of tables and Markdown in their
            // language; CSV and TSV keep the names `--columns` takes.
            let lang = match format {
                Format::Table | Format::Markdown => cfg.lang,
                _ => Lang::En,
            };
            if layout.transposed {
                if format == Format::Table && cfg.tty && !table::wide() {
                    write_blocks(out, records, output, cfg)?;
                } else {
                    let (header, rows) = transposed(records, &output.columns, lang);
                    write_grid(out, format, &header, &rows, cfg, &Default::default())?;
                }
            } else {
                let rows: Vec<Vec<String>> = records
                    .iter()
                    .map(|r| output.columns.iter().map(|c| r.cell(c)).collect())
                    .collect();
                let header: Cow<[String]> = if lang == Lang::En {
                    Cow::Borrowed(output.columns.as_slice())
                } else {
                    Cow::Owned(output.columns.iter().map(|c| R::header(c, lang)).collect())
                };
                write_grid(out, format, &header, &rows, cfg, &fit_opts::<R>(output))?;
            }
            if let (Format::Table, Some(footer)) = (format, &layout.footer) {
                write!(out, "{}", table::note(footer, cfg))?;
            }
            Ok(all)
        }
    }
}

/// Columns holding ids and repo ids of the records that do not say
/// otherwise ([`Record::whole`]): never cut on a terminal. Names are not
/// ids: a long one is cut with "…" (`--wide` prints it whole).
const WHOLE: &[&str] = &["id", "family", "checkpoint", "hf", "repo", "model"];

/// What a grid of `output`'s columns keeps: the columns the command marked
/// as answering its flags, and the id columns whole.
fn fit_opts<R: Record>(output: &Output) -> table::FitOpts {
    let at = |names: &[&str]| -> Vec<usize> {
        output
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| names.contains(&c.as_str()))
            .map(|(i, _)| i)
            .collect()
    };
    let whole = output
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| R::whole(c))
        .map(|(i, _)| i)
        .collect();
    // A ranking's rank and score are its answer, whatever the flags.
    let mut keep: Vec<&str> = vec!["rank", "score"];
    keep.extend(output.keep.iter().map(String::as_str));
    table::FitOpts {
        keep: at(&keep),
        whole,
    }
}

/// Records as columns (compare): the header is their ids after an empty
/// corner cell, each row one field.
fn transposed<R: Record>(
    records: &[R],
    columns: &[String],
    lang: Lang,
) -> (Vec<String>, Vec<Vec<String>>) {
    let mut header = vec![String::new()];
    header.extend(
        records
            .iter()
            .map(|r| r.id().unwrap_or_default().into_owned()),
    );
    let rows = columns
        .iter()
        .map(|c| {
            std::iter::once(R::header(c, lang))
                .chain(records.iter().map(|r| r.cell(c)))
                .collect()
        })
        .collect();
    (header, rows)
}

/// Transposed records on a terminal: as many side by side as fit its
/// width, then the next ones in a block below; none is left out.
fn write_blocks<R: Record>(
    out: &mut impl Write,
    records: &[R],
    output: &Output,
    cfg: &Config,
) -> Result<()> {
    let fits = |block: &[R]| {
        let (header, rows) = transposed(block, &output.columns, cfg.lang);
        let opts = table::FitOpts {
            keep: Vec::new(),
            whole: (0..header.len()).collect(),
        };
        table::fit(Some(&header), &rows, cfg.width, table::GRID_GAP, &opts)
            .dropped
            .is_empty()
    };
    let mut start = 0;
    let mut first = true;
    while start < records.len() {
        let mut end = start + 1;
        while end < records.len() && fits(&records[start..=end]) {
            end += 1;
        }
        if !first {
            writeln!(out)?;
        }
        first = false;
        let (header, rows) = transposed(&records[start..end], &output.columns, cfg.lang);
        write_grid(out, Format::Table, &header, &rows, cfg, &Default::default())?;
        start = end;
    }
    Ok(())
}

/// JSON and JSON Lines: compact objects written one by one (rendered in
/// advance where they can be), pretty ones through serde as one array.
fn write_json<R: Record>(
    out: &mut impl Write,
    records: &[R],
    output: &Output,
    one: bool,
) -> Result<Emitted> {
    let fields = output.fields.as_deref();
    let lines = output.format == Format::Jsonl;
    let printed = records.iter().filter(|r| r.in_json()).count();
    let emitted = Emitted {
        printed,
        without_id: 0,
    };
    if output.pretty && !lines {
        let items = Items { records, fields };
        if one {
            // A single object (or none: `null` would be a lie; print nothing).
            if let Some(r) = records.iter().find(|r| r.in_json()) {
                write_json_value(out, &item(r, fields), true)?;
            }
        } else {
            write_json_value(out, &items, true)?;
        }
        return Ok(emitted);
    }
    if !lines && !one {
        out.write_all(b"[")?;
    }
    let mut first = true;
    for r in records.iter().filter(|r| r.in_json()) {
        if !first && !lines && !one {
            out.write_all(b",")?;
        }
        first = false;
        let written = match fields {
            None => r.write_compact(&mut *out),
            Some(_) => None,
        };
        match written {
            Some(done) => done?,
            None => json::write_compact(&mut *out, &item(r, fields))?,
        }
        if lines || one {
            out.write_all(b"\n")?;
        }
        if one {
            break;
        }
    }
    if !lines && !one {
        out.write_all(b"]\n")?;
    }
    Ok(emitted)
}

/// A record's JSON: whole, or the keys asked for, in the order asked.
enum Item<T> {
    Whole(T),
    Picked(Picked),
}

fn item<'r, R: Record>(r: &'r R, fields: Option<&[String]>) -> Item<R::Json<'r>> {
    let value = r.json();
    match fields {
        None => Item::Whole(value),
        Some(fields) => Item::Picked(Picked::of(&value, fields)),
    }
}

impl<T: Serialize> Serialize for Item<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Item::Whole(v) => v.serialize(s),
            Item::Picked(p) => p.serialize(s),
        }
    }
}

/// The records as one JSON array, for the pretty printer.
struct Items<'a, R> {
    records: &'a [R],
    fields: Option<&'a [String]>,
}

impl<R: Record> Serialize for Items<'_, R> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for r in self.records.iter().filter(|r| r.in_json()) {
            seq.serialize_element(&item(r, self.fields))?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests;
