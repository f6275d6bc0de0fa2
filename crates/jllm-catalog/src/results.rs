//! Evaluation results (Swallow LLM Leaderboard, pfgen-bench) and how they
//! join the catalog's checkpoints: by Hugging Face repo id, case-insensitive.
//!
//! Results are their own data (`catalog/results/*.toml`, written by `jllm
//! catalog import-results`), never fields of a checkpoint: the list and the
//! leaderboards change on their own schedules, and a leaderboard also ranks
//! models the list does not have (reference rows). Like schema.rs this file
//! is used by build.rs, which validates the files and embeds them as
//! one static sorted by lower-cased repo id, so finding a checkpoint's
//! results is a binary search: nothing is built or allocated at start-up,
//! and commands that print no results never touch them.

use std::cmp::Ordering;
use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::schema::{List, Str};

crate::schema::pooled!(Source, Suite, Score, Alias, Task);

/// The results data: every file under `catalog/results/`, appended.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Results {
    #[serde(default, rename = "source")]
    pub sources: List<Source>,
    #[serde(default, rename = "suite")]
    pub suites: List<Suite>,
    #[serde(default, rename = "result")]
    pub results: List<Score>,
    /// Curated respellings (aliases.toml): a source's id of a model that
    /// the catalog spells differently.
    #[serde(default, rename = "alias")]
    pub aliases: List<Alias>,
}

/// A source's id for a checkpoint the catalog spells differently
/// (`tokyotech-llm/Qwen-3-Swallow-8B-RL-v0.2` for the catalog's
/// `tokyotech-llm/Qwen3-Swallow-8B-RL-v0.2`). Curated by hand, each with
/// the reason it is the same model; the import joins the results of `id`
/// to `hf`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    /// The source id (`swallow`, `pfgen`) whose files use `id`.
    pub source: Str,
    /// The id as the source writes it.
    pub id: Str,
    /// The catalog checkpoint's repo id.
    pub hf: Str,
    /// Why both name the same model (what the source itself says).
    pub reason: Str,
}

/// A leaderboard the results were taken from, at a fixed commit.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// `swallow` or `pfgen`.
    pub id: Str,
    pub name: Str,
    /// The catalog's benchmark id for this leaderboard.
    pub benchmark: Str,
    /// Public repository the files come from.
    pub url: Str,
    /// License of the results data, e.g. `CC BY 4.0`.
    pub license: Str,
    /// The attribution the license asks for, as printed with the results.
    pub attribution: Str,
    /// Commit of the source repository the import read; empty for a
    /// paper (its text is the version: `citation`, `url`, `date`).
    pub commit: Str,
    /// Date of that commit, `YYYY-MM-DD`: the results' version (a
    /// paper's: its date in the list's papers).
    pub date: Str,
    /// How to cite a paper that is the source.
    #[serde(default)]
    pub citation: Option<Str>,
}

/// A suite: a set of tasks whose scores are averaged and ranked together.
/// Scores of different suites are not comparable. Curated (suites.toml).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Suite {
    /// `pfgen`, `swallow-ja-pre`, `swallow-ja-post`, `swallow-ja-mtb`, …
    pub id: Str,
    /// The source id.
    pub source: Str,
    pub name: Str,
    /// `pre-trained`, `post-trained` or `any`: which models it is meant for.
    pub models: Str,
    pub description: Str,
    /// Whether a lower score is better (an error rate such as WER): the
    /// best result and every ranking of the suite are then the lowest.
    #[serde(default)]
    pub lower_is_better: bool,
}

/// One model's result on one suite: its average (or overall score) and,
/// where the source gives them, per-task scores.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Score {
    /// Hugging Face `owner/repo` (or the model name for API models) as the
    /// source writes it, or the catalog's repo id where an alias maps the
    /// source's id to it (then `alias` keeps the source's spelling).
    pub hf: Str,
    /// The id as the source writes it, where an alias of aliases.toml
    /// joined it to the checkpoint `hf`.
    #[serde(default)]
    pub alias: Option<Str>,
    /// Whether the repo id was a checkpoint of the catalog at import time;
    /// false marks a reference row ("not in the list").
    pub in_list: bool,
    /// The source id and the catalog's benchmark id of that source (empty
    /// for a paper's evaluation on no benchmark the catalog has).
    pub source: Str,
    pub benchmark: Str,
    pub suite: Str,
    /// The version of the source the result was read from (its commit
    /// date, `YYYY-MM-DD`).
    pub date: Str,
    /// The suite average (Swallow's `avg`) or the overall score (pfgen).
    pub score: f64,
    /// Standard deviation over trials, where given.
    #[serde(default)]
    pub std: Option<f64>,
    /// Number of trials, where given.
    #[serde(default)]
    pub trials: Option<u32>,
    /// Evaluation mode as the source marks it (pfgen: `completion`,
    /// `qa/chat`; Swallow: the reasoning setting).
    #[serde(default)]
    pub mode: Option<Str>,
    /// The source's own version of this result (pfgen's result hash).
    #[serde(default)]
    pub version: Option<Str>,
    /// Total parameters as the source states them (Swallow gives billions),
    /// used only for models the catalog does not have.
    #[serde(default)]
    pub params: Option<u64>,
    /// Where the result is published.
    pub url: Str,
    /// Line of the model in the source file.
    pub line: u32,
    /// Where in the source the result is printed (a paper's `Table 2`).
    #[serde(default)]
    pub table: Option<Str>,
    /// Why the row is joined as it is, where that is not the source's id
    /// itself: a paper's short name mapped to the one repo it can mean, or
    /// left a reference row because it can mean two, or names a baseline.
    #[serde(default)]
    pub note: Option<Str>,
    #[serde(default)]
    pub tasks: List<Task>,
}

/// A per-task score.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub task: Str,
    pub score: f64,
}

/// The first 16 bytes of `key` as a big-endian number, zero-padded: keys in
/// byte order have their prefixes in the same order (a key without NUL
/// bytes sorts after its own zero-padded prefix), so a binary search over
/// the prefixes narrows a search of the keys to the few that share one.
pub fn key_prefix(key: &[u8]) -> u128 {
    let mut bytes = [0u8; 16];
    for (b, k) in bytes.iter_mut().zip(key) {
        *b = *k;
    }
    u128::from_be_bytes(bytes)
}

/// Orders repo ids as lower-cased ASCII, without allocating.
pub fn cmp_repo(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// Sorts results into the embedded order: by repo id (case-insensitive),
/// then suite, then best score first (the lowest in a suite of `suites`
/// where lower is better). [`for_repo`] relies on it.
pub fn sort(results: &mut [Score], suites: &[Suite]) {
    let lower: HashSet<&str> = suites
        .iter()
        .filter(|s| s.lower_is_better)
        .map(|s| &*s.id)
        .collect();
    results.sort_by(|a, b| {
        cmp_repo(&a.hf, &b.hf)
            .then_with(|| a.suite.cmp(&b.suite))
            .then_with(|| {
                if lower.contains(&*a.suite) {
                    a.score.total_cmp(&b.score)
                } else {
                    b.score.total_cmp(&a.score)
                }
            })
    });
}

/// The results of repo `hf` (any case) in a table sorted by [`sort`]:
/// build.rs's lookup, and what the binary's faster one is tested against.
#[allow(dead_code)]
pub fn for_repo<'a>(table: &'a [Score], hf: &str) -> &'a [Score] {
    let start = table.partition_point(|s| cmp_repo(&s.hf, hf) == Ordering::Less);
    let len = table[start..].partition_point(|s| cmp_repo(&s.hf, hf) == Ordering::Equal);
    &table[start..start + len]
}

impl Results {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn suite(&self, id: &str) -> Option<&Suite> {
        self.suites.iter().find(|s| s.id == id)
    }

    /// Adds the entries of `part` after these.
    pub fn append(&mut self, part: Results) {
        List::append(&mut self.sources, part.sources);
        List::append(&mut self.suites, part.suites);
        List::append(&mut self.results, part.results);
        List::append(&mut self.aliases, part.aliases);
    }

    /// Every inconsistency, one message each: unknown suites and sources,
    /// scores that are not finite numbers, duplicate ids.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for s in self.sources.iter() {
            if !seen.insert(&*s.id) {
                out.push(format!("source '{}' is defined twice", s.id));
            }
        }
        let mut seen = HashSet::new();
        for s in self.suites.iter() {
            if !seen.insert(&*s.id) {
                out.push(format!("suite '{}' is defined twice", s.id));
            }
            if self.source(&s.source).is_none() {
                out.push(format!(
                    "suite '{}' names unknown source '{}'",
                    s.id, s.source
                ));
            }
            if !matches!(&*s.models, "pre-trained" | "post-trained" | "any") {
                out.push(format!(
                    "suite '{}': models must be pre-trained, post-trained or any, not '{}'",
                    s.id, s.models
                ));
            }
        }
        for r in self.results.iter() {
            let at = format!("result for '{}' (line {} of the source)", r.hf, r.line);
            match self.suite(&r.suite) {
                None => out.push(format!("{at}: unknown suite '{}'", r.suite)),
                Some(s) if s.source != r.source => out.push(format!(
                    "{at}: suite '{}' belongs to source '{}', not '{}'",
                    r.suite, s.source, r.source
                )),
                Some(_) => {}
            }
            match self.source(&r.source) {
                // An empty benchmark: a paper's own evaluation, of no
                // benchmark the catalog has.
                Some(s)
                    if (s.benchmark != r.benchmark && !r.benchmark.is_empty())
                        || s.date != r.date =>
                {
                    out.push(format!(
                        "{at}: benchmark and date must be those of source '{}'",
                        s.id
                    ))
                }
                _ => {}
            }
            let finite = |x: f64| x.is_finite();
            if !finite(r.score) || r.std.is_some_and(|x| !finite(x)) {
                out.push(format!("{at}: score and std must be finite numbers"));
            }
            if r.tasks.iter().any(|t| !finite(t.score)) {
                out.push(format!("{at}: task scores must be finite numbers"));
            }
            if r.hf.trim().is_empty() {
                out.push(format!("{at}: empty repo id"));
            }
        }
        let mut seen = HashSet::new();
        for a in self.aliases.iter() {
            let at = format!("alias '{}' of source '{}'", a.id, a.source);
            if !seen.insert((&*a.source, a.id.to_ascii_lowercase())) {
                out.push(format!("{at} is defined twice"));
            }
            if self.source(&a.source).is_none() && !self.sources.is_empty() {
                out.push(format!("{at}: unknown source"));
            }
            if a.hf.trim().is_empty() || a.id.eq_ignore_ascii_case(&a.hf) {
                out.push(format!(
                    "{at}: hf must be the catalog's other spelling, not '{}'",
                    a.hf
                ));
            }
            if a.reason.trim().is_empty() {
                out.push(format!("{at}: no reason given"));
            }
        }
        out
    }
}

/// Parses one results TOML file; the error starts with `line:col: `.
pub fn parse_str(text: &str) -> Result<Results, String> {
    toml::from_str::<Results>(text).map_err(|e| {
        let (line, col) = e
            .span()
            .map_or((1, 1), |s| super::parse::line_col(text, s.start));
        format!("{line}:{col}: {}", e.message().trim().replace('\n', " "))
    })
}

/// Whether `dir` is the results directory inside a catalog directory: the
/// catalog's own readers skip it (its files are not catalog tables).
pub fn is_results_dir(dir: &std::path::Path) -> bool {
    dir.file_name().is_some_and(|n| n == "results")
}
