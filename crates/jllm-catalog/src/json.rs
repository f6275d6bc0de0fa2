//! The JSON contract scripts rely on. Keys are stable and documented in the
//! README; numbers are numbers and what the sources do not state is `null`,
//! never a string. `list` prints an array of the same objects `show` prints.
//! The types derive their JSON Schema (`jllm schema`, `cmd::schema`): a
//! field's doc comment is its description there, so it is written for the
//! reader of the JSON.

use schemars::JsonSchema;
use serde::Serialize;

mod results;
mod terminal;
pub use results::{results_of, score_json, ResultJson, ResultsOf};
pub use terminal::{sorted, write_compact, TerminalSafe};

use crate::schema::{
    Benchmark, Bound, Catalog, Family, LicenseInfo, Qualifier, Str, Text, Variant,
};

/// Keys of a family object, in output order.
pub const FAMILY_FIELDS: &[&str] = &[
    "id",
    "name",
    "name_ja",
    "name_fr",
    "category",
    "task",
    "approach",
    "domain",
    "domain_label",
    "year",
    "released",
    "architecture",
    "base_model",
    "merged_from",
    "developers",
    "license",
    "context_length",
    "context_bound",
    "context_text",
    "base_context_length",
    "base_context_source",
    "base_context_yarn",
    "params",
    "variants",
    "url",
    "training_data",
    "training_tokens",
    "training_tokens_qualifier",
    "notes",
    "hf_ready",
    "platform",
    "papers",
    "source_line",
];

/// Keys of a checkpoint row (`list --variants`): its family's, then the
/// checkpoint object's.
pub const VARIANT_FIELDS: &[&str] = &[
    "family",
    "family_name",
    "year",
    "developers",
    "name",
    "hf",
    "url",
    "params",
    "active_params",
    "experts",
    "params_source",
    "released",
    "released_source",
    "license",
    "context_length",
    "context_bound",
    "context_text",
    "results",
];

pub const BENCHMARK_FIELDS: &[&str] = &[
    "id",
    "name",
    "name_ja",
    "category",
    "description",
    "developers",
    "url",
    "source_line",
];

/// A developer: an id the catalog does not know keeps its id, with null
/// names.
#[derive(Serialize, JsonSchema)]
pub struct DeveloperRef<'a> {
    /// The catalog's developer id (`--developer` takes it).
    id: &'a str,
    /// English name.
    name: Option<&'a str>,
    /// Japanese name.
    name_ja: Option<&'a str>,
}

fn developer_refs<'a>(cat: &'a Catalog, ids: &'a [Str]) -> Vec<DeveloperRef<'a>> {
    ids.iter()
        .map(|id| {
            let d = cat.developers.iter().find(|d| d.id == *id);
            DeveloperRef {
                id,
                name: d.map(|d| &*d.name),
                name_ja: d.map(|d| &*d.name_ja),
            }
        })
        .collect()
}

/// A checkpoint (one link of the row): the same object in a family's
/// `variants`, in `selected_variant` and in `list --variants`. Its license
/// and context are those that apply to it: its own where the row singles
/// it out, else the family's.
#[derive(Serialize, JsonSchema)]
pub struct VariantJson<'a> {
    /// The checkpoint's name as the list links it.
    name: &'a str,
    /// Hugging Face `owner/repo`; null for a checkpoint elsewhere (API offerings).
    hf: Option<&'a str>,
    /// The link.
    url: &'a str,
    /// Total parameters.
    params: Option<u64>,
    /// Parameters active per token (mixture of experts).
    active_params: Option<u64>,
    /// The experts as the list writes them (`8x7B`).
    experts: Option<&'a str>,
    /// Where `params` comes from when not from the checkpoint's own label.
    params_source: Option<&'a str>,
    /// Release date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): this checkpoint's
    /// own where a source gives one, else the family's date, else the
    /// family's year.
    released: Option<std::borrow::Cow<'a, str>>,
    /// Where `released` comes from: rinna's paper and its table, a line of
    /// the list's date CSV, `inherited from the family` or `the list's year
    /// for the family`.
    released_source: Option<&'a str>,
    /// This checkpoint's license.
    license: LicenseJson<'a>,
    /// Stated context length in tokens: this checkpoint's own where the
    /// list singles it out, else the family's; null where it is stated only
    /// as a bound (`context_bound`) or not at all.
    context_length: Option<u64>,
    /// A context the list states only with a qualifier, never an exact
    /// length.
    context_bound: Option<Bound>,
    /// The part of the list's context cell that states it.
    context_text: Option<&'a str>,
    /// Evaluation results joined by repo id (Swallow LLM Leaderboard,
    /// pfgen-bench): a suite's average (`task` = `avg`), then its tasks;
    /// empty when no leaderboard has the repo.
    results: Vec<ResultJson<'static>>,
}

impl<'a> VariantJson<'a> {
    /// The checkpoint object of `v`, with the results `results` finds.
    pub fn new(f: &'a Family, v: &'a Variant, results: ResultsOf) -> Self {
        let own = v.context_length.is_some() || v.context_bound.is_some();
        let context_text = if own {
            v.context_text.as_deref()
        } else {
            f.context_text.as_deref()
        };
        let dated = v.released_in(f);
        VariantJson {
            name: &v.name,
            hf: v.hf.as_deref(),
            url: &v.url,
            params: v.params,
            active_params: v.active_params,
            experts: v.experts.as_deref(),
            params_source: v.params_source.as_deref(),
            released: dated.as_ref().map(|(d, _)| d.clone()),
            released_source: match &dated {
                Some((_, by)) => by.inherited_source().or(v.released_source.as_deref()),
                None => None,
            },
            license: LicenseJson::of(v.license_in(f)),
            context_length: v.context_in(f),
            context_bound: v.context_bound_in(f),
            context_text,
            results: v
                .hf
                .as_deref()
                .map_or_else(Vec::new, |hf| results_of(hf, results)),
        }
    }
}

/// Papers of the family's architecture: the architecture papers whose
/// normalized name appears in the architecture text (catalog::papers).
pub fn papers_for<'a>(cat: &'a Catalog, f: &Family) -> Vec<&'a crate::schema::Paper> {
    crate::papers::of_family(cat, f)
}

/// A license object. `mixed`: a family whose checkpoints differ; its
/// `commercial` is then the most restrictive of theirs. A row the list
/// gives no license (API offerings) has the same object, of class
/// `unknown` with no ids and no text: never `null`, so a script can read
/// `license.commercial` of every family and checkpoint.
#[derive(Serialize, JsonSchema)]
pub struct LicenseJson<'a> {
    /// The list's license cell as written in English (footnote markers removed).
    text: Option<&'a str>,
    /// The cell as the Japanese list writes it.
    text_ja: Option<&'a str>,
    /// The cell as the French list writes it.
    text_fr: Option<&'a str>,
    /// License ids of the catalog's license table (`--license` takes them);
    /// empty where the list gives no license.
    ids: &'a [Str],
    /// Commercial-use class; for a mixed family the most restrictive of its
    /// checkpoints' classes, so it never claims more than a checkpoint allows.
    #[schemars(with = "crate::schema::Commercial")]
    commercial: &'static str,
    /// Why the class is what it is (catalog/licenses.toml), in English.
    reason: Option<&'a str>,
    /// The license text: the list's link, else the canonical URL of a
    /// well-known license.
    url: Option<&'a str>,
    /// The family's checkpoints do not all have this license: each
    /// variant's `license` is its own.
    mixed: bool,
}

impl<'a> LicenseJson<'a> {
    /// The object of `l`, or of an unknown license.
    pub fn of(l: Option<&'a LicenseInfo>) -> Self {
        match l {
            Some(l) => LicenseJson::new(l),
            None => LicenseJson {
                text: None,
                text_ja: None,
                text_fr: None,
                ids: &[],
                commercial: "unknown",
                reason: None,
                url: None,
                mixed: false,
            },
        }
    }

    pub fn new(l: &'a LicenseInfo) -> Self {
        LicenseJson {
            text: l.text.en.as_deref(),
            text_ja: l.text.ja.as_deref(),
            text_fr: l.text.fr.as_deref(),
            ids: &l.ids,
            commercial: l.commercial.as_str(),
            reason: l.reason.as_deref(),
            url: l.url.as_deref(),
            mixed: l.mixed,
        }
    }
}

/// One of the list's footnotes, in its three languages.
#[derive(Serialize, JsonSchema)]
pub struct NoteJson<'a> {
    /// The footnote's number in the list (`[^3]`).
    id: u32,
    ja: Option<&'a str>,
    en: Option<&'a str>,
    fr: Option<&'a str>,
}

/// An original paper of the architecture, from the list's references.
#[derive(Serialize, JsonSchema)]
pub struct PaperJson<'a> {
    /// The name the references give it (an architecture's name).
    name: &'a str,
    title: &'a str,
    /// Where it was published.
    venue: Option<&'a str>,
    /// Publication date as the references write it.
    date: Option<&'a str>,
    url: Option<&'a str>,
}

/// The papers of a family's architecture, found when serialized: the
/// search compares the architecture with every paper of the catalog, and
/// `--json FIELDS` without `papers` never serializes them.
pub struct PapersJson<'a> {
    cat: &'a Catalog,
    family: &'a Family,
}

impl Serialize for PapersJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let papers = papers_for(self.cat, self.family);
        let mut seq = s.serialize_seq(Some(papers.len()))?;
        for p in papers {
            seq.serialize_element(&PaperJson {
                name: &p.name,
                title: &p.title,
                venue: p.venue.as_deref(),
                date: p.date.as_deref(),
                url: p.url.as_deref(),
            })?;
        }
        seq.end()
    }
}

/// A family object, serialized straight from the catalog's borrowed data
/// (`list --json` of the whole catalog is 800 KB: building `Value` trees
/// first cost more than the rest of the run). Field order is the output
/// order, that of [`FAMILY_FIELDS`].
#[derive(Serialize, JsonSchema)]
#[schemars(
    title = "jllm model family",
    description = "One row of the list: a model family with its checkpoints. What the sources do not state is null, never the string \"unknown\"; every key is always present."
)]
pub struct FamilyJson<'a> {
    /// Stable slug of the English name (`swallow-70b`).
    id: &'a str,
    /// The name as the English list writes it.
    name: &'a str,
    /// The name as the Japanese list writes it.
    name_ja: &'a str,
    /// The name as the French list writes it (the English name where it has none).
    name_fr: &'a str,
    /// The list's table the row is in.
    #[schemars(with = "crate::schema::Category")]
    category: &'static str,
    /// Finer kind within the category (`--task`): embeddings `bi-encoder`,
    /// `multi-vector`, `cross-encoder`; vision `image-text-to-text`,
    /// `text-to-image`, `text-to-video`, `other`; speech `asr`, `tts`,
    /// `foundation`, `feature-extraction`; music `music-text`.
    task: Option<&'a str>,
    /// How it was built, for text generation and vision-language models.
    #[schemars(with = "Option<crate::schema::Approach>")]
    approach: Option<&'static str>,
    /// `general` or a domain id (`medical`, `finance`…).
    domain: &'a str,
    /// The domain's label in the three languages; null for `general`.
    domain_label: Option<&'a Text>,
    /// Release year as the list gives it.
    year: Option<u16>,
    /// Release date (`YYYY-MM` or `YYYY-MM-DD`) where a source other than
    /// the list's table gives it (rinna's paper, the list's date CSV): the
    /// earliest of its own and its checkpoints' dates.
    released: Option<&'a str>,
    /// As the English list writes it, without the checkpoint list and trailing size.
    architecture: Option<&'a str>,
    /// As the English list writes it.
    base_model: Option<&'a str>,
    /// Source models of a merged model.
    merged_from: &'a [Str],
    developers: Vec<DeveloperRef<'a>>,
    /// The family's license; each checkpoint in `variants` has its own.
    license: LicenseJson<'a>,
    /// Stated context length in tokens, exact; where checkpoints differ,
    /// the smallest of theirs; null where the list states only a bound
    /// (`context_bound`) or nothing.
    context_length: Option<u64>,
    /// A context the list states only with a qualifier, never copied into
    /// `context_length`.
    context_bound: Option<Bound>,
    /// The context cell as written where it says more than one exact number
    /// (a range, per-checkpoint lengths, a bound such as `≤ 2,048`).
    context_text: Option<&'a str>,
    /// Where the row states no context: the base model's window from its
    /// publisher (curated in catalog/sizes.toml). Never a stated length.
    base_context_length: Option<u64>,
    /// Where `base_context_length` comes from (the publisher's document
    /// and its URL).
    base_context_source: Option<&'a str>,
    /// The base model's window with YaRN rope scaling, where its publisher
    /// states one: shown, never used as a context.
    base_context_yarn: Option<u64>,
    /// Parameters of the largest checkpoint of known size in `variants`.
    params: Option<u64>,
    /// One per checkpoint link (with `--min-params`/`--max-params`, those
    /// that match).
    variants: Vec<VariantJson<'a>>,
    /// Announcement: the row's title link.
    url: Option<&'a str>,
    /// The training-data cell in the three languages.
    training_data: Option<&'a Text>,
    /// Tokens of the training corpus, where the list states them without
    /// ambiguity: a stated total, else the pre-training parts summed.
    training_tokens: Option<u64>,
    /// How the list qualifies `training_tokens` (`約180B`, `~62B`: approx);
    /// null for an exact number.
    training_tokens_qualifier: Option<Qualifier>,
    /// The list's footnotes the row cites.
    notes: Vec<NoteJson<'a>>,
    /// Encoders: usable from Hugging Face (◯ yes, △ convertible, ✕ no).
    #[schemars(with = "Option<crate::schema::HfReady>")]
    hf_ready: Option<&'static str>,
    /// API models: where they are offered, in the three languages.
    platform: Option<&'a Text>,
    /// The original papers of the architecture, from the list's references.
    #[schemars(with = "Vec<PaperJson<'static>>")]
    papers: PapersJson<'a>,
    /// The row's line in the list's README.md.
    source_line: Option<u32>,
}

/// A family object. `only` restricts `variants` (the checkpoints a size
/// filter kept); `params` is the largest of those with a known size.
pub fn family<'a>(
    cat: &'a Catalog,
    f: &'a Family,
    only: Option<&[usize]>,
    results: ResultsOf,
) -> FamilyJson<'a> {
    let variants: Vec<&Variant> = match only {
        Some(idx) => idx.iter().filter_map(|&i| f.variants.get(i)).collect(),
        None => f.variants.iter().collect(),
    };
    let params = variants.iter().filter_map(|v| v.params).max();
    let variants = variants
        .into_iter()
        .map(|v| VariantJson::new(f, v, results))
        .collect();
    let license = LicenseJson::of(f.license.as_ref());
    let notes = f
        .notes
        .iter()
        .map(|&n| {
            let t = cat.footnotes.iter().find(|x| x.id == n).map(|x| &x.text);
            NoteJson {
                id: n,
                ja: t.and_then(|t| t.ja.as_deref()),
                en: t.and_then(|t| t.en.as_deref()),
                fr: t.and_then(|t| t.fr.as_deref()),
            }
        })
        .collect();
    let papers = PapersJson { cat, family: f };
    FamilyJson {
        id: &f.id,
        name: &f.name,
        name_ja: &f.name_ja,
        name_fr: f.name_fr.as_deref().unwrap_or(&f.name),
        category: f.category.as_str(),
        task: f.task.as_deref(),
        approach: f.approach.map(|a| a.as_str()),
        domain: &f.domain,
        domain_label: cat
            .domains
            .iter()
            .find(|d| d.id == f.domain)
            .map(|d| &d.label),
        year: f.year,
        released: f.released.as_deref(),
        architecture: f.architecture.as_deref(),
        base_model: f.base_model.as_deref(),
        merged_from: &f.merged_from,
        developers: developer_refs(cat, &f.developers),
        license,
        context_length: f.context_length,
        context_bound: f.context_bound,
        context_text: f.context_text.as_deref(),
        base_context_length: f.base_context_length,
        base_context_source: f.base_context_source.as_deref(),
        base_context_yarn: f.base_context_yarn,
        params,
        variants,
        url: f.url.as_deref(),
        training_data: f.training_data.as_ref(),
        training_tokens: f.training_tokens,
        training_tokens_qualifier: f.training_tokens_qualifier,
        notes,
        hf_ready: f.hf_ready.map(|h| h.as_str()),
        platform: f.platform.as_ref(),
        papers,
        source_line: f.source_line,
    }
}

/// A checkpoint row of `list --variants`: the checkpoint object (the same
/// as in a family's `variants`) after its family's id, name, year and
/// developers.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "jllm checkpoint row")]
pub struct VariantRowJson<'a> {
    /// The family's id.
    family: &'a str,
    /// The family's English name.
    family_name: &'a str,
    /// The family's release year.
    year: Option<u16>,
    /// The family's developers.
    developers: Vec<DeveloperRef<'a>>,
    #[serde(flatten)]
    checkpoint: VariantJson<'a>,
}

pub fn variant_row<'a>(
    cat: &'a Catalog,
    f: &'a Family,
    v: &'a Variant,
    results: ResultsOf,
) -> VariantRowJson<'a> {
    VariantRowJson {
        family: &f.id,
        family_name: &f.name,
        year: f.year,
        developers: developer_refs(cat, &f.developers),
        checkpoint: VariantJson::new(f, v, results),
    }
}

/// A benchmark of the catalog (`benchmarks`, `benchmark`).
#[derive(Serialize, JsonSchema)]
#[schemars(title = "jllm benchmark")]
pub struct BenchmarkJson<'a> {
    /// The catalog's benchmark id.
    id: &'a str,
    /// English name.
    name: &'a str,
    /// Japanese name (the English one where the list gives none).
    name_ja: &'a str,
    /// The list's section of benchmarks it is in.
    category: &'a str,
    /// The list's description in the three languages.
    description: Option<&'a Text>,
    developers: Vec<DeveloperRef<'a>>,
    url: Option<&'a str>,
    /// The row's line in the list's README.md.
    source_line: Option<u32>,
}

pub fn benchmark<'a>(cat: &'a Catalog, b: &'a Benchmark) -> BenchmarkJson<'a> {
    BenchmarkJson {
        id: &b.id,
        name: &b.name,
        name_ja: b.name_ja.as_deref().unwrap_or(&b.name),
        category: &b.category,
        description: b.description.as_ref(),
        developers: developer_refs(cat, &b.developers),
        url: b.url.as_deref(),
        source_line: b.source_line,
    }
}
