//! The evaluation results in a checkpoint object: one JSON object per
//! suite average and per task, with where it comes from and which way the
//! suite ranks; and the lookup (`ResultsOf`) through which the objects
//! find a checkpoint's results, passed in by whoever renders them (the
//! binary's results in effect, or build.rs's just read).

use schemars::JsonSchema;
use serde::Serialize;

use crate::results::Score;

/// One score of a checkpoint: a suite average (`task` = `avg`) or a task.
#[derive(Serialize, JsonSchema)]
pub struct ResultJson<'a> {
    /// The catalog's benchmark id (`jllm benchmark ID`).
    pub benchmark: &'a str,
    /// The source: `swallow` (Swallow LLM Leaderboard), `pfgen` (pfgen-bench) or `paper` (rinna's paper).
    pub source: &'a str,
    /// The suite; scores of different suites are not comparable.
    pub suite: &'a str,
    /// `avg` for the suite's average (pfgen's overall score), else the task's name.
    pub task: &'a str,
    /// The score as the leaderboard gives it.
    pub score: f64,
    /// Standard deviation over trials; null where the source gives none.
    pub std: Option<f64>,
    /// Number of trials; null where the source gives none.
    pub trials: Option<u32>,
    /// pfgen's `completion` or `qa/chat`, or Swallow's reasoning setting.
    pub mode: Option<&'a str>,
    /// pfgen's result hash.
    pub version: Option<&'a str>,
    /// Date of the leaderboard commit the results were imported from.
    pub date: &'a str,
    /// The result on the leaderboard, or the paper.
    pub url: &'a str,
    /// Where in the source the result is printed (a paper's `Table 4`);
    /// null for a leaderboard.
    pub table: Option<&'a str>,
    /// Why the row is joined as it is, where that is not the source's id
    /// itself (a paper's short name mapped to its repo); else null.
    pub note: Option<&'a str>,
    /// Whether a lower score is better on the suite (an error rate such as
    /// a word error rate): the best result is then the lowest.
    pub lower_is_better: bool,
}

/// The result objects of one scored suite: its average, then its tasks;
/// `lower_is_better` is the suite's direction.
pub fn score_json(r: &Score, lower_is_better: bool) -> Vec<ResultJson<'_>> {
    let one = |task, score, std| ResultJson {
        benchmark: &r.benchmark,
        source: &r.source,
        suite: &r.suite,
        task,
        score,
        std,
        trials: r.trials,
        mode: r.mode.as_deref(),
        version: r.version.as_deref(),
        date: &r.date,
        url: &r.url,
        table: r.table.as_deref(),
        note: r.note.as_deref(),
        lower_is_better,
    };
    std::iter::once(one("avg", r.score, r.std))
        .chain(r.tasks.iter().map(|t| one(&t.task, t.score, None)))
        .collect()
}

/// Where the objects find a checkpoint's evaluation results: the results
/// of repo `hf` (any case) in whichever table is in effect (the binary's
/// embedded or installed results, or those build.rs has just read), and
/// the direction of their suites.
#[derive(Clone, Copy)]
pub struct ResultsOf {
    /// The results of repo `hf` (any case).
    pub for_repo: fn(&str) -> &'static [Score],
    /// Whether a lower score is better on suite `id` (an error rate).
    pub lower_is_better: fn(&str) -> bool,
}

/// Every result object of repo `hf` that `results` finds.
pub fn results_of(hf: &str, results: ResultsOf) -> Vec<ResultJson<'static>> {
    (results.for_repo)(hf)
        .iter()
        .flat_map(|r| score_json(r, (results.lower_is_better)(&r.suite)))
        .collect()
}
