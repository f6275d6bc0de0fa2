//! `jllm update`: fetches the awesome-japanese-llm list, imports it with the
//! built-in curated tables, and installs the result as the user's catalog
//! (see src/catalog/installed.rs for where it lives and how it takes the
//! place of the built-in list-derived part). The only command that uses the
//! network.
//!
//! Sources: the GitHub tarball of the list's main branch (default), an
//! `http(s)://` URL of a `.tar.gz` with GitHub's layout (one top-level
//! directory), a local `.tar.gz`, or a directory. Archives are read in
//! memory, never extracted: every entry is checked (no `..`, no absolute
//! path, no link or device; a hostile entry refuses the whole archive) and
//! only the files the import reads are kept. Limits: [`MAX_DOWNLOAD`]
//! compressed, [`MAX_UNPACKED`] unpacked, and a timeout of
//! [`DEFAULT_TIMEOUT_SECS`] s for the whole download (`JLLM_UPDATE_TIMEOUT`
//! seconds overrides it). Anything that fails leaves the installed catalog
//! as it was: it is replaced only by the rename of a complete file.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

use anyhow::{bail, Context, Result};
use clap::Args as ClapArgs;

use crate::catalog::installed::{self, Installed, Meta};
use crate::catalog::load;
use crate::catalog::parse::describe;
use crate::catalog::results::Results;
use crate::catalog::results_data;
use crate::catalog::schema::{Catalog, Lang};
use crate::catalog::validate::validate;
use crate::config::Config;
use crate::i18n::{self, tr, trf};
use crate::import::{self, Sources};

/// The list's main branch as GitHub serves it (a redirect to codeload).
pub const DEFAULT_SOURCE: &str =
    "https://github.com/llm-jp/awesome-japanese-llm/archive/refs/heads/main.tar.gz";

/// Largest download: a bound against a wrong URL (a tarball of the list's
/// text files at 903d9db is 145 KiB; the repository's figures add images).
pub const MAX_DOWNLOAD: u64 = 100 * 1024 * 1024;

/// Largest total of unpacked bytes read from an archive: a guard against
/// decompression bombs.
pub const MAX_UNPACKED: u64 = 512 * 1024 * 1024;

/// Whole-download timeout in seconds, unless `JLLM_UPDATE_TIMEOUT` says.
pub const DEFAULT_TIMEOUT_SECS: u64 = 60;

/// The Swallow LLM Leaderboard's default branch as GitHub serves it
/// (`JLLM_SWALLOW_URL` overrides it: a mirror, or a test's server).
pub const SWALLOW_SOURCE: &str = "https://github.com/swallow-llm/leaderboard/archive/HEAD.tar.gz";

/// pfgen-bench's default branch as GitHub serves it (`JLLM_PFGEN_URL`
/// overrides it).
pub const PFGEN_SOURCE: &str = "https://github.com/pfnet-research/pfgen-bench/archive/HEAD.tar.gz";

#[derive(Debug, ClapArgs)]
#[command(after_help = "\
The update replaces the list-derived part of the built-in catalog (models,
benchmarks, footnotes, papers, domains); the built-in curated tables
(developers, licenses, sizes) and --catalog overlays stay on top. It is
installed in $JLLM_DATA_DIR, else $XDG_DATA_HOME/jllm (~/.local/share/jllm).
The evaluation results (Swallow LLM Leaderboard, pfgen-bench) are refreshed
from their GitHub repositories when the list comes from its default source,
else re-joined from the built-in ones (--evals-from says otherwise); they are
installed in the same file, in place of the built-in results.
Limits: 100 MiB download, 512 MiB unpacked, 60 s timeout (JLLM_UPDATE_TIMEOUT
seconds), per download. Proxies: HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY.
Exit codes: 0 installed (or nothing to do), 2 error (the installed catalog is
left as it was).")]
pub struct Args {
    /// Where to get the list: an http(s):// URL of a .tar.gz, a local .tar.gz, or a directory
    /// [default: the GitHub tarball of llm-jp/awesome-japanese-llm main]
    #[arg(long, value_name = "SOURCE")]
    pub from: Option<String>,
    /// Print what would change (added, removed, changed families and benchmarks); install nothing
    #[arg(long, conflicts_with = "reset")]
    pub check: bool,
    /// Remove the installed update: the built-in catalog is used again
    #[arg(long, conflicts_with = "from")]
    pub reset: bool,
    /// Where to get the evaluation results: `github` (the Swallow LLM Leaderboard's and
    /// pfgen-bench's GitHub tarballs), a directory with swallow-leaderboard/ and pfgen-bench/
    /// (each with its COMMIT file), or `builtin` (the results this jllm was built with, joined
    /// to the new catalog) [default: github with the default list source, else builtin]
    #[arg(long, value_name = "SOURCE")]
    pub evals_from: Option<String>,
    /// No progress on stderr (progress shows only on a terminal anyway)
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let lang = cfg.lang;
    let dir = installed::data_dir()?;
    let path = dir.join(installed::FILE);
    if args.reset {
        let mut out = super::stdout();
        match std::fs::remove_file(&path) {
            Ok(()) => writeln!(
                out,
                "{}",
                trf(
                    lang,
                    "removed {0}: the built-in catalog is in effect",
                    &[&path.display()]
                )
            )?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => writeln!(
                out,
                "{}",
                trf(
                    lang,
                    "nothing installed at {0}: the built-in catalog is in effect",
                    &[&path.display()]
                )
            )?,
            Err(e) => {
                return Err(e).with_context(|| trf(lang, "{0}: cannot remove", &[&path.display()]))
            }
        }
        return super::finish(out, true);
    }
    let progress = Progress::new(!args.quiet && std::io::stderr().is_terminal());
    let source = args.from.as_deref().unwrap_or(DEFAULT_SOURCE);
    let fetched = fetch(source, &progress)?;
    progress.say(tr(lang, "importing"));
    let curated = builtin_curated();
    let (mut catalog, report) = import::import(&fetched.sources, &curated)
        .with_context(|| trf(lang, "{0}: import failed", &[&source]))?;
    // The built-in catalog's order, the list's (build.rs sorts by line):
    // `list` documents it as its default.
    catalog
        .models
        .to_mut()
        .sort_by_key(|f| f.source_line.unwrap_or(u32::MAX));
    progress.clear();
    let problems = validate(&catalog);
    if !problems.is_empty() {
        let first = describe(&[], &problems[..1]).join("");
        if problems.len() == 1 {
            bail!(
                "{}",
                trf(
                    lang,
                    "{0}: the imported catalog has 1 problem ({1}); nothing installed",
                    &[&source, &first]
                )
            );
        }
        bail!(
            "{}",
            trf(
                lang,
                "{0}: the imported catalog has {1} problems ({2}); nothing installed",
                &[&source, &problems.len(), &first]
            )
        );
    }
    let origin = Path::new("");
    for w in report.warnings.iter() {
        let w = super::catalog::located(origin, w);
        crate::eline!(
            "jllm: {}",
            trf(lang, "warning: {0}", &[&w.trim_start_matches('/')])
        );
    }
    // English in the installed file (`catalog info`'s record), in the
    // language on stderr.
    let rows = report.counts.summary();
    let rows_said = report.counts.summary_in(lang);
    anyhow::ensure!(
        report.counts.dropped() == 0,
        "{}",
        trf(
            lang,
            "{0}: rows lost by the import (a bug in jllm); nothing installed",
            &[&rows_said]
        )
    );
    if !args.quiet {
        crate::eline!("jllm: {rows_said}");
    }
    let (results, results_line) = evals(args, &catalog, &progress, lang)?;
    progress.clear();
    if !args.quiet {
        crate::eline!("jllm: {results_line}");
    }
    if args.check {
        let current = match installed::read(&dir)? {
            Some(i) => i.catalog,
            None => load::embedded(),
        };
        return print_changes(&current, &catalog, lang);
    }
    // A local source is recorded as an absolute path.
    let recorded = if source.contains("://") {
        source.to_string()
    } else {
        std::fs::canonicalize(source)
            .map_or_else(|_| source.to_string(), |p| p.display().to_string())
    };
    let meta = Meta {
        format: installed::FORMAT,
        source: recorded,
        commit: fetched.commit,
        archive_date: fetched.archive_date,
        fetched: utc(SystemTime::now()),
        jllm: env!("CARGO_PKG_VERSION").to_string(),
        rows,
    };
    let (models, benchmarks) = (catalog.models.len(), catalog.benchmarks.len());
    install(
        &dir,
        &Installed {
            meta,
            catalog,
            results: Some(results),
        },
    )?;
    let mut out = super::stdout();
    writeln!(
        out,
        "{}",
        trf(
            lang,
            "installed {0} models and {1} benchmarks from {2} in {3}",
            &[&models, &benchmarks, &source, &path.display()]
        )
    )?;
    super::finish(out, true)
}

/// The built-in curated tables (and its domains, to name the list's).
fn builtin_curated() -> Catalog {
    let builtin = load::embedded();
    Catalog {
        developers: builtin.developers,
        licenses: builtin.licenses,
        license_texts: builtin.license_texts,
        size_facts: builtin.size_facts,
        base_contexts: builtin.base_contexts,
        domains: builtin.domains,
        ..Catalog::default()
    }
}

/// Progress on stderr, on a terminal only: one line rewritten in place.
struct Progress(bool);

impl Progress {
    fn new(on: bool) -> Progress {
        Progress(on)
    }
    fn say(&self, what: &str) {
        if self.0 {
            // Never panics (as `eprint!` would on a closed stderr).
            let _ = write!(std::io::stderr(), "\r\x1b[2Kjllm: {what}");
        }
    }
    fn clear(&self) {
        if self.0 {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
    }
}

/// What a source gave: the list's files and what it says about itself.
struct Fetched {
    sources: Sources,
    commit: Option<String>,
    archive_date: Option<String>,
}

fn fetch(source: &str, progress: &Progress) -> Result<Fetched> {
    let url = source.starts_with("http://") || source.starts_with("https://");
    let path = Path::new(source);
    if !url
        && std::fs::metadata(path)
            .with_context(|| trf(i18n::lang(), "{0}: cannot read update source", &[&source]))?
            .is_dir()
    {
        let sources = super::catalog::read_sources(path)?;
        let commit = std::fs::read_to_string(path.join("COMMIT"))
            .ok()
            .and_then(|c| c.split_whitespace().next().map(str::to_string));
        return Ok(Fetched {
            sources,
            commit,
            archive_date: None,
        });
    }
    unpack(source, &archive_bytes(source, progress)?)
}

/// The bytes of a `.tar.gz`: downloaded from an `http(s)://` URL, else read
/// from a local file, either way within [`MAX_DOWNLOAD`].
fn archive_bytes(source: &str, progress: &Progress) -> Result<Vec<u8>> {
    if source.starts_with("http://") || source.starts_with("https://") {
        return download(source, progress);
    }
    let lang = i18n::lang();
    let cannot = || trf(lang, "{0}: cannot read archive", &[&source]);
    let file = std::fs::File::open(source).with_context(cannot)?;
    let mut bytes = Vec::new();
    file.take(MAX_DOWNLOAD + 1)
        .read_to_end(&mut bytes)
        .with_context(cannot)?;
    if bytes.len() as u64 > MAX_DOWNLOAD {
        bail!(
            "{}",
            trf(
                lang,
                "{0}: archive over {1} MiB; the limit is {1} MiB",
                &[&source, &(MAX_DOWNLOAD >> 20)]
            )
        );
    }
    Ok(bytes)
}

/// The update timeout: `JLLM_UPDATE_TIMEOUT` seconds, else the default.
fn timeout() -> Result<Duration> {
    match std::env::var("JLLM_UPDATE_TIMEOUT") {
        Ok(v) if !v.is_empty() => {
            let secs: f64 = v
                .parse()
                .ok()
                .filter(|s: &f64| s.is_finite() && *s > 0.0 && *s <= 86_400.0)
                .with_context(|| {
                    trf(
                        i18n::lang(),
                        "JLLM_UPDATE_TIMEOUT={0}: expected seconds, e.g. 60 or 0.5",
                        &[&v],
                    )
                })?;
            Ok(Duration::from_secs_f64(secs))
        }
        _ => Ok(Duration::from_secs(DEFAULT_TIMEOUT_SECS)),
    }
}

fn download(url: &str, progress: &Progress) -> Result<Vec<u8>> {
    let limit = timeout()?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(limit))
        .user_agent(concat!("jllm/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let lang = i18n::lang();
    progress.say(tr(lang, "connecting"));
    let fail = |e: &dyn std::fmt::Display| {
        let text = e.to_string();
        if text.contains("timeout") || text.contains("timed out") {
            anyhow::anyhow!(
                "{}",
                trf(
                    lang,
                    "{0}: no complete answer within {1} s (JLLM_UPDATE_TIMEOUT); nothing installed",
                    &[&url, &limit.as_secs_f64()]
                )
            )
        } else {
            anyhow::anyhow!(
                "{}",
                trf(
                    lang,
                    "{0}: download failed: {1}; nothing installed",
                    &[&url, &text]
                )
            )
        }
    };
    let mut response = agent.get(url).call().map_err(|e| fail(&e))?;
    let total = response.body().content_length();
    let mut reader = response
        .body_mut()
        .with_config()
        .limit(MAX_DOWNLOAD)
        .reader();
    let mut bytes = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = reader.read(&mut buf).map_err(|e| {
            if e.to_string().contains("limit") {
                anyhow::anyhow!(
                    "{}",
                    trf(
                        lang,
                        "{0}: download over {1} MiB; nothing installed",
                        &[&url, &(MAX_DOWNLOAD >> 20)]
                    )
                )
            } else {
                fail(&e)
            }
        })?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(&buf[..n]);
        let got = bytes.len() >> 10;
        progress.say(&match total {
            Some(n) => trf(lang, "downloading: {0} KiB of {1} KiB", &[&got, &(n >> 10)]),
            None => trf(lang, "downloading: {0} KiB", &[&got]),
        });
    }
    Ok(bytes)
}

/// Files of the list the import reads, by path below the archive's
/// top-level directory.
const WANTED: [&str; 8] = [
    "README.md",
    "en/README.md",
    "fr/README.md",
    "parts/references_model.md",
    "parts/references_training.md",
    import::OVERVIEW_CSV,
    import::OVERVIEW_CSV_OLD,
    "COMMIT",
];

/// What a `.tar.gz` held: the wanted files by path below its top-level
/// directory, the commit `git archive` recorded and the top directory's
/// modification time (the commit's time in GitHub's tarballs).
struct Archive {
    files: BTreeMap<String, Vec<u8>>,
    commit: Option<String>,
    mtime: Option<SystemTime>,
}

/// Reads a `.tar.gz` in memory: checks every entry (a hostile one refuses
/// the whole archive), keeps the files `wanted` names.
fn read_archive(source: &str, bytes: &[u8], wanted: &dyn Fn(&str) -> bool) -> Result<Archive> {
    let gz = flate2::read::GzDecoder::new(bytes);
    let mut archive = tar::Archive::new(gz.take(MAX_UNPACKED));
    let lang = i18n::lang();
    let bad = |why: String| {
        anyhow::anyhow!(
            "{}",
            trf(lang, "{0}: {1}; nothing installed", &[&source, &why])
        )
    };
    let damaged =
        |e: &dyn std::fmt::Display| bad(trf(lang, "damaged or truncated archive ({0})", &[e]));
    let entries = archive
        .entries()
        .map_err(|e| bad(trf(lang, "not a .tar.gz archive ({0})", &[&e])))?;
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut top: Option<String> = None;
    let mut commit = None;
    let mut mtime: Option<u64> = None;
    for entry in entries {
        let mut entry = entry.map_err(|e| damaged(&e))?;
        let kind = entry.header().entry_type();
        if kind.is_pax_global_extensions() {
            // `git archive` (GitHub's tarballs) records the commit here.
            let mut text = String::new();
            entry.read_to_string(&mut text).map_err(|e| damaged(&e))?;
            commit = text
                .lines()
                .find_map(|l| l.split_once(" comment=").map(|(_, c)| c.trim().to_string()));
            continue;
        }
        let raw = entry.path_bytes().into_owned();
        let name = String::from_utf8_lossy(&raw).into_owned();
        let path = PathBuf::from(&name);
        let hostile = path.is_absolute()
            || path.components().any(|c| {
                matches!(
                    c,
                    Component::ParentDir | Component::RootDir | Component::Prefix(_)
                )
            });
        if hostile {
            bail!(bad(trf(
                lang,
                "entry '{0}' would escape the archive's directory",
                &[&crate::sanitize::line(&name)]
            )));
        }
        if !(kind.is_file() || kind.is_dir()) {
            bail!(bad(trf(
                lang,
                "entry '{0}' is a link or special file; archives of the list hold files and directories only",
                &[&crate::sanitize::line(&name)]
            )));
        }
        let mut parts = path
            .components()
            .filter(|c| !matches!(c, Component::CurDir));
        let Some(first) = parts.next() else { continue };
        let first = first.as_os_str().to_string_lossy().into_owned();
        match &top {
            None => top = Some(first.clone()),
            Some(t) if *t != first => return Err(bad(trf(
                lang,
                "entries under '{0}' and '{1}'; expected one top-level directory (GitHub's layout)",
                &[&crate::sanitize::line(t), &crate::sanitize::line(&first)],
            ))),
            _ => {}
        }
        let rest: PathBuf = parts.collect();
        let rel = rest.to_string_lossy().replace('\\', "/");
        if kind.is_dir() && rel.is_empty() {
            mtime = entry.header().mtime().ok();
        }
        if kind.is_file() && wanted(&rel) {
            if entry.size() > load::MAX_FILE_BYTES {
                bail!(bad(trf(
                    lang,
                    "{0} is {1} MiB; files read from an archive are limited to {2} MiB",
                    &[&rel, &(entry.size() >> 20), &(load::MAX_FILE_BYTES >> 20)]
                )));
            }
            let mut content = Vec::new();
            entry.read_to_end(&mut content).map_err(|e| damaged(&e))?;
            files.insert(rel, content);
        }
    }
    // Read to the end so that a truncated archive is an error even after the
    // wanted files: a tarball that stops early is not the list.
    let mut rest = archive.into_inner();
    std::io::copy(&mut rest, &mut std::io::sink()).map_err(|e| damaged(&e))?;
    if rest.limit() == 0 {
        bail!(bad(trf(
            lang,
            "over {0} MiB unpacked",
            &[&(MAX_UNPACKED >> 20)]
        )));
    }
    Ok(Archive {
        files,
        commit,
        mtime: mtime.map(|t| SystemTime::UNIX_EPOCH + Duration::from_secs(t)),
    })
}

/// Reads the list from a `.tar.gz` in memory ([`read_archive`]).
fn unpack(source: &str, bytes: &[u8]) -> Result<Fetched> {
    let lang = i18n::lang();
    let bad = |why: String| {
        anyhow::anyhow!(
            "{}",
            trf(lang, "{0}: {1}; nothing installed", &[&source, &why])
        )
    };
    let Archive {
        mut files,
        commit,
        mtime,
    } = read_archive(source, bytes, &|rel: &str| WANTED.contains(&rel))?;
    let mut text = |rel: &str| -> Result<Option<String>> {
        files
            .remove(rel)
            .map(|b| {
                String::from_utf8(b).map_err(|_| bad(trf(lang, "{0} is not UTF-8 text", &[&rel])))
            })
            .transpose()
    };
    let Some(ja) = text("README.md")? else {
        bail!(bad(tr(
            lang,
            "no README.md in the archive's top-level directory; expected the awesome-japanese-llm list"
        )
        .to_string()));
    };
    let overview = match text(import::OVERVIEW_CSV)? {
        Some(t) => Some(t),
        None => text(import::OVERVIEW_CSV_OLD)?,
    };
    let commit_file = text("COMMIT")?.and_then(|c| c.split_whitespace().next().map(str::to_string));
    Ok(Fetched {
        sources: Sources {
            ja,
            en: text("en/README.md")?,
            fr: text("fr/README.md")?,
            references_model: text("parts/references_model.md")?,
            references_training: text("parts/references_training.md")?,
            size_overview: overview,
        },
        commit: commit.or(commit_file),
        archive_date: mtime.map(utc),
    })
}

/// The evaluation results to install with `catalog`, and a line saying
/// where they came from. Every way joins them to `catalog`'s checkpoints
/// (`in_list`), so reference rows are those the new catalog lacks.
fn evals(
    args: &Args,
    catalog: &Catalog,
    progress: &Progress,
    lang: Lang,
) -> Result<(Results, String)> {
    use crate::import::results as import_results;
    let default = if args.from.is_none() {
        "github"
    } else {
        "builtin"
    };
    let source = args.evals_from.as_deref().unwrap_or(default);
    let files = match source {
        "builtin" => {
            let mut results = results_data::embedded();
            let repos = import_results::catalog_repos(catalog);
            for r in results.results.to_mut() {
                r.in_list = repos.contains(&r.hf.to_ascii_lowercase());
            }
            let line = trf(
                lang,
                "{0} evaluation results: the built-in ones, joined to the new catalog",
                &[&results.results.len()],
            );
            return Ok((results, line));
        }
        "github" => {
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
            let swallow = leaderboard(&swallow_url, "model.yml", progress)?;
            let pfgen = leaderboard(&pfgen_url, "README.md", progress)?;
            import_results::Files {
                swallow_models: swallow.0,
                swallow_commit: swallow.1,
                pfgen_readme: pfgen.0,
                pfgen_commit: pfgen.1,
            }
        }
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
    let mut skipped = 0;
    for (_, part) in imported {
        // Every source row left out is said, with its file:line, as
        // `catalog import-results` says it.
        for s in &part.skipped {
            crate::eline!("jllm: {source}: {}", crate::sanitize::line(s));
        }
        skipped += part.skipped.len();
        results.append(part.results);
    }
    let problems = results.problems();
    if let Some(first) = problems.first() {
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
        );
    }
    let joined = results.results.iter().filter(|r| r.in_list).count();
    let line = trf(
        lang,
        "{0} evaluation results from {1} ({2} of the catalog's checkpoints, {3} of reference models; {4} source rows skipped, listed above)",
        &[
            &results.results.len(),
            &source,
            &joined,
            &(results.results.len() - joined),
            &skipped,
        ],
    );
    Ok((results, line))
}

/// One leaderboard's file from its tarball (`name` at the top level, else
/// the shallowest one so named), with a COMMIT line made of the archive's
/// commit and date, as `catalog import-results` reads it from a checkout.
fn leaderboard(url: &str, name: &str, progress: &Progress) -> Result<(String, String)> {
    let lang = i18n::lang();
    let bytes = archive_bytes(url, progress)?;
    let suffix = format!("/{name}");
    let archive = read_archive(url, &bytes, &|rel: &str| {
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
    Ok((text, format!("{commit} {}", utc(date))))
}

/// Writes the installed file atomically (crate::atomic: a temporary file in
/// the data directory, synced, renamed over the old one, signals held).
fn install(dir: &Path, update: &Installed) -> Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| trf(i18n::lang(), "{0}: cannot create", &[&dir.display()]))?;
    let json = serde_json::to_vec(update)?;
    crate::atomic::write_file(&dir.join(installed::FILE), &json)
}

/// `--check`: added, removed and changed families and benchmarks.
fn print_changes(current: &Catalog, new: &Catalog, lang: Lang) -> Result<ExitCode> {
    let mut lines = Vec::new();
    let models = |c: &Catalog| -> BTreeMap<String, String> {
        c.models
            .iter()
            .map(|m| (m.id.to_string(), format!("{:?}", strip_line(m))))
            .collect()
    };
    let benches = |c: &Catalog| -> BTreeMap<String, String> {
        c.benchmarks
            .iter()
            .map(|b| {
                let mut b = b.clone();
                b.source_line = None;
                (b.id.to_string(), format!("{b:?}"))
            })
            .collect()
    };
    for (kind, old, new) in [
        ("family", models(current), models(new)),
        ("benchmark", benches(current), benches(new)),
    ] {
        for (id, v) in &new {
            match old.get(id) {
                None => lines.push(format!("added    {kind} {id}")),
                Some(o) if o != v => lines.push(format!("changed  {kind} {id}")),
                _ => {}
            }
        }
        for id in old.keys().filter(|k| !new.contains_key(*k)) {
            lines.push(format!("removed  {kind} {id}"));
        }
    }
    let mut out = super::stdout();
    for l in &lines {
        writeln!(out, "{}", crate::sanitize::line(l))?;
    }
    if lines.is_empty() {
        writeln!(
            out,
            "{}",
            tr(lang, "no change: the update has the catalog in effect")
        )?;
    }
    writeln!(
        out,
        "{}",
        trf(
            lang,
            "{0} changes; nothing installed (run without --check to install)",
            &[&lines.len()]
        )
    )?;
    super::finish(out, true)
}

/// A family without its line number, which moves with every edit above it.
fn strip_line(m: &crate::catalog::schema::Family) -> crate::catalog::schema::Family {
    let mut m = m.clone();
    m.source_line = None;
    m
}

/// A time as `YYYY-MM-DDTHH:MM:SSZ` (UTC), without a date crate.
pub fn utc(t: SystemTime) -> String {
    let secs = t
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates() {
        assert_eq!(utc(SystemTime::UNIX_EPOCH), "1970-01-01T00:00:00Z");
        // 2026-08-22T09:03:52Z: the list's commit 903d9db (18:03:52 +0900).
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_787_389_432);
        assert_eq!(utc(t), "2026-08-22T09:03:52Z");
        let leap = SystemTime::UNIX_EPOCH + Duration::from_secs(951_782_400);
        assert_eq!(utc(leap), "2000-02-29T00:00:00Z");
    }
}
