//! The tables of the list's README imported into the catalog being built:
//! what each table is (from its headings and header, English where the
//! translation has them, else Japanese), and each of its rows made a
//! family, a benchmark or a paper, or reported with the reason.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::align::{align, Aligned};
use super::benchmark::benchmark;
use super::cells::{at, cell, one_line, plain, slug};
use super::family::{family, unique_id};
use super::lookup::Lookup;
use super::markdown::{Row, Table};
use super::papers::paper;
use super::sections::{
    has_model_columns, heading_from_ja, is_papers_header, role, role_ja, section, unknown_headings,
    Col, Section,
};
use super::{Counts, Report};
use crate::catalog::schema::{Catalog, Domain, Paper, Str, Text};

/// The catalog as the import builds it, with what it has seen so far.
pub(super) struct Builder<'a> {
    curated: &'a Catalog,
    pub(super) catalog: Catalog,
    /// Domains by id, and the id given to each Japanese label.
    domains: BTreeMap<String, Domain>,
    domain_by_ja: HashMap<String, String>,
    /// How many families took each id so far.
    used_ids: HashMap<String, usize>,
    paper_ids: HashSet<String>,
    /// Where each paper was read (`file:line`), for reports.
    pub(super) paper_at: HashMap<String, String>,
    pub(super) counts: Counts,
}

/// What a table is: its heading path and column roles, the section they
/// place it in, and why its rows are not imported where they are not.
struct TableKind {
    headings: Vec<String>,
    roles: Vec<Col>,
    section: Section,
    why_not: Option<&'static str>,
}

impl<'a> Builder<'a> {
    /// An empty catalog with the curated tables of `curated`.
    pub(super) fn new(curated: &'a Catalog) -> Self {
        Builder {
            curated,
            // The tables written by hand (`catalog_tables!`'s origins).
            catalog: curated.select(|t| !t.origin.from_list()),
            domains: BTreeMap::new(),
            domain_by_ja: HashMap::new(),
            used_ids: HashMap::new(),
            paper_ids: HashSet::new(),
            paper_at: HashMap::new(),
            counts: Counts::default(),
        }
    }

    /// The catalog built, with the domains its families name.
    pub(super) fn into_catalog(self) -> Catalog {
        let mut catalog = self.catalog;
        catalog.domains = self.domains.into_values().collect();
        catalog
    }

    /// Imports one table of the Japanese file, its texts from the same
    /// table of the translations where they have it.
    pub(super) fn table(
        &mut self,
        ja_table: &Table,
        en_table: Option<&Table>,
        fr_table: Option<&Table>,
        lookup: &Lookup,
        report: &mut Report,
    ) {
        let kind = TableKind::of(ja_table, en_table);
        warn_unknown_headings(&kind, ja_table, en_table, report);
        let en_rows = align(ja_table, en_table, "English", report);
        let fr_rows = align(ja_table, fr_table, "French", report);
        for (r, ja_row) in ja_table.rows.iter().enumerate() {
            self.counts.rows += 1;
            let aligned = Aligned {
                ja: ja_row,
                en: en_rows[r],
                fr: fr_rows[r],
            };
            self.row(&aligned, &kind, lookup, report);
        }
    }

    /// One row of a table of `kind`: a family, a benchmark, a paper, or a
    /// row reported.
    fn row(&mut self, aligned: &Aligned, kind: &TableKind, lookup: &Lookup, report: &mut Report) {
        let ja_row = aligned.ja;
        if let Some(fr_row) = aligned.fr {
            if fr_row.cells.len() != ja_row.cells.len() {
                report.warnings.push(format!(
                    "fr/README.md:{}: {} cells where README.md has {}; French texts of this row may be misplaced",
                    fr_row.line,
                    fr_row.cells.len(),
                    ja_row.cells.len()
                ));
            }
        }
        let empty = ja_row.cells.iter().all(|c| plain(c).is_empty());
        if empty && !matches!(kind.section, Section::Ignored) {
            report
                .reported
                .push(format!("README.md:{}: a row of empty cells", ja_row.line));
            return;
        }
        match kind.section {
            Section::Models {
                category,
                task,
                approach,
            } => {
                let mut fam = family(aligned, &kind.roles, lookup, report);
                fam.category = category;
                fam.task = (task.map(str::to_string)).map(Str::from);
                fam.approach = approach;
                if let Some(idx) = kind.roles.iter().position(|r| *r == Col::Domain) {
                    fam.domain = self.domain(aligned, idx).into();
                }
                fam.id = unique_id(&fam, &mut self.used_ids).into();
                self.catalog.models.to_mut().push(fam);
                self.counts.models += 1;
            }
            Section::Benchmarks(category) => {
                let b = benchmark(aligned, &kind.roles, category, lookup, report);
                self.catalog.benchmarks.to_mut().push(b);
                self.counts.benchmarks += 1;
            }
            Section::Papers(paper_kind) => self.paper(ja_row, paper_kind, "README.md", report),
            Section::Ignored => report.reported.push(format!(
                "README.md:{}: {}; row not imported",
                ja_row.line,
                kind.why_not
                    .unwrap_or("not a model, benchmark or paper table")
            )),
        }
    }

    /// The id of the domain the cell at `idx` names, the domain added at
    /// its first use: the slug of its English label; without one, the id a
    /// curated domain with the Japanese label has, else a slug of that
    /// label or a number.
    fn domain(&mut self, aligned: &Aligned, idx: usize) -> String {
        let ja_label = one_line(&plain(at(aligned.ja, idx)));
        let en_label = cell(aligned.en, idx).map(|c| one_line(&plain(c)));
        let fr_label = cell(aligned.fr, idx).map(|c| one_line(&plain(c)));
        let curated = self.curated;
        let known_domains = self.domains.len();
        let id = self
            .domain_by_ja
            .entry(ja_label.clone())
            .or_insert_with(|| {
                let known = || {
                    curated
                        .domains
                        .iter()
                        .find(|d| d.label.ja.as_deref() == Some(ja_label.as_str()))
                };
                let base = match (&en_label, known()) {
                    (Some(en), _) => slug(en),
                    (None, Some(d)) => d.id.to_string(),
                    (None, None) => slug(&ja_label),
                };
                if !base.is_empty() {
                    base
                } else if en_label.is_none() && !ja_label.is_empty() {
                    format!("domain-{}", known_domains + 1)
                } else {
                    "other".to_string()
                }
            })
            .clone();
        self.domains.entry(id.clone()).or_insert(Domain {
            id: id.clone().into(),
            label: Text {
                ja: Some(ja_label.into()),
                en: (en_label).map(Str::from),
                fr: (fr_label).map(Str::from),
            },
        });
        id
    }

    /// A paper of `kind` from a row of `file`, or the row reported with the
    /// reason it is not one.
    pub(super) fn paper(&mut self, row: &Row, kind: &str, file: &str, report: &mut Report) {
        match paper_row(row, kind, &mut self.paper_ids) {
            Ok(p) => {
                self.paper_at
                    .insert(p.id.to_string(), format!("{file}:{}", row.line));
                self.catalog.papers.to_mut().push(p);
                self.counts.papers += 1;
            }
            Err(why) => report.reported.push(format!("{file}:{}: {why}", row.line)),
        }
    }
}

impl TableKind {
    /// What `ja_table` is, read from the English table where there is one,
    /// else from the Japanese words. A papers header makes a table of
    /// papers whatever its headings; a papers or models heading over a
    /// table without their columns, or headings that name nothing known,
    /// make its rows reported.
    fn of(ja_table: &Table, en_table: Option<&Table>) -> TableKind {
        let (headings, roles): (Vec<String>, Vec<Col>) = match en_table {
            Some(t) => (
                t.headings.clone(),
                t.header.iter().map(|h| role(h)).collect(),
            ),
            None => (
                ja_table
                    .headings
                    .iter()
                    .map(|h| heading_from_ja(h))
                    .collect(),
                ja_table.header.iter().map(|h| role_ja(h)).collect(),
            ),
        };
        let mut sec = section(&headings);
        let papers_header = is_papers_header(&ja_table.header);
        let mut why_not = None;
        match sec {
            Section::Papers(_) if papers_header => {}
            _ if papers_header => {
                sec = Section::Papers(if headings.join(" ").contains("training") {
                    "training-method"
                } else {
                    "architecture"
                });
            }
            Section::Papers(_) => {
                why_not = Some("a table under a papers heading without paper columns (name | date | venue | paper)");
                sec = Section::Ignored;
            }
            Section::Models { .. } if !has_model_columns(&roles) => {
                why_not = Some("a table under a models heading without a developer, license, architecture, base-model or context column");
                sec = Section::Ignored;
            }
            Section::Ignored => {
                why_not =
                    Some("a table under headings that name no kind of model, benchmark or paper");
            }
            _ => {}
        }
        TableKind {
            headings,
            roles,
            section: sec,
            why_not,
        }
    }
}

/// Warns of the headings of a table that name no known section, as the
/// file writes them, with what became of its rows.
fn warn_unknown_headings(
    kind: &TableKind,
    ja_table: &Table,
    en_table: Option<&Table>,
    report: &mut Report,
) {
    let headings = &kind.headings;
    let mut unknown = unknown_headings(headings);
    if unknown.is_empty() && kind.section == Section::Benchmarks("other") {
        // Its words are known ("benchmarks") but name no kind of them.
        unknown.extend(headings.last().cloned());
    }
    if unknown.is_empty() {
        return;
    }
    // Name the heading as the file writes it.
    let written: Vec<&str> = headings
        .iter()
        .zip(en_table.map_or(&ja_table.headings, |t| &t.headings))
        .filter(|(h, _)| unknown.contains(h))
        .map(|(_, w)| w.as_str())
        .collect();
    let what = match &kind.section {
        Section::Models {
            category, approach, ..
        } => format!(
            "imported as {} models{}",
            category.as_str(),
            approach.map_or(String::new(), |a| format!(" ({})", a.as_str()))
        ),
        Section::Benchmarks(c) => format!("imported as {c} benchmarks"),
        Section::Papers(kind) => format!("imported as {kind} papers"),
        Section::Ignored => "rows reported, not imported".to_string(),
    };
    report.warnings.push(format!(
        "README.md:{}: unknown heading '{}': its {} rows {what}",
        ja_table.line,
        written.join(" > "),
        ja_table.rows.len()
    ));
}

/// A paper from a row, or why the row is not one (too few cells, no name,
/// a paper already imported).
fn paper_row(row: &Row, kind: &str, seen: &mut HashSet<String>) -> Result<Paper, String> {
    let Some(p) = paper(&row.cells, kind) else {
        return Err(format!(
            "{} cells, no paper name: not a paper row (name | date | venue | paper)",
            row.cells.len()
        ));
    };
    if !seen.insert(p.id.to_string()) {
        return Err(format!(
            "paper '{}' already imported from an earlier row",
            p.id
        ));
    }
    Ok(p)
}
