//! The evaluation results `jllm update` installs beside the catalog: the
//! built-in ones joined to the new catalog, the leaderboards' GitHub
//! tarballs, or a directory laid out like them; each source row left out is
//! said with its file:line.

use std::path::Path;

use anyhow::{bail, Context, Result};

use super::{PFGEN_SOURCE, SWALLOW_SOURCE};
use crate::catalog::results::Results;
use crate::catalog::results_data;
use crate::catalog::schema::List;
use crate::catalog::schema::{Catalog, Lang};
use crate::fetch::{self, Deadline, Progress};
use crate::i18n::{self, trf};

/// The evaluation results to install with `catalog`, and the lines saying
/// where they came from. Every way joins them to `catalog`'s checkpoints
/// (`in_list`), so reference rows are those the new catalog lacks.
pub(super) fn evals(
    source: &str,
    catalog: &Catalog,
    deadline: &Deadline,
    progress: &Progress,
    notes: &mut Vec<String>,
    lang: Lang,
) -> Result<(Results, Vec<String>, String)> {
    use crate::import::results as import_results;
    let files = match source {
        "builtin" => {
            let results = builtin_joined(catalog);
            let line = trf(
                lang,
                "{0} evaluation results: the built-in ones, joined to the new catalog",
                &[&results.results.len()],
            );
            return Ok((results, Vec::new(), line));
        }
        "github" => github_files(deadline, progress, notes)?,
        dir => import_results::read_files(Path::new(dir))
            .with_context(|| trf(lang, "--evals-from {0}: nothing installed", &[&dir]))?,
    };
    let imported = import_results::import(&files, catalog).with_context(|| {
        trf(
            lang,
            "{0}: evaluation results cannot be imported; nothing installed",
            &[&source],
        )
    })?;
    let builtin = results_data::embedded();
    let mut results = Results {
        suites: builtin.suites,
        ..Results::default()
    };
    let mut skipped = Vec::new();
    for (_, part) in imported {
        for s in &part.skipped {
            skipped.push(format!("{source}: {}", crate::sanitize::line(s)));
        }
        results.append(part.results);
    }
    results.append(builtin_papers(catalog));
    refuse_problems(&results, source, lang)?;
    let joined = results.results.iter().filter(|r| r.in_list).count();
    let line = trf(
        lang,
        "{0} evaluation results from {1} ({2} of the catalog's checkpoints, {3} of reference models; {4} source rows skipped, listed above)",
        &[
            &results.results.len(),
            &source,
            &joined,
            &(results.results.len() - joined),
            &skipped.len(),
        ],
    );
    Ok((results, skipped, line))
}

/// The built-in evaluation results, each row's `in_list` set by whether
/// `catalog` has its checkpoint.
fn builtin_joined(catalog: &Catalog) -> Results {
    let mut results = results_data::embedded();
    let repos = crate::import::results::catalog_repos(catalog);
    for r in results.results.to_mut() {
        r.in_list = repos.contains(&r.hf.to_ascii_lowercase());
    }
    results
}

/// The leaderboards' files from their GitHub tarballs (`JLLM_SWALLOW_URL`
/// and `JLLM_PFGEN_URL` where set, else the default sources).
fn github_files(
    deadline: &Deadline,
    progress: &Progress,
    notes: &mut Vec<String>,
) -> Result<crate::import::results::Files> {
    let url = |var: &str, default: &str| {
        std::env::var(var)
            .ok()
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| default.to_string())
    };
    let (swallow_url, pfgen_url) = (
        url("JLLM_SWALLOW_URL", SWALLOW_SOURCE),
        url("JLLM_PFGEN_URL", PFGEN_SOURCE),
    );
    let swallow = leaderboard(&swallow_url, "model.yml", deadline, progress, notes)?;
    let pfgen = leaderboard(&pfgen_url, "README.md", deadline, progress, notes)?;
    Ok(crate::import::results::Files {
        swallow_models: swallow.0,
        swallow_commit: swallow.1,
        pfgen_readme: pfgen.0,
        pfgen_commit: pfgen.1,
    })
}

/// The built-in results of papers (sources with a citation), joined to
/// `catalog`: a paper's results are imported from its text, not from a
/// leaderboard, and do not change with an update.
fn builtin_papers(catalog: &Catalog) -> Results {
    let builtin = results_data::embedded();
    let papers: Vec<_> = builtin
        .sources
        .iter()
        .filter(|s| s.citation.is_some())
        .cloned()
        .collect();
    let repos = crate::import::results::catalog_repos(catalog);
    let paper_results: Vec<_> = builtin
        .results
        .iter()
        .filter(|r| papers.iter().any(|s| s.id == r.source))
        .map(|r| {
            let mut r = r.clone();
            r.in_list = repos.contains(&r.hf.to_ascii_lowercase());
            r
        })
        .collect();
    Results {
        sources: List::Owned(papers),
        results: List::Owned(paper_results),
        ..Results::default()
    }
}

/// An error naming the first problem of the imported results and how many
/// there are, if they have any.
fn refuse_problems(results: &Results, source: &str, lang: Lang) -> Result<()> {
    let problems = results.problems();
    let Some(first) = problems.first() else {
        return Ok(());
    };
    if problems.len() == 1 {
        bail!(
            "{}",
            trf(
                lang,
                "{0}: the imported evaluation results have 1 problem ({1}); nothing installed",
                &[&source, first]
            )
        );
    }
    bail!(
        "{}",
        trf(
            lang,
            "{0}: the imported evaluation results have {1} problems ({2}); nothing installed",
            &[&source, &problems.len(), first]
        )
    )
}

/// One leaderboard's file from its tarball (`name` at the top level, else
/// the shallowest one so named), with a COMMIT line made of the archive's
/// commit and date, as `catalog import-results` reads it from a checkout.
fn leaderboard(
    url: &str,
    name: &str,
    deadline: &Deadline,
    progress: &Progress,
    notes: &mut Vec<String>,
) -> Result<(String, String)> {
    let lang = i18n::lang();
    let bytes = fetch::archive_bytes(url, deadline, progress, notes)?;
    let suffix = format!("/{name}");
    let archive = fetch::read_archive(url, &bytes, &|rel: &str| {
        rel == name || rel.ends_with(&suffix)
    })?;
    let Some((rel, content)) = archive
        .files
        .into_iter()
        .min_by_key(|(rel, _)| (rel.matches('/').count(), rel.clone()))
    else {
        bail!(
            "{}",
            trf(
                lang,
                "{0}: no {1} in the archive; nothing installed",
                &[&url, &name]
            )
        );
    };
    let text = String::from_utf8(content).map_err(|_| {
        anyhow::anyhow!(
            "{}",
            trf(
                lang,
                "{0}: {1} is not UTF-8 text; nothing installed",
                &[&url, &rel]
            )
        )
    })?;
    let (Some(commit), Some(date)) = (archive.commit, archive.mtime) else {
        bail!(
            "{}",
            trf(
                lang,
                "{0}: the archive does not say its commit and date (GitHub's tarballs do); nothing installed",
                &[&url]
            )
        );
    };
    Ok((text, format!("{commit} {}", fetch::utc(date))))
}
