//! The catalog's data model: the types every other part of jllm reads.
//!
//! build.rs parses and validates the TOML under `catalog/` with exactly
//! these types (this crate is its build-dependency) and writes it back as
//! Rust statics the binary borrows. Text and sequences are therefore
//! [`Str`] and [`List`] (`schema/embed.rs`): spans of the binary's embedded
//! data, owned when read from a user's file.
//! The value types are in `schema/values.rs`, the tables besides the models
//! in `schema/tables.rs` and the list of tables that makes [`Catalog`] in
//! `schema/catalog.rs`; all are re-exported here.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

mod catalog;
mod embed;
mod tables;
#[cfg(feature = "clap")]
mod value_enum;
mod values;
pub use catalog::*;
pub(crate) use embed::pooled;
pub use embed::*;
pub use tables::*;
pub use values::*;

/// A text the list writes in its three languages; a language the list does
/// not give is `None`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub ja: Option<Str>,
    #[serde(default)]
    pub en: Option<Str>,
    #[serde(default)]
    pub fr: Option<Str>,
}

impl Text {
    /// The text in `lang`, falling back to English, then Japanese, then French.
    #[inline]
    pub fn get(&self, lang: Lang) -> Option<&str> {
        let first = match lang {
            Lang::Ja => self.ja.as_deref(),
            Lang::En => self.en.as_deref(),
            Lang::Fr => self.fr.as_deref(),
        };
        first
            .or(self.en.as_deref())
            .or(self.ja.as_deref())
            .or(self.fr.as_deref())
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.ja.is_none() && self.en.is_none() && self.fr.is_none()
    }
}

/// The language of names and texts in tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ja,
    Fr,
}

/// One row of the list: a model family with its checkpoints.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Family {
    /// Stable slug of the English name, e.g. `swallow-70b`.
    pub id: Str,
    /// English name as the English list writes it.
    pub name: Str,
    pub name_ja: Str,
    /// French name, only where it differs from the English one.
    #[serde(default)]
    pub name_fr: Option<Str>,
    pub category: Category,
    /// Finer kind within the category (see [`Category::tasks`]).
    #[serde(default)]
    pub task: Option<Str>,
    #[serde(default)]
    pub approach: Option<Approach>,
    /// `general`, or a domain id from the domain table.
    #[serde(default = "general")]
    pub domain: Str,
    #[serde(default)]
    pub year: Option<u16>,
    /// Release date where a source gives one: `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub released: Option<Str>,
    /// Architecture as the English list writes it.
    #[serde(default)]
    pub architecture: Option<Str>,
    /// The LLM this model was built on (continual pre-training or post-training).
    #[serde(default)]
    pub base_model: Option<Str>,
    /// Source models of a merged model, as written.
    #[serde(default)]
    pub merged_from: List<Str>,
    /// Context length the list states as an exact number, in tokens; where
    /// checkpoints differ, the smallest of theirs (each variant carries its
    /// own). `None` where the cell states only a bound (`context_bound`).
    #[serde(default)]
    pub context_length: Option<u64>,
    /// The context the cell states with a qualifier (`≤ 2,048`: at most
    /// 2,048), where it states no exact one. Never fills `context_length`.
    #[serde(default)]
    pub context_bound: Option<Bound>,
    /// The context window of the base model (curated, sourced), where the
    /// row states no context length of its own. Never fills `context_length`.
    #[serde(default)]
    pub base_context_length: Option<u64>,
    /// Where `base_context_length` comes from.
    #[serde(default)]
    pub base_context_source: Option<Str>,
    /// The base model's window with rope scaling (YaRN), where its
    /// publisher states one beside the native `base_context_length`.
    /// Shown, never used as a window.
    #[serde(default)]
    pub base_context_yarn: Option<u64>,
    /// The context cell as written when it says more than one number.
    #[serde(default)]
    pub context_text: Option<Str>,
    #[serde(default)]
    pub training_data: Option<Text>,
    /// Largest total of training tokens the list states.
    #[serde(default)]
    pub training_tokens: Option<u64>,
    /// How the list qualifies `training_tokens` (`約180B`, `~62B`: approx);
    /// `None`: stated as an exact number.
    #[serde(default)]
    pub training_tokens_qualifier: Option<Qualifier>,
    /// Ids into the developer table.
    #[serde(default)]
    pub developers: List<Str>,
    #[serde(default)]
    pub license: Option<LicenseInfo>,
    /// Where an API model is offered.
    #[serde(default)]
    pub platform: Option<Text>,
    /// Announcement URL (the row's title link).
    #[serde(default)]
    pub url: Option<Str>,
    /// Numbers of the list's footnotes the row cites.
    #[serde(default)]
    pub notes: List<u32>,
    /// Encoder rows: the list's "usable from Hugging Face" mark.
    #[serde(default)]
    pub hf_ready: Option<HfReady>,
    #[serde(default)]
    pub variants: List<Variant>,
    /// Line of the row in the list's README.md, for provenance.
    #[serde(default)]
    pub source_line: Option<u32>,
}

impl Row for Family {
    const KEY: KeyField = KeyField::Quoted("id");
    #[inline]
    fn key(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.id.as_str())
    }
}

#[inline]
pub fn general() -> Str {
    Str::Static("general")
}

embed::pooled!(Family, Variant);

impl Family {
    /// The largest known size among the checkpoints at `variants` (indexes
    /// into `self.variants`: all of them, or those a size filter kept).
    #[inline]
    pub fn max_params(&self, variants: &[usize]) -> Option<u64> {
        variants
            .iter()
            .filter_map(|&i| self.variants.get(i)?.params)
            .max()
    }

    #[inline]
    pub fn has_weights(&self) -> bool {
        self.variants.iter().any(|v| v.hf.is_some())
    }
}

/// One checkpoint: a link in the row.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// Display name as the list writes the link text.
    pub name: Str,
    /// Hugging Face `owner/repo`, when the link points at a model repo.
    #[serde(default)]
    pub hf: Option<Str>,
    pub url: Str,
    /// Total number of parameters, where a source states it.
    #[serde(default)]
    pub params: Option<u64>,
    /// Active parameters of a mixture-of-experts model (`32b-a3b` → 3e9).
    #[serde(default)]
    pub active_params: Option<u64>,
    /// Expert layout as written, e.g. `8x7b`.
    #[serde(default)]
    pub experts: Option<Str>,
    /// Where `params` comes from when not from the row itself.
    #[serde(default)]
    pub params_source: Option<Str>,
    /// This checkpoint's own release date (`YYYY-MM` or `YYYY-MM-DD`),
    /// where a source dates it apart from its family; `None`: the family's.
    #[serde(default)]
    pub released: Option<Str>,
    /// Where `released` comes from (the paper and its table, the CSV line).
    #[serde(default)]
    pub released_source: Option<Str>,
    /// This checkpoint's own license, where the row's license cell singles
    /// it out (`base: MIT<br>instruct: CC BY-NC-SA 4.0`); `None`: the
    /// family's license is this checkpoint's.
    #[serde(default)]
    pub license: Option<LicenseInfo>,
    /// This checkpoint's context length, where the row's context cell
    /// singles it out (`7b, 13b: 4,096<br>70b: 8,192`); `None`: the
    /// family's `context_length` is this checkpoint's.
    #[serde(default)]
    pub context_length: Option<u64>,
    /// This checkpoint's context as a qualified number, where its part of
    /// the context cell states one (`70b: ≤ 8,192`); like the family's.
    #[serde(default)]
    pub context_bound: Option<Bound>,
    /// The part of the context cell that states `context_length` or
    /// `context_bound`, as written.
    #[serde(default)]
    pub context_text: Option<Str>,
}

/// Whose date a checkpoint's release date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatedBy {
    /// The checkpoint's own (`released`, with `released_source`).
    Checkpoint,
    /// Its family's `released`: no source dates the checkpoint apart.
    Family,
    /// Its family's year in the list: no source gives a month.
    FamilyYear,
}

impl DatedBy {
    /// What `released_source` says of a date the checkpoint does not own.
    #[inline]
    pub fn inherited_source(self) -> Option<&'static str> {
        match self {
            DatedBy::Checkpoint => None,
            DatedBy::Family => Some("inherited from the family"),
            DatedBy::FamilyYear => Some("the list's year for the family"),
        }
    }
}

/// The year of a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[inline]
pub fn year_of(date: &str) -> Option<u16> {
    date.get(..4)?.parse().ok()
}

impl Variant {
    /// This checkpoint's release date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`)
    /// and whose it is: its own, else the family's `released`, else the
    /// family's year.
    #[inline]
    pub fn released_in<'a>(&'a self, f: &'a Family) -> Option<(Cow<'a, str>, DatedBy)> {
        if let Some(r) = self.released.as_deref() {
            return Some((Cow::Borrowed(r), DatedBy::Checkpoint));
        }
        if let Some(r) = f.released.as_deref() {
            return Some((Cow::Borrowed(r), DatedBy::Family));
        }
        f.year
            .map(|y| (Cow::Owned(y.to_string()), DatedBy::FamilyYear))
    }

    /// The year of [`Variant::released_in`].
    #[inline]
    pub fn year_in(&self, f: &Family) -> Option<u16> {
        self.released_in(f).and_then(|(d, _)| year_of(&d))
    }

    /// The license that applies to this checkpoint: its own, else the family's.
    #[inline]
    pub fn license_in<'a>(&'a self, f: &'a Family) -> Option<&'a LicenseInfo> {
        self.license.as_ref().or(f.license.as_ref())
    }

    /// The exact stated context length of this checkpoint: its own, else
    /// the family's (a bound of its own shadows the family's number).
    #[inline]
    pub fn context_in(&self, f: &Family) -> Option<u64> {
        match (self.context_length, &self.context_bound) {
            (Some(c), _) => Some(c),
            (None, Some(_)) => None,
            (None, None) => f.context_length,
        }
    }

    /// The context of this checkpoint stated only as a bound: its own, else
    /// the family's, where no exact number of its own applies.
    #[inline]
    pub fn context_bound_in(&self, f: &Family) -> Option<Bound> {
        match (self.context_length, self.context_bound) {
            (Some(_), _) => None,
            (None, Some(b)) => Some(b),
            (None, None) => f
                .context_length
                .is_none()
                .then_some(f.context_bound)
                .flatten(),
        }
    }
}
