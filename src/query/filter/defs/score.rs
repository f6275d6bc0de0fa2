//! The filter on evaluation results: `--min-score SUITE=X`, a checkpoint
//! whose best score on the suite is at least as good as X: at least X, or
//! at most X on a suite where lower is better (an error rate), as
//! [`scores::merit`] orders them.

#[allow(unused_imports)]
use super::*;
use crate::query::scores;

pub const MIN_SCORE: Def = Def {
    id: "min_score",
    long: "min-score",
    value_name: Some("SUITE=X"),
    help: "Best score on a suite at least as good as X, per checkpoint: at least X, or at most X on a suite where lower is better (pfgen=0.7, swallow-ja-post=0.4, paper-csj-eval1=10; suites: `jllm results --help`); unscored checkpoints are excluded",
    kind: Kind::Score,
    repeat: true,
    scope: Scope::Checkpoint,
    key: "score",
    columns: &[], // score:SUITE, named by its value
    requires: None,
    modifies: None,
    explain: 17,
    set: |a| !a.min_score.is_empty(),
    shown: |a| {
        a.min_score
            .iter()
            .map(|m| format!("{}={}", m.suite, m.min))
            .collect()
    },
    copy: |a, b| b.min_score = a.min_score.clone(),
    read: |m, f| f.min_score = many(m, "min_score"),
    resolve: None,
    family: None,
    checkpoint: Some(|f, p| {
        p.variant.is_some_and(|v| {
            f.args.min_score.iter().all(|m| {
                scores::best_of_variant(v, m.suite).is_some_and(|s| m.reached_by(s.score))
            })
        })
    }),
    fact: Some(|a, cat, lang| a.min_score.iter().find_map(|m| m.unreached(cat, lang))),
    vocabulary: Some(|_| {
        scores::suites()
            .iter()
            .map(|s| format!("{}=", s.id))
            .collect()
    }),
};

/// `--min-score SUITE=X`.
#[derive(Debug, Clone, PartialEq)]
pub struct MinScore {
    pub suite: &'static str,
    pub min: f64,
}

impl MinScore {
    /// Whether `score` is at least as good as the bound.
    pub fn reached_by(&self, score: f64) -> bool {
        scores::merit(self.suite, score) >= scores::merit(self.suite, self.min)
    }

    /// What the catalog holds when no checkpoint reaches the bound: the
    /// best score there is (the lowest on an error rate), in `lang`; None
    /// when one reaches it.
    fn unreached(&self, cat: &Catalog, lang: Lang) -> Option<String> {
        let best = cat
            .models
            .iter()
            .flat_map(|f| f.variants.iter())
            .filter_map(|v| scores::best_of_variant(v, self.suite))
            .map(|s| s.score)
            .max_by(|x, y| scores::merit(self.suite, *x).total_cmp(&scores::merit(self.suite, *y)));
        let b = match best {
            Some(b) if self.reached_by(b) => return None,
            Some(b) => scores::format(b),
            None => {
                return Some(trf(
                    lang,
                    "no checkpoint of the catalog has a score on {0}",
                    &[&self.suite],
                ))
            }
        };
        Some(if scores::lower_is_better(self.suite) {
            trf(
                lang,
                "no checkpoint scores {0} or less on {1} (lower is better); the best scores {2}",
                &[&self.min, &self.suite, &b],
            )
        } else {
            trf(
                lang,
                "no checkpoint scores {0} or more on {1}; the best scores {2}",
                &[&self.min, &self.suite, &b],
            )
        })
    }
}

/// clap's parser of `--min-score SUITE=X`.
pub fn parse_min_score(s: &str) -> Result<MinScore, String> {
    let (suite, min) = scores::parse_min_score(s)?;
    Ok(MinScore {
        suite: &suite.id,
        min,
    })
}
