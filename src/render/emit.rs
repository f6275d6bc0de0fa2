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
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::catalog::schema::Lang;
use crate::config::Config;
use crate::i18n;
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
        Format::Table if table::plain_is_enough(cfg) && !layout.transposed => {
            // Neither a terminal to fit nor colours: the cells go straight
            // into one buffer and the table is streamed (`table::Cells`).
            // An empty result prints nothing (exit 1 says it), as grep does.
            if records.is_empty() {
                return Ok(all);
            }
            let columns = &output.columns;
            let mut cells = table::Cells::with_capacity(columns.len() * (records.len() + 1));
            for c in columns {
                cells.push(&i18n::header(cfg.lang, c));
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
                    Cow::Owned(
                        output
                            .columns
                            .iter()
                            .map(|c| i18n::header(lang, c).to_string())
                            .collect(),
                    )
                };
                write_grid(out, format, &header, &rows, cfg, &fit_opts(output))?;
            }
            if let (Format::Table, Some(footer)) = (format, &layout.footer) {
                write!(out, "{}", table::note(footer, cfg))?;
            }
            Ok(all)
        }
    }
}

/// Columns holding ids and repo ids: never cut on a terminal. Names are
/// not ids: a long one is cut with "…" (`--wide` prints it whole).
const WHOLE: &[&str] = &["id", "family", "checkpoint", "hf", "repo", "model"];

/// What a grid of `output`'s columns keeps: the columns the command marked
/// as answering its flags, and the id columns whole.
fn fit_opts(output: &Output) -> table::FitOpts {
    let at = |names: &[&str]| -> Vec<usize> {
        output
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| names.contains(&c.as_str()))
            .map(|(i, _)| i)
            .collect()
    };
    // A ranking's rank and score are its answer, whatever the flags.
    let mut keep: Vec<&str> = vec!["rank", "score"];
    keep.extend(output.keep.iter().map(String::as_str));
    table::FitOpts {
        keep: at(&keep),
        whole: at(WHOLE),
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
            std::iter::once(i18n::header(lang, c).to_string())
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

/// Some keys of an object, in the order asked (serde_json's `Map` sorts
/// its keys; this keeps them as `--json params,name,id` lists them). A key
/// the object lacks is `null`.
pub struct Picked(Vec<(String, Value)>);

impl Picked {
    pub fn of(value: &impl Serialize, fields: &[String]) -> Picked {
        let mut map = match serde_json::to_value(value) {
            Ok(Value::Object(m)) => m,
            _ => serde_json::Map::new(),
        };
        Picked(
            fields
                .iter()
                .map(|f| (f.clone(), map.remove(f).unwrap_or(Value::Null)))
                .collect(),
        )
    }
}

impl Serialize for Picked {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
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
mod tests {
    use super::*;
    use crate::catalog::load;
    use crate::render::family::FamilyRecord;

    fn output(format: Format, pretty: bool, fields: Option<&[&str]>) -> Output {
        Output {
            format,
            fields: fields.map(|f| f.iter().map(|s| s.to_string()).collect()),
            columns: Vec::new(),
            columns_given: false,
            pretty,
            keep: Vec::new(),
        }
    }

    /// The emitter writes JSON byte for byte as serde_json writes the
    /// array of family objects (what `list --json` printed before it):
    /// compact from build-time text or serialized now, pretty, and lines.
    #[test]
    fn json_is_serde_jsons_array_of_family_objects() {
        let cfg = Config::for_tests(false, false);
        let cat = load::embedded();
        let records = |prerendered: bool| -> Vec<FamilyRecord> {
            cat.models
                .iter()
                .enumerate()
                .map(|(i, f)| FamilyRecord {
                    compact: if prerendered {
                        load::embedded_family_json(i)
                    } else {
                        None
                    },
                    ..FamilyRecord::whole(&cat, f, cfg.lang)
                })
                .collect()
        };
        let objects: Vec<_> = cat
            .models
            .iter()
            .map(|f| json::family(&cat, f, None))
            .collect();
        assert!(objects.len() > 300);
        for pretty in [false, true] {
            let mut expected = Vec::new();
            write_json_value(&mut expected, &objects, pretty).expect("serde");
            for prerendered in [false, true] {
                let mut got = Vec::new();
                let out = output(Format::Json, pretty, None);
                let n = emit(
                    &mut got,
                    &records(prerendered),
                    &out,
                    &cfg,
                    &Layout::default(),
                )
                .expect("emit");
                assert_eq!(n.printed, objects.len());
                assert!(
                    got == expected,
                    "pretty {pretty}, prerendered {prerendered}"
                );
            }
        }
        let mut got = Vec::new();
        emit(
            &mut got,
            &records(true),
            &output(Format::Jsonl, true, None),
            &cfg,
            &Layout::default(),
        )
        .expect("emit");
        let mut expected = Vec::new();
        for o in &objects {
            write_json_value(&mut expected, o, false).expect("serde");
        }
        assert!(got == expected, "jsonl");
    }

    /// The streamed plain table (cells appended into one buffer by
    /// `Record::write_cell`) prints what comfy-table prints from the cells
    /// `Record::cell` gives: every family of the catalog in every column,
    /// with the headers and cells of each language, and a footer.
    #[test]
    fn streamed_tables_are_comfy_tables_byte_for_byte() {
        let cat = load::embedded();
        let columns: Vec<String> = crate::render::family::COLUMNS
            .iter()
            .map(|c| c.to_string())
            .collect();
        for lang in [Lang::En, Lang::Ja, Lang::Fr] {
            let mut cfg = Config::for_tests(false, false);
            cfg.lang = lang;
            let records: Vec<FamilyRecord> = cat
                .models
                .iter()
                .map(|f| FamilyRecord::whole(&cat, f, lang))
                .collect();
            let out = Output {
                columns: columns.clone(),
                ..output(Format::Table, false, None)
            };
            let layout = Layout {
                footer: Some("366 families".into()),
                ..Layout::default()
            };
            let header: Vec<String> = columns
                .iter()
                .map(|c| i18n::header(lang, c).to_string())
                .collect();
            // Cells wider than table::PAD_LIMIT stick out of their column
            // (comfy-table pads every row to them): rows without one.
            let records: Vec<FamilyRecord> = records
                .into_iter()
                .filter(|r| {
                    columns.iter().all(|c| {
                        r.cell(c)
                            .lines()
                            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= table::PAD_LIMIT)
                    })
                })
                .collect();
            let mut got = Vec::new();
            emit(&mut got, &records, &out, &cfg, &layout).expect("emit");
            let rows: Vec<Vec<String>> = records
                .iter()
                .map(|r| columns.iter().map(|c| r.cell(c)).collect())
                .collect();
            assert!(rows.len() > 30, "{lang:?}: {}", rows.len());
            assert!(rows.iter().flatten().any(|c| c.contains('\n')));
            let expected = table::comfy_grid(&header, &rows, &cfg) + "366 families\n";
            assert!(
                String::from_utf8_lossy(&got) == expected,
                "{lang:?}: the streamed table differs"
            );
        }
    }

    /// `--json` keys come in the order asked, in compact and pretty JSON.
    #[test]
    fn picked_keys_keep_the_order_asked() {
        let cfg = Config::for_tests(false, false);
        let cat = load::embedded();
        let Some(f) = cat.models.iter().find(|f| &*f.id == "swallow-70b") else {
            panic!("swallow-70b is in the list");
        };
        let records = [FamilyRecord::whole(&cat, f, cfg.lang)];
        let fields: &[&str] = &["year", "name", "id", "params"];
        let mut got = Vec::new();
        let layout = Layout {
            one: true,
            ..Layout::default()
        };
        emit(
            &mut got,
            &records,
            &output(Format::Json, false, Some(fields)),
            &cfg,
            &layout,
        )
        .expect("emit");
        assert_eq!(
            String::from_utf8_lossy(&got),
            "{\"year\":2023,\"name\":\"Swallow 70B\",\"id\":\"swallow-70b\",\"params\":70000000000}\n"
        );
        let mut got = Vec::new();
        emit(
            &mut got,
            &records,
            &output(Format::Json, true, Some(&fields[..2])),
            &cfg,
            &Layout::default(),
        )
        .expect("emit");
        assert_eq!(
            String::from_utf8_lossy(&got),
            "[\n  {\n    \"year\": 2023,\n    \"name\": \"Swallow 70B\"\n  }\n]\n"
        );
    }
}
