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
//! Adding a filter: a field in [`Filters`] and an entry in [`FILTERS`]; the
//! test `every_filter_can_empty_a_result_and_is_named` then asks for a
//! value of it that empties a result.

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

fn years(cat: &Catalog) -> impl Iterator<Item = u16> + Clone + '_ {
    cat.models.iter().filter_map(|f| f.year)
}

/// The year a checkpoint was released: its own date's, else its family's
/// (`released`, else the list's year).
fn point_year(p: &Point) -> Option<u16> {
    match p.variant {
        Some(v) => v.year_in(p.family),
        None => p.family.year,
    }
}

fn contexts(cat: &Catalog) -> impl Iterator<Item = u64> + Clone + '_ {
    cat.models.iter().filter_map(|f| f.context_length)
}

fn params(cat: &Catalog) -> impl Iterator<Item = u64> + Clone + '_ {
    cat.models
        .iter()
        .flat_map(|f| f.variants.iter().filter_map(|v| v.params))
}

/// The model filters, in the order of `--help`.
pub static FILTERS: &[Def] = &[
    Def {
        id: "arch",
        long: "arch",
        value_name: Some("ARCH"),
        help: "Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)",
        kind: Kind::Text,
        repeat: true,
        scope: Scope::Mixed(|a| a.arch.iter().any(|x| norm(x) == "moe")),
        key: "arch",
        columns: &["arch", "architecture"],
        requires: None,
        modifies: None,
        explain: 7,
        set: |a| !a.arch.is_empty(),
        shown: |a| a.arch.clone(),
        copy: |a, b| b.arch = a.arch.clone(),
        read: |m, f| f.arch = many(m, "arch"),
        resolve: Some(|a, cat, lang, _| {
            for x in a.arch.iter() {
                let nx = norm(x);
                if !cat.models.iter().any(|f| arch_matches(f, &nx)) {
                    return Err(closest(lang, What::Architecture, x, arch_names(cat)));
                }
            }
            Ok(())
        }),
        // A family passes on its architecture or base text; `moe` is then
        // tested on each checkpoint's expert layout.
        family: Some(|f, fam| {
            f.args
                .arch
                .iter()
                .any(|x| norm(x) == "moe" || arch_text_matches(fam, &norm(x)))
        }),
        checkpoint: Some(|f, p| {
            f.args.arch.iter().any(|x| arch_text_matches(p.family, &norm(x)))
                || p.variant
                    .is_some_and(|v| v.experts.is_some() || v.active_params.is_some())
        }),
        fact: None,
        vocabulary: Some(arch_names),
    },
    Def {
        id: "base",
        long: "base",
        value_name: Some("MODEL"),
        help: "Base model the family was trained from (matches a fragment: \"llama 3.1\", qwen2.5)",
        kind: Kind::Text,
        repeat: true,
        scope: Scope::Family,
        key: "base",
        columns: &["base", "arch"],
        requires: None,
        modifies: None,
        explain: 8,
        set: |a| !a.base.is_empty(),
        shown: |a| a.base.clone(),
        copy: |a, b| b.base = a.base.clone(),
        read: |m, f| f.base = many(m, "base"),
        resolve: Some(|a, cat, lang, _| {
            for b in a.base.iter() {
                let nb = norm(b);
                let found = !nb.is_empty()
                    && cat
                        .models
                        .iter()
                        .any(|f| f.base_model.as_deref().is_some_and(|x| norm(x).contains(&nb)));
                if !found {
                    return Err(closest(lang, What::BaseModel, b, base_names(cat)));
                }
            }
            Ok(())
        }),
        family: Some(|f, fam| {
            let base = fam.base_model.as_deref().map(norm).unwrap_or_default();
            !base.is_empty() && f.args.base.iter().any(|b| base.contains(&norm(b)))
        }),
        checkpoint: None,
        fact: None,
        vocabulary: Some(base_names),
    },
    Def {
        id: "min_params",
        long: "min-params",
        value_name: Some("SIZE"),
        help: "At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded",
        kind: Kind::Params,
        repeat: false,
        scope: Scope::Checkpoint,
        key: "params",
        columns: &["sizes", "params"],
        requires: None,
        modifies: None,
        explain: 15,
        set: |a| a.min_params.is_some(),
        shown: |a| a.min_params.map(units::format).into_iter().collect(),
        copy: |a, b| b.min_params = a.min_params,
        read: |m, f| f.min_params = one(m, "min_params"),
        resolve: Some(|a, _, lang, _| {
            if let (Some(min), Some(max)) = (a.min_params, a.max_params) {
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
            Ok(())
        }),
        family: None,
        checkpoint: Some(|f, p| p.params.zip(f.args.min_params).is_some_and(|(p, m)| p >= m)),
        fact: Some(|a, cat, lang| {
            let (p, top) = (a.min_params?, params(cat).max()?);
            Some(trf(
                lang,
                "no checkpoint has {0} parameters or more; the largest has {1}",
                &[&units::format(p), &units::format(top)],
            ))
        }),
        vocabulary: None,
    },
    Def {
        id: "max_params",
        long: "max-params",
        value_name: Some("SIZE"),
        help: "At most this many parameters, per checkpoint; families with no known size are excluded",
        kind: Kind::Params,
        repeat: false,
        scope: Scope::Checkpoint,
        key: "params",
        columns: &["sizes", "params"],
        requires: None,
        modifies: None,
        explain: 16,
        set: |a| a.max_params.is_some(),
        shown: |a| a.max_params.map(units::format).into_iter().collect(),
        copy: |a, b| b.max_params = a.max_params,
        read: |m, f| f.max_params = one(m, "max_params"),
        resolve: None,
        family: None,
        checkpoint: Some(|f, p| p.params.zip(f.args.max_params).is_some_and(|(p, m)| p <= m)),
        fact: Some(|a, cat, lang| {
            let (p, low) = (a.max_params?, params(cat).min()?);
            Some(trf(
                lang,
                "no checkpoint has {0} parameters or fewer; the smallest has {1}",
                &[&units::format(p), &units::format(low)],
            ))
        }),
        vocabulary: None,
    },
    Def {
        id: "license",
        long: "license",
        value_name: Some("LICENSE"),
        help: "License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)",
        kind: Kind::Text,
        repeat: true,
        scope: Scope::Checkpoint,
        key: "license",
        columns: &["license", "commercial"],
        requires: None,
        modifies: None,
        explain: 5,
        set: |a| !a.license.is_empty(),
        shown: |a| a.license.clone(),
        copy: |a, b| b.license = a.license.clone(),
        read: |m, f| f.license = many(m, "license"),
        resolve: Some(|a, cat, lang, filter| {
            for v in a.license.iter() {
                let found = index::find_licenses(cat, v);
                if found.is_empty() {
                    let entries = cat.licenses.iter().map(|l| {
                        (
                            Entry::new(&l.id, &l.name, Vec::new()).label(),
                            index::license_names(l).collect(),
                        )
                    });
                    let near = index::nearest(v, entries, 5);
                    let all = sorted(cat.licenses.iter().map(|l| &*l.id));
                    bail!(
                        "{}",
                        What::License.no_match_explained(lang, v, &near, &all)
                    );
                }
                filter
                    .licenses
                    .extend(found.into_iter().map(|l| l.id.to_string()));
            }
            Ok(())
        }),
        family: None,
        checkpoint: Some(|f, p| {
            let ids = p.license.map(|l| &l.ids[..]).unwrap_or(&[]);
            ids.iter().any(|i| f.licenses.iter().any(|x| *x == **i))
        }),
        fact: None,
        vocabulary: Some(|cat| sorted(cat.licenses.iter().map(|l| &*l.id))),
    },
    Def {
        id: "commercial",
        long: "commercial",
        value_name: Some("CLASS"),
        help: "Only commercially usable families: class yes; =conditional also admits conditional ones",
        kind: Kind::Commercial,
        repeat: false,
        scope: Scope::Checkpoint,
        key: "commercial",
        columns: &["license", "commercial"],
        requires: None,
        modifies: None,
        explain: 6,
        set: |a| a.commercial.is_some(),
        shown: |a| {
            a.commercial
                .and_then(|c| c.to_possible_value())
                .map(|p| p.get_name().to_string())
                .into_iter()
                .collect()
        },
        copy: |a, b| b.commercial = a.commercial,
        read: |m, f| f.commercial = one(m, "commercial"),
        resolve: None,
        family: None,
        checkpoint: Some(|f, p| {
            let class = p.license.map_or(Commercial::Unknown, |l| l.commercial);
            match f.args.commercial {
                None => true,
                Some(CommercialArg::Yes) => class == Commercial::Yes,
                Some(CommercialArg::Conditional) => {
                    matches!(class, Commercial::Yes | Commercial::Conditional)
                }
                Some(CommercialArg::No) => class == Commercial::No,
                Some(CommercialArg::Unknown) => class == Commercial::Unknown,
            }
        }),
        fact: None,
        vocabulary: None,
    },
    Def {
        id: "developer",
        long: "developer",
        value_name: Some("DEV"),
        help: "Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)",
        kind: Kind::Text,
        repeat: true,
        scope: Scope::Family,
        key: "developer",
        columns: &["developer"],
        requires: None,
        modifies: None,
        explain: 3,
        set: |a| !a.developer.is_empty(),
        shown: |a| a.developer.clone(),
        copy: |a, b| b.developer = a.developer.clone(),
        read: |m, f| f.developer = many(m, "developer"),
        resolve: Some(|a, cat, lang, filter| {
            filter.developers = resolve::developers(cat, &a.developer, lang)?;
            Ok(())
        }),
        family: Some(|f, fam| {
            fam.developers
                .iter()
                .any(|d| f.developers.iter().any(|x| *x == **d))
        }),
        checkpoint: None,
        fact: None,
        vocabulary: Some(|cat| sorted(cat.developers.iter().map(|d| &*d.id))),
    },
    Def {
        id: "domain",
        long: "domain",
        value_name: Some("DOMAIN"),
        help: "Domain in English or Japanese (general, medical, 医療, finance…)",
        kind: Kind::Text,
        repeat: true,
        scope: Scope::Family,
        key: "domain",
        columns: &["domain"],
        requires: None,
        modifies: None,
        explain: 4,
        set: |a| !a.domain.is_empty(),
        shown: |a| a.domain.clone(),
        copy: |a, b| b.domain = a.domain.clone(),
        read: |m, f| f.domain = many(m, "domain"),
        resolve: Some(|a, cat, lang, filter| {
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
            for v in a.domain.iter() {
                let found = match resolve::find(v, &entries) {
                    Ok(found) => found,
                    Err(resolve::Miss::None(near)) => bail!(
                        "{}",
                        What::Domain.no_match_explained(lang, v, &near, &domain_ids(cat))
                    ),
                    Err(miss) => bail!("{}", What::Domain.message(lang, v, &miss)),
                };
                filter.domains.extend(found.into_iter().map(str::to_string));
            }
            Ok(())
        }),
        family: Some(|f, fam| f.domains.iter().any(|d| *d == *fam.domain)),
        checkpoint: None,
        fact: None,
        vocabulary: Some(domain_ids),
    },
    Def {
        id: "category",
        long: "category",
        value_name: Some("CATEGORY"),
        help: "Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)",
        kind: Kind::Category,
        repeat: true,
        scope: Scope::Family,
        key: "category",
        columns: &["category"],
        requires: None,
        modifies: None,
        explain: 0,
        set: |a| !a.category.is_empty(),
        shown: |a| a.category.iter().map(|c| c.as_str().to_string()).collect(),
        copy: |a, b| b.category = a.category.clone(),
        read: |m, f| f.category = many(m, "category"),
        resolve: None,
        family: Some(|f, fam| f.args.category.contains(&fam.category)),
        checkpoint: None,
        fact: None,
        vocabulary: None,
    },
    Def {
        id: "task",
        long: "task",
        value_name: Some("TASK"),
        help: "Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)",
        kind: Kind::Task,
        repeat: true,
        scope: Scope::Family,
        key: "task",
        columns: &["task"],
        requires: None,
        modifies: None,
        explain: 1,
        set: |a| !a.task.is_empty(),
        shown: |a| a.task.clone(),
        copy: |a, b| b.task = a.task.clone(),
        read: |m, f| f.task = many(m, "task"),
        resolve: None,
        family: Some(|f, fam| {
            f.args
                .task
                .iter()
                .any(|t| fam.task.as_deref() == Some(t.as_str()))
        }),
        checkpoint: None,
        fact: None,
        vocabulary: None,
    },
    Def {
        id: "approach",
        long: "approach",
        value_name: Some("APPROACH"),
        help: "How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)",
        kind: Kind::Approach,
        repeat: true,
        scope: Scope::Family,
        key: "approach",
        columns: &["approach"],
        requires: None,
        modifies: None,
        explain: 2,
        set: |a| !a.approach.is_empty(),
        shown: |a| a.approach.iter().map(|x| x.as_str().to_string()).collect(),
        copy: |a, b| b.approach = a.approach.clone(),
        read: |m, f| f.approach = many(m, "approach"),
        resolve: None,
        family: Some(|f, fam| f.args.approach.iter().any(|&x| Some(x) == fam.approach)),
        checkpoint: None,
        fact: None,
        vocabulary: None,
    },
    Def {
        id: "since",
        long: "since",
        value_name: Some("YEAR"),
        help: "Released in this year or later",
        kind: Kind::Year,
        repeat: false,
        scope: Scope::Mixed(|a| a.dates_per_checkpoint),
        key: "year",
        columns: &["year", "released"],
        requires: None,
        modifies: None,
        explain: 10,
        set: |a| a.since.is_some(),
        shown: |a| a.since.iter().map(u16::to_string).collect(),
        copy: |a, b| {
            b.since = a.since;
            b.dates_per_checkpoint = a.dates_per_checkpoint;
        },
        read: |m, f| f.since = one(m, "since"),
        resolve: Some(|a, _, lang, _| {
            if let (Some(since), Some(until)) = (a.since, a.until) {
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
            Ok(())
        }),
        family: Some(|f, fam| {
            f.args.dates_per_checkpoint || fam.year.zip(f.args.since).is_some_and(|(y, s)| y >= s)
        }),
        checkpoint: Some(|f, p| point_year(p).zip(f.args.since).is_some_and(|(y, s)| y >= s)),
        fact: Some(|a, cat, lang| {
            let (y, newest) = (a.since?, years(cat).max()?);
            Some(trf(
                lang,
                "no family is from {0} or later; the newest is from {1}",
                &[&y, &newest],
            ))
        }),
        vocabulary: None,
    },
    Def {
        id: "until",
        long: "until",
        value_name: Some("YEAR"),
        help: "Released in this year or earlier",
        kind: Kind::Year,
        repeat: false,
        scope: Scope::Mixed(|a| a.dates_per_checkpoint),
        key: "year",
        columns: &["year", "released"],
        requires: None,
        modifies: None,
        explain: 11,
        set: |a| a.until.is_some(),
        shown: |a| a.until.iter().map(u16::to_string).collect(),
        copy: |a, b| {
            b.until = a.until;
            b.dates_per_checkpoint = a.dates_per_checkpoint;
        },
        read: |m, f| f.until = one(m, "until"),
        resolve: None,
        family: Some(|f, fam| {
            f.args.dates_per_checkpoint || fam.year.zip(f.args.until).is_some_and(|(y, u)| y <= u)
        }),
        checkpoint: Some(|f, p| point_year(p).zip(f.args.until).is_some_and(|(y, u)| y <= u)),
        fact: Some(|a, cat, lang| {
            let (y, oldest) = (a.until?, years(cat).min()?);
            Some(trf(
                lang,
                "no family is from {0} or earlier; the oldest is from {1}",
                &[&y, &oldest],
            ))
        }),
        vocabulary: None,
    },
    Def {
        id: "year",
        long: "year",
        value_name: Some("YEAR"),
        help: "Released in this year",
        kind: Kind::Year,
        repeat: true,
        scope: Scope::Mixed(|a| a.dates_per_checkpoint),
        key: "year",
        columns: &["year", "released"],
        requires: None,
        modifies: None,
        explain: 12,
        set: |a| !a.year.is_empty(),
        shown: |a| strings(&a.year),
        copy: |a, b| {
            b.year = a.year.clone();
            b.dates_per_checkpoint = a.dates_per_checkpoint;
        },
        read: |m, f| f.year = many(m, "year"),
        resolve: None,
        family: Some(|f, fam| {
            f.args.dates_per_checkpoint || fam.year.is_some_and(|y| f.args.year.contains(&y))
        }),
        checkpoint: Some(|f, p| point_year(p).is_some_and(|y| f.args.year.contains(&y))),
        fact: Some(|a, cat, lang| {
            let (lo, hi) = (years(cat).min()?, years(cat).max()?);
            Some(trf(
                lang,
                "no family is from {0}; years run from {1} to {2}",
                &[&strings(&a.year).join(" "), &lo, &hi],
            ))
        }),
        vocabulary: None,
    },
    Def {
        id: "min_context",
        long: "min-context",
        value_name: Some("TOKENS"),
        help: "Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it (\"≤ 2,048\")",
        kind: Kind::Tokens,
        repeat: false,
        scope: Scope::Checkpoint,
        key: "context",
        columns: &["context"],
        requires: None,
        modifies: None,
        explain: 13,
        set: |a| a.min_context.is_some(),
        shown: |a| strings(a.min_context.as_slice()),
        copy: |a, b| b.min_context = a.min_context,
        read: |m, f| f.min_context = one(m, "min_context"),
        resolve: Some(|a, _, lang, _| {
            if let (Some(min), Some(max)) = (a.min_context, a.max_context) {
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
            Ok(())
        }),
        family: None,
        // Stated lengths only; the base model's window where asked to. A
        // bound passes only if it proves the length (`≥ N`): `≤ 2,048` may
        // be 1,024.
        checkpoint: Some(|f, p| {
            let Some(min) = f.args.min_context else {
                return true;
            };
            match (p.context, p.bound) {
                (Some(c), _) => c >= min,
                (None, Some(b)) => b.reaches(min),
                (None, None) => {
                    f.args.assume_base_context
                        && p.family.base_context_length.is_some_and(|c| c >= min)
                }
            }
        }),
        fact: Some(|a, cat, lang| {
            let (c, top) = (a.min_context?, contexts(cat).max()?);
            Some(trf(
                lang,
                "no family takes a context of {0} tokens or more; the longest known is {1}",
                &[&c, &top],
            ))
        }),
        vocabulary: None,
    },
    Def {
        id: "max_context",
        long: "max-context",
        value_name: Some("TOKENS"),
        help: "Stated context length of at most this many tokens, per checkpoint (2048, 8k; \"≤ 2,048\" is at most 2048); unknown lengths are excluded",
        kind: Kind::Tokens,
        repeat: false,
        scope: Scope::Checkpoint,
        key: "context",
        columns: &["context"],
        requires: None,
        modifies: None,
        explain: 14,
        set: |a| a.max_context.is_some(),
        shown: |a| strings(a.max_context.as_slice()),
        copy: |a, b| b.max_context = a.max_context,
        read: |m, f| f.max_context = one(m, "max_context"),
        resolve: None,
        family: None,
        // Stated lengths only: a base model's window may be cut by a
        // fine-tune, so it proves no upper bound; `≤ N` does.
        checkpoint: Some(|f, p| {
            let Some(max) = f.args.max_context else {
                return true;
            };
            match (p.context, p.bound) {
                (Some(c), _) => c <= max,
                (None, Some(b)) => b.within(max),
                (None, None) => false,
            }
        }),
        fact: Some(|a, cat, lang| {
            let (c, low) = (a.max_context?, contexts(cat).min()?);
            Some(trf(
                lang,
                "no family has a context of {0} tokens or less; the shortest known is {1}",
                &[&c, &low],
            ))
        }),
        vocabulary: None,
    },
    Def {
        id: "assume_base_context",
        long: "assume-base-context",
        value_name: None,
        help: "With --min-context, also admit checkpoints with no stated context whose base model's window (catalog/sizes.toml) reaches it; tables mark them \"unknown (base model: N)\"",
        kind: Kind::Switch,
        repeat: false,
        scope: Scope::Checkpoint,
        key: "context",
        columns: &["context"],
        requires: Some("min_context"),
        modifies: Some("min_context"),
        explain: 13,
        set: |a| a.assume_base_context,
        shown: |_| Vec::new(),
        copy: |a, b| b.assume_base_context = a.assume_base_context,
        read: |m, f| f.assume_base_context = flag(m, "assume_base_context"),
        resolve: None,
        family: None,
        checkpoint: None,
        fact: None,
        vocabulary: None,
    },
    Def {
        id: "hf",
        long: "hf",
        value_name: None,
        help: "Only families with downloadable weights (a Hugging Face checkpoint)",
        kind: Kind::Switch,
        repeat: false,
        scope: Scope::Family,
        key: "hf",
        columns: &["hf"],
        requires: None,
        modifies: None,
        explain: 9,
        set: |a| a.hf,
        shown: |_| Vec::new(),
        copy: |a, b| b.hf = a.hf,
        read: |m, f| f.hf = flag(m, "hf"),
        resolve: None,
        family: Some(|_, fam| fam.has_weights()),
        checkpoint: None,
        fact: None,
        vocabulary: None,
    },
    Def {
        id: "min_score",
        long: "min-score",
        value_name: Some("SUITE=X"),
        help: "Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded",
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
                    crate::query::scores::best_of_variant(v, m.suite)
                        .is_some_and(|s| {
                            let merit = crate::query::scores::merit;
                            merit(m.suite, s.score) >= merit(m.suite, m.min)
                        })
                })
            })
        }),
        fact: Some(|a, cat, lang| {
            // The first bound no checkpoint reaches, with the best there is.
            a.min_score.iter().find_map(|m| {
                let best = cat
                    .models
                    .iter()
                    .flat_map(|f| f.variants.iter())
                    .filter_map(|v| crate::query::scores::best_of_variant(v, m.suite))
                    .map(|s| s.score)
                    .max_by(|x, y| {
                        let merit = crate::query::scores::merit;
                        merit(m.suite, *x).total_cmp(&merit(m.suite, *y))
                    });
                let merit = |x| crate::query::scores::merit(m.suite, x);
                match best {
                    Some(b) if merit(b) >= merit(m.min) => None,
                    Some(b) => Some(trf(
                        lang,
                        "no checkpoint scores {0} or more on {1}; the best scores {2}",
                        &[&m.min, &m.suite, &crate::query::scores::format(b)],
                    )),
                    None => Some(trf(
                        lang,
                        "no checkpoint of the catalog has a score on {0}",
                        &[&m.suite],
                    )),
                }
            })
        }),
        vocabulary: Some(|_| {
            crate::query::scores::suites()
                .iter()
                .map(|s| format!("{}=", s.id))
                .collect()
        }),
    },
];

/// The architecture and base model names of the catalog.
fn arch_names(cat: &Catalog) -> Vec<String> {
    sorted(
        cat.models
            .iter()
            .flat_map(|f| [f.architecture.as_deref(), f.base_model.as_deref()])
            .flatten(),
    )
}

/// The base model names of the catalog.
fn base_names(cat: &Catalog) -> Vec<String> {
    sorted(cat.models.iter().filter_map(|f| f.base_model.as_deref()))
}

/// The domain ids of the catalog, with `general`.
fn domain_ids(cat: &Catalog) -> Vec<String> {
    sorted(
        cat.domains
            .iter()
            .map(|d| &*d.id)
            .chain(std::iter::once("general")),
    )
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

/// The entries in the order explanations try them.
pub fn in_explain_order() -> Vec<&'static Def> {
    let mut v: Vec<&Def> = FILTERS.iter().filter(|d| d.modifies.is_none()).collect();
    v.sort_by_key(|d| d.explain);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The entry of the filter whose id is `id`.
    fn def(id: &str) -> Option<&'static Def> {
        FILTERS.iter().find(|d| d.id == id)
    }

    /// Ids, flags and explanation positions are unique; every entry that
    /// tests something has a test, every modifier names a filter, every
    /// i18n key is in the table.
    #[test]
    fn the_table_is_consistent() {
        for (i, d) in FILTERS.iter().enumerate() {
            for e in &FILTERS[i + 1..] {
                assert_ne!(d.id, e.id);
                assert_ne!(d.long, e.long);
                if d.modifies.is_none() && e.modifies.is_none() {
                    assert_ne!(d.explain, e.explain, "{} and {}", d.id, e.id);
                }
            }
            match d.modifies {
                Some(m) => {
                    assert!(def(m).is_some() && d.family.is_none() && d.checkpoint.is_none())
                }
                None => assert!(d.family.is_some() || d.checkpoint.is_some(), "{}", d.id),
            }
            if let Some(r) = d.requires {
                assert!(def(r).is_some(), "{}", d.id);
            }
            assert_eq!(d.value_name.is_none(), d.kind == Kind::Switch, "{}", d.id);
            assert_eq!(d.id.replace('_', "-"), d.long);
            assert!(
                crate::i18n::TABLE.iter().any(|(en, _, _)| *en == d.key),
                "{}: i18n key {}",
                d.id,
                d.key
            );
        }
    }

    /// Each filter set alone is seen as set by its own entry only, and its
    /// copy carries it over.
    #[test]
    fn set_and_copy_agree() {
        let mut all = Filters {
            arch: vec!["llama".into()],
            base: vec!["qwen".into()],
            min_params: Some(1),
            max_params: Some(2),
            license: vec!["mit".into()],
            commercial: Some(CommercialArg::Yes),
            developer: vec!["rinna".into()],
            domain: vec!["general".into()],
            category: vec![Category::Embedding],
            task: vec!["asr".into()],
            approach: vec![Approach::Merge],
            since: Some(2020),
            until: Some(2021),
            year: vec![2022],
            min_context: Some(3),
            max_context: Some(4),
            assume_base_context: true,
            hf: true,
            min_score: vec![MinScore {
                suite: "pfgen",
                min: 0.5,
            }],
            dates_per_checkpoint: true,
        };
        for d in FILTERS {
            assert!((d.set)(&all), "{}", d.id);
            let mut one = Filters::default();
            (d.copy)(&all, &mut one);
            for e in FILTERS {
                assert_eq!(
                    (e.set)(&one),
                    e.id == d.id,
                    "{} copied, {} set?",
                    d.id,
                    e.id
                );
            }
        }
        all = Filters::default();
        assert!(!all.any());
    }
}
