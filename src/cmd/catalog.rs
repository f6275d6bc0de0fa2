//! `jllm catalog import|validate`: turning a checkout of the list into
//! catalog TOML, checking a committed catalog for drift, and validating a
//! user's catalog file with file:line messages.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Subcommand;

use crate::catalog::load;
use crate::catalog::parse::{describe, Source};
use crate::catalog::schema::{Catalog, File, Lang, Row, Table, Visit, TABLES};
use crate::catalog::validate::validate;
use crate::catalog::write;
use crate::cmd::drift::{drift, Drift};
use crate::config::Config;
use crate::i18n::{self, tr, trf};
use crate::import::{self, Sources};
use crate::sanitize;

mod info;
use info::info;
pub use info::InfoJson;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build catalog TOML from a checkout of the awesome-japanese-llm list
    ///
    /// Reads README.md (Japanese; required), en/README.md and fr/README.md,
    /// parts/references_*.md and figures/scripts/parameter_size_overview_ja.csv
    /// (announcement dates) where present. The curated tables
    /// (developers.toml, licenses.toml, sizes.toml) are read from the target
    /// directory, or taken from the built-in catalog when it has none.
    /// Every table row is imported or reported with file:line and why;
    /// unknown headings, developers (added as new developers) and license
    /// texts (class unknown) are warnings. Ends with one line: "N rows: M
    /// models, B benchmarks, P papers, D reported, 0 dropped".
    Import {
        /// Directory of the list (a checkout of awesome-japanese-llm)
        list_dir: PathBuf,
        /// Write the generated TOML files into this catalog directory
        #[arg(
            long,
            value_name = "DIR",
            required_unless_present = "check",
            conflicts_with = "check"
        )]
        out: Option<PathBuf>,
        /// Compare with this catalog directory instead of writing; exit 1 on drift
        #[arg(long, value_name = "DIR")]
        check: Option<PathBuf>,
        /// Treat every warning as an error: write nothing unless the import is clean
        #[arg(long)]
        strict: bool,
        /// Accepted for compatibility: unknown developers and license texts
        /// are now warnings by default (see --strict)
        #[arg(long, hide = true)]
        allow_unknown: bool,
    },
    /// Say which catalog is in effect: the built-in list commit, the installed update, counts
    Info {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Build catalog/results/*.toml from the leaderboards' files (Swallow LLM Leaderboard, pfgen-bench)
    ///
    /// Reads swallow-leaderboard/model.yml and pfgen-bench/README.md (with
    /// their COMMIT files) under EVALS_DIR. Results join checkpoints by
    /// Hugging Face repo id, case-insensitive; models the catalog does not
    /// have are kept as reference rows (in_list = false). Rows that cannot
    /// be read are reported with file:line.
    ImportResults(super::catalog_results::Args),
    /// Check catalog TOML files (over the built-in catalog) and list every problem as file:line
    ///
    /// A results directory (catalog/results), a file in one, or the results/
    /// of a catalog directory is checked as evaluation results: each file
    /// parses, suites and sources agree, benchmarks exist in the catalog.
    Validate {
        /// Files or directories
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

pub fn run(cmd: &Command, cfg: &Config) -> Result<ExitCode> {
    match cmd {
        Command::Import {
            list_dir,
            out,
            check,
            strict,
            allow_unknown: _,
        } => {
            let target = out
                .as_deref()
                .or(check.as_deref())
                .context(tr(cfg.lang, "--out or --check is required"))?;
            import(list_dir, target, check.is_some(), *strict, cfg.lang)
        }
        Command::ImportResults(args) => super::catalog_results::run(args, cfg),
        Command::Validate { paths } => validate_paths(paths, cfg),
        Command::Info { json } => info(*json, cfg),
    }
}

fn read(path: &Path) -> Result<String> {
    let bytes = load::read_bytes(path, "list")?;
    load::utf8(path, bytes, "the list is UTF-8 Markdown")
}

/// Reads a checkout of the list: README.md is required, every other file
/// is used where present.
pub fn read_sources(dir: &Path) -> Result<Sources> {
    let lang = i18n::lang();
    let meta =
        std::fs::metadata(dir).with_context(|| trf(lang, "{0}: cannot read", &[&dir.display()]))?;
    if !meta.is_dir() {
        bail!(
            "{}",
            trf(
                lang,
                "{0}: is {1}; expected the directory of a checkout of the awesome-japanese-llm list",
                &[&dir.display(), &crate::atomic::describe_kind(&meta.file_type())]
            )
        );
    }
    // `exists`, not `is_file`: a README.md that is not a regular file (a
    // FIFO) is read, and that names what it is.
    if !dir.join("README.md").exists() {
        bail!(
            "{}",
            trf(
                lang,
                "{0}: no README.md here; expected a checkout of the awesome-japanese-llm list (README.md, en/README.md, fr/README.md)",
                &[&dir.display()]
            )
        );
    }
    let optional = |p: PathBuf| p.exists().then(|| read(&p)).transpose();
    let overview = match optional(dir.join(import::OVERVIEW_CSV))? {
        Some(text) => Some(text),
        None => optional(dir.join(import::OVERVIEW_CSV_OLD))?,
    };
    Ok(Sources {
        ja: read(&dir.join("README.md"))?,
        en: optional(dir.join("en/README.md"))?,
        fr: optional(dir.join("fr/README.md"))?,
        references_model: optional(dir.join("parts/references_model.md"))?,
        references_training: optional(dir.join("parts/references_training.md"))?,
        size_overview: overview,
    })
}

/// The hand-curated tables: from their files in the target directory
/// where it has any, else the built-in ones; and the built-in tables the
/// import names what it reads after (domains).
pub fn curated(target: &Path) -> Result<Catalog> {
    let mut cat = Catalog::default();
    let mut sources = Vec::new();
    for name in curated_files() {
        let p = target.join(name);
        if p.exists() {
            let (part, text) = load::parse_file(&p)?;
            load::overlay(&mut cat, part);
            sources.push(Source { path: p, text });
        }
    }
    let found = !sources.is_empty();
    let problems = validate(&cat);
    if !problems.is_empty() {
        bail!("{}", describe(&sources, &problems).join("; "));
    }
    cat.take(load::embedded(), |t| {
        t.origin.given_to_import() && (t.origin.from_list() || !found)
    });
    Ok(cat)
}

/// The files of the curated tables (developers.toml, licenses.toml,
/// sizes.toml), each once, in the order of the tables.
fn curated_files() -> Vec<&'static str> {
    let mut files = Vec::new();
    for table in TABLES.iter().filter(|t| !t.origin.from_list()) {
        if let File::One(name) = table.file {
            if !files.contains(&name) {
                files.push(name);
            }
        }
    }
    files
}

/// A message of the import with its file made a path in `list_dir`.
pub fn located(list_dir: &Path, message: &str) -> String {
    let relative = ["README.md", "en/", "fr/", "parts/", "figures/"]
        .iter()
        .any(|p| message.starts_with(p));
    let message = if relative {
        format!("{}", list_dir.join(message).display())
    } else {
        message.to_string()
    };
    sanitize::line(&message)
}

/// Prints the import's notes and warnings (errors with `strict`) and its
/// closing count line to stderr; fails when `strict` finds warnings or a
/// row was dropped.
pub fn report_import(list_dir: &Path, report: &import::Report, strict: bool) -> Result<()> {
    let lang = i18n::lang();
    for n in report.notes.iter() {
        crate::eline!("jllm: {}", trf(lang, "note: {0}", &[&located(list_dir, n)]));
    }
    for w in report.warnings.iter() {
        let w = located(list_dir, w);
        if strict {
            crate::eline!("jllm: {}", trf(lang, "error: {0}", &[&w]));
        } else {
            crate::eline!("jllm: {}", trf(lang, "warning: {0}", &[&w]));
        }
    }
    crate::eline!("jllm: {}", report.counts.summary_in(lang));
    if report.counts.dropped() > 0 {
        bail!(
            "{}",
            trf(
                lang,
                "{0} rows were neither imported nor reported (a bug in jllm); nothing written",
                &[&report.counts.dropped()]
            )
        );
    }
    if strict && !report.warnings.is_empty() {
        let n = report.warnings.len();
        if n == 1 {
            bail!("{}", tr(lang, "1 warning with --strict; nothing written"));
        }
        bail!(
            "{}",
            trf(lang, "{0} warnings with --strict; nothing written", &[&n])
        );
    }
    Ok(())
}

fn import(
    list_dir: &Path,
    target: &Path,
    check: bool,
    strict: bool,
    lang: Lang,
) -> Result<ExitCode> {
    let sources = read_sources(list_dir)?;
    let curated = curated(target)?;
    let (catalog, report) = import::import(&sources, &curated)?;
    report_import(list_dir, &report, strict)?;
    let problems = validate(&catalog);
    if !problems.is_empty() {
        for line in describe(&[], &problems) {
            crate::eline!("jllm: {}", sanitize::line(&line));
        }
        if problems.len() == 1 {
            bail!(
                "{}",
                tr(lang, "the imported catalog has 1 problem; nothing written")
            );
        }
        bail!(
            "{}",
            trf(
                lang,
                "the imported catalog has {0} problems; nothing written",
                &[&problems.len()]
            )
        );
    }
    let mut files = write::render(&catalog)?;
    let added: Vec<_> = catalog
        .developers
        .iter()
        .filter(|d| !curated.developers.iter().any(|c| c.id == d.id))
        .cloned()
        .collect();
    if !added.is_empty() {
        // New developers the list names: written apart from the curated
        // developers.toml, so that the catalog is valid and the curation is
        // a move of entries, not an edit of a generated file.
        files.push((
            PathBuf::from("developers-added.toml"),
            format!(
                "# Developers the list names that developers.toml lacks, added by `jllm catalog import`\n# (id from the English name). Move them into developers.toml, with aliases, and import again.\n\n{}",
                write::to_toml(&Catalog {
                    developers: added.into(),
                    ..Catalog::default()
                })?
            ),
        ));
    }
    let variants: usize = catalog.models.iter().map(|m| m.variants.len()).sum();
    let summary = trf(
        lang,
        "{0} models ({1} checkpoints), {2} benchmarks, {3} footnotes, {4} papers, {5} domains",
        &[
            &catalog.models.len(),
            &variants,
            &catalog.benchmarks.len(),
            &catalog.footnotes.len(),
            &catalog.papers.len(),
            &catalog.domains.len(),
        ],
    );
    if check {
        let kind = Drift {
            what: "catalog",
            up_to_date: tr(lang, "catalog is up to date"),
            from: tr(lang, "the list"),
            fix: "jllm catalog import LIST_DIR",
            entries: &|text| {
                if text.is_empty() {
                    return Ok(BTreeMap::new());
                }
                crate::catalog::parse::parse_str(text).map(|c| entries(&c))
            },
        };
        return drift(target, &files, &summary, &kind);
    }
    if let Ok(commit) = std::fs::read_to_string(list_dir.join("COMMIT")) {
        // Which list commit the catalog comes from, for `catalog info`.
        files.push((PathBuf::from("LIST_COMMIT"), commit));
    }
    write::write_all_atomic(target, &files)?;
    let mut out = super::stdout();
    writeln!(
        out,
        "{}",
        trf(lang, "wrote {0} to {1}", &[&summary, &target.display()])
    )?;
    super::finish(out, true)
}

/// The entries of the tables read from the list, keyed by table and key,
/// to say what changed between two versions of a file.
fn entries(cat: &Catalog) -> BTreeMap<String, String> {
    struct Entries(BTreeMap<String, String>);
    impl Visit for Entries {
        type Error = std::convert::Infallible;
        fn table<T: Row>(&mut self, table: &'static Table, rows: &[T]) -> Result<(), Self::Error> {
            if table.origin.from_list() {
                for row in rows {
                    let key = format!("{} {}", table.kind, row.id());
                    self.0.insert(key, format!("{row:?}"));
                }
            }
            Ok(())
        }
    }
    let mut map = Entries(BTreeMap::new());
    let Ok(()) = cat.visit(&mut map);
    map.0
}

/// Validates every file given, listing every problem: a file that cannot be
/// read or parsed is reported on stderr (`jllm: file:line:col: …`) and the
/// others are still read and checked together, so one broken file does not
/// hide the rest; the rules' problems go to stdout, one per line.
fn validate_paths(paths: &[PathBuf], cfg: &Config) -> Result<ExitCode> {
    let mut base = if cfg.no_builtin() {
        Catalog::default()
    } else {
        load::embedded()
    };
    let mut sources = Vec::new();
    let mut own = Catalog::default();
    let (mut into_base, mut into_own) = (load::Overlays::default(), load::Overlays::default());
    // Problems of reading and parsing, in the order the files were given.
    let mut broken = Vec::new();
    // Evaluation results (a results directory, a file in one, or the
    // results/ of a catalog directory) are checked as such, after the tables.
    let mut result_files = Vec::new();
    for path in paths {
        let only_results = super::catalog_results::is_results_path(path);
        let results_dir = path.join("results");
        let results_here = if only_results {
            Some(path.as_path())
        } else {
            (path.is_dir() && results_dir.is_dir()).then_some(results_dir.as_path())
        };
        if let Some(dir) = results_here {
            match super::catalog_results::results_files(dir) {
                Ok(files) => result_files.extend(files),
                Err(e) => broken.push(format!("{e:#}")),
            }
        }
        if only_results {
            continue;
        }
        let files = match load::toml_files(path) {
            Ok(files) => files,
            Err(e) => {
                broken.push(format!("{e:#}"));
                continue;
            }
        };
        for file in files {
            match load::parse_file(&file) {
                Ok((cat, text)) => {
                    into_own.add(&mut own, cat.clone());
                    into_base.add(&mut base, cat);
                    sources.push(Source { path: file, text });
                }
                Err(e) => broken.push(format!("{e:#}")),
            }
        }
    }
    let problems = validate(&base);
    let results = super::catalog_results::check(&result_files, &base, !cfg.no_builtin());
    broken.extend(results.broken.iter().cloned());
    let lang = cfg.lang;
    if results.stale > 0 {
        crate::eline!(
            "jllm: {}",
            trf(
                lang,
                "warning: {0} results have a stale in_list mark (the catalog's checkpoints changed since they were imported); run `jllm catalog import-results EVALS_DIR --out DIR`",
                &[&results.stale]
            )
        );
    }
    let mut out = super::stdout();
    if problems.is_empty() && broken.is_empty() && results.problems.is_empty() {
        let mut parts = Vec::new();
        if !sources.is_empty() || result_files.is_empty() {
            parts.push(trf(
                lang,
                "{0} models, {1} benchmarks, {2} developers, {3} licenses in {4} files",
                &[
                    &own.models.len(),
                    &own.benchmarks.len(),
                    &own.developers.len(),
                    &own.licenses.len(),
                    &sources.len(),
                ],
            ));
        }
        if !result_files.is_empty() {
            parts.push(if results.files == 1 {
                trf(
                    lang,
                    "{0} evaluation results in 1 file",
                    &[&results.results],
                )
            } else {
                trf(
                    lang,
                    "{0} evaluation results in {1} files",
                    &[&results.results, &results.files],
                )
            });
        }
        writeln!(out, "{}", trf(lang, "ok: {0}", &[&parts.join("; ")]))?;
        return super::finish(out, true);
    }
    // Files that cannot be read or parsed are errors (stderr, as when
    // they stop other commands); the rules' problems are the output.
    for e in &broken {
        crate::eline!("jllm: {}", sanitize::line(e));
    }
    for line in describe(&sources, &problems) {
        writeln!(out, "{}", sanitize::line(&line))?;
    }
    for line in &results.problems {
        writeln!(out, "{}", sanitize::line(line))?;
    }
    out.flush()?;
    let n = problems.len() + broken.len() + results.problems.len();
    if n == 1 {
        crate::eline!("jllm: {}", tr(lang, "1 problem"));
    } else {
        crate::eline!("jllm: {}", trf(lang, "{0} problems", &[&n]));
    }
    Ok(ExitCode::from(2))
}
