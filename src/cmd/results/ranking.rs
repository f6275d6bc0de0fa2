//! The rankings of `jllm results --benchmark ID` / `--suite S`: the suite
//! asked for, every checkpoint (and with `--include-reference` every
//! other model of the source) on it by its best result, best first as
//! `scores::merit` orders them (the lowest on an error rate), and the
//! footer saying what the ranks are: a leaderboard's or a paper table's.

use std::collections::HashSet;

use anyhow::{bail, Result};

use super::{rows_of, Args, Row};
use crate::catalog::results::Suite;
use crate::catalog::results_data;
use crate::catalog::schema::{Catalog, Lang};
use crate::i18n::{tr, trf};
use crate::query::filter::Filters;
use crate::query::scores;
use crate::sanitize;

/// The ranking `results --benchmark`/`--suite` prints, with its footer
/// (suite, source, what the ranks are); None (after saying why) when
/// there is nothing to rank.
pub(super) fn ranked<'a>(
    args: &Args,
    cat: &'a Catalog,
    filters: &Filters,
    keep: Option<&HashSet<(usize, usize)>>,
    lang: Lang,
) -> Result<Option<(Vec<Row<'a>>, String)>> {
    let Some(suite) = ranking_suite(args, cat, lang)? else {
        return Ok(None);
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
    let r = ranking(cat, &suite.id, args.include_reference, keep, lang);
    if r.rows.is_empty() {
        explain_empty_ranking(filters, cat, &suite.id, lang);
    }
    let notes = ranking_notes(&r, args, &suite.id, lang);
    Ok(Some((
        r.rows,
        format!(
            "{}\n{}\n{notes}",
            trf(lang, "Suite {0}: {1}", &[&suite.id, &suite.name]),
            trf(lang, "Source: {0}", &[&source])
        ),
    )))
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

/// The footer lines of a ranking saying what its ranks are (a
/// leaderboard's, or a paper's table's), which way is better, and what it
/// leaves out.
fn ranking_notes(r: &Ranking, args: &Args, suite: &str, lang: Lang) -> String {
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
    let hidden = r.references_hidden;
    match (scores::paper_table(suite), args.include_reference) {
        (None, true) => {
            if hidden > 0 {
                line(trf(
                    lang,
                    "{0} models on this leaderboard are not in the list and are left out: the filters cannot be checked on them.",
                    &[&hidden],
                ));
            }
            line(
                tr(
                    lang,
                    "Ranks are the leaderboard's own: every model on it, each by its best run.",
                )
                .to_string(),
            );
        }
        (None, false) => {
            if hidden > 0 {
                line(trf(
                    lang,
                    "{0} models on this leaderboard are not in the list; --include-reference shows them.",
                    &[&hidden],
                ));
            }
            line(tr(lang, "Ranks are among the rows shown, not on the leaderboard (its own rank: --include-reference, or leaderboard_rank in --json).").to_string());
        }
        (Some(table), true) => {
            if hidden > 0 {
                line(trf(
                    lang,
                    "{0} models of the paper's {1} are not in the list and are left out: the filters cannot be checked on them.",
                    &[&hidden, &table],
                ));
            }
            line(trf(
                lang,
                "Ranks are by the paper's {0}: every model in it, each by its best result there.",
                &[&table],
            ));
        }
        (Some(table), false) => {
            if hidden > 0 {
                line(trf(
                    lang,
                    "{0} models of the paper's {1} are not in the list; --include-reference shows them.",
                    &[&hidden, &table],
                ));
            }
            line(trf(lang, "Ranks are among the rows shown, not in the paper's {0} (its own rank: --include-reference, or leaderboard_rank in --json).", &[&table]));
        }
    }
    if scores::lower_is_better(suite) {
        line(trf(
            lang,
            "On {0}, lower is better (an error rate): rank 1 has the lowest score.",
            &[&suite],
        ));
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
        None => match scores::paper_table(suite) {
            Some(table) => trf(
                lang,
                "no checkpoint of the list has a score on {0}; --include-reference shows the models of the paper's {1}",
                &[&suite, &table],
            ),
            None => trf(
                lang,
                "no checkpoint of the list has a score on {0}; --include-reference shows the leaderboard's models",
                &[&suite],
            ),
        },
    };
    crate::eline!("jllm: {why}");
}
