//! `jllm catalog info`: which catalog and evaluation results are in
//! effect (built-in, installed update, overlays), what they hold and where
//! they come from, as text or as the JSON `jllm schema "catalog info"`
//! describes.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::catalog::schema::{Catalog, Lang};
use crate::catalog::{installed, load};
use crate::config::Config;
use crate::i18n::{tr, trf};
use crate::sanitize;
use unicode_width::UnicodeWidthStr;

/// The list commit the built-in catalog was imported from (the list's
/// COMMIT file, copied by `catalog import --out`).
const BUILTIN_LIST: &str = include_str!("../../../catalog/LIST_COMMIT");

/// Which catalog is in effect (`in_effect`, `results.from`).
#[derive(Clone, Copy, serde::Serialize, schemars::JsonSchema)]
pub enum InEffect {
    /// The catalog built into the binary.
    #[serde(rename = "built-in")]
    Builtin,
    /// The list `jllm update` installed.
    #[serde(rename = "installed update")]
    Installed,
    /// None: `--no-builtin` (overlays alone).
    #[serde(rename = "empty (--no-builtin)")]
    Empty,
}

impl InEffect {
    fn as_str(self) -> &'static str {
        match self {
            InEffect::Builtin => "built-in",
            InEffect::Installed => "installed update",
            InEffect::Empty => "empty (--no-builtin)",
        }
    }
}

/// `catalog info --json`: which catalog and evaluation results are in
/// effect, and where they come from.
#[derive(serde::Serialize, schemars::JsonSchema)]
#[schemars(title = "jllm catalog info")]
pub struct InfoJson<'a> {
    /// The catalog the commands read, before overlays.
    in_effect: InEffect,
    /// The catalog built into the binary.
    builtin: BuiltinJson,
    /// The directory `jllm update` installs into (JLLM_DATA_DIR).
    data_dir: String,
    /// The installed update; null where none is installed.
    installed: Option<InstalledJson<'a>>,
    /// Catalog files overlaid (--catalog, JLLM_CATALOG).
    overlays: Vec<String>,
    /// What the commands read: the catalog in effect with the overlays.
    effective_counts: CountsJson,
    /// The evaluation results in effect.
    results: ResultsInfoJson<'a>,
}

/// The built-in catalog.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct BuiltinJson {
    /// The list's commit it was imported from.
    list_commit: String,
    /// The date of that commit.
    list_date: String,
    counts: CountsJson,
}

/// The installed update: `jllm update`'s record of it.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct InstalledJson<'a> {
    /// The installed file.
    path: String,
    /// URL, archive path or directory the list came from.
    source: &'a str,
    /// The list's commit where the source says it.
    commit: Option<&'a str>,
    /// Date of the archive's files, UTC.
    archive_date: Option<&'a str>,
    /// When `jllm update` fetched it, UTC.
    fetched: &'a str,
    /// The jllm version that imported it.
    jllm: &'a str,
    /// The import's closing line ("N rows: …").
    rows: &'a str,
    counts: CountsJson,
}

/// What a catalog holds.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct CountsJson {
    /// Model families (rows of the list).
    models: usize,
    /// Checkpoints of those families.
    checkpoints: usize,
    benchmarks: usize,
    papers: usize,
    developers: usize,
}

impl CountsJson {
    fn of(c: &Catalog) -> CountsJson {
        CountsJson {
            models: c.models.len(),
            checkpoints: c.models.iter().map(|m| m.variants.len()).sum(),
            benchmarks: c.benchmarks.len(),
            papers: c.papers.len(),
            developers: c.developers.len(),
        }
    }
}

/// The evaluation results in effect.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct ResultsInfoJson<'a> {
    /// Where they come from.
    from: InEffect,
    /// Scores (suite averages) held.
    count: usize,
    /// Each leaderboard imported.
    sources: Vec<ResultSourceJson<'a>>,
}

/// A leaderboard the results were imported from.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct ResultSourceJson<'a> {
    /// `swallow` or `pfgen`.
    id: &'a str,
    /// Commit of the leaderboard's repository the import read.
    commit: &'a str,
    /// Date of that commit (`YYYY-MM-DD`).
    date: &'a str,
    /// The repository.
    url: &'a str,
}

/// `catalog info`: what is in effect.
pub(super) fn info(json: bool, cfg: &Config) -> Result<ExitCode> {
    let builtin = load::embedded();
    let mut words = BUILTIN_LIST.split_whitespace();
    let commit = words.next().unwrap_or_default().to_string();
    let date = words.collect::<Vec<_>>().join(" ");
    let dir = installed::data_dir()?;
    let path = dir.join(installed::FILE);
    let update = installed::read(&dir)?;
    let effective = cfg.catalog()?;
    let in_effect = if cfg.no_builtin() {
        InEffect::Empty
    } else if update.is_some() {
        InEffect::Installed
    } else {
        InEffect::Builtin
    };
    let results = crate::catalog::results_data::in_effect();
    let value = InfoJson {
        in_effect,
        builtin: BuiltinJson {
            list_commit: commit,
            list_date: date,
            counts: CountsJson::of(&builtin),
        },
        data_dir: dir.display().to_string(),
        installed: update.as_ref().map(|u| InstalledJson {
            path: path.display().to_string(),
            source: &u.meta.source,
            commit: u.meta.commit.as_deref(),
            archive_date: u.meta.archive_date.as_deref(),
            fetched: &u.meta.fetched,
            jllm: &u.meta.jllm,
            rows: &u.meta.rows,
            counts: CountsJson::of(&u.catalog),
        }),
        overlays: cfg
            .overlays()
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        effective_counts: CountsJson::of(effective),
        results: results_info(&results, cfg.no_builtin()),
    };
    let mut out = crate::cmd::stdout();
    if json {
        // Keys in alphabetical order, as they have always been printed.
        let sorted = crate::render::json::sorted(&value);
        crate::render::write_json_value(&mut out, &sorted, true)?;
    } else {
        write_text(&mut out, &value, cfg.lang)?;
    }
    crate::cmd::finish(out, true)
}

/// Labels padded to the widest of `all`, in the language (display width:
/// CJK labels take two columns a character).
fn padded<const N: usize>(all: [&str; N]) -> [String; N] {
    let width = all.iter().map(|l| l.width()).max().unwrap_or(0);
    all.map(|label| format!("{label}{}", " ".repeat(width + 1 - label.width())))
}

/// `catalog info` as text: one line per source, the installed update's
/// record indented below it.
fn write_text(out: &mut impl Write, value: &InfoJson, lang: Lang) -> std::io::Result<()> {
    let n = |v: &CountsJson| {
        trf(
            lang,
            "{0} models ({1} checkpoints), {2} benchmarks, {3} papers, {4} developers",
            &[
                &v.models,
                &v.checkpoints,
                &v.benchmarks,
                &v.papers,
                &v.developers,
            ],
        )
    };
    let [in_effect_l, builtin_l, installed_l, overlay_l, effective_l, results_l] = padded([
        tr(lang, "in effect:"),
        tr(lang, "built-in:"),
        tr(lang, "installed:"),
        tr(lang, "overlay:"),
        tr(lang, "effective:"),
        tr(lang, "results:"),
    ]);
    let [source_l, commit_l, archive_l, fetched_l] = padded([
        tr(lang, "source:"),
        tr(lang, "commit:"),
        tr(lang, "archive:"),
        tr(lang, "fetched:"),
    ]);
    let unknown = tr(lang, "unknown");
    let builtin = &value.builtin;
    writeln!(out, "{in_effect_l}{}", tr(lang, value.in_effect.as_str()))?;
    writeln!(
        out,
        "{builtin_l}{}",
        trf(
            lang,
            "list {0} ({1}); {2}",
            &[
                &builtin.list_commit,
                &builtin.list_date,
                &n(&builtin.counts)
            ]
        )
    )?;
    match &value.installed {
        Some(i) => {
            writeln!(out, "{installed_l}{}", sanitize::line(&i.path))?;
            writeln!(out, "  {source_l}{}", sanitize::line(i.source))?;
            writeln!(
                out,
                "  {commit_l}{}",
                sanitize::line(i.commit.unwrap_or(unknown))
            )?;
            writeln!(out, "  {archive_l}{}", i.archive_date.unwrap_or(unknown))?;
            writeln!(out, "  {fetched_l}{}", i.fetched)?;
            writeln!(out, "  {}", n(&i.counts))?;
        }
        None => writeln!(
            out,
            "{installed_l}{}",
            trf(
                lang,
                "none (in {0}; `jllm update` installs one)",
                &[&sanitize::line(&value.data_dir)]
            )
        )?,
    }
    for p in &value.overlays {
        writeln!(out, "{overlay_l}{}", sanitize::line(p))?;
    }
    writeln!(out, "{effective_l}{}", n(&value.effective_counts))?;
    writeln!(out, "{results_l}{}", results_line(&value.results, lang))
}

/// What the results line says: how many, from where, and each source.
fn results_line(r: &ResultsInfoJson, lang: Lang) -> String {
    let sources: Vec<String> = r
        .sources
        .iter()
        .map(|s| {
            format!(
                "{} {} ({})",
                s.id,
                s.commit.get(..7).unwrap_or_default(),
                s.date
            )
        })
        .collect();
    let from = tr(lang, r.from.as_str());
    if sources.is_empty() {
        trf(lang, "{0} evaluation results ({1})", &[&r.count, &from])
    } else {
        trf(
            lang,
            "{0} evaluation results ({1}), {2}",
            &[&r.count, &from, &sanitize::line(&sources.join(", "))],
        )
    }
}

/// The evaluation results in effect: where from, how many, each source's
/// commit and date.
fn results_info<'a>(
    r: &'a crate::catalog::results::Results,
    no_builtin: bool,
) -> ResultsInfoJson<'a> {
    use crate::catalog::results_data;
    let from = if no_builtin {
        InEffect::Empty
    } else if results_data::is_installed() {
        InEffect::Installed
    } else {
        InEffect::Builtin
    };
    ResultsInfoJson {
        from,
        count: r.results.len(),
        sources: r
            .sources
            .iter()
            .map(|s| ResultSourceJson {
                id: &s.id,
                commit: &s.commit,
                date: &s.date,
                url: &s.url,
            })
            .collect(),
    }
}
