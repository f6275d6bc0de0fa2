//! `jllm catalog import-results`: turning the leaderboards' files (Swallow
//! LLM Leaderboard, pfgen-bench) into `catalog/results/*.toml`, or checking
//! the committed results for drift (`--check`, exit 1 on a difference).
//! Kept apart from `catalog import` because the results are their own data,
//! on their own update schedule.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Result};

use crate::catalog::results::{self, Results};
use crate::catalog::schema::List;
use crate::catalog::{load, results_data, write};
use crate::config::Config;
use crate::i18n::{tr, trf};
use crate::import::results as import;
use crate::sanitize;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Directory of the evaluation sources (swallow-leaderboard/ and pfgen-bench/)
    pub evals_dir: PathBuf,
    /// Write swallow.toml and pfgen.toml into this results directory
    #[arg(
        long,
        value_name = "DIR",
        required_unless_present = "check",
        conflicts_with = "check"
    )]
    pub out: Option<PathBuf>,
    /// Compare with this results directory instead of writing; exit 1 on drift
    #[arg(long, value_name = "DIR")]
    pub check: Option<PathBuf>,
    /// Also import rinna's paper (Tables 2, 3 and 4) from this directory of seed snapshots into paper.toml
    #[arg(long, value_name = "DIR")]
    pub seeds: Option<PathBuf>,
}

/// The curated suites and aliases: the target directory's suites.toml and
/// aliases.toml, each else the built-in.
fn curated(target: &Path) -> Result<Results> {
    let builtin = results_data::embedded();
    let read = |name: &str| -> Result<Option<Results>> {
        let p = target.join(name);
        if !p.is_file() {
            return Ok(None);
        }
        let bytes = load::read_bytes(&p, "results")?;
        let text = load::utf8(&p, bytes, "results files are UTF-8 TOML")?;
        results::parse_str(&text)
            .map(Some)
            .map_err(|e| anyhow::anyhow!("{}:{e}", p.display()))
    };
    let mut out = Results::default();
    match read("suites.toml")? {
        Some(r) => out.append(r),
        None => out.suites = builtin.suites,
    }
    match read("aliases.toml")? {
        Some(r) => out.append(r),
        None => out.aliases = builtin.aliases,
    }
    Ok(out)
}

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let lang = cfg.lang;
    let Some(target) = args.out.as_deref().or(args.check.as_deref()) else {
        bail!("{}", tr(lang, "--out or --check is required"));
    };
    let files = import::read_files(&args.evals_dir)?;
    let cat = cfg.catalog()?;
    let mut all = curated(target)?;
    let mut imported = import::import_with(&files, cat, &all.aliases)?;
    if let Some(dir) = &args.seeds {
        let (path, text) = crate::import::paper::find_seed(dir)?;
        let part = crate::import::paper::import(&text, &path.display().to_string(), cat)?;
        imported.push(("paper.toml", part));
    } else {
        // Without --seeds paper.toml is neither written nor checked; its
        // source (the built-in) still names the suites of suites.toml.
        let builtin = results_data::embedded();
        all.sources = List::Owned(
            builtin
                .sources
                .iter()
                .filter(|s| s.citation.is_some())
                .cloned()
                .collect(),
        );
    }
    let mut rendered = Vec::new();
    let mut summary = Vec::new();
    for (name, part) in imported {
        for s in &part.skipped {
            let s = s.replace(
                import::SWALLOW_DIR,
                &args
                    .evals_dir
                    .join(import::SWALLOW_DIR)
                    .display()
                    .to_string(),
            );
            let s = s.replace(
                import::PFGEN_DIR,
                &args.evals_dir.join(import::PFGEN_DIR).display().to_string(),
            );
            crate::eline!("jllm: {}", sanitize::line(&s));
        }
        let r = &part.results;
        let listed = r.results.iter().filter(|x| x.in_list).count();
        let source = r.sources.first().map_or("?", |s| s.id.as_str());
        summary.push(trf(
            lang,
            "{0}: {1} results ({2} of catalog checkpoints, {3} reference rows), {4} rows skipped",
            &[
                &source,
                &r.results.len(),
                &listed,
                &(r.results.len() - listed),
                &part.skipped.len(),
            ],
        ));
        rendered.push((PathBuf::from(name), render(&part.results)?));
        all.append(part.results);
    }
    let problems = all.problems();
    if !problems.is_empty() {
        for p in &problems {
            crate::eline!("jllm: {}", sanitize::line(p));
        }
        bail!(
            "{}",
            trf(
                lang,
                "the imported results have {0} problems; nothing written",
                &[&problems.len()]
            )
        );
    }
    let summary = summary.join("; ");
    if args.check.is_some() {
        let kind = super::drift::Drift {
            what: "results",
            up_to_date: tr(lang, "results are up to date"),
            from: tr(lang, "the evaluation sources"),
            fix: "jllm catalog import-results EVALS_DIR",
            entries: &|text| results::parse_str(text).map(|r| entries(&r)),
        };
        return super::drift::drift(target, &rendered, &summary, &kind);
    }
    write::write_all_atomic(target, &rendered)?;
    let mut out = super::stdout();
    writeln!(
        out,
        "{}",
        trf(lang, "wrote {0} to {1}", &[&summary, &target.display()])
    )?;
    super::finish(out, true)
}

/// A generated results file: its header (source, license, attribution) and
/// the TOML.
fn render(r: &Results) -> Result<String> {
    let s = r.sources.first();
    if let Some(cite) = s.and_then(|s| s.citation.as_deref()) {
        let head = format!(
            "# Evaluation results of {cite}, read from the paper's text (the seed\n# snapshot) by `jllm catalog import-results --seeds`. Do not edit: import again.\n# in_list = false marks a reference row: a model the list does not have, a\n# baseline, or a short name of the paper that can mean two repos (note says which).\n\n"
        );
        return Ok(head + &write::to_toml(r)?);
    }
    let head = s.map_or(String::new(), |s| {
        format!(
            "# Evaluation results of {} ({}, commit {} of {}), generated by\n# `jllm catalog import-results`. Do not edit: import again.\n# Data license: {}. Attribution: {}\n# in_list = false marks a reference row: a model the list does not have.\n\n",
            s.name, s.date, s.commit, s.url, s.license, s.attribution
        )
    });
    Ok(head + &write::to_toml(r)?)
}

/// Entries keyed by what they are about, to say what changed.
fn entries(r: &Results) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for s in r.sources.iter() {
        map.insert(format!("source {}", s.id), format!("{s:?}"));
    }
    for x in r.results.iter() {
        let key = format!(
            "result {} {} {}{}",
            x.hf,
            x.suite,
            x.mode.as_deref().unwrap_or(""),
            x.version
                .as_deref()
                .map_or(String::new(), |v| format!(" {v}"))
        );
        // The line moves when rows are added above; not a change of result.
        let value = format!(
            "{:?}",
            results::Score {
                line: 0,
                ..x.clone()
            }
        );
        map.insert(key, value);
    }
    map
}

/// What `catalog validate` found in evaluation-result files.
#[derive(Default)]
pub struct Checked {
    /// Files that could not be read or parsed (`file:line:col: …`).
    pub broken: Vec<String>,
    /// Broken rules, one line each, prefixed with the results directory.
    pub problems: Vec<String>,
    /// Results read, and the files they came from.
    pub results: usize,
    pub files: usize,
    /// Results whose `in_list` mark disagrees with the catalog (a warning:
    /// the join is by repo id at run time).
    pub stale: usize,
}

/// Whether `path` is a results directory or a file inside one: `catalog
/// validate` checks those as evaluation results, not as catalog tables.
pub fn is_results_path(path: &Path) -> bool {
    if path.is_dir() {
        results::is_results_dir(path)
    } else {
        path.parent().is_some_and(results::is_results_dir)
    }
}

/// The `.toml` files of a results directory (sorted), or the file itself.
pub fn results_files(path: &Path) -> Result<Vec<PathBuf>> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    let entries = std::fs::read_dir(path).map_err(|e| {
        anyhow::anyhow!(
            "{}",
            trf(
                crate::i18n::lang(),
                "{0}: cannot read results directory: {1}",
                &[&path.display(), &e]
            )
        )
    })?;
    for entry in entries.flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "toml") {
            files.push(p);
        }
    }
    files.sort();
    Ok(files)
}

/// Checks result files as build.rs does before embedding them (each file
/// parses; suites, sources and scores agree), and against `catalog`: every
/// benchmark a result or source names is one of the catalog's. With
/// `builtin`, suites and sources the files do not define are the built-in
/// ones; without it (`--no-builtin`), only what the files define is seen.
pub fn check(
    files: &[PathBuf],
    catalog: &crate::catalog::schema::Catalog,
    builtin: bool,
) -> Checked {
    let mut checked = Checked::default();
    let mut all = Results::default();
    for file in files {
        let parsed = load::read_bytes(file, "results")
            .and_then(|bytes| load::utf8(file, bytes, "a results file is UTF-8 TOML"))
            .and_then(|text| {
                results::parse_str(&text).map_err(|e| anyhow::anyhow!("{}:{e}", file.display()))
            });
        match parsed {
            Ok(part) => {
                checked.files += 1;
                checked.results += part.results.len();
                all.append(part);
            }
            Err(e) => checked.broken.push(format!("{e:#}")),
        }
    }
    let dir = files
        .first()
        .and_then(|f| f.parent())
        .map_or_else(String::new, |d| format!("{}: ", d.display()));
    // Suites and sources the given files do not define are the built-in
    // ones, as catalog files are checked over the built-in catalog: one
    // results file can be checked alone.
    if builtin {
        let builtin = results_data::embedded();
        let mut context = Results::default();
        for s in builtin.sources.iter() {
            if all.source(&s.id).is_none() {
                context.sources.to_mut().push(s.clone());
            }
        }
        for s in builtin.suites.iter() {
            if all.suite(&s.id).is_none() {
                context.suites.to_mut().push(s.clone());
            }
        }
        all.append(context);
    }
    let mut problems = all.problems();
    let benchmarks: std::collections::HashSet<&str> =
        catalog.benchmarks.iter().map(|b| &*b.id).collect();
    for s in all.sources.iter() {
        if !benchmarks.contains(&*s.benchmark) {
            problems.push(format!(
                "source '{}' names benchmark '{}', which the catalog does not have",
                s.id, s.benchmark
            ));
        }
    }
    let unknown = all
        .results
        .iter()
        .filter(|r| !r.benchmark.is_empty() && !benchmarks.contains(&*r.benchmark))
        .count();
    if unknown > 0 {
        problems.push(format!(
            "{unknown} results name a benchmark the catalog does not have"
        ));
    }
    let repos = import::catalog_repos(catalog);
    for a in all.aliases.iter() {
        if !repos.contains(&a.hf.to_ascii_lowercase()) {
            problems.push(format!(
                "alias '{}' of source '{}' names '{}', which is not a checkpoint of the catalog",
                a.id, a.source, a.hf
            ));
        }
    }
    checked.problems = problems.into_iter().map(|p| format!("{dir}{p}")).collect();
    checked.stale = all
        .results
        .iter()
        .filter(|r| repos.contains(&r.hf.to_ascii_lowercase()) != r.in_list)
        .count();
    checked
}
