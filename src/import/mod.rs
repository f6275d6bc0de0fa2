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
pub mod sizes;

mod align;
mod benchmark;
mod cells;
mod family;
mod lookup;
mod papers;
mod sections;

use std::collections::{BTreeMap, HashMap};

use crate::catalog::schema::{Catalog, Domain, Str, Text};
use align::{align, Aligned};
use benchmark::benchmark;
use cells::{at, cell, one_line, plain};
pub use cells::{hf_repo, slug};
use family::{apply_base_contexts, apply_size_facts, family, unique_id};
use lookup::Lookup;
use papers::{footnotes, papers};
use sections::{role, section, Col, Section};

/// Where the list keeps the data of its parameter-size chart.
pub const OVERVIEW_CSV: &str = "figures/parameter_size_overview_ja.csv";

/// The list's files, read into memory.
pub struct Sources {
    pub ja: String,
    pub en: String,
    pub fr: String,
    pub references_model: Option<String>,
    pub references_training: Option<String>,
    /// `figures/parameter_size_overview_ja.csv`: announcement dates.
    pub size_overview: Option<String>,
}

/// What the import found that a person should look at.
#[derive(Debug, Default)]
pub struct Report {
    pub warnings: Vec<String>,
    /// `(line, Japanese developer name)` not in developers.toml.
    pub unknown_developers: Vec<(usize, String)>,
    /// `(line, English license cell)` not in licenses.toml.
    pub unknown_licenses: Vec<(usize, String)>,
}

impl Report {
    pub fn is_clean(&self) -> bool {
        self.unknown_developers.is_empty() && self.unknown_licenses.is_empty()
    }
}

/// Imports the list. Fails only when the input is not the list at all;
/// unknown developers and licenses are in the report.
pub fn import(src: &Sources, curated: &Catalog) -> anyhow::Result<(Catalog, Report)> {
    let ja = markdown::parse(&src.ja);
    let en = markdown::parse(&src.en);
    let fr = markdown::parse(&src.fr);
    anyhow::ensure!(
        ja.tables.len() >= 10 && !ja.footnotes.is_empty(),
        "README.md: found {} tables and {} footnotes; this does not look like the awesome-japanese-llm list",
        ja.tables.len(),
        ja.footnotes.len()
    );
    anyhow::ensure!(
        en.tables.len() == ja.tables.len(),
        "en/README.md has {} tables but README.md has {}; the translations must have the same tables",
        en.tables.len(),
        ja.tables.len()
    );
    let mut report = Report::default();
    if fr.tables.len() != ja.tables.len() {
        report.warnings.push(format!(
            "fr/README.md has {} tables, README.md {}: French texts left out",
            fr.tables.len(),
            ja.tables.len()
        ));
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

    for (k, ja_table) in ja.tables.iter().enumerate() {
        let en_table = &en.tables[k];
        let fr_table = (fr.tables.len() == ja.tables.len()).then(|| &fr.tables[k]);
        let sec = section(&en_table.headings);
        let roles: Vec<Col> = en_table.header.iter().map(|h| role(h)).collect();
        let en_rows = align(ja_table, Some(en_table), "English", &mut report);
        let fr_rows = align(ja_table, fr_table, "French", &mut report);
        for (r, ja_row) in ja_table.rows.iter().enumerate() {
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
                                let base = slug(en_label.as_deref().unwrap_or(&ja_label));
                                if base.is_empty() {
                                    "other".to_string()
                                } else {
                                    base
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
                }
                Section::Benchmarks(category) => {
                    let b = benchmark(&aligned, &roles, category, &lookup, &mut report);
                    catalog.benchmarks.to_mut().push(b);
                }
                Section::Ignored => {}
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
    catalog.footnotes = footnotes(&ja, &en, &fr).into();
    if let Some(text) = &src.references_model {
        catalog.papers.to_mut().extend(papers(text, "architecture"));
    }
    if let Some(text) = &src.references_training {
        catalog
            .papers
            .to_mut()
            .extend(papers(text, "training-method"));
    }
    apply_size_facts(&mut catalog, &lookup);
    apply_base_contexts(&mut catalog);
    if let Some(text) = &src.size_overview {
        let rows = overview::parse(text);
        let outcome = overview::apply(&mut catalog, &rows);
        let lines: Vec<String> = outcome.unmatched.iter().map(|l| l.to_string()).collect();
        report.warnings.push(format!(
            "{OVERVIEW_CSV}: {} of {} rows give a family its release date; unmatched lines: {}",
            rows.len() - outcome.unmatched.len(),
            rows.len(),
            if lines.is_empty() {
                "none".to_string()
            } else {
                lines.join(", ")
            }
        ));
        for n in outcome.notes {
            report.warnings.push(format!("{OVERVIEW_CSV}: {n}"));
        }
    }
    Ok((catalog, report))
}
