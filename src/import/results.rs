//! Importing evaluation results from the leaderboards' own files, for `jllm
//! catalog import-results`: the Swallow LLM Leaderboard's `model.yml`
//! (YAML, read with serde_norway) and pfgen-bench's README table (read with
//! the list's Markdown reader). Every model row becomes results or is
//! reported with file:line and why; a repo id the catalog does not have is
//! kept as a reference row (`in_list = false`), never merged into a family.
//!
//! The join is by repo id (any case), through the curated aliases of
//! `catalog/results/aliases.toml` where a leaderboard spells a checkpoint
//! differently. A row whose id equals a checkpoint's only after
//! normalizing ([`normalized_id`]) stays a reference row and is reported,
//! so a new respelling is noticed and curated rather than guessed.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use anyhow::{bail, Context, Result};

use super::markdown;
use crate::catalog::results::{Alias, Results, Score, Source, Task};
use crate::catalog::schema::Catalog;
use crate::catalog::schema::{List, Str};

pub const SWALLOW_DIR: &str = "swallow-leaderboard";
pub const PFGEN_DIR: &str = "pfgen-bench";
const SWALLOW_REPO: &str = "https://github.com/swallow-llm/leaderboard";
const PFGEN_REPO: &str = "https://github.com/pfnet-research/pfgen-bench";

/// The text of the source files.
pub struct Files {
    pub swallow_models: String,
    pub swallow_commit: String,
    pub pfgen_readme: String,
    pub pfgen_commit: String,
}

/// One result file's results and what was left out, with file:line.
pub struct Imported {
    pub results: Results,
    pub skipped: Vec<String>,
}

impl Imported {
    /// One source's results (suites are curated apart, in suites.toml).
    fn of(source: Source, results: Vec<Score>, skipped: Vec<String>) -> Imported {
        Imported {
            results: Results {
                sources: List::Owned(vec![source]),
                suites: List::Owned(Vec::new()),
                results: List::Owned(results),
                aliases: List::Owned(Vec::new()),
            },
            skipped,
        }
    }
}

/// `(commit, YYYY-MM-DD)` from a COMMIT file: `<sha> <git date>`, the date
/// as `git log --format=%H %cd` writes it (`Wed Jun 24 15:19:02 2026 +0900`)
/// or ISO (`2026-06-24…`).
pub fn parse_commit(text: &str, file: &str) -> Result<(String, String)> {
    let line = text.lines().next().unwrap_or("").trim();
    let mut words = line.split_whitespace();
    let sha = words.next().unwrap_or("");
    if sha.len() < 7 || !sha.bytes().all(|b| b.is_ascii_hexdigit()) {
        bail!("{file}:1: expected a commit id followed by its date, found '{line}'");
    }
    let rest: Vec<&str> = words.collect();
    if let Some(iso) = rest.first().filter(|w| {
        w.len() >= 10 && w.as_bytes()[4] == b'-' && w[..4].bytes().all(|b| b.is_ascii_digit())
    }) {
        return Ok((sha.to_string(), iso[..10].to_string()));
    }
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    if let [_, month, day, _, year, ..] = rest.as_slice() {
        let m = MONTHS.iter().position(|m| m == month);
        let d = day.parse::<u8>().ok().filter(|d| (1..=31).contains(d));
        let y = year.parse::<u16>().ok();
        if let (Some(m), Some(d), Some(y)) = (m, d, y) {
            return Ok((sha.to_string(), format!("{y:04}-{:02}-{d:02}", m + 1)));
        }
    }
    bail!("{file}:1: cannot read the commit date in '{line}'")
}

/// Lower-cased repo ids of the catalog's checkpoints.
pub fn catalog_repos(cat: &Catalog) -> HashSet<String> {
    cat.models
        .iter()
        .flat_map(|m| m.variants.iter())
        .filter_map(|v| v.hf.as_deref().map(str::to_ascii_lowercase))
        .collect()
}

/// A repo id compared loosely: lower case, `_` as `-`, and no `-` between
/// a letter and a digit (`Qwen-3-Swallow_8B` → `qwen3-swallow8b`). Only to
/// find near misses; the join itself is exact (or through an alias).
pub fn normalized_id(id: &str) -> String {
    let chars: Vec<char> = id
        .chars()
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let mut out = String::with_capacity(id.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '-' && i > 0 {
            if let (Some(&a), Some(&b)) = (chars.get(i - 1), chars.get(i + 1)) {
                if (a.is_ascii_alphabetic() && b.is_ascii_digit())
                    || (a.is_ascii_digit() && b.is_ascii_alphabetic())
                {
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// How a source's model id joins the catalog's checkpoints.
pub struct Join<'a> {
    /// Lower-cased repo ids of the catalog's checkpoints.
    repos: HashSet<String>,
    /// Normalized repo ids → the catalog's spellings.
    normalized: HashMap<String, Vec<String>>,
    aliases: &'a [Alias],
}

/// What [`Join::of`] found for one row.
struct Joined {
    /// The id to store: the alias's checkpoint, else the source's id.
    hf: String,
    /// The source's id, where an alias replaced it.
    alias: Option<String>,
    in_list: bool,
}

impl<'a> Join<'a> {
    pub fn new(cat: &Catalog, aliases: &'a [Alias]) -> Join<'a> {
        let mut normalized: HashMap<String, Vec<String>> = HashMap::new();
        for hf in cat
            .models
            .iter()
            .flat_map(|m| m.variants.iter())
            .filter_map(|v| v.hf.as_deref())
        {
            let spellings = normalized.entry(normalized_id(hf)).or_default();
            if !spellings.iter().any(|s| s.eq_ignore_ascii_case(hf)) {
                spellings.push(hf.to_string());
            }
        }
        Join {
            repos: catalog_repos(cat),
            normalized,
            aliases,
        }
    }

    /// Joins source `source`'s id `id` (row `at`): through its alias, else
    /// exactly (any case). A near miss is reported in `notes` and the row
    /// stays a reference row.
    fn of(&self, source: &str, id: &str, at: &str, notes: &mut Vec<String>) -> Joined {
        if let Some(a) = self
            .aliases
            .iter()
            .find(|a| a.source == source && a.id.eq_ignore_ascii_case(id))
        {
            let in_list = self.repos.contains(&a.hf.to_ascii_lowercase());
            if !in_list {
                notes.push(format!(
                    "{at}: {id}: its alias names {}, which is not a checkpoint of the catalog: kept as a reference row",
                    a.hf
                ));
            }
            return Joined {
                hf: a.hf.to_string(),
                alias: Some(id.to_string()),
                in_list,
            };
        }
        let in_list = self.repos.contains(&id.to_ascii_lowercase());
        if !in_list {
            if let Some(near) = self.normalized.get(&normalized_id(id)) {
                notes.push(format!(
                    "{at}: {id}: not a checkpoint of the catalog, but {} is (the same id after normalizing case, '-' between letters and digits, '_'): kept as a reference row; if it is the same model, add an alias to catalog/results/aliases.toml",
                    near.join(", ")
                ));
            }
        }
        Joined {
            hf: id.to_string(),
            alias: None,
            in_list,
        }
    }

    /// The aliases of `source` that no row of the source used: reported,
    /// since a stale alias joins nothing.
    fn unused(&self, source: &str, file: &str, results: &[Score]) -> Vec<String> {
        self.aliases
            .iter()
            .filter(|a| a.source == source)
            .filter(|a| {
                !results.iter().any(|r| {
                    r.alias
                        .as_deref()
                        .is_some_and(|x| x.eq_ignore_ascii_case(&a.id))
                })
            })
            .map(|a| {
                format!(
                    "{file}: the alias {} → {} (catalog/results/aliases.toml) matches no row",
                    a.id, a.hf
                )
            })
            .collect()
    }
}

fn source(
    id: &str,
    name: &str,
    benchmark: &str,
    url: &str,
    license: &str,
    attribution: &str,
    commit: &(String, String),
) -> Source {
    Source {
        id: Str::from(id.to_owned()),
        name: Str::from(name.to_owned()),
        benchmark: Str::from(benchmark.to_owned()),
        url: Str::from(url.to_owned()),
        license: Str::from(license.to_owned()),
        attribution: Str::from(attribution.to_owned()),
        commit: Str::from(commit.0.clone()),
        date: Str::from(commit.1.clone()),
        citation: None,
    }
}

/// Swallow's suite keys (`ja_post`) and jllm's suite ids.
const SWALLOW_SUITES: [(&str, &str); 6] = [
    ("ja_pre", "swallow-ja-pre"),
    ("en_pre", "swallow-en-pre"),
    ("ja_post", "swallow-ja-post"),
    ("en_post", "swallow-en-post"),
    ("ja_mtb", "swallow-ja-mtb"),
    ("en_mtb", "swallow-en-mtb"),
];

/// The Swallow LLM Leaderboard's `model.yml`: a list of models, each with
/// `model_id` and per suite an `avg` and per-task scores.
pub fn swallow(text: &str, commit: &(String, String), join: &Join) -> Result<Imported> {
    use serde_norway::Value;
    let file = format!("{SWALLOW_DIR}/model.yml");
    let doc: Value = serde_norway::from_str(text).map_err(|e| {
        let at = e
            .location()
            .map_or(String::new(), |l| format!("{}:{}:", l.line(), l.column()));
        anyhow::anyhow!("{file}:{at} {e}")
    })?;
    let Value::Sequence(models) = doc else {
        bail!("{file}:1: expected a list of models");
    };
    // Lines of the top-level `- ` items, in order, for file:line in
    // reports and links.
    let item_lines: Vec<u32> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("- "))
        .map(|(i, _)| i as u32 + 1)
        .collect();
    if item_lines.len() != models.len() {
        bail!(
            "{file}: {} models but {} lines start with '- '; cannot give lines for the models",
            models.len(),
            item_lines.len()
        );
    }
    let src = source(
        "swallow",
        "Swallow LLM Leaderboard",
        "swallow-llm-leaderboard-v2",
        SWALLOW_REPO,
        "CC BY 4.0",
        "Swallow LLM Leaderboard, © Swallow LLM team, CC BY 4.0 (https://swallow-llm.github.io/leaderboard/)",
        commit,
    );
    let mut results = Vec::new();
    let mut skipped = Vec::new();
    let str_of = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_string);
    for (i, model) in models.iter().enumerate() {
        let line = item_lines.get(i).copied().unwrap_or(0);
        let at = format!("{file}:{line}");
        let Some(repo) = str_of(model, "model_id").or_else(|| str_of(model, "id")) else {
            skipped.push(format!("{at}: no model_id: skipped"));
            continue;
        };
        // `params: 33` (billions), as the leaderboard states it.
        let params = model
            .get("params")
            .and_then(Value::as_f64)
            .filter(|p| p.is_finite() && *p > 0.0 && *p < 1e6)
            .map(|p| (p * 1e9).round() as u64);
        let mode = str_of(model, "reasoning")
            .filter(|r| r != "N/A" && !r.is_empty())
            .map(|r| Str::from(format!("reasoning {r}")));
        let Some(Value::Mapping(suites)) = model.get("results") else {
            skipped.push(format!("{at}: {repo}: no results: skipped"));
            continue;
        };
        let joined = join.of("swallow", &repo, &at, &mut skipped);
        for (key, tasks) in suites {
            let key = key.as_str().unwrap_or("");
            let Some((_, suite)) = SWALLOW_SUITES.iter().find(|(k, _)| *k == key) else {
                skipped.push(format!("{at}: {repo}: unknown suite '{key}': skipped"));
                continue;
            };
            let Value::Mapping(tasks) = tasks else {
                skipped.push(format!(
                    "{at}: {repo}: suite '{key}' is not a table: skipped"
                ));
                continue;
            };
            let (avg, list) = swallow_tasks(tasks, &format!("{at}: {repo}: {key}"), &mut skipped);
            let Some(avg) = avg else {
                skipped.push(format!("{at}: {repo}: suite '{key}' has no avg: skipped"));
                continue;
            };
            results.push(Score {
                hf: Str::from(joined.hf.clone()),
                alias: joined.alias.clone().map(Str::from),
                in_list: joined.in_list,
                source: src.id.clone(),
                benchmark: src.benchmark.clone(),
                suite: Str::Static(suite),
                date: src.date.clone(),
                score: avg,
                std: None,
                trials: None,
                mode: mode.clone(),
                version: None,
                params,
                url: Str::from(format!(
                    "{SWALLOW_REPO}/blob/{}/model.yml#L{line}",
                    commit.0
                )),
                line,
                table: None,
                note: None,
                tasks: List::Owned(list),
            });
        }
    }
    skipped.extend(join.unused("swallow", &file, &results));
    Ok(Imported::of(src, results, skipped))
}

/// A Swallow suite's `avg` and its per-task scores; a score that is not a
/// number is reported (`at` names the model and suite) and skipped.
fn swallow_tasks(
    tasks: &serde_norway::Mapping,
    at: &str,
    skipped: &mut Vec<String>,
) -> (Option<f64>, Vec<Task>) {
    let mut avg = None;
    let mut list = Vec::new();
    for (name, score) in tasks {
        let name = name.as_str().unwrap_or("");
        let Some(score) = score.as_f64().filter(|s| s.is_finite()) else {
            skipped.push(format!("{at}.{name} is not a number: skipped"));
            continue;
        };
        if name == "avg" {
            avg = Some(score);
        } else {
            list.push(Task {
                task: Str::from(name.to_owned()),
                score,
            });
        }
    }
    (avg, list)
}

/// Text of a pfgen table cell: without `<code>` tags and `&nbsp;`.
fn cell(s: &str) -> String {
    markdown::decode_entities(&s.replace("<code>", "").replace("</code>", ""))
        .trim()
        .to_string()
}

/// `0.9581 (±0.0076/√10)` → (score, std, trials).
fn pfgen_score(s: &str) -> Option<(f64, Option<f64>, Option<u32>)> {
    let (score, rest) = s.split_once('(').unwrap_or((s, ""));
    let score = score.trim().parse::<f64>().ok().filter(|x| x.is_finite())?;
    let rest = rest.trim_end_matches(')');
    let (std, trials) = rest.split_once("/√").unwrap_or((rest, ""));
    let std = std
        .trim()
        .trim_start_matches('±')
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite());
    let trials = trials.trim().parse::<u32>().ok();
    Some((score, std, trials))
}

/// pfgen-bench's README leaderboard: one row per result, the model link
/// pointing at `result/<org>/<model>/<hash>/README.md`, its text starting
/// with the mode's mark (🟢 completion, 💬 qa/chat).
pub fn pfgen(text: &str, commit: &(String, String), join: &Join) -> Result<Imported> {
    let file = format!("{PFGEN_DIR}/README.md");
    let doc = markdown::parse(text);
    let Some(table) = doc.tables.iter().find(|t| {
        let h: Vec<String> = t.header.iter().map(|c| cell(c).to_lowercase()).collect();
        h.len() >= 7 && h[0] == "rank" && h[1] == "score" && h[2] == "model"
    }) else {
        bail!("{file}: no leaderboard table (Rank | Score | Model | Length | Fluency | Truthfulness | Helpfulness)");
    };
    let src = source(
        "pfgen",
        "pfgen-bench (Preferred Generation Benchmark)",
        "preferred-generation-benchmark-pfgen-bench",
        PFGEN_REPO,
        "Apache-2.0",
        "pfgen-bench by Kentaro Imajo, Masanori Hirano, Shuji Suzuki and Hiroaki Mikami, Apache License 2.0 (https://github.com/pfnet-research/pfgen-bench)",
        commit,
    );
    let mut results = Vec::new();
    let mut skipped = Vec::new();
    for row in &table.rows {
        let at = format!("{file}:{}", row.line);
        if row.cells.len() < 7 {
            skipped.push(format!(
                "{at}: {} cells, expected 7: skipped",
                row.cells.len()
            ));
            continue;
        }
        let links = markdown::links(&row.cells[2]);
        let Some(link) = links.first() else {
            skipped.push(format!("{at}: no model link: skipped"));
            continue;
        };
        let parts: Vec<&str> = link.url.split('/').collect();
        let ["result", org, model, hash, ..] = parts.as_slice() else {
            skipped.push(format!(
                "{at}: '{}' is not a model result (links to {}): skipped",
                cell(&link.text),
                link.url
            ));
            continue;
        };
        let repo = format!("{org}/{model}");
        let label = cell(&link.text);
        let mode = if label.starts_with('🟢') {
            Some("completion")
        } else if label.starts_with('💬') {
            Some("qa/chat")
        } else {
            skipped.push(format!(
                "{at}: {repo}: unknown mode mark in '{label}' (mode left unknown)"
            ));
            None
        };
        let Some((score, std, trials)) = pfgen_score(&cell(&row.cells[1])) else {
            skipped.push(format!(
                "{at}: {repo}: cannot read the score '{}': skipped",
                cell(&row.cells[1])
            ));
            continue;
        };
        let mut tasks = Vec::new();
        for (i, name) in [(4, "fluency"), (5, "truthfulness"), (6, "helpfulness")] {
            match cell(&row.cells[i])
                .parse::<f64>()
                .ok()
                .filter(|x| x.is_finite())
            {
                Some(score) => tasks.push(Task {
                    task: Str::Static(name),
                    score,
                }),
                None => skipped.push(format!("{at}: {repo}: {name} is not a number: left out")),
            }
        }
        let joined = join.of("pfgen", &repo, &at, &mut skipped);
        results.push(Score {
            hf: Str::from(joined.hf),
            alias: joined.alias.map(Str::from),
            in_list: joined.in_list,
            source: src.id.clone(),
            benchmark: src.benchmark.clone(),
            suite: Str::Static("pfgen"),
            date: src.date.clone(),
            score,
            std,
            trials,
            mode: mode.map(Str::Static),
            version: Some(Str::from((*hash).to_string())),
            params: None,
            url: Str::from(format!(
                "{PFGEN_REPO}/tree/{}/result/{org}/{model}/{hash}",
                commit.0
            )),
            line: row.line as u32,
            table: None,
            note: None,
            tasks: List::Owned(tasks),
        });
    }
    skipped.extend(join.unused("pfgen", &file, &results));
    Ok(Imported::of(src, results, skipped))
}

/// Reads the two sources under `dir` (`../shared/evals`).
pub fn read_files(dir: &Path) -> Result<Files> {
    let read = |rel: String| -> Result<String> {
        let p = dir.join(&rel);
        let bytes = crate::catalog::load::read_bytes(&p, "evaluation results")?;
        crate::catalog::load::utf8(&p, bytes, "the leaderboards' files are UTF-8")
    };
    if !dir.join(SWALLOW_DIR).is_dir() || !dir.join(PFGEN_DIR).is_dir() {
        bail!(
            "{}: expected {SWALLOW_DIR}/ and {PFGEN_DIR}/ here (the evaluation sources)",
            dir.display()
        );
    }
    Ok(Files {
        swallow_models: read(format!("{SWALLOW_DIR}/model.yml"))?,
        swallow_commit: read(format!("{SWALLOW_DIR}/COMMIT"))?,
        pfgen_readme: read(format!("{PFGEN_DIR}/README.md"))?,
        pfgen_commit: read(format!("{PFGEN_DIR}/COMMIT"))?,
    })
}

/// Both sources: `(file name, imported)` for swallow.toml and pfgen.toml,
/// joined through the built-in aliases.
pub fn import(files: &Files, cat: &Catalog) -> Result<Vec<(&'static str, Imported)>> {
    let builtin = crate::catalog::results_data::embedded();
    import_with(files, cat, &builtin.aliases)
}

/// Both sources, joined through `aliases`.
pub fn import_with(
    files: &Files,
    cat: &Catalog,
    aliases: &[Alias],
) -> Result<Vec<(&'static str, Imported)>> {
    let join = Join::new(cat, aliases);
    let swallow_commit = parse_commit(&files.swallow_commit, &format!("{SWALLOW_DIR}/COMMIT"))?;
    let pfgen_commit = parse_commit(&files.pfgen_commit, &format!("{PFGEN_DIR}/COMMIT"))?;
    Ok(vec![
        (
            "swallow.toml",
            swallow(&files.swallow_models, &swallow_commit, &join)
                .context("reading the Swallow LLM Leaderboard")?,
        ),
        (
            "pfgen.toml",
            pfgen(&files.pfgen_readme, &pfgen_commit, &join).context("reading pfgen-bench")?,
        ),
    ])
}

#[cfg(test)]
mod tests;
