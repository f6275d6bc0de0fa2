//! Row alignment across the three languages: which row of `en/README.md`
//! and `fr/README.md` translates a given row of the Japanese `README.md`.
//! Rows are matched by line number, as the list promises, and checked by
//! their checkpoint links, so that two rows swapped in a translation are
//! paired correctly and a warning says so.

use std::collections::BTreeSet;

use super::cells::{cell, hf_repo};
use super::markdown::{self, Row, Table};
use super::Report;
use crate::catalog::schema::{Str, Text};

/// Per-row texts in the three languages, aligned.
pub(super) struct Aligned<'a> {
    pub(super) ja: &'a Row,
    pub(super) en: Option<&'a Row>,
    pub(super) fr: Option<&'a Row>,
}

/// The cell at `idx` of an aligned row in each language, read by `f`
/// (empty and `-` cells are none); None when no language has one.
pub(super) fn text_of(aligned: &Aligned, idx: usize, f: impl Fn(&str) -> String) -> Option<Text> {
    let pick = |row: Option<&Row>| cell(row, idx).map(&f).filter(|s| !s.is_empty() && s != "-");
    let t = Text {
        ja: (pick(Some(aligned.ja))).map(Str::from),
        en: (pick(aligned.en)).map(Str::from),
        fr: (pick(aligned.fr)).map(Str::from),
    };
    (!t.is_empty()).then_some(t)
}

pub(super) fn row_signature(row: &Row) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for (i, cell) in row.cells.iter().enumerate() {
        for (k, link) in markdown::links(cell).iter().enumerate() {
            if i == 0 && k == 0 {
                continue; // titles are localised announcement pages
            }
            if let Some(repo) = hf_repo(&link.url) {
                set.insert(repo.to_ascii_lowercase());
            }
        }
    }
    set
}

/// Pairs each row of a Japanese table with its row in a translation: by
/// line number, unless the checkpoint links say the translation has the row
/// elsewhere (two rows swapped). A row without checkpoint links of its own
/// takes the place its swapped partner left.
pub(super) fn align<'a>(
    ja: &'a Table,
    other: Option<&'a Table>,
    lang: &str,
    report: &mut Report,
) -> Vec<Option<&'a Row>> {
    let Some(table) = other else {
        return vec![None; ja.rows.len()];
    };
    let by_line = |line: usize| table.rows.iter().position(|r| r.line == line);
    let sigs: Vec<BTreeSet<String>> = table.rows.iter().map(row_signature).collect();
    let mut chosen: Vec<Option<usize>> = Vec::with_capacity(ja.rows.len());
    for row in ja.rows.iter() {
        let sig = row_signature(row);
        let own = by_line(row.line);
        let pick = if sig.is_empty() || own.is_some_and(|i| sigs[i] == sig) {
            own
        } else {
            match sigs.iter().position(|s| *s == sig) {
                Some(i) => {
                    report.notes.push(format!(
                        "README.md:{}: the {lang} row for this model is at line {}, not {} (rows swapped in the translation)",
                        row.line, table.rows[i].line, row.line
                    ));
                    Some(i)
                }
                None => {
                    report.warnings.push(format!(
                        "README.md:{}: no {lang} row has the same checkpoints; using line {}",
                        row.line, row.line
                    ));
                    own
                }
            }
        };
        chosen.push(pick);
    }
    // A row that kept its own line while another row took that line moves
    // to the line the other row left.
    for k in 0..chosen.len() {
        let Some(i) = chosen[k] else { continue };
        let taken_by_other = chosen
            .iter()
            .enumerate()
            .any(|(j, c)| j != k && *c == Some(i));
        if taken_by_other && table.rows[i].line == ja.rows[k].line {
            let freed = (0..table.rows.len()).find(|&x| {
                !chosen.contains(&Some(x)) && ja.rows.iter().any(|r| r.line == table.rows[x].line)
            });
            if let Some(x) = freed {
                report.notes.push(format!(
                    "README.md:{}: the {lang} row for this model is at line {}, not {} (rows swapped in the translation)",
                    ja.rows[k].line, table.rows[x].line, ja.rows[k].line
                ));
                chosen[k] = Some(x);
            }
        }
    }
    chosen
        .into_iter()
        .map(|c| c.map(|i| &table.rows[i]))
        .collect()
}
