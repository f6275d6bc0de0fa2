//! `jllm results`: evaluation results. `results QUERY` prints every result
//! of a family or checkpoint (per task with `--tasks`); `results --benchmark
//! ID` or `--suite S` ranks the catalog's checkpoints on one suite, best
//! first, each by its best run, with `--include-reference` adding the
//! models the list does not have. One ranking never mixes suites: their
//! scores are not comparable.

use std::collections::HashSet;
use std::process::ExitCode;

use anyhow::{bail, Result};
use serde::Serialize;

use crate::catalog::index::{self, Resolved};
use crate::catalog::results::{Score, Suite};
use crate::catalog::results_data;
use crate::catalog::schema::{Catalog, Family, Lang, Variant};
use crate::cmd::filters::FilterArgs;
use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::i18n::{tr, trf};
use crate::query::filter::{Filter, Filters};
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
    /// In a ranking: the rank among every model of the leaderboard on the
    /// suite (each by its best run), whatever is shown; null for a model's
    /// results.
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
    /// The leaderboard: `swallow` or `pfgen`.
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
        lang,
    };
    let mut out = vec![row("avg", s.score, s.std)];
    if tasks {
        out.extend(s.tasks.iter().map(|t| row(&t.task, t.score, None)));
    }
    out
}

/// The suite a ranking is on: `--suite`, or the one suite of `--benchmark`.
/// None (after saying so) for a catalog benchmark no source has results
/// for: nothing found, not a usage error.
fn ranking_suite(args: &Args, cat: &Catalog, lang: Lang) -> Result<Option<&'static Suite>> {
    let suite = match &args.suite {
        Some(s) => Some(scores::suite(s).map_err(anyhow::Error::msg)?),
        None => None,
    };
    let Some(b) = &args.benchmark else {
        return suite
            .map(Some)
            .ok_or_else(|| anyhow::anyhow!("{}", tr(lang, "--benchmark or --suite is required")));
    };
    let sources = results_data::in_effect().sources;
    let Some(source) = sources
        .iter()
        .find(|s| s.benchmark.eq_ignore_ascii_case(b) || s.id.eq_ignore_ascii_case(b))
    else {
        let with_results = sources
            .iter()
            .map(|s| format!("{} ({})", s.benchmark, s.id))
            .collect::<Vec<_>>()
            .join(", ");
        if cat.benchmarks.iter().any(|x| x.id.eq_ignore_ascii_case(b)) {
            crate::eline!(
                "jllm: {}",
                trf(
                    lang,
                    "no evaluation results for benchmark '{0}'; benchmarks with results: {1}",
                    &[&sanitize::line(b), &with_results]
                )
            );
            return Ok(None);
        }
        bail!(
            "{}",
            trf(
                lang,
                "unknown benchmark '{0}'; benchmarks with results: {1}",
                &[&sanitize::line(b), &with_results]
            )
        );
    };
    let of_source: Vec<&'static Suite> = scores::suites()
        .iter()
        .filter(|s| s.source == source.id)
        .collect();
    let ids = |suites: &[&Suite]| suites.iter().map(|s| &*s.id).collect::<Vec<_>>().join(", ");
    match (suite, of_source.as_slice()) {
        (Some(s), _) if s.source == source.id => Ok(Some(s)),
        (Some(s), _) => bail!(
            "{}",
            trf(
                lang,
                "suite '{0}' is not a suite of {1}; its suites: {2}",
                &[&s.id, &source.benchmark, &ids(&of_source)]
            )
        ),
        (None, [one]) => Ok(Some(one)),
        (None, many) => bail!(
            "{}",
            trf(
                lang,
                "{0} has {1} suites, not comparable with each other; choose one with --suite: {2}",
                &[&source.benchmark, &many.len(), &ids(many)]
            )
        ),
    }
}

/// A ranking on one suite: the rows shown, and what was left out.
struct Ranking<'a> {
    rows: Vec<Row<'a>>,
    /// Models of the leaderboard the list does not have, not shown.
    references_hidden: usize,
    /// Checkpoints of the list with a score on the suite that the filters
    /// left out.
    filtered_out: usize,
}

/// Checkpoints (and with `reference`, other models) on one suite, each by
/// its best run, best first; unknown scores do not exist here. Every row
/// gets its rank among all the leaderboard's models; `rank` is that with
/// `reference`, else the rank among the rows shown. `keep` holds the
/// checkpoints (family index, checkpoint index) the filters pass, None
/// without filters; models not in the list cannot be checked against
/// filters, so with filters they are left out.
fn ranking<'a>(
    cat: &'a Catalog,
    suite: &str,
    reference: bool,
    keep: Option<&HashSet<(usize, usize)>>,
    lang: Lang,
) -> Ranking<'a> {
    let mut rows = Vec::new();
    let mut shown_in_list = Vec::new();
    let mut repos = HashSet::new();
    for (fi, f) in cat.models.iter().enumerate() {
        for (vi, v) in f.variants.iter().enumerate() {
            if let Some(hf) = v.hf.as_deref() {
                repos.insert(hf.to_ascii_lowercase());
            }
            if let Some(s) = scores::best_of_variant(v, suite) {
                rows.extend(rows_of(Some((f, v)), s, false, lang));
                shown_in_list.push(keep.is_none_or(|k| k.contains(&(fi, vi))));
            }
        }
    }
    let in_list = rows.len();
    let mut seen = HashSet::new();
    // The table is sorted by repo, suite, best first: the first result of
    // a repo on this suite is its best.
    for s in results_data::table().iter().filter(|s| s.suite == suite) {
        let key = s.hf.to_ascii_lowercase();
        if !repos.contains(&key) && seen.insert(key) {
            rows.extend(rows_of(None, s, false, lang));
        }
    }
    let references = rows.len() - in_list;
    let shown: Vec<bool> = shown_in_list
        .iter()
        .copied()
        .chain(std::iter::repeat_n(reference && keep.is_none(), references))
        .collect();
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&rows[a], &rows[b]);
        let merit = |r: &Row| scores::merit(r.suite, r.score);
        merit(b)
            .total_cmp(&merit(a))
            .then_with(|| a.hf.to_ascii_lowercase().cmp(&b.hf.to_ascii_lowercase()))
    });
    let mut slots: Vec<Option<Row>> = rows.into_iter().map(Some).collect();
    let mut out = Vec::new();
    for (board, i) in order.into_iter().enumerate() {
        let Some(mut row) = slots.get_mut(i).and_then(Option::take) else {
            continue;
        };
        if !shown.get(i).copied().unwrap_or(false) {
            continue;
        }
        row.leaderboard_rank = Some(board + 1);
        row.rank = Some(if reference { board + 1 } else { out.len() + 1 });
        out.push(row);
    }
    Ranking {
        references_hidden: if reference && keep.is_none() {
            0
        } else {
            references
        },
        filtered_out: shown_in_list.iter().filter(|&&s| !s).count(),
        rows: out,
    }
}

/// The footer lines of a ranking saying what its ranks are and what it
/// leaves out.
fn ranking_notes(r: &Ranking, args: &Args, lang: Lang) -> String {
    let mut notes = String::new();
    let mut line = |s: String| {
        notes.push_str(&s);
        notes.push('\n');
    };
    if r.filtered_out > 0 {
        line(trf(
            lang,
            "{0} checkpoints of the list with a score on this suite do not pass the filters.",
            &[&r.filtered_out],
        ));
    }
    if args.include_reference {
        if r.references_hidden > 0 {
            line(trf(
                lang,
                "{0} models on this leaderboard are not in the list and are left out: the filters cannot be checked on them.",
                &[&r.references_hidden],
            ));
        }
        line(
            tr(
                lang,
                "Ranks are the leaderboard's own: every model on it, each by its best run.",
            )
            .to_string(),
        );
    } else {
        if r.references_hidden > 0 {
            line(trf(
                lang,
                "{0} models on this leaderboard are not in the list; --include-reference shows them.",
                &[&r.references_hidden],
            ));
        }
        line(
            tr(
                lang,
                "Ranks are among the rows shown, not on the leaderboard (its own rank: --include-reference, or leaderboard_rank in --json).",
            )
            .to_string(),
        );
    }
    notes
}

/// Says on stderr why a ranking shows no row: the filters select nothing,
/// or none of what they select has a score on the suite.
fn explain_empty_ranking(filters: &Filters, cat: &Catalog, suite: &str, lang: Lang) {
    let why = match crate::query::explain::why_empty(filters, cat, lang) {
        Some(why) => why,
        None if filters.any() => trf(
            lang,
            "no checkpoint that passes the filters has a score on {0}",
            &[&suite],
        ),
        None => trf(
            lang,
            "no checkpoint of the list has a score on {0}; --include-reference shows the leaderboard's models",
            &[&suite],
        ),
    };
    crate::eline!("jllm: {why}");
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
            let Some(suite) = ranking_suite(args, cat, lang)? else {
                return Ok(ExitCode::from(1));
            };
            let source = results_data::in_effect()
                .sources
                .iter()
                .find(|s| s.id == suite.source)
                .map(|s| {
                    trf(
                        lang,
                        "{0} ({1}, {2}): {3}",
                        &[&s.name, &s.date, &s.license, &s.attribution],
                    )
                })
                .unwrap_or_default();
            let r = ranking(
                cat,
                &suite.id,
                args.include_reference,
                kept.as_ref().map(|(at, _)| at),
                lang,
            );
            if r.rows.is_empty() {
                explain_empty_ranking(&filters, cat, &suite.id, lang);
            }
            let notes = ranking_notes(&r, args, lang);
            (
                r.rows,
                format!(
                    "{}\n{}\n{notes}",
                    trf(lang, "Suite {0}: {1}", &[&suite.id, &suite.name]),
                    trf(lang, "Source: {0}", &[&source])
                ),
            )
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
