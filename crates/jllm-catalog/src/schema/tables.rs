//! The catalog's reference tables besides the models: developers,
//! licenses and their texts, footnotes, papers, domains, benchmarks, and
//! the size and context facts stated by sources other than the list; each
//! with its [`Row`] impl (its key, and the problem a second row with that
//! key is). Which tables the catalog has is the list in `catalog.rs`.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{Commercial, KeyField, List, Row, Str, Text};

/// Rows keyed by their `id` string.
macro_rules! keyed_by_id {
    ($($row:ty),*) => {$(
        impl Row for $row {
            const KEY: KeyField = KeyField::Quoted("id");
            #[inline]
            fn key(&self) -> Cow<'_, str> {
                Cow::Borrowed(self.id.as_str())
            }
        }
    )*};
}

keyed_by_id!(Developer, License, Paper, Domain, Benchmark);

super::embed::pooled!(
    Developer,
    License,
    LicenseText,
    Footnote,
    Paper,
    Domain,
    Benchmark,
    SizeFact,
    BaseContext,
);

/// A size or release date stated by a source other than the list, such as
/// rinna's paper, or the totals of a mixture-of-experts architecture the
/// list gives only as a layout. An exact figure from a named source wins over
/// the list's rounded label (`params_source` then says so); a date is used
/// where the list gives none.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SizeFact {
    /// Hugging Face `owner/repo` the fact is about.
    pub hf: Str,
    #[serde(default)]
    pub params: Option<u64>,
    /// Active parameters per token of a mixture of experts.
    #[serde(default)]
    pub active_params: Option<u64>,
    /// `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub released: Option<Str>,
    /// Where the fact comes from, e.g. the paper and its table.
    pub source: Str,
}

/// Size facts are about a repo, whatever its case.
impl Row for SizeFact {
    const KEY: KeyField = KeyField::Quoted("hf");
    #[inline]
    fn key(&self) -> Cow<'_, str> {
        Cow::Owned(self.hf.to_ascii_lowercase())
    }
    #[inline]
    fn id(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.hf.as_str())
    }
    fn duplicate(&self, _: &str) -> String {
        format!("size fact for '{}' is listed twice", self.hf)
    }
}

/// The context window of a base model, from its publisher, for families
/// built on it whose row states none. Shown apart from stated lengths
/// ("unknown (base model: 131,072)"), never as the family's own.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BaseContext {
    /// The base model as the list names it. Names compare by lower-case
    /// words (`Qwen 2.5` = `Qwen2.5`); a family's base may add sizes,
    /// versions and suffixes such as `Instruct` (`Qwen2.5-32B-Instruct` is
    /// Qwen2.5), nothing else (`Llama 3.1` is not Llama 3, `Qwen3-VL` not Qwen3).
    pub base: Str,
    /// Only checkpoints of at least / at most this many parameters.
    #[serde(default)]
    pub min_params: Option<u64>,
    #[serde(default)]
    pub max_params: Option<u64>,
    /// Tokens: the native window, as the model is configured.
    pub context: u64,
    /// The window the publisher states with rope scaling (YaRN), where it
    /// states one: never used as the base model's window, only shown
    /// beside it.
    #[serde(default)]
    pub yarn_context: Option<u64>,
    /// The publisher's statement: document and what it says.
    pub source: Str,
    /// The document's URL (the model card, the paper).
    #[serde(default)]
    pub url: Option<Str>,
}

/// A base model's window for one range of sizes.
impl Row for BaseContext {
    const KEY: KeyField = KeyField::None;
    #[inline]
    fn key(&self) -> Cow<'_, str> {
        Cow::Owned(format!(
            "{}/{:?}/{:?}",
            self.base.to_ascii_lowercase(),
            self.min_params,
            self.max_params
        ))
    }
    fn duplicate(&self, _: &str) -> String {
        let sizes = match (self.min_params, self.max_params) {
            (None, None) => String::new(),
            (Some(min), None) => format!(" from {min} parameters"),
            (None, Some(max)) => format!(" up to {max} parameters"),
            (Some(min), Some(max)) => format!(" from {min} to {max} parameters"),
        };
        format!("base context for '{}'{sizes} is listed twice", self.base)
    }
}

/// An organisation or person that releases models or benchmarks.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Developer {
    pub id: Str,
    pub name: Str,
    pub name_ja: Str,
    #[serde(default)]
    pub name_fr: Option<Str>,
    /// Other spellings the list uses, and names people type.
    #[serde(default)]
    pub aliases: List<Str>,
    #[serde(default)]
    pub kind: Option<Str>,
}

/// A license id: what a license text is made of.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct License {
    pub id: Str,
    pub name: Str,
    #[serde(default)]
    pub spdx: Option<Str>,
    pub commercial: Commercial,
    #[serde(default)]
    pub aliases: List<Str>,
    #[serde(default)]
    pub reason: Option<Str>,
    /// Canonical URL of the license text, for well-known licenses.
    #[serde(default)]
    pub url: Option<Str>,
}

/// How one license cell of the list (English, as written) is read.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LicenseText {
    pub text: Str,
    #[serde(default)]
    pub ids: List<Str>,
    /// Set where the class is not simply the most restrictive of the ids'.
    #[serde(default)]
    pub commercial: Option<Commercial>,
    #[serde(default)]
    pub reason: Option<Str>,
}

impl Row for LicenseText {
    const KEY: KeyField = KeyField::Quoted("text");
    #[inline]
    fn key(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.text)
    }
    fn duplicate(&self, _: &str) -> String {
        format!("license text {:?} is listed twice", self.text)
    }
}

/// One of the list's footnotes, in each language.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Footnote {
    pub id: u32,
    pub text: Text,
}

/// Footnotes are keyed by their number.
impl Row for Footnote {
    const KEY: KeyField = KeyField::Bare("id");
    #[inline]
    fn key(&self) -> Cow<'_, str> {
        Cow::Owned(self.id.to_string())
    }
    fn duplicate(&self, _: &str) -> String {
        format!("duplicate footnote {}", self.id)
    }
}

/// The original paper of an architecture or training method.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Paper {
    pub id: Str,
    /// Architecture or method name as the list writes it.
    pub name: Str,
    /// `architecture` or `training-method`.
    pub kind: Str,
    pub title: Str,
    #[serde(default)]
    pub venue: Option<Str>,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<Str>,
    #[serde(default)]
    pub url: Option<Str>,
}

/// A domain of domain-specific models, with the list's labels.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    pub id: Str,
    pub label: Text,
}

/// One row of the list's evaluation section.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    pub id: Str,
    pub name: Str,
    #[serde(default)]
    pub name_ja: Option<Str>,
    /// What the benchmark measures, from the list's section.
    pub category: Str,
    #[serde(default)]
    pub description: Option<Text>,
    #[serde(default)]
    pub developers: List<Str>,
    #[serde(default)]
    pub url: Option<Str>,
    #[serde(default)]
    pub source_line: Option<u32>,
}

/// The benchmark categories, one per section of the list, and `other` for
/// a benchmark section the importer does not know yet.
pub const BENCHMARK_CATEGORIES: [&str; 11] = [
    "hybrid",
    "nlu",
    "generation",
    "domain",
    "factuality-safety",
    "reasoning",
    "instruction-following",
    "embedding",
    "vision-language",
    "speech",
    "other",
];
