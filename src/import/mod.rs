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
mod rows;
mod sections;

use std::collections::HashMap;

use crate::catalog::schema::{Catalog, Developer};
pub use cells::{hf_repo, slug};
use family::{
    apply_base_contexts, apply_repo_name_sizes, apply_size_facts, release_from_checkpoints,
};
use lookup::Lookup;
use papers::footnotes;
use rows::Builder;

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
    let (en, fr) = translations(src, &ja, &mut report);
    let lookup = Lookup::new(curated);
    let mut built = Builder::new(curated);
    for (line, why) in &ja.stray {
        built.counts.rows += 1;
        report.reported.push(format!("README.md:{line}: {why}"));
    }
    for (k, ja_table) in ja.tables.iter().enumerate() {
        let en_table = en.as_ref().map(|d| &d.tables[k]);
        let fr_table = fr.as_ref().map(|d| &d.tables[k]);
        built.table(ja_table, en_table, fr_table, &lookup, &mut report);
    }
    number_benchmarks(&mut built.catalog);
    built.catalog.footnotes = footnotes(&ja, en.as_ref(), fr.as_ref()).into();
    reference_papers(src, &mut built, &mut report);
    warn_ambiguous_papers(&built.catalog, &built.paper_at, &mut report);
    let mut counts = built.counts;
    let mut catalog = built.into_catalog();
    let added = lookup.added_developers();
    warn_unknowns(&added, &mut report);
    if !added.is_empty() {
        catalog.developers.to_mut().extend(added);
    }
    derived_facts(&mut catalog, &lookup, src, &mut report);
    counts.reported = report.reported.len();
    report.counts = counts;
    let reported = report.reported.clone();
    report.warnings.extend(reported);
    Ok((catalog, report))
}

/// The English and French files parsed, each where it has the Japanese
/// file's tables; a missing file or one with other tables is a warning.
fn translations(
    src: &Sources,
    ja: &markdown::Document,
    report: &mut Report,
) -> (Option<markdown::Document>, Option<markdown::Document>) {
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
    let en = translation(&src.en, "en/README.md", "English", report);
    let fr = translation(&src.fr, "fr/README.md", "French", report);
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
    (en, fr)
}

/// Gives the benchmarks their ids, after the models' so the two never
/// collide: the slug of the name, numbered from the second use on.
fn number_benchmarks(catalog: &mut Catalog) {
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
}

/// The papers of the list's reference files (architecture and
/// training-method papers), where they are given.
fn reference_papers(src: &Sources, built: &mut Builder, report: &mut Report) {
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
            built.counts.rows += 1;
            report.reported.push(format!("{file}:{line}: {why}"));
        }
        for row in doc.tables.iter().flat_map(|t| t.rows.iter()) {
            built.counts.rows += 1;
            built.paper(row, kind, file, report);
        }
    }
}

/// Papers attach to families by normalized name: one name shared by two
/// papers attaches neither, and is said.
fn warn_ambiguous_papers(
    catalog: &Catalog,
    paper_at: &HashMap<String, String>,
    report: &mut Report,
) {
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
}

/// Warns of each developer and license text the curated tables do not
/// know, with the developer `added` for it and what to add to the tables.
fn warn_unknowns(added: &[Developer], report: &mut Report) {
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
}

/// The facts derived after the rows are read, each said in the notes: the
/// curated sizes, sizes stated by repo names, base models' contexts, the
/// date CSV's announcement dates and families' release dates from their
/// checkpoints.
fn derived_facts(catalog: &mut Catalog, lookup: &Lookup, src: &Sources, report: &mut Report) {
    apply_size_facts(catalog, lookup);
    let from_names = apply_repo_name_sizes(catalog);
    if !from_names.is_empty() {
        report.notes.push(format!(
            "{} checkpoints without a size in the list take the size their repo name states: {}",
            from_names.len(),
            from_names.join(", ")
        ));
    }
    apply_base_contexts(catalog);
    if let Some(text) = &src.size_overview {
        let rows = overview::parse(text);
        let outcome = overview::apply(catalog, &rows);
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
    let changed = release_from_checkpoints(catalog);
    if !changed.is_empty() {
        report.notes.push(format!(
            "{} families take their earliest checkpoint's release date: {}",
            changed.len(),
            changed.join(", ")
        ));
    }
}
