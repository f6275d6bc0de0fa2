//! Markdown → catalog: turns a checkout of the awesome-japanese-llm list
//! (`README.md` in Japanese, `en/README.md`, `fr/README.md`) into catalog
//! entries, using the hand-curated developer, license and size tables.
//!
//! The Japanese file is the original and the source of structure and numbers
//! (links, sizes, years, context lengths); the English and French files give
//! the texts in their languages. Rows are matched by line number, as the list
//! promises, and checked by their checkpoint links: where two rows are swapped
//! in a translation, the matching row of the same table is used instead and a
//! warning says so. Column roles come from the English headers.

pub mod checkpoints;
pub mod markdown;
pub mod overview;
pub mod paper;
pub mod results;

mod align;
mod benchmark;
mod cells;
mod family;
mod lookup;
mod papers;
mod sections;

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::catalog::schema::{Catalog, Domain, Paper, Str, Text};
use align::{align, Aligned};
use benchmark::benchmark;
use cells::{at, cell, one_line, plain};
pub use cells::{hf_repo, slug};
use family::{
    apply_base_contexts, apply_repo_name_sizes, apply_size_facts, family, release_from_checkpoints,
    unique_id,
};
use lookup::Lookup;
use markdown::Row;
use papers::{footnotes, paper};
use sections::{
    has_model_columns, heading_from_ja, is_papers_header, role, role_ja, section, unknown_headings,
    Col, Section,
};

/// Where the list keeps the data of its parameter-size chart.
pub const OVERVIEW_CSV: &str = "figures/scripts/parameter_size_overview_ja.csv";

/// Where older revisions kept a flattened copy of it, read when the real
/// path is missing.
pub const OVERVIEW_CSV_OLD: &str = "figures/parameter_size_overview_ja.csv";

/// The list's files, read into memory. Only the Japanese README is
/// required: it alone gives every model and benchmark.
pub struct Sources {
    pub ja: String,
    pub en: Option<String>,
    pub fr: Option<String>,
    pub references_model: Option<String>,
    pub references_training: Option<String>,
    /// The date CSV ([`OVERVIEW_CSV`]): announcement dates.
    pub size_overview: Option<String>,
}

/// What the import found that a person should look at.
#[derive(Debug, Default)]
pub struct Report {
    /// Problems with the input, each starting with `file:line` where one is
    /// known; `--strict` makes them errors. Unknown developers and license
    /// texts, and every row not imported, are among them.
    pub warnings: Vec<String>,
    /// Information that needs no change (rows swapped in a translation and
    /// recovered, what the date CSV matched).
    pub notes: Vec<String>,
    /// `(line, Japanese developer name)` not in developers.toml: added as a
    /// new developer.
    pub unknown_developers: Vec<(usize, String)>,
    /// `(line, English license cell)` not in licenses.toml: class `unknown`.
    pub unknown_licenses: Vec<(usize, String)>,
    /// `file:line: why` of every table row not imported.
    pub reported: Vec<String>,
    /// Every table row of the list's files and what became of it.
    pub counts: Counts,
}

/// Rows read and what became of them; `dropped` is what is left of `rows`
/// after the others, counted separately so that a row lost by a bug shows.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub rows: usize,
    pub models: usize,
    pub benchmarks: usize,
    pub papers: usize,
    pub reported: usize,
}

impl Counts {
    pub fn dropped(&self) -> usize {
        self.rows
            .saturating_sub(self.models + self.benchmarks + self.papers + self.reported)
    }

    /// "N rows: M models, B benchmarks, P papers, D reported, 0 dropped"
    /// (as the installed update records it).
    pub fn summary(&self) -> String {
        self.summary_in(crate::catalog::schema::Lang::En)
    }

    /// [`Counts::summary`] for people, in `lang`.
    pub fn summary_in(&self, lang: crate::catalog::schema::Lang) -> String {
        crate::i18n::trf(
            lang,
            "{0} rows: {1} models, {2} benchmarks, {3} papers, {4} reported, {5} dropped",
            &[
                &self.rows,
                &self.models,
                &self.benchmarks,
                &self.papers,
                &self.reported,
                &self.dropped(),
            ],
        )
    }
}

/// Imports the list. Fails only when the input is not the list at all;
/// everything else (unknown headings, developers and license texts, rows
/// that are not table rows as GitHub renders them, missing translations) is
/// imported as far as the sources allow and said in the report.
pub fn import(src: &Sources, curated: &Catalog) -> anyhow::Result<(Catalog, Report)> {
    let ja = markdown::parse(&src.ja);
    anyhow::ensure!(
        ja.tables.len() >= 5 && !ja.footnotes.is_empty(),
        "README.md: found {} tables and {} footnotes; this does not look like the awesome-japanese-llm list",
        ja.tables.len(),
        ja.footnotes.len()
    );
    let mut report = Report::default();
    // A translation is used where it has the Japanese file's tables.
    let translation = |text: &Option<String>, file: &str, lang: &str, report: &mut Report| {
        let doc = markdown::parse(text.as_deref()?);
        if doc.tables.len() == ja.tables.len() {
            return Some(doc);
        }
        report.warnings.push(format!(
            "{file}: {} tables where README.md has {}: {lang} texts left out",
            doc.tables.len(),
            ja.tables.len()
        ));
        None
    };
    let en = translation(&src.en, "en/README.md", "English", &mut report);
    let fr = translation(&src.fr, "fr/README.md", "French", &mut report);
    if src.en.is_none() {
        report.warnings.push(
            "en/README.md: missing; sections and columns read from the Japanese headings, English texts left out".to_string(),
        );
    }
    if src.fr.is_none() {
        report
            .warnings
            .push("fr/README.md: missing; French texts left out".to_string());
    }
    let lookup = Lookup::new(curated);
    let mut catalog = Catalog {
        developers: curated.developers.clone(),
        licenses: curated.licenses.clone(),
        license_texts: curated.license_texts.clone(),
        size_facts: curated.size_facts.clone(),
        base_contexts: curated.base_contexts.clone(),
        ..Catalog::default()
    };
    let mut domains: BTreeMap<String, Domain> = BTreeMap::new();
    let mut domain_by_ja: HashMap<String, String> = HashMap::new();
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    let mut paper_ids: HashSet<String> = HashSet::new();
    // Where each paper was read (`file:line`), for reports.
    let mut paper_at: HashMap<String, String> = HashMap::new();
    let mut counts = Counts::default();
    for (line, why) in &ja.stray {
        counts.rows += 1;
        report.reported.push(format!("README.md:{line}: {why}"));
    }

    for (k, ja_table) in ja.tables.iter().enumerate() {
        let en_table = en.as_ref().map(|d| &d.tables[k]);
        let fr_table = fr.as_ref().map(|d| &d.tables[k]);
        // Where the table sits and what its columns are: from the English
        // file, else from the Japanese words.
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
        let mut unknown = unknown_headings(&headings);
        if unknown.is_empty() && sec == Section::Benchmarks("other") {
            // Its words are known ("benchmarks") but name no kind of them.
            unknown.extend(headings.last().cloned());
        }
        if !unknown.is_empty() {
            // Name the heading as the file writes it.
            let written: Vec<&str> = headings
                .iter()
                .zip(en_table.map_or(&ja_table.headings, |t| &t.headings))
                .filter(|(h, _)| unknown.contains(h))
                .map(|(_, w)| w.as_str())
                .collect();
            let what = match &sec {
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
        let en_rows = align(ja_table, en_table, "English", &mut report);
        let fr_rows = align(ja_table, fr_table, "French", &mut report);
        for (r, ja_row) in ja_table.rows.iter().enumerate() {
            counts.rows += 1;
            let aligned = Aligned {
                ja: ja_row,
                en: en_rows[r],
                fr: fr_rows[r],
            };
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
            if empty && !matches!(sec, Section::Ignored) {
                report
                    .reported
                    .push(format!("README.md:{}: a row of empty cells", ja_row.line));
                continue;
            }
            match sec {
                Section::Models {
                    category,
                    task,
                    approach,
                } => {
                    let mut fam = family(&aligned, &roles, &lookup, &mut report);
                    fam.category = category;
                    fam.task = (task.map(str::to_string)).map(Str::from);
                    fam.approach = approach;
                    if let Some(idx) = roles.iter().position(|r| *r == Col::Domain) {
                        let ja_label = one_line(&plain(at(ja_row, idx)));
                        let en_label = cell(aligned.en, idx).map(|c| one_line(&plain(c)));
                        let fr_label = cell(aligned.fr, idx).map(|c| one_line(&plain(c)));
                        let id = domain_by_ja
                            .entry(ja_label.clone())
                            .or_insert_with(|| {
                                // Without an English label, the id a known
                                // domain has; else a number.
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
                                    format!("domain-{}", domains.len() + 1)
                                } else {
                                    "other".to_string()
                                }
                            })
                            .clone();
                        domains.entry(id.clone()).or_insert(Domain {
                            id: id.clone().into(),
                            label: Text {
                                ja: Some(ja_label.into()),
                                en: (en_label).map(Str::from),
                                fr: (fr_label).map(Str::from),
                            },
                        });
                        fam.domain = id.into();
                    }
                    fam.id = unique_id(&fam, &mut used_ids).into();
                    catalog.models.to_mut().push(fam);
                    counts.models += 1;
                }
                Section::Benchmarks(category) => {
                    let b = benchmark(&aligned, &roles, category, &lookup, &mut report);
                    catalog.benchmarks.to_mut().push(b);
                    counts.benchmarks += 1;
                }
                Section::Papers(kind) => match paper_row(ja_row, kind, &mut paper_ids) {
                    Ok(p) => {
                        paper_at.insert(p.id.to_string(), format!("README.md:{}", ja_row.line));
                        catalog.papers.to_mut().push(p);
                        counts.papers += 1;
                    }
                    Err(why) => report
                        .reported
                        .push(format!("README.md:{}: {why}", ja_row.line)),
                },
                Section::Ignored => report.reported.push(format!(
                    "README.md:{}: {}; row not imported",
                    ja_row.line,
                    why_not.unwrap_or("not a model, benchmark or paper table")
                )),
            }
        }
    }
    // Benchmarks get ids after models so the two never collide.
    let mut bench_ids: HashMap<String, usize> = HashMap::new();
    for b in catalog.benchmarks.to_mut().iter_mut() {
        let base = slug(&b.name);
        let n = bench_ids.entry(base.clone()).or_insert(0);
        *n += 1;
        b.id = if *n == 1 {
            base.into()
        } else {
            format!("{base}-{n}").into()
        };
    }
    catalog.domains = domains.into_values().collect();
    catalog.footnotes = footnotes(&ja, en.as_ref(), fr.as_ref()).into();
    for (text, kind, file) in [
        (
            &src.references_model,
            "architecture",
            "parts/references_model.md",
        ),
        (
            &src.references_training,
            "training-method",
            "parts/references_training.md",
        ),
    ] {
        let Some(text) = text else { continue };
        let doc = markdown::parse(text);
        for (line, why) in &doc.stray {
            counts.rows += 1;
            report.reported.push(format!("{file}:{line}: {why}"));
        }
        for row in doc.tables.iter().flat_map(|t| t.rows.iter()) {
            counts.rows += 1;
            match paper_row(row, kind, &mut paper_ids) {
                Ok(p) => {
                    paper_at.insert(p.id.to_string(), format!("{file}:{}", row.line));
                    catalog.papers.to_mut().push(p);
                    counts.papers += 1;
                }
                Err(why) => report.reported.push(format!("{file}:{}: {why}", row.line)),
            }
        }
    }
    // Papers attach to families by normalized name: one name shared by two
    // papers attaches neither, and is said.
    for (key, papers) in crate::catalog::papers::ambiguous(&catalog.papers) {
        let which: Vec<String> = papers
            .iter()
            .map(|p| {
                let at = paper_at.get(&*p.id).map_or("?", String::as_str);
                format!("{at}: '{}'", p.name)
            })
            .collect();
        report.warnings.push(format!(
            "architecture papers with one normalized name '{key}' ({}): neither is attached to a family by name",
            which.join(", ")
        ));
    }
    let added = lookup.added_developers();
    for (line, name) in &report.unknown_developers {
        let id = added
            .iter()
            .find(|d| d.name_ja == *name)
            .map_or("?", |d| &d.id);
        report.warnings.push(format!(
            "README.md:{line}: unknown developer '{name}': added as developer '{id}'; add a [[developer]] with name_ja or an alias \"{name}\" to developers.toml"
        ));
    }
    for (line, text) in &report.unknown_licenses {
        report.warnings.push(format!(
            "README.md:{line}: unknown license text \"{text}\": commercial use 'unknown'; add a [[text]] with this text to licenses.toml"
        ));
    }
    if !added.is_empty() {
        catalog.developers.to_mut().extend(added);
    }
    apply_size_facts(&mut catalog, &lookup);
    let from_names = apply_repo_name_sizes(&mut catalog);
    if !from_names.is_empty() {
        report.notes.push(format!(
            "{} checkpoints without a size in the list take the size their repo name states: {}",
            from_names.len(),
            from_names.join(", ")
        ));
    }
    apply_base_contexts(&mut catalog);
    if let Some(text) = &src.size_overview {
        let rows = overview::parse(text);
        let outcome = overview::apply(&mut catalog, &rows);
        let lines: Vec<String> = outcome.unmatched.iter().map(|l| l.to_string()).collect();
        report.notes.push(format!(
            "{OVERVIEW_CSV}: {} of {} rows date a family or a checkpoint; unmatched lines: {}",
            rows.len() - outcome.unmatched.len(),
            rows.len(),
            if lines.is_empty() {
                "none".to_string()
            } else {
                lines.join(", ")
            }
        ));
        for n in outcome.notes {
            report.notes.push(format!("{OVERVIEW_CSV}: {n}"));
        }
    }
    let changed = release_from_checkpoints(&mut catalog);
    if !changed.is_empty() {
        report.notes.push(format!(
            "{} families take their earliest checkpoint's release date: {}",
            changed.len(),
            changed.join(", ")
        ));
    }
    counts.reported = report.reported.len();
    report.counts = counts;
    let reported = report.reported.clone();
    report.warnings.extend(reported);
    Ok((catalog, report))
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
