//! `jllm update`: fetches the awesome-japanese-llm list, imports it with the
//! built-in curated tables, and installs the result as the user's catalog
//! (see src/catalog/installed.rs for where it lives and how it takes the
//! place of the built-in list-derived part). The only command that uses the
//! network.
//!
//! Sources: the GitHub tarball of the list's main branch (default), an
//! `http(s)://` URL of a `.tar.gz` with GitHub's layout (one top-level
//! directory), a local `.tar.gz`, or a directory; src/fetch.rs gets their
//! bytes within its bounds. Everything a source can make slow (downloads,
//! import, validation, serialization) runs under one deadline, and the file
//! to install is checked against the limit every reader applies before it
//! is written. Anything that fails leaves the installed catalog as it was
//! and prints one line: it is replaced only by the rename of a complete
//! file. Exit 0 means installed (or nothing to do), 2 nothing changed.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::SystemTime;

use anyhow::{bail, Context, Result};
use clap::Args as ClapArgs;

use crate::catalog::installed::{self, Installed, Meta};
use crate::catalog::load;
use crate::catalog::parse::describe;
use crate::catalog::schema::{Catalog, Lang};
use crate::catalog::validate::validate;
use crate::config::Config;
use crate::fetch::{self, Archive, Deadline, Progress};
use crate::i18n::{self, tr, trf};
use crate::import::{self, Sources};

mod evals;

/// The list's main branch as GitHub serves it (a redirect to codeload).
pub const DEFAULT_SOURCE: &str =
    "https://github.com/llm-jp/awesome-japanese-llm/archive/refs/heads/main.tar.gz";

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
Limits: 100 MiB download and 512 MiB unpacked per archive, an installed file
of at most 64 MiB, and 120 s for the whole update, downloads and import
(JLLM_UPDATE_TIMEOUT seconds). Proxies: HTTPS_PROXY, HTTP_PROXY, ALL_PROXY,
NO_PROXY. Exit codes: 0 installed (or nothing to do; also when the report
could not be written, which stderr says), 2 error (the installed catalog is
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
    if args.reset {
        return reset(&dir, lang);
    }
    let deadline = Deadline::from_env()?;
    let source = args
        .from
        .clone()
        .unwrap_or_else(|| DEFAULT_SOURCE.to_string());
    let job = Job {
        source: source.clone(),
        evals_from: args.evals_from.clone().unwrap_or_else(|| {
            if args.from.is_none() {
                "github"
            } else {
                "builtin"
            }
            .to_string()
        }),
        quiet: args.quiet,
        serialize: !args.check,
        lang,
    };
    let prepared = deadline.run(&source, move || prepare(job, &deadline))?;
    // Said only now, so that a failed update prints one line: its error.
    for line in &prepared.said {
        crate::eline!("jllm: {line}");
    }
    if args.check {
        let current = match installed::read(&dir)? {
            Some(i) => i.catalog,
            None => load::embedded(),
        };
        return print_changes(&current, &prepared.catalog, lang);
    }
    let path = dir.join(installed::FILE);
    install(&dir, &prepared.json)?;
    // Installed: whatever happens to the report, the exit status says so
    // (0), as the exit-code table promises; a report that cannot be
    // written is said on stderr.
    let report = trf(
        lang,
        "installed {0} models and {1} benchmarks from {2} in {3}",
        &[
            &prepared.catalog.models.len(),
            &prepared.catalog.benchmarks.len(),
            &source,
            &path.display(),
        ],
    );
    let mut out = super::stdout();
    if let Err(e) = writeln!(out, "{report}").and_then(|()| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            crate::eline!(
                "jllm: {}",
                trf(
                    lang,
                    "{0}; the report could not be written to stdout ({1})",
                    &[&report, &e]
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--reset`: removes the installed file, or says what is in the way. A
/// data directory that is not a directory, or nothing at the file's path,
/// means nothing is installed: the built-in catalog is in effect.
fn reset(dir: &Path, lang: Lang) -> Result<ExitCode> {
    let path = dir.join(installed::FILE);
    let mut out = super::stdout();
    let nothing = |out: &mut dyn Write| -> Result<ExitCode> {
        writeln!(
            out,
            "{}",
            trf(
                lang,
                "nothing installed at {0}: the built-in catalog is in effect",
                &[&path.display()]
            )
        )?;
        Ok(ExitCode::SUCCESS)
    };
    match std::fs::symlink_metadata(&path) {
        Ok(m) if m.is_dir() => bail!(
            "{}",
            trf(
                lang,
                "{0}: is a directory, not jllm's installed catalog; remove or rename it yourself",
                &[&path.display()]
            )
        ),
        Ok(_) => {}
        Err(_) => {
            nothing(&mut out)?;
            return super::finish(out, true);
        }
    }
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
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            nothing(&mut out)?;
        }
        Err(e) => {
            return Err(e).with_context(|| trf(lang, "{0}: cannot remove", &[&path.display()]))
        }
    }
    super::finish(out, true)
}

/// What the update's thread is given: owned, so that it can outlive a
/// deadline that has passed.
struct Job {
    source: String,
    evals_from: String,
    quiet: bool,
    /// Whether to serialize the file to install (not for `--check`).
    serialize: bool,
    lang: Lang,
}

/// What the update's thread hands back: the new catalog, the installed
/// file's bytes (empty for `--check`), and the lines to say on stderr.
struct Prepared {
    catalog: Catalog,
    json: Vec<u8>,
    said: Vec<String>,
}

/// Fetches, imports, validates and joins everything the update installs,
/// and serializes it within the readers' limit: all the work that a
/// hostile source can make slow, run under the deadline.
fn prepare(job: Job, deadline: &Deadline) -> Result<Prepared> {
    let Job {
        source,
        evals_from,
        quiet,
        serialize,
        lang,
    } = job;
    let progress = Progress::new(quiet);
    // Notes (a redirect to another host) are said unless --quiet; warnings
    // (what a source said that was dropped) always.
    let mut notes = Vec::new();
    let fetched = fetch(&source, deadline, &progress, &mut notes)?;
    progress.say(tr(lang, "importing"));
    let curated = load::embedded_given_to_import();
    let (mut catalog, report) = import::import(&fetched.sources, &curated)
        .with_context(|| trf(lang, "{0}: import failed", &[&source]))?;
    // The built-in catalog's order, the list's (build.rs sorts by line):
    // `list` documents it as its default.
    catalog
        .models
        .to_mut()
        .sort_by_key(|f| f.source_line.unwrap_or(u32::MAX));
    progress.clear();
    check_imported(&catalog, &source, lang)?;
    let mut said = Vec::new();
    for w in fetched.warnings.iter() {
        said.push(trf(
            lang,
            "warning: {0}",
            &[&format!("{source}: {}", crate::sanitize::line(w))],
        ));
    }
    let origin = Path::new("");
    for w in report.warnings.iter() {
        let w = super::catalog::located(origin, w);
        said.push(trf(lang, "warning: {0}", &[&w.trim_start_matches('/')]));
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
    if !quiet {
        said.push(rows_said);
    }
    let (results, skipped, results_line) =
        evals::evals(&evals_from, &catalog, deadline, &progress, &mut notes, lang)?;
    progress.clear();
    // Every source row left out is said, with its file:line, as
    // `catalog import-results` says it, even with --quiet.
    said.extend(skipped);
    if !quiet {
        said.extend(notes.iter().map(|n| crate::sanitize::line(n)));
        said.push(results_line);
    }
    if !serialize {
        return Ok(Prepared {
            catalog,
            json: Vec::new(),
            said,
        });
    }
    // A local source is recorded as an absolute path.
    let recorded = if fetch::is_url(&source) {
        source.clone()
    } else {
        std::fs::canonicalize(&source).map_or_else(|_| source.clone(), |p| p.display().to_string())
    };
    let meta = Meta {
        format: installed::FORMAT,
        source: recorded,
        commit: fetched.commit,
        archive_date: fetched.archive_date,
        fetched: fetch::utc(SystemTime::now()),
        jllm: env!("CARGO_PKG_VERSION").to_string(),
        rows,
    };
    let update = Installed {
        meta,
        catalog,
        results: Some(results),
    };
    let json = installed::to_json(&update).map_err(|e| {
        anyhow::anyhow!(
            "{}",
            trf(lang, "{0}: {1}; nothing installed", &[&source, &e])
        )
    })?;
    Ok(Prepared {
        catalog: update.catalog,
        json,
        said,
    })
}

/// Fails, naming the first problem, unless the imported catalog is valid.
fn check_imported(catalog: &Catalog, source: &str, lang: Lang) -> Result<()> {
    let problems = validate(catalog);
    if problems.is_empty() {
        return Ok(());
    }
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

/// The built-in tables the import is given: the curated ones, and those
/// it names what it reads after (domains).
/// What a source gave: the list's files, what it says about itself, and
/// warnings about what it said that was dropped.
struct Fetched {
    sources: Sources,
    commit: Option<String>,
    archive_date: Option<String>,
    warnings: Vec<String>,
}

fn fetch(
    source: &str,
    deadline: &Deadline,
    progress: &Progress,
    notes: &mut Vec<String>,
) -> Result<Fetched> {
    if fetch::is_dir(source)? {
        let path = Path::new(source);
        let sources = super::catalog::read_sources(path)?;
        let (commit, warnings) = match load::read_bytes(&path.join("COMMIT"), "COMMIT") {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                match fetch::commit_id(&text) {
                    Some(c) => (Some(c), Vec::new()),
                    None => (
                        None,
                        vec![trf(
                            i18n::lang(),
                            "COMMIT does not start with a commit id (40 hexadecimal digits); not recorded",
                            &[],
                        )],
                    ),
                }
            }
            Err(_) => (None, Vec::new()),
        };
        return Ok(Fetched {
            sources,
            commit,
            archive_date: None,
            warnings,
        });
    }
    unpack(
        source,
        &fetch::archive_bytes(source, deadline, progress, notes)?,
    )
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

/// Reads the list from a `.tar.gz` in memory ([`fetch::read_archive`]).
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
        mut warnings,
    } = fetch::read_archive(source, bytes, &|rel: &str| WANTED.contains(&rel))?;
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
    let commit_file = text("COMMIT")?;
    let commit = commit.or_else(|| {
        let c = commit_file.as_deref().and_then(fetch::commit_id);
        if c.is_none() && commit_file.is_some() {
            warnings.push(
                tr(
                    lang,
                    "COMMIT does not start with a commit id (40 hexadecimal digits); not recorded",
                )
                .to_string(),
            );
        }
        c
    });
    Ok(Fetched {
        sources: Sources {
            ja,
            en: text("en/README.md")?,
            fr: text("fr/README.md")?,
            references_model: text("parts/references_model.md")?,
            references_training: text("parts/references_training.md")?,
            size_overview: overview,
        },
        commit,
        archive_date: mtime.map(fetch::utc),
        warnings,
    })
}

/// Writes the installed file atomically (crate::atomic: a temporary file in
/// the data directory, synced, renamed over the old one, signals held).
fn install(dir: &Path, json: &[u8]) -> Result<()> {
    let lang = i18n::lang();
    match std::fs::metadata(dir) {
        Ok(m) if !m.is_dir() => bail!(
            "{}",
            trf(
                lang,
                "{0}: is {1}, not a directory; remove it or set JLLM_DATA_DIR to a directory; nothing installed",
                &[&dir.display(), &crate::atomic::describe_kind(&m.file_type())]
            )
        ),
        _ => std::fs::create_dir_all(dir)
            .with_context(|| trf(lang, "{0}: cannot create", &[&dir.display()]))?,
    }
    crate::atomic::write_file(&dir.join(installed::FILE), json)
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
