//! The model filters. A repeated flag ORs its values, different flags AND.
//! Size filters apply per checkpoint: a family passes when one of its
//! checkpoints does, and only those checkpoints are shown. Values are checked
//! against the catalog before filtering, so a typo is an error naming the
//! closest valid values (exit 2), not an empty result.

use crate::catalog::index::{self, norm};
use crate::catalog::schema::{Approach, Bound, Catalog, Category, Commercial, Family, LicenseInfo};
use crate::i18n::{self, trf};
use crate::query::labels;
use crate::query::resolve::{self, Entry, What};
use crate::units;
use anyhow::{bail, Result};

/// What the filters ask, as plain values: the command layer's clap
/// arguments (`cmd::filters::FilterArgs`) become this once, and
/// [`Filter::new`] checks it against the catalog.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)
    pub arch: Vec<String>,
    /// Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)
    pub base: Vec<String>,
    /// At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded
    pub min_params: Option<u64>,
    /// At most this many parameters, per checkpoint; families with no known size are excluded
    pub max_params: Option<u64>,
    /// License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)
    pub license: Vec<String>,
    /// Only commercially usable families: class yes; =conditional also admits conditional ones
    pub commercial: Option<CommercialArg>,
    /// Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)
    pub developer: Vec<String>,
    /// Domain in English or Japanese (general, medical, 医療, finance…)
    pub domain: Vec<String>,
    /// Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)
    pub category: Vec<Category>,
    /// Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)
    pub task: Vec<String>,
    /// How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)
    pub approach: Vec<Approach>,
    /// Released in this year or later
    pub since: Option<u16>,
    /// Released in this year or earlier
    pub until: Option<u16>,
    /// Released in this year
    pub year: Vec<u16>,
    /// Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")
    pub min_context: Option<u64>,
    /// Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded
    pub max_context: Option<u64>,
    /// With --min-context, also admit checkpoints with no stated context whose base model's window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"
    pub assume_base_context: bool,
    /// Only families with downloadable weights (a Hugging Face checkpoint)
    pub hf: bool,
    /// Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded
    pub min_score: Vec<MinScore>,
}

/// `--min-score SUITE=X`.
#[derive(Debug, Clone, PartialEq)]
pub struct MinScore {
    pub suite: &'static str,
    pub min: f64,
}

/// clap's parser of `--min-score SUITE=X`.
pub fn parse_min_score(s: &str) -> Result<MinScore, String> {
    let (suite, min) = crate::query::scores::parse_min_score(s)?;
    Ok(MinScore {
        suite: &suite.id,
        min,
    })
}

/// `--commercial CLASS` (clap's values: `cmd::filters`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommercialArg {
    Yes,
    Conditional,
    No,
    Unknown,
}

/// A family that passed, with the indices of its checkpoints that did.
pub struct Hit<'a> {
    pub family: &'a Family,
    /// Position of the family in the catalog's models.
    pub index: usize,
    /// Checkpoints the checkpoint filters kept (all of them without such filters).
    pub variants: Vec<usize>,
}

/// The filters with their values resolved against the catalog.
pub struct Filter {
    args: Filters,
    developers: Vec<String>,
    licenses: Vec<String>,
    domains: Vec<String>,
}

/// The error for a value that matches nothing: the nearest of `names`.
fn closest<'a>(
    lang: crate::catalog::schema::Lang,
    what: What,
    value: &str,
    names: impl Iterator<Item = &'a str>,
) -> anyhow::Error {
    let near = index::nearest(value, names.map(|n| (n.to_string(), vec![n])), 5);
    anyhow::anyhow!("{}", what.no_match_near(lang, value, &near))
}

impl Filter {
    /// The filters of `args` with their values resolved against `cat`;
    /// errors are in the language of messages ([`i18n::lang`]).
    pub fn new(args: &Filters, cat: &Catalog) -> Result<Filter> {
        let lang = i18n::lang();
        let developers = resolve::developers(cat, &args.developer, lang)?;
        let mut licenses = Vec::new();
        for v in args.license.iter() {
            let found = index::find_licenses(cat, v);
            if found.is_empty() {
                let entries = cat.licenses.iter().map(|l| {
                    (
                        Entry::new(&l.id, &l.name, Vec::new()).label(),
                        index::license_names(l).collect(),
                    )
                });
                let near = index::nearest(v, entries, 5);
                bail!("{}", What::License.no_match_near(lang, v, &near));
            }
            licenses.extend(found.into_iter().map(|l| l.id.to_string()));
        }
        let mut domains = Vec::new();
        if !args.domain.is_empty() {
            let mut entries: Vec<Entry> = cat
                .domains
                .iter()
                .map(|d| {
                    let mut names: Vec<&str> = vec![&d.id];
                    names.extend(
                        [&d.label.ja, &d.label.en, &d.label.fr]
                            .into_iter()
                            .flatten()
                            .map(|l| &**l),
                    );
                    names.extend(labels::words(labels::DOMAINS, &d.id));
                    Entry::new(&d.id, d.label.en.as_deref().unwrap_or(""), names)
                })
                .collect();
            entries.push(Entry::new(
                "general",
                "",
                labels::words(labels::DOMAINS, "general").collect(),
            ));
            for v in args.domain.iter() {
                let found = resolve::resolve(lang, What::Domain, v, &entries)?;
                domains.extend(found.into_iter().map(str::to_string));
            }
        }
        for a in args.arch.iter() {
            let na = norm(a);
            let known = cat.models.iter().any(|f| arch_matches(f, &na));
            if !known {
                let mut names: Vec<&str> = cat
                    .models
                    .iter()
                    .flat_map(|f| [f.architecture.as_deref(), f.base_model.as_deref()])
                    .flatten()
                    .collect();
                names.sort_unstable();
                names.dedup();
                return Err(closest(lang, What::Architecture, a, names.into_iter()));
            }
        }
        for b in args.base.iter() {
            let nb = norm(b);
            let base = |f: &Family| f.base_model.as_deref().map(norm);
            if nb.is_empty()
                || !cat
                    .models
                    .iter()
                    .any(|f| base(f).is_some_and(|x| x.contains(&nb)))
            {
                let mut names: Vec<&str> = cat
                    .models
                    .iter()
                    .filter_map(|f| f.base_model.as_deref())
                    .collect();
                names.sort_unstable();
                names.dedup();
                return Err(closest(lang, What::BaseModel, b, names.into_iter()));
            }
        }
        if let (Some(since), Some(until)) = (args.since, args.until) {
            if since > until {
                bail!(
                    "{}",
                    trf(
                        lang,
                        "--since {0} is later than --until {1}",
                        &[&since, &until]
                    )
                );
            }
        }
        if let (Some(min), Some(max)) = (args.min_context, args.max_context) {
            if min > max {
                bail!(
                    "{}",
                    trf(
                        lang,
                        "--min-context {0} is larger than --max-context {1}",
                        &[&min, &max]
                    )
                );
            }
        }
        if let (Some(min), Some(max)) = (args.min_params, args.max_params) {
            if min > max {
                bail!(
                    "{}",
                    trf(
                        lang,
                        "--min-params {0} is larger than --max-params {1}",
                        &[&units::format(min), &units::format(max)]
                    )
                );
            }
        }
        Ok(Filter {
            args: args.clone(),
            developers,
            licenses,
            domains,
        })
    }

    /// Whether a filter that selects checkpoints is set (then only the
    /// checkpoints that match show): sizes, license, commercial class,
    /// context length, or `--arch moe` where the family's architecture text
    /// does not say so.
    pub fn by_checkpoint(&self) -> bool {
        let a = &self.args;
        a.min_params.is_some()
            || a.max_params.is_some()
            || !self.licenses.is_empty()
            || a.commercial.is_some()
            || a.min_context.is_some()
            || a.max_context.is_some()
            || !a.min_score.is_empty()
            || a.arch.iter().any(|x| norm(x) == "moe")
    }

    /// Whether a size filter is set (families without a known size are out).
    pub fn by_size(&self) -> bool {
        self.args.min_params.is_some() || self.args.max_params.is_some()
    }

    pub fn apply<'a>(&self, cat: &'a Catalog) -> Vec<Hit<'a>> {
        cat.models
            .iter()
            .enumerate()
            .filter_map(|(index, family)| {
                self.check(family).map(|variants| Hit {
                    family,
                    index,
                    variants,
                })
            })
            .collect()
    }

    /// Whether one checkpoint (or a family without checkpoints, which is its
    /// own) passes the checkpoint filters: its own license, class, context
    /// and size, and its expert layout where only that can satisfy `--arch moe`.
    fn checkpoint_ok(
        &self,
        license: Option<&LicenseInfo>,
        context: Option<u64>,
        bound: Option<Bound>,
        base_context: Option<u64>,
        params: Option<u64>,
        moe: Option<bool>,
    ) -> bool {
        let a = &self.args;
        // The cheapest test first (all must pass; the order is only speed).
        if self.by_size()
            && !params.is_some_and(|p| {
                a.min_params.is_none_or(|m| p >= m) && a.max_params.is_none_or(|m| p <= m)
            })
        {
            return false;
        }
        if !self.licenses.is_empty() {
            let ids = license.map(|l| &l.ids[..]).unwrap_or(&[]);
            if !ids.iter().any(|i| self.licenses.iter().any(|x| *x == **i)) {
                return false;
            }
        }
        if let Some(want) = a.commercial {
            let class = license.map_or(Commercial::Unknown, |l| l.commercial);
            let ok = match want {
                CommercialArg::Yes => class == Commercial::Yes,
                CommercialArg::Conditional => {
                    matches!(class, Commercial::Yes | Commercial::Conditional)
                }
                CommercialArg::No => class == Commercial::No,
                CommercialArg::Unknown => class == Commercial::Unknown,
            };
            if !ok {
                return false;
            }
        }
        if let Some(min) = a.min_context {
            // Stated lengths only; the base model's window where asked to. A
            // bound passes only if it proves the length (`≥ N`): `≤ 2,048`
            // may be 1,024.
            let ok = match (context, bound) {
                (Some(c), _) => c >= min,
                (None, Some(b)) => b.reaches(min),
                (None, None) => a.assume_base_context && base_context.is_some_and(|c| c >= min),
            };
            if !ok {
                return false;
            }
        }
        // Stated lengths only: a base model's window may be cut by a
        // fine-tune, so it proves no upper bound; `≤ N` does.
        if let Some(max) = a.max_context {
            let ok = match (context, bound) {
                (Some(c), _) => c <= max,
                (None, Some(b)) => b.within(max),
                (None, None) => false,
            };
            if !ok {
                return false;
            }
        }
        moe != Some(false)
    }

    /// The checkpoints of `f` the filters keep, or None if `f` is out.
    fn check(&self, f: &Family) -> Option<Vec<usize>> {
        let a = &self.args;
        if !a.category.is_empty() && !a.category.contains(&f.category) {
            return None;
        }
        if !a.approach.is_empty() && !a.approach.iter().any(|&x| Some(x) == f.approach) {
            return None;
        }
        if !a.task.is_empty() && !a.task.iter().any(|t| f.task.as_deref() == Some(t.as_str())) {
            return None;
        }
        if !self.developers.is_empty()
            && !f
                .developers
                .iter()
                .any(|d| self.developers.iter().any(|x| *x == **d))
        {
            return None;
        }
        if !self.domains.is_empty() && !self.domains.iter().any(|d| *d == *f.domain) {
            return None;
        }
        // `--arch`: the family's architecture or base text, or, for `moe`
        // only, the expert layout of each checkpoint.
        let arch_by_text = a.arch.iter().any(|x| arch_text_matches(f, &norm(x)));
        let moe_per_checkpoint =
            !a.arch.is_empty() && !arch_by_text && a.arch.iter().any(|x| norm(x) == "moe");
        if !a.arch.is_empty() && !arch_by_text && !moe_per_checkpoint {
            return None;
        }
        if !a.base.is_empty() {
            let base = f.base_model.as_deref().map(norm).unwrap_or_default();
            if !a
                .base
                .iter()
                .any(|b| !base.is_empty() && base.contains(&norm(b)))
            {
                return None;
            }
        }
        if let Some(since) = a.since {
            if f.year.is_none_or(|y| y < since) {
                return None;
            }
        }
        if let Some(until) = a.until {
            if f.year.is_none_or(|y| y > until) {
                return None;
            }
        }
        if !a.year.is_empty() && !f.year.is_some_and(|y| a.year.contains(&y)) {
            return None;
        }
        if a.hf && !f.has_weights() {
            return None;
        }
        if !self.by_checkpoint() {
            return Some((0..f.variants.len()).collect());
        }
        if f.variants.is_empty() {
            // A family without checkpoints (an API) is its own one.
            let ok = self.checkpoint_ok(
                f.license.as_ref(),
                f.context_length,
                f.context_bound,
                f.base_context_length,
                None,
                moe_per_checkpoint.then_some(false),
            ) && a.min_score.is_empty();
            return ok.then(Vec::new);
        }
        let variants: Vec<usize> = f
            .variants
            .iter()
            .enumerate()
            .filter(|(_, v)| {
                let moe =
                    moe_per_checkpoint.then(|| v.experts.is_some() || v.active_params.is_some());
                self.checkpoint_ok(
                    v.license_in(f),
                    v.context_in(f),
                    v.context_bound_in(f),
                    f.base_context_length,
                    v.params,
                    moe,
                ) && a.min_score.iter().all(|m| {
                    crate::query::scores::best_of_variant(v, m.suite)
                        .is_some_and(|s| s.score >= m.min)
                })
            })
            .map(|(i, _)| i)
            .collect();
        (!variants.is_empty()).then_some(variants)
    }
}

/// Whether the architecture or base model text names `needle`.
fn arch_text_matches(f: &Family, needle: &str) -> bool {
    !needle.is_empty()
        && [f.architecture.as_deref(), f.base_model.as_deref()]
            .iter()
            .flatten()
            .any(|h| norm(h).contains(needle))
}

/// Architecture filters match the architecture or base model text, and
/// `moe` also matches checkpoints with an expert layout.
fn arch_matches(f: &Family, needle: &str) -> bool {
    arch_text_matches(f, needle)
        || (needle == "moe"
            && f.variants
                .iter()
                .any(|v| v.experts.is_some() || v.active_params.is_some()))
}
