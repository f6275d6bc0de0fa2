//! `jllm results`: evaluation results. `results QUERY` prints every result
//! of a family or checkpoint (per task with `--tasks`); `results --benchmark
//! ID` or `--suite S` ranks the catalog's checkpoints on one suite, best
//! first, each by its best run, with `--include-reference` adding the
//! models the list does not have. One ranking never mixes suites: their
//! scores are not comparable.

mod ranking;

use std::collections::HashSet;
use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use crate::catalog::index::{self, Resolved};
use crate::catalog::results::Score;
use crate::catalog::results_data;
use crate::catalog::schema::{Catalog, Family, Lang, Variant};
use crate::cmd::filters::FilterArgs;
use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::i18n::{tr, trf};
use crate::query::filter::Filter;
use crate::query::resolve::or_list;
use crate::query::scores;
use crate::render::emit::{emit, Layout, Record};
use crate::render::scores as cells;
use crate::sanitize;
use crate::units;

#[derive(Debug, clap::Args)]
#[command(
    mut_arg("columns", |a| a.value_parser(columns_parser(&[ALL_COLUMNS]))),
    after_help = "Suites (scores of different suites are not comparable):
  pfgen            pfgen-bench (Japanese generation; completion or qa/chat mode)
  swallow-ja-pre   Swallow LLM Leaderboard, pre-trained models, Japanese tasks
  swallow-en-pre   … pre-trained models, English tasks
  swallow-ja-post  … post-trained models, Japanese tasks
  swallow-en-post  … post-trained models, English tasks
  swallow-ja-mtb   … Japanese MT-Bench
  swallow-en-mtb   … English MT-Bench
  paper-jlmeh      rinna's paper (Sawada et al. 2024), Table 2: JP LM Evaluation Harness
  paper-imagenet-ja  … Table 3: ImageNet zero-shot top-1, Japanese
  paper-csj-eval1  … Table 4: CSJ eval1 word error rate (lower is better)
  paper-csj-eval2  … Table 4: CSJ eval2 word error rate (lower is better)
  paper-csj-eval3  … Table 4: CSJ eval3 word error rate (lower is better)

Examples:
  jllm results llama-3.1-swallow-8b --tasks
  jllm results --benchmark preferred-generation-benchmark-pfgen-bench --limit 10
  jllm results --suite swallow-ja-post --include-reference --json")]
pub struct Args {
    /// Family id, Hugging Face repo id (also of a model not in the list), or name
    #[arg(value_name = "QUERY", required_unless_present_any = ["benchmark", "suite"], conflicts_with = "benchmark", add = super::completer::models())]
    pub query: Option<String>,
    /// With QUERY: every task's score, not only the suite averages
    #[arg(long, requires = "query")]
    pub tasks: bool,
    /// Rank the catalog's checkpoints on this benchmark (catalog id, or swallow / pfgen)
    #[arg(long, value_name = "ID")]
    pub benchmark: Option<String>,
    /// Only this suite (required for a benchmark with several suites)
    #[arg(long, value_name = "SUITE")]
    pub suite: Option<String>,
    /// Add the models the list does not have (marked "not in the list")
    #[arg(long, conflicts_with = "query")]
    pub include_reference: bool,
    /// Print at most N rows
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// One printed result: a suite average (`task` = `avg`) or a task score.
#[derive(Serialize, schemars::JsonSchema)]
#[schemars(title = "jllm results row")]
pub struct Row<'a> {
    /// In a ranking: the leaderboard's own rank with `--include-reference`,
    /// else the rank among the rows shown; null for a model's results.
    rank: Option<usize>,
    /// In a ranking: the rank among every model of the leaderboard (or of
    /// the paper's table) on the suite, each by its best run, whatever is
    /// shown; null for a model's results.
    leaderboard_rank: Option<usize>,
    /// The family's id; null for a model not in the list.
    family: Option<&'a str>,
    /// The checkpoint's name; null for a model not in the list.
    name: Option<&'a str>,
    /// Hugging Face `owner/repo` (the leaderboards key by it).
    hf: &'a str,
    /// Whether the model is in the list (false: a reference row, shown with
    /// `--include-reference`).
    in_list: bool,
    /// The catalog's size for a checkpoint; for a model not in the list,
    /// the size the leaderboard states, where it states one.
    params: Option<u64>,
    /// The catalog's benchmark id (`jllm benchmark ID`).
    benchmark: &'a str,
    /// The source: `swallow`, `pfgen` (leaderboards) or `paper` (rinna's paper).
    source: &'a str,
    /// The suite; scores of different suites are not comparable.
    suite: &'a str,
    /// `avg` for the suite's average, else the task's name.
    task: &'a str,
    /// The score as the leaderboard gives it.
    score: f64,
    /// Standard deviation over trials; null where the source gives none.
    std: Option<f64>,
    /// Number of trials; null where the source gives none.
    trials: Option<u32>,
    /// pfgen's `completion` or `qa/chat`, or Swallow's reasoning setting.
    mode: Option<&'a str>,
    /// pfgen's result hash.
    version: Option<&'a str>,
    /// Date of the leaderboard commit the results were imported from.
    date: &'a str,
    /// The result on the leaderboard.
    url: &'a str,
    /// Where in the source the result is printed (a paper's table).
    table: Option<&'a str>,
    /// Why the row is joined as it is (a paper's short name).
    note: Option<&'a str>,
    /// Whether a lower score is better on the suite (an error rate such as
    /// a word error rate): its best result and rank 1 are then the lowest.
    lower_is_better: bool,
    /// The language of the cells (not in JSON).
    #[serde(skip)]
    lang: Lang,
}

pub const FIELDS: &[&str] = &[
    "rank",
    "leaderboard_rank",
    "family",
    "name",
    "hf",
    "in_list",
    "params",
    "benchmark",
    "source",
    "suite",
    "task",
    "score",
    "std",
    "trials",
    "mode",
    "version",
    "date",
    "url",
    "table",
    "note",
    "lower_is_better",
];

fn rows_of<'a>(
    owner: Option<(&'a Family, &'a Variant)>,
    s: &'a Score,
    tasks: bool,
    lang: Lang,
) -> Vec<Row<'a>> {
    let row = |task: &'a str, score: f64, std: Option<f64>| Row {
        rank: None,
        leaderboard_rank: None,
        family: owner.map(|(f, _)| &*f.id),
        name: owner.map(|(_, v)| &*v.name),
        hf: owner.and_then(|(_, v)| v.hf.as_deref()).unwrap_or(&s.hf),
        in_list: owner.is_some(),
        // A reference row's size is the leaderboard's; a checkpoint's the catalog's.
        params: owner.map_or(s.params, |(_, v)| v.params),
        benchmark: &s.benchmark,
        source: &s.source,
        suite: &s.suite,
        task,
        score,
        std,
        trials: s.trials,
        mode: s.mode.as_deref(),
        version: s.version.as_deref(),
        date: &s.date,
        url: &s.url,
        table: s.table.as_deref(),
        note: s.note.as_deref(),
        lower_is_better: scores::lower_is_better(&s.suite),
        lang,
    };
    let mut out = vec![row("avg", s.score, s.std)];
    if tasks {
        out.extend(s.tasks.iter().map(|t| row(&t.task, t.score, None)));
    }
    out
}

/// Every result of a family or checkpoint, or of a repo id the list does
/// not have. None (after saying why) when nothing matches.
fn of_query<'a>(cat: &'a Catalog, query: &str, tasks: bool, lang: Lang) -> Option<Vec<Row<'a>>> {
    let (f, selected) = match index::resolve(cat, query) {
        Resolved::One(f, v) => (f, v),
        _ => {
            // A model the list does not have, but a leaderboard does.
            let repo = query.trim().trim_end_matches('/');
            let found = scores::of_repo(repo);
            if !found.is_empty() {
                return Some(
                    ordered(found)
                        .into_iter()
                        .flat_map(|s| rows_of(None, s, tasks, lang))
                        .collect(),
                );
            }
            super::show::resolve_or_explain(cat, query, lang)?;
            return Some(Vec::new());
        }
    };
    let mut rows = Vec::new();
    for (i, v) in f.variants.iter().enumerate() {
        if selected.is_some_and(|s| s != i) {
            continue;
        }
        for s in ordered(scores::of_variant(v)) {
            rows.extend(rows_of(Some((f, v)), s, tasks, lang));
        }
    }
    if rows.is_empty() {
        let sources: Vec<String> = results_data::in_effect()
            .sources
            .iter()
            .map(|s| format!("{} ({})", s.name, s.date))
            .collect();
        let which = selected
            .and_then(|i| f.variants[i].hf.as_deref())
            .unwrap_or(&f.id);
        let said = if sources.is_empty() {
            trf(
                lang,
                "no evaluation results for {0}: none are in effect (--no-builtin)",
                &[&which],
            )
        } else {
            trf(
                lang,
                "no evaluation results for {0} in {1}",
                &[&which, &or_list(lang, &sources)],
            )
        };
        crate::eline!("jllm: {said}");
    }
    Some(rows)
}

/// A checkpoint's results in the curated suite order, best run first.
fn ordered(found: &'static [Score]) -> Vec<&'static Score> {
    scores::suites()
        .iter()
        .flat_map(|suite| found.iter().filter(move |s| s.suite == suite.id))
        .collect()
}

/// Every column of `results`, ranking or not.
const ALL_COLUMNS: &[&str] = &[
    "rank", "family", "name", "hf", "params", "suite", "task", "score", "std", "mode", "version",
    "source", "url", "table", "note",
];

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let ranking_mode = args.query.is_none();
    let columns: &[&str] = if ranking_mode {
        &[
            "rank", "hf", "family", "params", "score", "std", "mode", "note",
        ]
    } else {
        &[
            "name", "hf", "suite", "task", "score", "std", "mode", "source", "note",
        ]
    };
    let shape = Shape {
        fields: FIELDS,
        columns: ALL_COLUMNS,
        default_columns: columns,
        page: false,
    };
    let Some(output) = args.output.resolve(cfg, &shape)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let lang = cfg.lang;
    let filters = args.filters.to_filters();
    // The checkpoints the filters pass, by position and by repo id.
    let kept = if filters.any() {
        let hits = Filter::new(&filters, cat)?.apply(cat);
        let mut at = HashSet::new();
        let mut repos = HashSet::new();
        for h in hits.iter() {
            for &vi in h.variants.iter() {
                at.insert((h.index, vi));
                if let Some(hf) = h.family.variants.get(vi).and_then(|v| v.hf.as_deref()) {
                    repos.insert(hf.to_ascii_lowercase());
                }
            }
        }
        Some((at, repos))
    } else {
        None
    };
    let (mut rows, footer) = match &args.query {
        None => {
            match ranking::ranked(args, cat, &filters, kept.as_ref().map(|(at, _)| at), lang)? {
                Some(ranked) => ranked,
                None => return Ok(ExitCode::from(1)),
            }
        }
        Some(q) => {
            let Some(mut rows) = of_query(cat, q, args.tasks, lang) else {
                return Ok(ExitCode::from(1));
            };
            if let Some(s) = &args.suite {
                let suite = scores::suite(s).map_err(anyhow::Error::msg)?;
                let had = rows.len();
                let mut has: Vec<&str> = Vec::new();
                for r in rows.iter() {
                    if !has.contains(&r.suite) {
                        has.push(r.suite);
                    }
                }
                rows.retain(|r| r.suite == suite.id);
                if had > 0 && rows.is_empty() {
                    crate::eline!(
                        "jllm: {}",
                        trf(
                            lang,
                            "no result for {0} in suite {1}; its results are in: {2}",
                            &[&sanitize::line(q), &suite.id, &has.join(", ")]
                        )
                    );
                }
            }
            if let Some((_, repos)) = &kept {
                let had = rows.len();
                rows.retain(|r| r.in_list && repos.contains(&r.hf.to_ascii_lowercase()));
                if had > 0 && rows.is_empty() {
                    crate::eline!(
                        "jllm: {}",
                        trf(
                            lang,
                            "{0} has results, but none of its checkpoints with results passes the filters",
                            &[&sanitize::line(q)]
                        )
                    );
                }
            }
            (rows, String::new())
        }
    };
    if let Some(n) = args.limit {
        rows.truncate(n);
    }
    let layout = Layout {
        footer: (!rows.is_empty()).then(|| format!("{footer}{}", scores::honesty(cfg.lang))),
        ..Layout::default()
    };
    let mut out = super::stdout();
    emit(&mut out, &rows, &output, cfg, &layout)?;
    super::finish(out, !rows.is_empty())
}

impl<'a> Record for Row<'a> {
    type Json<'s>
        = &'s Row<'a>
    where
        Self: 's;

    fn json(&self) -> &Row<'a> {
        self
    }

    fn cell(&self, column: &str) -> String {
        cell(self, column, self.lang)
    }

    /// The repo id: every row has one (the leaderboards key by it).
    fn id(&self) -> Option<std::borrow::Cow<'_, str>> {
        Some(std::borrow::Cow::Borrowed(self.hf))
    }
}

fn cell(r: &Row, column: &str, lang: Lang) -> String {
    let opt = |x: Option<&str>| x.unwrap_or("").to_string();
    match column {
        "rank" => r.rank.map_or(String::new(), |n| n.to_string()),
        "family" => opt(r.family),
        "name" => opt(r.name),
        "hf" => r.hf.to_string(),
        "params" => r.params.map_or(String::new(), units::format),
        "suite" => r.suite.to_string(),
        "task" => r.task.to_string(),
        "score" => scores::format(r.score),
        "std" => {
            let s = Score {
                std: r.std,
                trials: r.trials,
                ..Score::default()
            };
            cells::spread(&s)
        }
        "mode" => opt(r.mode),
        "version" => opt(r.version),
        "source" => format!("{} {}", r.source, r.date),
        "url" => r.url.to_string(),
        "table" => opt(r.table),
        "note" => match (r.in_list, r.note) {
            (true, note) => opt(note),
            (false, None) => tr(lang, "not in the list").to_string(),
            (false, Some(n)) => format!("{}: {n}", tr(lang, "not in the list")),
        },
        _ => String::new(),
    }
}
