//! Row alignment across the three languages: which row of `en/README.md`
//! and `fr/README.md` translates a given row of the Japanese `README.md`.
//! Rows are matched by line number, as the list promises, and checked by
//! their checkpoint links, so that two rows swapped in a translation are
//! paired correctly and a warning says so.

use std::collections::{BTreeSet, HashMap, HashSet};

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
///
/// Linear in the rows: the translation's rows are indexed once by line and
/// by signature, and the places left free are taken in line order from one
/// cursor (a crafted list cannot make the pairing quadratic).
pub(super) fn align<'a>(
    ja: &'a Table,
    other: Option<&'a Table>,
    lang: &str,
    report: &mut Report,
) -> Vec<Option<&'a Row>> {
    let Some(table) = other else {
        return vec![None; ja.rows.len()];
    };
    let mut by_line: HashMap<usize, usize> = HashMap::with_capacity(table.rows.len());
    let mut by_sig: HashMap<&BTreeSet<String>, usize> = HashMap::with_capacity(table.rows.len());
    let sigs: Vec<BTreeSet<String>> = table.rows.iter().map(row_signature).collect();
    for (i, (row, sig)) in table.rows.iter().zip(&sigs).enumerate() {
        by_line.entry(row.line).or_insert(i);
        by_sig.entry(sig).or_insert(i);
    }
    let mut chosen: Vec<Option<usize>> = Vec::with_capacity(ja.rows.len());
    for row in ja.rows.iter() {
        let sig = row_signature(row);
        let own = by_line.get(&row.line).copied();
        let pick = if sig.is_empty() || own.is_some_and(|i| sigs[i] == sig) {
            own
        } else {
            match by_sig.get(&sig) {
                Some(&i) => {
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
    // to the first line left free (by no row, on a line the Japanese table
    // also has). Places are only ever taken, never freed, so the first free
    // place only moves forward: one cursor over the candidates serves all.
    let mut uses = vec![0u32; table.rows.len()];
    for i in chosen.iter().flatten() {
        uses[*i] += 1;
    }
    let ja_lines: HashSet<usize> = ja.rows.iter().map(|r| r.line).collect();
    let mut free = (0..table.rows.len()).filter(|&x| ja_lines.contains(&table.rows[x].line));
    let mut next_free = None;
    for (slot, ja_row) in chosen.iter_mut().zip(&ja.rows) {
        let Some(i) = *slot else { continue };
        if uses[i] < 2 || table.rows[i].line != ja_row.line {
            continue;
        }
        if next_free.is_none_or(|x: usize| uses[x] > 0) {
            next_free = free.by_ref().find(|&x| uses[x] == 0);
        }
        if let Some(x) = next_free {
            report.notes.push(format!(
                "README.md:{}: the {lang} row for this model is at line {}, not {} (rows swapped in the translation)",
                ja_row.line, table.rows[x].line, ja_row.line
            ));
            uses[i] -= 1;
            uses[x] += 1;
            *slot = Some(x);
        }
    }
    chosen
        .into_iter()
        .map(|c| c.map(|i| &table.rows[i]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row on `line` whose checkpoint cell links `repos` (none: a row
    /// without checkpoint links).
    fn row(line: usize, repos: &[&str]) -> Row {
        let links: Vec<String> = repos
            .iter()
            .map(|r| format!("[{r}](https://huggingface.co/{r})"))
            .collect();
        Row {
            line,
            cells: vec![
                format!("[Name {line}](https://example.org/{line})"),
                links.join(", "),
            ],
        }
    }

    fn table(rows: Vec<Row>) -> Table {
        Table {
            headings: Vec::new(),
            line: 1,
            header: vec!["name".into(), "models".into()],
            rows,
        }
    }

    fn lines(ja: &Table, other: &Table) -> (Vec<Option<usize>>, Report) {
        let mut report = Report::default();
        let got = align(ja, Some(other), "English", &mut report)
            .into_iter()
            .map(|r| r.map(|r| r.line))
            .collect();
        (got, report)
    }

    #[test]
    fn rows_pair_by_line() {
        let ja = table(vec![row(10, &["a/x"]), row(11, &[]), row(12, &["b/y"])]);
        let en = table(vec![row(10, &["a/x"]), row(11, &[]), row(12, &["b/y"])]);
        let (got, report) = lines(&ja, &en);
        assert_eq!(got, [Some(10), Some(11), Some(12)]);
        assert!(report.notes.is_empty() && report.warnings.is_empty());
    }

    /// Two rows swapped in the translation are paired by their links, each
    /// with a note.
    #[test]
    fn swapped_rows_pair_by_their_links() {
        let ja = table(vec![row(20, &["a/x"]), row(21, &["b/y"])]);
        let en = table(vec![row(20, &["b/y"]), row(21, &["a/x"])]);
        let (got, report) = lines(&ja, &en);
        assert_eq!(got, [Some(21), Some(20)]);
        assert_eq!(report.notes.len(), 2);
    }

    /// A row without links whose line a linked row took moves to the line
    /// that row left.
    #[test]
    fn a_row_without_links_takes_the_place_left() {
        let ja = table(vec![row(30, &[]), row(31, &["a/x"])]);
        let en = table(vec![row(30, &["a/x"]), row(31, &[])]);
        let (got, report) = lines(&ja, &en);
        assert_eq!(got, [Some(31), Some(30)]);
        assert_eq!(report.notes.len(), 2, "{:?}", report.notes);
    }

    /// The crafted case: m rows without links followed by m linked rows,
    /// while the translation holds the linked rows first. Every row is
    /// paired with a distinct translated row, the linked ones by their
    /// links, and quickly (the pairing was cubic in m).
    #[test]
    fn unlinked_then_linked_rows_pair_one_to_one() {
        let m = 3000;
        let repos: Vec<String> = (0..m).map(|i| format!("org/m{i}")).collect();
        let mut ja_rows: Vec<Row> = (0..m).map(|i| row(100 + i, &[])).collect();
        ja_rows.extend((0..m).map(|i| row(100 + m + i, &[&repos[i]])));
        let mut en_rows: Vec<Row> = (0..m).map(|i| row(100 + i, &[&repos[i]])).collect();
        en_rows.extend((0..m).map(|i| row(100 + m + i, &[])));
        let (ja, en) = (table(ja_rows), table(en_rows));
        let start = std::time::Instant::now();
        let (got, _) = lines(&ja, &en);
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
        for i in 0..m {
            assert_eq!(got[m + i], Some(100 + i), "linked row {i}");
        }
        let mut seen: Vec<usize> = got.iter().flatten().copied().collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), 2 * m, "every row paired with its own row");
    }
}
