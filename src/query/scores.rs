//! Scores of checkpoints and families on one suite of the embedded
//! evaluation results: what `show`, `results`, `list --sort score:SUITE`,
//! `--min-score` and `plot --y score:SUITE` share. A checkpoint's score on
//! a suite is its best result there (a leaderboard may list several runs or
//! modes); a family's is its best checkpoint's. Scores of different suites
//! are never mixed: every function here takes one suite.

use crate::catalog::results::{Score, Suite};
use crate::catalog::results_data;
use crate::catalog::schema::{Family, Variant};

/// Said wherever scores are printed (show, results, README).
pub const HONESTY: &str = "Scores of different suites are not comparable, and pre-trained and post-trained suites measure different things: compare models within one suite only.";

/// [`HONESTY`] in the language of tables.
pub fn honesty(lang: crate::catalog::schema::Lang) -> &'static str {
    crate::i18n::tr(lang, HONESTY)
}

/// A column list (`&[&str]`) of `$column`s followed by the `score:SUITE`
/// columns, one per embedded suite in their curated order: list, `list
/// --variants` and fit offer the same ones (a unit test keeps them equal
/// to the suites).
macro_rules! with_score_columns {
    ($($column:literal),* $(,)?) => {
        &[
            $($column,)*
            "score:pfgen",
            "score:swallow-ja-pre",
            "score:swallow-en-pre",
            "score:swallow-ja-post",
            "score:swallow-en-post",
            "score:swallow-ja-mtb",
            "score:swallow-en-mtb",
            "score:paper-jlmeh",
            "score:paper-imagenet-ja",
            "score:paper-csj-eval1",
            "score:paper-csj-eval2",
            "score:paper-csj-eval3",
        ]
    };
}
pub(crate) use with_score_columns;

/// The embedded suites, in their curated order.
pub fn suites() -> &'static [Suite] {
    results_data::in_effect().suites.as_static().unwrap_or(&[])
}

/// The suite ids, for error messages and help.
pub fn suite_ids() -> String {
    suites()
        .iter()
        .map(|s| s.id.as_ref())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The suite named `name`, or an error listing the valid names (in the
/// language of messages).
pub fn suite(name: &str) -> Result<&'static Suite, String> {
    suites()
        .iter()
        .find(|s| s.id.eq_ignore_ascii_case(name.trim()))
        .ok_or_else(|| {
            crate::i18n::trf(
                crate::i18n::lang(),
                "unknown suite '{0}'; valid suites: {1}",
                &[&name, &suite_ids()],
            )
        })
}

/// `score:SUITE` (a sort key or column name) → the suite.
pub fn score_key(key: &str) -> Option<Result<&'static Suite, String>> {
    let suite_name = key.strip_prefix("score:")?;
    Some(suite(suite_name))
}

/// `SUITE=X` of `--min-score`.
pub fn parse_min_score(s: &str) -> Result<(&'static Suite, f64), String> {
    let (name, x) = s.split_once('=').ok_or_else(|| {
        crate::i18n::trf(
            crate::i18n::lang(),
            "'{0}': expected SUITE=SCORE, e.g. pfgen=0.5",
            &[&s],
        )
    })?;
    let suite = suite(name)?;
    let x = x
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
        .ok_or_else(|| {
            crate::i18n::trf(
                crate::i18n::lang(),
                "'{0}' is not a number (in '{1}')",
                &[&x, &s],
            )
        })?;
    Ok((suite, x))
}

/// Whether a lower score is better on suite `id` (an error rate): the one
/// notion of "better" that every ranking, frontier, filter and message
/// goes through ([`merit`], [`best_first`]).
pub fn lower_is_better(id: &str) -> bool {
    results_data::lower_is_better(id)
}

/// The paper table suite `id` is read from (`Table 4`), where its source
/// is a paper rather than a leaderboard: rankings then say they follow
/// the paper's table, not a leaderboard.
pub fn paper_table(id: &str) -> Option<&'static str> {
    let data = results_data::in_effect();
    let suite = suites().iter().find(|s| s.id == id)?;
    let sources = data.sources.as_static()?;
    sources
        .iter()
        .find(|s| s.id == suite.source)
        .filter(|s| s.citation.is_some())?;
    results_data::table()
        .iter()
        .find(|r| r.suite == id)
        .and_then(|r| r.table.as_deref())
}

/// A score of suite `suite` turned so that greater is better: the score,
/// or its negation on a suite where lower is better. Only for ordering.
pub fn merit(suite: &str, score: f64) -> f64 {
    if lower_is_better(suite) {
        -score
    } else {
        score
    }
}

/// The order of two merits ([`merit`]: greater is better) on one suite,
/// best first, a missing one after every present one: how `fit --sort
/// score:SUITE` and `recommend` rank.
pub fn best_first(a: Option<f64>, b: Option<f64>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(x), Some(y)) => y.total_cmp(&x),
        (x, y) => y.is_some().cmp(&x.is_some()),
    }
}

/// Every embedded result of repo `hf` (any case).
pub fn of_repo(hf: &str) -> &'static [Score] {
    results_data::for_repo(hf)
}

/// Every embedded result of a checkpoint (none without a repo id).
pub fn of_variant(v: &Variant) -> &'static [Score] {
    v.hf.as_deref().map_or(&[], of_repo)
}

/// A checkpoint's best result on `suite`. The table holds a repo's
/// results by suite, best first, so it is the first of that suite.
pub fn best_of_variant(v: &Variant, suite: &str) -> Option<&'static Score> {
    of_variant(v).iter().find(|s| s.suite == suite)
}

/// A family's score on `suite`: its best checkpoint's among `variants`
/// (indexes into `f.variants`), with that checkpoint's index.
pub fn best_of_family(
    f: &Family,
    variants: &[usize],
    suite: &str,
) -> Option<(usize, &'static Score)> {
    variants
        .iter()
        .filter_map(|&i| Some((i, best_of_variant(f.variants.get(i)?, suite)?)))
        .max_by(|a, b| {
            merit(suite, a.1.score)
                .total_cmp(&merit(suite, b.1.score))
                .then(b.0.cmp(&a.0))
        })
}

/// The best result per suite of one checkpoint's results, in suite order.
pub fn best_per_suite(scores: &'static [Score]) -> Vec<&'static Score> {
    suites()
        .iter()
        .filter_map(|s| scores.iter().find(|r| r.suite == s.id))
        .collect()
}

/// A score as printed: three decimals for Swallow's, four for pfgen's,
/// two for the percentages of rinna's paper (every score above 2), as the
/// sources write them.
pub fn format(score: f64) -> String {
    if score.abs() >= 2.0 {
        return format!("{score:.2}");
    }
    let s = format!("{score:.4}");
    match s.strip_suffix('0') {
        Some(t) if t.len() > 4 => t.to_string(),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::results;

    #[test]
    fn suite_names_and_errors() {
        assert_eq!(suite("pfgen").map(|s| &*s.id), Ok("pfgen"));
        assert_eq!(
            suite("Swallow-JA-Post").map(|s| &*s.id),
            Ok("swallow-ja-post")
        );
        let err = suite("swallow").expect_err("not a suite");
        assert!(
            err.contains("swallow-ja-pre") && err.contains("pfgen"),
            "{err}"
        );
        assert!(score_key("params").is_none());
        assert!(matches!(score_key("score:pfgen"), Some(Ok(_))));
        assert!(matches!(score_key("score:nope"), Some(Err(_))));
        assert_eq!(
            parse_min_score("pfgen=0.5").map(|(s, x)| (&*s.id, x)),
            Ok(("pfgen", 0.5))
        );
        assert!(parse_min_score("pfgen").is_err());
        assert!(parse_min_score("pfgen=high").is_err());
        assert!(parse_min_score("pfgen=NaN").is_err());
    }

    #[test]
    fn formats_as_written() {
        assert_eq!(format(0.526), "0.526");
        assert_eq!(format(0.9581), "0.9581");
        assert_eq!(format(0.5), "0.500");
        assert_eq!(format(36.6), "36.60");
    }

    /// The embedded table is in the order `for_repo` and `best_of_variant`
    /// rely on: sorted by repo id, suite, best score first.
    #[test]
    fn embedded_table_is_sorted() {
        let table = results_data::table();
        assert!(table.len() > 800, "{}", table.len());
        let mut sorted = table.to_vec();
        results::sort(&mut sorted, suites());
        assert!(sorted.as_slice() == table);
        // Case-insensitive lookup.
        let hf = &table[0].hf;
        assert_eq!(of_repo(&hf.to_uppercase()).len(), of_repo(hf).len());
    }
}
