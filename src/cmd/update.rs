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
use crate::catalog::schema::Catalog;
use crate::catalog::validate::validate;
use crate::config::Config;
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

#[derive(Debug, ClapArgs)]
#[command(after_help = "\
The update replaces the list-derived part of the built-in catalog (models,
benchmarks, footnotes, papers, domains); the built-in curated tables
(developers, licenses, sizes) and --catalog overlays stay on top. It is
installed in $JLLM_DATA_DIR, else $XDG_DATA_HOME/jllm (~/.local/share/jllm).
Limits: 100 MiB download, 512 MiB unpacked, 60 s timeout (JLLM_UPDATE_TIMEOUT
seconds). Proxies: HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY.
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
    /// No progress on stderr (progress shows only on a terminal anyway)
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: &Args, _cfg: &Config) -> Result<ExitCode> {
    let dir = installed::data_dir()?;
    let path = dir.join(installed::FILE);
    if args.reset {
        let mut out = super::stdout();
        match std::fs::remove_file(&path) {
            Ok(()) => writeln!(
                out,
                "removed {}: the built-in catalog is in effect",
                path.display()
            )?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => writeln!(
                out,
                "nothing installed at {}: the built-in catalog is in effect",
                path.display()
            )?,
            Err(e) => return Err(e).with_context(|| format!("{}: cannot remove", path.display())),
        }
        return super::finish(out, true);
    }
    let progress = Progress::new(!args.quiet && std::io::stderr().is_terminal());
    let source = args.from.as_deref().unwrap_or(DEFAULT_SOURCE);
    let fetched = fetch(source, &progress)?;
    progress.say("importing");
    let curated = builtin_curated();
    let (mut catalog, report) = import::import(&fetched.sources, &curated)
        .with_context(|| format!("{source}: import failed"))?;
    // The built-in catalog's order, the list's (build.rs sorts by line):
    // `list` documents it as its default.
    catalog
        .models
        .to_mut()
        .sort_by_key(|f| f.source_line.unwrap_or(u32::MAX));
    progress.clear();
    let problems = validate(&catalog);
    if !problems.is_empty() {
        bail!(
            "{source}: the imported catalog has {} problem{} ({}); nothing installed",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            describe(&[], &problems[..1]).join("")
        );
    }
    let origin = Path::new("");
    for w in report.warnings.iter() {
        crate::eline!(
            "jllm: warning: {}",
            super::catalog::located(origin, w).trim_start_matches('/')
        );
    }
    let rows = report.counts.summary();
    anyhow::ensure!(
        report.counts.dropped() == 0,
        "{rows}: rows lost by the import (a bug in jllm); nothing installed"
    );
    if !args.quiet {
        crate::eline!("jllm: {rows}");
    }
    if args.check {
        let current = match installed::read(&dir)? {
            Some(i) => i.catalog,
            None => load::embedded(),
        };
        return print_changes(&current, &catalog);
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
    install(&dir, &Installed { meta, catalog })?;
    let mut out = super::stdout();
    writeln!(
        out,
        "installed {models} models and {benchmarks} benchmarks from {source} in {}",
        path.display()
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
            eprint!("\r\x1b[2Kjllm: {what}");
        }
    }
    fn clear(&self) {
        if self.0 {
            eprint!("\r\x1b[2K");
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
    if source.starts_with("http://") || source.starts_with("https://") {
        let bytes = download(source, progress)?;
        return unpack(source, &bytes);
    }
    let path = Path::new(source);
    let meta =
        std::fs::metadata(path).with_context(|| format!("{source}: cannot read update source"))?;
    if meta.is_dir() {
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
    if meta.len() > MAX_DOWNLOAD {
        bail!(
            "{source}: archive is {} MiB; the limit is {} MiB",
            meta.len() >> 20,
            MAX_DOWNLOAD >> 20
        );
    }
    let bytes = std::fs::read(path).with_context(|| format!("{source}: cannot read archive"))?;
    unpack(source, &bytes)
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
                    format!("JLLM_UPDATE_TIMEOUT={v}: expected seconds, e.g. 60 or 0.5")
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
    progress.say("connecting");
    let fail = |e: &dyn std::fmt::Display| {
        let text = e.to_string();
        if text.contains("timeout") || text.contains("timed out") {
            anyhow::anyhow!(
                "{url}: no complete answer within {} s (JLLM_UPDATE_TIMEOUT); nothing installed",
                limit.as_secs_f64()
            )
        } else {
            anyhow::anyhow!("{url}: download failed: {text}; nothing installed")
        }
    };
    let mut response = agent.get(url).call().map_err(|e| fail(&e))?;
    let total = response
        .body()
        .content_length()
        .map_or(String::new(), |n| format!(" of {} KiB", n >> 10));
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
                    "{url}: download over {} MiB; nothing installed",
                    MAX_DOWNLOAD >> 20
                )
            } else {
                fail(&e)
            }
        })?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(&buf[..n]);
        progress.say(&format!("downloading: {} KiB{total}", bytes.len() >> 10));
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

/// Reads a `.tar.gz` in memory: checks every entry, keeps the wanted files.
fn unpack(source: &str, bytes: &[u8]) -> Result<Fetched> {
    let gz = flate2::read::GzDecoder::new(bytes);
    let mut archive = tar::Archive::new(gz.take(MAX_UNPACKED));
    let bad = |why: String| anyhow::anyhow!("{source}: {why}; nothing installed");
    let entries = archive
        .entries()
        .map_err(|e| bad(format!("not a .tar.gz archive ({e})")))?;
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut top: Option<String> = None;
    let mut commit = None;
    let mut mtime: Option<u64> = None;
    for entry in entries {
        let mut entry = entry.map_err(|e| bad(format!("damaged or truncated archive ({e})")))?;
        let kind = entry.header().entry_type();
        if kind.is_pax_global_extensions() {
            // `git archive` (GitHub's tarballs) records the commit here.
            let mut text = String::new();
            entry
                .read_to_string(&mut text)
                .map_err(|e| bad(format!("damaged or truncated archive ({e})")))?;
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
            bail!(bad(format!(
                "entry '{}' would escape the archive's directory",
                crate::sanitize::line(&name)
            )));
        }
        if !(kind.is_file() || kind.is_dir()) {
            bail!(bad(format!(
                "entry '{}' is a link or special file; archives of the list hold files and directories only",
                crate::sanitize::line(&name)
            )));
        }
        let mut parts = path
            .components()
            .filter(|c| !matches!(c, Component::CurDir));
        let Some(first) = parts.next() else { continue };
        let first = first.as_os_str().to_string_lossy().into_owned();
        match &top {
            None => top = Some(first.clone()),
            Some(t) if *t != first => {
                return Err(bad(format!(
                "entries under '{}' and '{}'; expected one top-level directory (GitHub's layout)",
                crate::sanitize::line(t),
                crate::sanitize::line(&first)
            )))
            }
            _ => {}
        }
        let rest: PathBuf = parts.collect();
        let rel = rest.to_string_lossy().replace('\\', "/");
        if kind.is_dir() && rel.is_empty() {
            mtime = entry.header().mtime().ok();
        }
        if kind.is_file() && WANTED.contains(&rel.as_str()) {
            if entry.size() > load::MAX_FILE_BYTES {
                bail!(bad(format!(
                    "{rel} is {} MiB; list files are limited to {} MiB",
                    entry.size() >> 20,
                    load::MAX_FILE_BYTES >> 20
                )));
            }
            let mut content = Vec::new();
            entry
                .read_to_end(&mut content)
                .map_err(|e| bad(format!("damaged or truncated archive ({e})")))?;
            files.insert(rel, content);
        }
    }
    // Read to the end so that a truncated archive is an error even after the
    // wanted files: a tarball that stops early is not the list.
    let mut rest = archive.into_inner();
    std::io::copy(&mut rest, &mut std::io::sink())
        .map_err(|e| bad(format!("damaged or truncated archive ({e})")))?;
    if rest.limit() == 0 {
        bail!(bad(format!("over {} MiB unpacked", MAX_UNPACKED >> 20)));
    }
    let mut text = |rel: &str| -> Result<Option<String>> {
        files
            .remove(rel)
            .map(|b| String::from_utf8(b).map_err(|_| bad(format!("{rel} is not UTF-8 text"))))
            .transpose()
    };
    let Some(ja) = text("README.md")? else {
        bail!(bad(
            "no README.md in the archive's top-level directory; expected the awesome-japanese-llm list".to_string()
        ));
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
        archive_date: mtime.map(|t| utc(SystemTime::UNIX_EPOCH + Duration::from_secs(t))),
    })
}

/// Writes the installed file atomically (crate::atomic: a temporary file in
/// the data directory, synced, renamed over the old one, signals held).
fn install(dir: &Path, update: &Installed) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    let json = serde_json::to_vec(update)?;
    crate::atomic::write_file(&dir.join(installed::FILE), &json)
}

/// `--check`: added, removed and changed families and benchmarks.
fn print_changes(current: &Catalog, new: &Catalog) -> Result<ExitCode> {
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
        writeln!(out, "no change: the update has the catalog in effect")?;
    }
    writeln!(
        out,
        "{} changes; nothing installed (run without --check to install)",
        lines.len()
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
