//! Every model filter, defined once, as data: [`FILTERS`] holds one [`Def`]
//! per filter with its flag, value name, help, kind of value (its parser,
//! and what a schema or a form would offer), what it tests (the family or
//! each checkpoint), how it reads in an explanation, what the catalog says
//! when nothing passes it, the values it completes and the i18n key of
//! what it filters on. The clap arguments (`cmd::filters`), the resolved
//! [`Filter`](super::Filter) and the explanation of an empty result
//! (`query::explain`) are all built by walking this table, so a filter
//! cannot be known to one of them and missing from another.
//!
//! Each entry is a `const` in the file of its group (names, size, terms,
//! dates, score); [`FILTERS`] lists them. Adding a filter: a field in
//! [`Filters`], its `const` and its place in [`FILTERS`]; the
//! test `every_filter_can_empty_a_result_and_is_named` then asks for a
//! value of it that empties a result.

mod dates;
mod names;
mod score;
mod size;
mod terms;

use anyhow::{bail, Result};
use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser, ValueParser};
use clap::{ArgMatches, ValueEnum};

use super::Filter;
use crate::catalog::index::{self, norm};
use crate::catalog::schema::{
    Approach, Bound, Catalog, Category, Commercial, Family, Lang, LicenseInfo, Variant,
};
use crate::i18n::trf;
use crate::query::labels;
use crate::query::resolve::{self, Entry, LabelParser, What};
use crate::units;

/// The values of the filters, one field per entry of [`FILTERS`] (its
/// `id`); what each means is the entry's `help`.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub arch: Vec<String>,
    pub base: Vec<String>,
    pub min_params: Option<u64>,
    pub max_params: Option<u64>,
    pub license: Vec<String>,
    pub commercial: Option<CommercialArg>,
    pub developer: Vec<String>,
    pub domain: Vec<String>,
    pub category: Vec<Category>,
    pub task: Vec<String>,
    pub approach: Vec<Approach>,
    pub since: Option<u16>,
    pub until: Option<u16>,
    pub year: Vec<u16>,
    pub min_context: Option<u64>,
    pub max_context: Option<u64>,
    pub assume_base_context: bool,
    pub hf: bool,
    pub min_score: Vec<MinScore>,
    /// Not a filter: whether `--since`, `--until` and `--year` test each
    /// checkpoint's own release date (`list --variants`) instead of the
    /// family's year.
    pub dates_per_checkpoint: bool,
}

impl Filters {
    /// Whether any filter is set.
    pub fn any(&self) -> bool {
        FILTERS.iter().any(|d| (d.set)(self))
    }
}

/// `--commercial CLASS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommercialArg {
    Yes,
    Conditional,
    No,
    Unknown,
}

impl ValueEnum for CommercialArg {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            CommercialArg::Yes,
            CommercialArg::Conditional,
            CommercialArg::No,
            CommercialArg::Unknown,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(match self {
            CommercialArg::Yes => "yes",
            CommercialArg::Conditional => "conditional",
            CommercialArg::No => "no",
            CommercialArg::Unknown => "unknown",
        }))
    }
}

/// What a filter's value is: its parser, and the type a form or a tool
/// schema offers for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text matched against names in the catalog.
    Text,
    /// A parameter count with a unit (7b, 500m).
    Params,
    /// A number of tokens (8192, 32k).
    Tokens,
    /// A year from 2000 to 2100.
    Year,
    /// One of the commercial classes (`CommercialArg`).
    Commercial,
    /// A category id or its name in a language.
    Category,
    /// A task id or its name in a language.
    Task,
    /// An approach id or its name in a language.
    Approach,
    /// `SUITE=X`: a suite id and a score.
    Score,
    /// No value: the flag alone.
    Switch,
}

impl Kind {
    /// clap's parser of a value of this kind (None for a switch).
    pub fn parser(self) -> Option<ValueParser> {
        Some(match self {
            Kind::Text => ValueParser::string(),
            Kind::Params => ValueParser::new(units::parse_params),
            Kind::Tokens => ValueParser::new(units::parse_tokens),
            Kind::Year => ValueParser::new(clap::value_parser!(u16).range(2000..=2100)),
            Kind::Commercial => ValueParser::new(EnumValueParser::<CommercialArg>::new()),
            Kind::Category => ValueParser::new(
                LabelParser::new(What::Category, labels::CATEGORIES)
                    .try_map(|s| <Category as ValueEnum>::from_str(&s, false)),
            ),
            Kind::Task => ValueParser::new(LabelParser::new(What::Task, labels::TASKS)),
            Kind::Approach => ValueParser::new(
                LabelParser::new(What::Approach, labels::APPROACHES)
                    .try_map(|s| <Approach as ValueEnum>::from_str(&s, false)),
            ),
            Kind::Score => ValueParser::new(parse_min_score),
            Kind::Switch => return None,
        })
    }

    /// The fixed values of this kind (ids; names in other languages are
    /// accepted too), or None when any value of the kind is taken.
    pub fn values(self) -> Option<Vec<&'static str>> {
        let ids = |t: &'static [labels::Labels]| t.iter().map(|(id, _)| *id).collect();
        match self {
            Kind::Commercial => Some(vec!["yes", "conditional", "no", "unknown"]),
            Kind::Category => Some(ids(labels::CATEGORIES)),
            Kind::Task => Some(ids(labels::TASKS)),
            Kind::Approach => Some(ids(labels::APPROACHES)),
            _ => None,
        }
    }
}

/// What a filter tests.
#[derive(Clone, Copy)]
pub enum Scope {
    /// The family as a whole.
    Family,
    /// Each checkpoint: a family passes when one of its checkpoints does,
    /// and only those are shown.
    Checkpoint,
    /// The family, or each checkpoint when the values ask for it (the
    /// function says when: `--arch moe`).
    Mixed(fn(&Filters) -> bool),
}

/// One checkpoint as the checkpoint filters see it: its own values, or the
/// family's where it has none. A family without checkpoints (an API) is its
/// own one, with no `variant`.
pub struct Point<'a> {
    pub family: &'a Family,
    pub variant: Option<&'a Variant>,
    pub license: Option<&'a LicenseInfo>,
    pub context: Option<u64>,
    pub bound: Option<Bound>,
    pub params: Option<u64>,
}

/// Checks a filter's value against the catalog and resolves it into the
/// `Filter` (an error names the nearest values).
pub type Resolve = fn(&Filters, &Catalog, Lang, &mut Filter) -> Result<()>;

/// What the catalog holds when nothing passes a filter, in a language.
pub type Fact = fn(&Filters, &Catalog, Lang) -> Option<String>;

/// One filter. Functions, not code paths, so that a form or a tool schema
/// can read the same entries.
pub struct Def {
    /// The field of [`Filters`] and clap's argument id.
    pub id: &'static str,
    /// The long flag, without `--`.
    pub long: &'static str,
    /// The value's name in help (None: a switch).
    pub value_name: Option<&'static str>,
    /// One line of help, as `--help` prints it.
    pub help: &'static str,
    pub kind: Kind,
    /// Whether the flag may be repeated (its values are ORed).
    pub repeat: bool,
    pub scope: Scope,
    /// The i18n key (a column header) of what the filter is about: the
    /// label a form or a tool schema shows; the CLI names filters by flag.
    #[allow(dead_code)]
    pub key: &'static str,
    /// The table columns that answer this filter: kept on a terminal
    /// however narrow (names of family and checkpoint columns; those a
    /// table lacks are ignored).
    pub columns: &'static [&'static str],
    /// Another filter this one needs (clap's `requires`).
    pub requires: Option<&'static str>,
    /// The filter this one widens (it has no test of its own, and goes
    /// with that filter in explanations).
    pub modifies: Option<&'static str>,
    /// Position in the explanation of an empty result: the filters are
    /// tried in this order, broad ones first.
    pub explain: u8,
    /// Whether the filter is set in `Filters`.
    pub set: fn(&Filters) -> bool,
    /// Its values as flags read back (`7B`, `pfgen=0.99`); none for a
    /// switch or a flag shown alone.
    pub shown: fn(&Filters) -> Vec<String>,
    /// Copies just this filter from the first `Filters` into the second.
    pub copy: fn(&Filters, &mut Filters),
    /// Reads the value clap parsed into `Filters`.
    pub read: fn(&ArgMatches, &mut Filters),
    /// Checks the value against the catalog (a typo is an error naming the
    /// nearest values) and resolves it into the `Filter`.
    pub resolve: Option<Resolve>,
    /// The test of a family.
    pub family: Option<fn(&Filter, &Family) -> bool>,
    /// The test of a checkpoint.
    pub checkpoint: Option<fn(&Filter, &Point) -> bool>,
    /// What the catalog holds, when nothing passes this filter alone
    /// ("the newest is from 2026").
    pub fact: Option<Fact>,
    /// The values the catalog holds for this filter, for completion and
    /// for messages (None: the kind's fixed values, or any value).
    pub vocabulary: Option<fn(&Catalog) -> Vec<String>>,
}

impl Def {
    /// `--long`.
    pub fn flag(&self) -> String {
        format!("--{}", self.long)
    }

    /// How the filter reads in a message: `--license apache --license mit`,
    /// `--hf`.
    pub fn as_typed(&self, a: &Filters) -> String {
        let values = (self.shown)(a);
        if values.is_empty() {
            return self.flag();
        }
        values
            .iter()
            .map(|v| format!("--{} {v}", self.long))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether the filter, as set in `a`, tests each checkpoint.
    pub fn by_checkpoint(&self, a: &Filters) -> bool {
        match self.scope {
            Scope::Family => false,
            Scope::Checkpoint => (self.set)(a),
            Scope::Mixed(per_checkpoint) => per_checkpoint(a),
        }
    }

    /// The values to complete: the kind's fixed ones, else the catalog's.
    pub fn completions(&self, cat: &Catalog) -> Vec<String> {
        match (self.kind.values(), self.vocabulary) {
            (Some(v), _) => v.into_iter().map(str::to_string).collect(),
            (None, Some(f)) => f(cat),
            (None, None) => Vec::new(),
        }
    }
}

fn one<T: Clone + Send + Sync + 'static>(m: &ArgMatches, id: &str) -> Option<T> {
    m.try_get_one::<T>(id).ok().flatten().cloned()
}

fn many<T: Clone + Send + Sync + 'static>(m: &ArgMatches, id: &str) -> Vec<T> {
    m.try_get_many::<T>(id)
        .ok()
        .flatten()
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

fn flag(m: &ArgMatches, id: &str) -> bool {
    m.try_get_one::<bool>(id).ok().flatten().copied() == Some(true)
}

fn strings<T: ToString>(v: &[T]) -> Vec<String> {
    v.iter().map(T::to_string).collect()
}

/// Distinct non-empty strings, sorted.
fn sorted<'a>(it: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut v: Vec<&str> = it.filter(|s| !s.is_empty()).collect();
    v.sort_unstable();
    v.dedup();
    v.into_iter().map(str::to_string).collect()
}

/// The error for a value that matches nothing: the nearest of `names`, or
/// the catalog's values when none is near.
fn closest(lang: Lang, what: What, value: &str, names: Vec<String>) -> anyhow::Error {
    let near = index::nearest(
        value,
        names.iter().map(|n| (n.to_string(), vec![n.as_str()])),
        5,
    );
    anyhow::anyhow!("{}", what.no_match_explained(lang, value, &near, &names))
}

pub use score::{parse_min_score, MinScore};

/// The model filters, in the order of `--help`.
pub static FILTERS: &[Def] = &[
    names::ARCH,
    names::BASE,
    size::MIN_PARAMS,
    size::MAX_PARAMS,
    terms::LICENSE,
    terms::COMMERCIAL,
    names::DEVELOPER,
    names::DOMAIN,
    names::CATEGORY,
    names::TASK,
    names::APPROACH,
    dates::SINCE,
    dates::UNTIL,
    dates::YEAR,
    size::MIN_CONTEXT,
    size::MAX_CONTEXT,
    size::ASSUME_BASE_CONTEXT,
    terms::HF,
    score::MIN_SCORE,
];

/// The entries in the order explanations try them.
pub fn in_explain_order() -> Vec<&'static Def> {
    let mut v: Vec<&Def> = FILTERS.iter().filter(|d| d.modifies.is_none()).collect();
    v.sort_by_key(|d| d.explain);
    v
}

#[cfg(test)]
mod tests;
