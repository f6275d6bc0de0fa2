//! The ranking behind `jllm recommend`, apart from its printing so that
//! the browser can show the same rows: [`rank`] takes the list filters, a
//! suite and a machine and gives the picks best first, each with its
//! reason, and the count of every checkpoint left out, by reason.

use std::cmp::Ordering;

use anyhow::Result;

use crate::catalog::schema::{Catalog, Commercial, Lang};
use crate::cmd::fit::{assess_chosen, Row};
use crate::estimate::{Machine, Verdict};
use crate::i18n::{tr, trf};
use crate::query::filter::defs::CommercialArg;
use crate::query::filter::{Filter, Filters, FILTERS};
use crate::query::scores;
use crate::units;

#[cfg(test)]
mod tests;

/// What `--task` asks for, and the suite that ranks it.
pub const TASKS: &[(&str, &str, &str)] = &[
    (
        "chat",
        "swallow-ja-post",
        "Japanese chat and instruction → the Swallow post-trained Japanese average",
    ),
    (
        "instruct",
        "swallow-ja-post",
        "Japanese chat and instruction → the Swallow post-trained Japanese average",
    ),
    (
        "base",
        "swallow-ja-pre",
        "base models → the Swallow pre-trained Japanese average",
    ),
    ("generation", "pfgen", "Japanese generation → pfgen-bench"),
];

/// The suite that ranks: `suite` when given, else the task's (chat when
/// none); with the task and the line of [`TASKS`] that explains it when
/// the task chose.
pub fn suite_for(
    suite: Option<&'static str>,
    task: Option<&str>,
) -> (&'static str, Option<(&'static str, &'static str)>) {
    if let Some(s) = suite {
        return (s, None);
    }
    let t = task.unwrap_or("chat");
    let (name, s, why) = TASKS
        .iter()
        .find(|(name, _, _)| *name == t)
        .copied()
        .unwrap_or(TASKS[0]);
    (s, Some((name, why)))
}

/// What [`rank`] is asked.
pub struct Ask<'a> {
    /// The list filters; their `task` is not a filter here and is ignored.
    pub filters: &'a Filters,
    /// The one suite that ranks ([`suite_for`]).
    pub suite: &'static str,
    /// Context in tokens: only checkpoints whose stated context reaches it,
    /// estimated at it (None: 4096, capped at the model's limit).
    pub context: Option<u64>,
    pub machine: Machine,
    /// The GPU's memory bandwidth, for the speed estimate.
    pub bandwidth_gb_s: Option<u64>,
    /// At most this many picks; the rest are counted as beyond the limit.
    pub limit: usize,
    /// The language of the reasons and of the picks' cells.
    pub lang: Lang,
}

/// One recommended checkpoint: fit's estimate, its score, its rank.
pub struct Pick<'a> {
    /// fit's assessment at the least lossy precision that fits.
    pub(crate) row: Row<'a>,
    pub commercial: Commercial,
    /// The suite of `score` (the one that ranks).
    pub suite: &'static str,
    /// The checkpoint's best average on `suite`; None: no score.
    pub score: Option<f64>,
    /// 1 for the best.
    pub rank: usize,
    /// Why this checkpoint is where it is, in one line.
    pub reason: String,
}

/// Why checkpoints (one per repo) were left out, in the footer's order.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Excluded {
    /// By `--commercial` and `--license`.
    pub license: usize,
    /// By the other list filters.
    pub filters: usize,
    /// By `--context` (or `--min-context`).
    pub context: usize,
    /// No parameter count.
    pub unknown_size: usize,
    /// Fits neither on the GPU nor with offload.
    pub too_large: usize,
    /// Fits, beyond `limit`.
    pub beyond_limit: usize,
}

impl Excluded {
    pub fn total(&self) -> usize {
        self.license
            + self.filters
            + self.context
            + self.unknown_size
            + self.too_large
            + self.beyond_limit
    }
}

/// The answer of [`rank`].
pub struct Ranking<'a> {
    /// Best first, at most `limit`.
    pub picks: Vec<Pick<'a>>,
    pub excluded: Excluded,
    /// Checkpoints of the catalog, one per repo: picks + excluded.
    pub total: usize,
    /// How many of those that fit have no score on the suite.
    pub unscored: usize,
    /// No family passed the filters (`query::explain::why_empty` says why).
    pub no_match: bool,
    /// The machine's memory as the reasons write it (`24.0 GiB`).
    pub room: String,
}

/// The checkpoints of `cat` that pass `ask.filters` and fit `ask.machine`,
/// best first: scored on `ask.suite` before unscored (best score first),
/// then on the GPU before with offload, then the least lossy quantization,
/// then the faster, the larger, by repo id. One row per repo (lowercased).
/// An unknown filter value is an error naming the valid ones.
pub fn rank<'a>(cat: &'a Catalog, ask: &Ask) -> Result<Ranking<'a>> {
    let mut asked = ask.filters.clone();
    asked.task.clear();
    let mut strict = asked.clone();
    if let Some(c) = ask.context {
        strict.min_context = Some(strict.min_context.map_or(c, |m| m.max(c)));
    }
    // Checked first, so that a typo in a value is its own error.
    let filter = Filter::new(&strict, cat)?;
    let (keys, all) = repo_keys(cat);
    let hits = filter.apply(cat);
    let mut excluded = Excluded::default();
    let mut seen = vec![false; all];
    let mut strict_repos = 0;
    let mut rows: Vec<(Option<f64>, Row)> = Vec::new();
    for hit in &hits {
        let f = hit.family;
        let keys = keys.get(hit.index).map_or(&[][..], Vec::as_slice);
        for &i in &hit.variants {
            let (Some(v), Some(Some(k))) = (f.variants.get(i), keys.get(i)) else {
                continue;
            };
            match seen.get_mut(*k as usize) {
                Some(slot) if !*slot => *slot = true,
                _ => continue,
            }
            strict_repos += 1;
            let Some(params) = v.params else {
                excluded.unknown_size += 1;
                continue;
            };
            let row = assess_chosen(f, v, params, &ask.machine, ask.context, ask.bandwidth_gb_s);
            if row.verdict == Verdict::TooLarge {
                excluded.too_large += 1;
                continue;
            }
            // Each score looked up once, not once per comparison.
            let score = scores::best_of_variant(v, ask.suite).map(|s| s.score);
            rows.push((
                score,
                Row {
                    lang: ask.lang,
                    ..row
                },
            ));
        }
    }
    let (after_license, after_filters) =
        stage_counts(&asked, ask.context.is_some(), cat, &keys, strict_repos)?;
    excluded.license = all.saturating_sub(after_license);
    excluded.filters = after_license.saturating_sub(after_filters);
    excluded.context = after_filters.saturating_sub(strict_repos);
    let scored = rows.iter().filter(|(s, _)| s.is_some()).count();
    let unscored = rows.len() - scored;
    excluded.beyond_limit = rows.len().saturating_sub(ask.limit);
    best(&mut rows, ask.suite, ask.limit);
    let words = Words::new(&asked, ask);
    let picks: Vec<Pick> = rows
        .into_iter()
        .enumerate()
        .map(|(i, (score, row))| {
            let commercial = row
                .variant
                .license_in(row.family)
                .map_or(Commercial::Unknown, |l| l.commercial);
            let rank = i + 1;
            let reason = reason(&row, score, rank, scored, ask.suite, &words, ask.lang);
            Pick {
                row,
                commercial,
                suite: ask.suite,
                score,
                rank,
                reason,
            }
        })
        .collect();
    debug_assert_eq!(excluded.total() + picks.len(), all);
    Ok(Ranking {
        picks,
        excluded,
        total: all,
        unscored,
        no_match: hits.is_empty(),
        room: words.room,
    })
}

/// The order of the picks: best score on `suite` first, unscored last;
/// then on the GPU before with offload, the least lossy precision, the
/// faster, the larger, by repo id (one row per repo: no two rows tie).
fn order(suite: &str, (sa, a): &(Option<f64>, Row), (sb, b): &(Option<f64>, Row)) -> Ordering {
    let merit = |x: &Option<f64>| x.map(|x| scores::merit(suite, x));
    scores::best_first(merit(sa), merit(sb))
        .then(a.verdict.cmp(&b.verdict))
        .then(b.chosen.precision.bits64.cmp(&a.chosen.precision.bits64))
        .then(b.speed.unwrap_or(0.0).total_cmp(&a.speed.unwrap_or(0.0)))
        .then(b.params.cmp(&a.params))
        .then_with(|| a.variant.hf.cmp(&b.variant.hf))
}

/// Keeps the first `limit` rows in [`order`]: those are set apart first
/// (linear time), then only they are sorted. No two rows tie, so this is
/// the sort of all of them, truncated.
fn best(rows: &mut Vec<(Option<f64>, Row)>, suite: &str, limit: usize) {
    if rows.len() > limit {
        rows.select_nth_unstable_by(limit, |a, b| order(suite, a, b));
        rows.truncate(limit);
    }
    rows.sort_by(|a, b| order(suite, a, b));
}

/// How many repos are left after each stage of the filters: the license
/// filters alone, then every filter but the context. `strict_repos` is how
/// many the whole filters (`asked` with `--context`) kept: a stage that
/// filters the same (no other filter, no context) is not run again.
fn stage_counts(
    asked: &Filters,
    context: bool,
    cat: &Catalog,
    keys: &[Vec<Option<u32>>],
    strict_repos: usize,
) -> Result<(usize, usize)> {
    let no_context = stage_filters(asked).1;
    let after_filters = if !context && asked.min_context.is_none() {
        strict_repos
    } else {
        kept(&no_context, cat, keys)?
    };
    let only_license = !FILTERS
        .iter()
        .any(|d| !matches!(d.id, "license" | "commercial") && (d.set)(&no_context));
    let after_license = if only_license {
        after_filters
    } else {
        kept(&stage_filters(asked).0, cat, keys)?
    };
    Ok((after_license, after_filters))
}

/// The filters of the stages: the license filters of `asked` alone, and
/// every filter of `asked` but the context.
fn stage_filters(asked: &Filters) -> (Filters, Filters) {
    let mut license_only = Filters::default();
    for d in FILTERS
        .iter()
        .filter(|d| matches!(d.id, "license" | "commercial"))
    {
        (d.copy)(asked, &mut license_only);
    }
    let mut no_context = asked.clone();
    no_context.min_context = None;
    no_context.assume_base_context = false;
    (license_only, no_context)
}

/// Each checkpoint's repo (lowercased) as a small number:
/// `keys[family][variant]`, None without a repo id; and how many repos
/// there are. The strings are hashed once here, not once per stage.
fn repo_keys(cat: &Catalog) -> (Vec<Vec<Option<u32>>>, usize) {
    let mut ids: std::collections::HashMap<Folded, u32, BuildFnv> =
        std::collections::HashMap::with_capacity_and_hasher(cat.models.len() * 2, BuildFnv);
    let keys = cat
        .models
        .iter()
        .map(|f| {
            f.variants
                .iter()
                .map(|v| {
                    let hf = Folded(v.hf.as_deref()?);
                    let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                    Some(*ids.entry(hf).or_insert(next))
                })
                .collect()
        })
        .collect();
    (keys, ids.len())
}

/// FNV-1a: a few instructions a byte for ids of a few dozen bytes, where
/// the standard SipHash costs more than the rest of the ranking.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[derive(Default, Clone, Copy)]
struct BuildFnv;

impl std::hash::BuildHasher for BuildFnv {
    type Hasher = Fnv;

    fn build_hasher(&self) -> Fnv {
        Fnv::default()
    }
}

/// A repo id compared and hashed as its ASCII lowercase, without making
/// the lowercase string.
struct Folded<'a>(&'a str);

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Folded<'_> {}

impl std::hash::Hash for Folded<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        let mut buf = [0u8; 64];
        for chunk in self.0.as_bytes().chunks(buf.len()) {
            let lower = &mut buf[..chunk.len()];
            lower.copy_from_slice(chunk);
            lower.make_ascii_lowercase();
            h.write(lower);
        }
        h.write(&[0xff]);
    }
}

/// How many repos the checkpoints `filters` keep are.
fn kept(filters: &Filters, cat: &Catalog, keys: &[Vec<Option<u32>>]) -> Result<usize> {
    let repos = keys
        .iter()
        .flatten()
        .flatten()
        .max()
        .map_or(0, |&k| k as usize + 1);
    let mut on = vec![false; repos];
    for h in Filter::new(filters, cat)?.apply(cat) {
        for &i in &h.variants {
            if let Some(Some(k)) = keys.get(h.index).and_then(|f| f.get(i)) {
                if let Some(slot) = on.get_mut(*k as usize) {
                    *slot = true;
                }
            }
        }
    }
    Ok(on.iter().filter(|&&b| b).count())
}

/// The words every reason shares: whom the picks are among, and the room.
struct Words {
    scope: &'static str,
    room: String,
}

impl Words {
    fn new(asked: &Filters, ask: &Ask) -> Words {
        let lang = ask.lang;
        let scope = if asked.commercial == Some(CommercialArg::Yes) {
            tr(lang, "commercially usable checkpoints")
        } else if asked.any() || ask.context.is_some() {
            tr(lang, "checkpoints matching the filters")
        } else {
            tr(lang, "checkpoints of the catalog")
        };
        let room = match ask.machine.ram {
            Some(r) => trf(
                lang,
                "{0} VRAM + {1} RAM",
                &[
                    &units::format_gib_in(ask.machine.vram, lang),
                    &units::format_gib_in(r, lang),
                ],
            ),
            None => units::format_gib_in(ask.machine.vram, lang),
        };
        Words { scope, room }
    }
}

/// Why a pick is where it is, in one line.
fn reason(
    r: &Row,
    score: Option<f64>,
    rank: usize,
    scored: usize,
    suite: &str,
    words: &Words,
    lang: Lang,
) -> String {
    let (scope, room) = (words.scope, &words.room);
    let first = match score {
        Some(_) if rank == 1 => trf(
            lang,
            "best {0} score among {1} that fit {2}",
            &[&suite, &scope, room],
        ),
        Some(_) => trf(
            lang,
            "#{0} of {1} on {2} among {3} that fit {4}",
            &[&rank, &scored, &suite, &scope, room],
        ),
        None => trf(lang, "no {0} score", &[&suite]),
    };
    let quant = r.chosen.precision.name;
    let second = if r.storage.is_quantized() {
        trf(lang, "published as {0}", &[&quant])
    } else if r.verdict == Verdict::Gpu {
        trf(
            lang,
            "{0} is the least lossy quantization that fits on the GPU",
            &[&quant],
        )
    } else {
        trf(
            lang,
            "{0} is the least lossy quantization that fits with CPU offload",
            &[&quant],
        )
    };
    let sep = if lang == Lang::Ja { "。" } else { "; " };
    format!("{first}{sep}{second}")
}
