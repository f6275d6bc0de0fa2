//! The model filters. A repeated flag ORs its values, different flags AND.
//! Size filters apply per checkpoint: a family passes when one of its
//! checkpoints does, and only those checkpoints are shown. Values are checked
//! against the catalog before filtering, so a typo is an error naming the
//! closest valid values (exit 2), not an empty result.

use anyhow::{bail, Result};
use clap::{Args, ValueEnum};

use crate::catalog::index::{self, norm};
use crate::catalog::schema::{Approach, Catalog, Category, Commercial, Family};
use crate::sizes;

#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)
    #[arg(long, value_name = "ARCH", help_heading = "Filters")]
    pub arch: Vec<String>,
    /// Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)
    #[arg(long, value_name = "MODEL", help_heading = "Filters")]
    pub base: Vec<String>,
    /// At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded
    #[arg(long, value_name = "SIZE", value_parser = parse_size, help_heading = "Filters")]
    pub min_params: Option<u64>,
    /// At most this many parameters, per checkpoint; families with no known size are excluded
    #[arg(long, value_name = "SIZE", value_parser = parse_size, help_heading = "Filters")]
    pub max_params: Option<u64>,
    /// License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)
    #[arg(long, value_name = "LICENSE", help_heading = "Filters")]
    pub license: Vec<String>,
    /// Only commercially usable families: class yes; =conditional also admits conditional ones
    #[arg(long, value_name = "CLASS", num_args = 0..=1, default_missing_value = "yes", value_enum, help_heading = "Filters")]
    pub commercial: Option<CommercialArg>,
    /// Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)
    #[arg(long, value_name = "DEV", help_heading = "Filters")]
    pub developer: Vec<String>,
    /// Domain in English or Japanese (general, medical, 医療, finance…)
    #[arg(long, value_name = "DOMAIN", help_heading = "Filters")]
    pub domain: Vec<String>,
    #[arg(long, value_enum, value_name = "CATEGORY", help_heading = "Filters")]
    pub category: Vec<CategoryArg>,
    /// Finer kind within a category (bi-encoder, cross-encoder, asr, tts, text-to-image…)
    #[arg(long, value_name = "TASK", help_heading = "Filters")]
    pub task: Vec<String>,
    #[arg(long, value_enum, value_name = "APPROACH", help_heading = "Filters")]
    pub approach: Vec<ApproachArg>,
    /// Released in this year or later
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(2000..=2100), help_heading = "Filters")]
    pub since: Option<u16>,
    /// Released in this year
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(2000..=2100), help_heading = "Filters")]
    pub year: Vec<u16>,
    /// Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded
    #[arg(long, value_name = "TOKENS", value_parser = parse_context, help_heading = "Filters")]
    pub min_context: Option<u64>,
    /// Only families with downloadable weights (a Hugging Face checkpoint)
    #[arg(long, help_heading = "Filters")]
    pub hf: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CommercialArg {
    Yes,
    Conditional,
    No,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CategoryArg {
    TextGeneration,
    Encoder,
    Embedding,
    Vision,
    Speech,
    Music,
}

impl CategoryArg {
    pub fn category(self) -> Category {
        match self {
            CategoryArg::TextGeneration => Category::TextGeneration,
            CategoryArg::Encoder => Category::Encoder,
            CategoryArg::Embedding => Category::Embedding,
            CategoryArg::Vision => Category::Vision,
            CategoryArg::Speech => Category::Speech,
            CategoryArg::Music => Category::Music,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ApproachArg {
    Scratch,
    ContinualPretraining,
    PostTraining,
    Merge,
    Api,
}

impl ApproachArg {
    pub fn approach(self) -> Approach {
        match self {
            ApproachArg::Scratch => Approach::Scratch,
            ApproachArg::ContinualPretraining => Approach::ContinualPretraining,
            ApproachArg::PostTraining => Approach::PostTraining,
            ApproachArg::Merge => Approach::Merge,
            ApproachArg::Api => Approach::Api,
        }
    }
}

fn parse_size(s: &str) -> Result<u64, String> {
    sizes::parse_user(s)
}

/// Parses a context length: `8192`, `32k` (= 32768).
pub fn parse_context(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (num, mult) = match t.strip_suffix(['k', 'K']) {
        Some(n) => (n, 1024),
        None => (t, 1),
    };
    num.parse::<u64>()
        .ok()
        .filter(|n| *n > 0)
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| {
            format!("invalid context length '{s}': expected a number of tokens like 8192 or 32k")
        })
}

/// A family that passed, with the indices of its checkpoints that did.
pub struct Hit<'a> {
    pub family: &'a Family,
    /// Position of the family in the catalog's models.
    pub index: usize,
    /// Checkpoints the size filters kept (all of them without size filters).
    pub variants: Vec<usize>,
}

/// The filters with their values resolved against the catalog.
pub struct Filter {
    args: FilterArgs,
    developers: Vec<String>,
    licenses: Vec<String>,
    domains: Vec<String>,
}

fn closest(what: &str, value: &str, candidates: Vec<&str>) -> anyhow::Error {
    let near = index::suggest(value, candidates.into_iter(), 5);
    if near.is_empty() {
        anyhow::anyhow!("no {what} matches '{value}'")
    } else {
        anyhow::anyhow!("no {what} matches '{value}'; closest: {}", near.join(", "))
    }
}

impl Filter {
    pub fn new(args: &FilterArgs, cat: &Catalog) -> Result<Filter> {
        let mut developers = Vec::new();
        for v in args.developer.iter() {
            let found = index::find_developers(cat, v);
            if found.is_empty() {
                return Err(closest(
                    "developer",
                    v,
                    cat.developers
                        .iter()
                        .flat_map(index::developer_names)
                        .collect(),
                ));
            }
            developers.extend(found.into_iter().map(|d| d.id.to_string()));
        }
        let mut licenses = Vec::new();
        for v in args.license.iter() {
            let found = index::find_licenses(cat, v);
            if found.is_empty() {
                return Err(closest(
                    "license",
                    v,
                    cat.licenses.iter().flat_map(index::license_names).collect(),
                ));
            }
            licenses.extend(found.into_iter().map(|l| l.id.to_string()));
        }
        let mut domains = Vec::new();
        for v in args.domain.iter() {
            let nv = norm(v);
            let found: Vec<String> = cat
                .domains
                .iter()
                .filter(|d| {
                    norm(&d.id) == nv
                        || [&d.label.ja, &d.label.en, &d.label.fr]
                            .into_iter()
                            .flatten()
                            .any(|l| norm(l) == nv || norm(l).contains(&nv))
                })
                .map(|d| d.id.to_string())
                .collect();
            if nv == "general" || v == "汎用" {
                domains.push("general".to_string());
            } else if found.is_empty() {
                let mut names: Vec<&str> = vec!["general"];
                for d in cat.domains.iter() {
                    names.push(&d.id);
                    names.extend(d.label.ja.as_deref());
                }
                return Err(closest("domain", v, names));
            } else {
                domains.extend(found);
            }
        }
        for a in args.arch.iter() {
            let na = norm(a);
            let known = cat.models.iter().any(|f| arch_matches(f, &na));
            if !known {
                let mut names: Vec<&str> = cat
                    .models
                    .iter()
                    .filter_map(|f| f.architecture.as_deref().or(f.base_model.as_deref()))
                    .collect();
                names.sort_unstable();
                names.dedup();
                return Err(closest("architecture", a, names));
            }
        }
        for t in args.task.iter() {
            let valid: Vec<&str> = Category::ALL
                .iter()
                .flat_map(|c| c.tasks().iter().copied())
                .collect();
            if !valid.contains(&t.as_str()) {
                bail!("unknown task '{t}'; valid tasks: {}", valid.join(", "));
            }
        }
        if let (Some(min), Some(max)) = (args.min_params, args.max_params) {
            if min > max {
                bail!(
                    "--min-params {} is larger than --max-params {}",
                    sizes::format(min),
                    sizes::format(max)
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

    /// Whether a size filter is set (then only matching checkpoints show).
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

    /// The checkpoints of `f` the filters keep, or None if `f` is out.
    fn check(&self, f: &Family) -> Option<Vec<usize>> {
        let a = &self.args;
        if !a.category.is_empty() && !a.category.iter().any(|c| c.category() == f.category) {
            return None;
        }
        if !a.approach.is_empty() && !a.approach.iter().any(|x| Some(x.approach()) == f.approach) {
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
        if !self.licenses.is_empty() {
            let ids = f.license.as_ref().map(|l| &l.ids[..]).unwrap_or(&[]);
            if !ids.iter().any(|i| self.licenses.iter().any(|x| *x == **i)) {
                return None;
            }
        }
        if let Some(want) = a.commercial {
            let class = f
                .license
                .as_ref()
                .map(|l| l.commercial)
                .unwrap_or(Commercial::Unknown);
            let ok = match want {
                CommercialArg::Yes => class == Commercial::Yes,
                CommercialArg::Conditional => {
                    matches!(class, Commercial::Yes | Commercial::Conditional)
                }
                CommercialArg::No => class == Commercial::No,
                CommercialArg::Unknown => class == Commercial::Unknown,
            };
            if !ok {
                return None;
            }
        }
        if !self.domains.is_empty() && !self.domains.iter().any(|d| *d == *f.domain) {
            return None;
        }
        if !a.arch.is_empty() && !a.arch.iter().any(|x| arch_matches(f, &norm(x))) {
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
        if !a.year.is_empty() && !f.year.is_some_and(|y| a.year.contains(&y)) {
            return None;
        }
        if let Some(min) = a.min_context {
            if f.context_length.is_none_or(|c| c < min) {
                return None;
            }
        }
        if a.hf && !f.has_weights() {
            return None;
        }
        let variants: Vec<usize> = if self.by_size() {
            f.variants
                .iter()
                .enumerate()
                .filter(|(_, v)| {
                    v.params.is_some_and(|p| {
                        a.min_params.is_none_or(|m| p >= m) && a.max_params.is_none_or(|m| p <= m)
                    })
                })
                .map(|(i, _)| i)
                .collect()
        } else {
            (0..f.variants.len()).collect()
        };
        if self.by_size() && variants.is_empty() {
            return None;
        }
        Some(variants)
    }
}

/// Architecture filters match the architecture or base model text, and
/// `moe` also matches checkpoints with an expert layout.
fn arch_matches(f: &Family, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let hay = [f.architecture.as_deref(), f.base_model.as_deref()];
    if hay.iter().flatten().any(|h| norm(h).contains(needle)) {
        return true;
    }
    needle == "moe"
        && f.variants
            .iter()
            .any(|v| v.experts.is_some() || v.active_params.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by review while fuzzing: `18446744073709551615k` overflowed the
    /// multiplication (a panic in debug builds, a wrong filter in release).
    #[test]
    fn context_lengths_do_not_overflow() {
        assert_eq!(parse_context("32k"), Ok(32_768));
        assert!(parse_context("18446744073709551615k")
            .unwrap_err()
            .contains("8192 or 32k"));
    }
}
