//! The catalog's data model: the types every other part of jllm reads.
//!
//! The same file is compiled into `build.rs` (through `#[path]`) so that the
//! TOML under `catalog/` is parsed and validated with exactly these types at
//! build time, and into the binary, which reads the compact form build.rs
//! writes. It therefore depends on serde alone. Field order matters: the
//! embedded form is positional (postcard), the TOML form is keyed.

use serde::{Deserialize, Serialize};

/// Everything jllm knows: the embedded catalog, or a user's overlay file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    #[serde(default, rename = "model")]
    pub models: Vec<Family>,
    #[serde(default, rename = "benchmark")]
    pub benchmarks: Vec<Benchmark>,
    #[serde(default, rename = "developer")]
    pub developers: Vec<Developer>,
    #[serde(default, rename = "license")]
    pub licenses: Vec<License>,
    #[serde(default, rename = "text")]
    pub license_texts: Vec<LicenseText>,
    #[serde(default, rename = "footnote")]
    pub footnotes: Vec<Footnote>,
    #[serde(default, rename = "paper")]
    pub papers: Vec<Paper>,
    #[serde(default, rename = "domain")]
    pub domains: Vec<Domain>,
    /// Facts from sources other than the list (curated: sizes.toml).
    #[serde(default, rename = "size")]
    pub size_facts: Vec<SizeFact>,
}

/// A size or release date stated by a source other than the list, such as
/// rinna's paper; used only where the list states none.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SizeFact {
    /// Hugging Face `owner/repo` the fact is about.
    pub hf: String,
    #[serde(default)]
    pub params: Option<u64>,
    /// `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub released: Option<String>,
    /// Where the fact comes from, e.g. the paper and its table.
    pub source: String,
}

/// A text the list writes in its three languages; a language the list does
/// not give is `None`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub ja: Option<String>,
    #[serde(default)]
    pub en: Option<String>,
    #[serde(default)]
    pub fr: Option<String>,
}

impl Text {
    /// The text in `lang`, falling back to English, then Japanese, then French.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        let first = match lang {
            Lang::Ja => self.ja.as_deref(),
            Lang::En => self.en.as_deref(),
        };
        first
            .or(self.en.as_deref())
            .or(self.ja.as_deref())
            .or(self.fr.as_deref())
    }

    pub fn is_empty(&self) -> bool {
        self.ja.is_none() && self.en.is_none() && self.fr.is_none()
    }
}

/// The language of names and texts in tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ja,
}

/// One row of the list: a model family with its checkpoints.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Family {
    /// Stable slug of the English name, e.g. `swallow-70b`.
    pub id: String,
    /// English name as the English list writes it.
    pub name: String,
    pub name_ja: String,
    /// French name, only where it differs from the English one.
    #[serde(default)]
    pub name_fr: Option<String>,
    pub category: Category,
    /// Finer kind within the category (see [`Category::tasks`]).
    #[serde(default)]
    pub task: Option<String>,
    #[serde(default)]
    pub approach: Option<Approach>,
    /// `general`, or a domain id from the domain table.
    #[serde(default = "general")]
    pub domain: String,
    #[serde(default)]
    pub year: Option<u16>,
    /// Release date where a source gives one: `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub released: Option<String>,
    /// Architecture as the English list writes it.
    #[serde(default)]
    pub architecture: Option<String>,
    /// The LLM this model was built on (continual pre-training or post-training).
    #[serde(default)]
    pub base_model: Option<String>,
    /// Source models of a merged model, as written.
    #[serde(default)]
    pub merged_from: Vec<String>,
    /// Largest context length the list states, in tokens.
    #[serde(default)]
    pub context_length: Option<u64>,
    /// The context cell as written when it says more than one number.
    #[serde(default)]
    pub context_text: Option<String>,
    #[serde(default)]
    pub training_data: Option<Text>,
    /// Largest total of training tokens the list states.
    #[serde(default)]
    pub training_tokens: Option<u64>,
    /// Ids into the developer table.
    #[serde(default)]
    pub developers: Vec<String>,
    #[serde(default)]
    pub license: Option<LicenseInfo>,
    /// Where an API model is offered.
    #[serde(default)]
    pub platform: Option<Text>,
    /// Announcement URL (the row's title link).
    #[serde(default)]
    pub url: Option<String>,
    /// Numbers of the list's footnotes the row cites.
    #[serde(default)]
    pub notes: Vec<u32>,
    /// Encoder rows: the list's "usable from Hugging Face" mark.
    #[serde(default)]
    pub hf_ready: Option<HfReady>,
    #[serde(default)]
    pub variants: Vec<Variant>,
    /// Line of the row in the list's README.md, for provenance.
    #[serde(default)]
    pub source_line: Option<u32>,
}

pub fn general() -> String {
    "general".to_string()
}

impl Family {
    pub fn has_weights(&self) -> bool {
        self.variants.iter().any(|v| v.hf.is_some())
    }
}

/// One checkpoint: a link in the row.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// Display name as the list writes the link text.
    pub name: String,
    /// Hugging Face `owner/repo`, when the link points at a model repo.
    #[serde(default)]
    pub hf: Option<String>,
    pub url: String,
    /// Total number of parameters, where a source states it.
    #[serde(default)]
    pub params: Option<u64>,
    /// Active parameters of a mixture-of-experts model (`32b-a3b` → 3e9).
    #[serde(default)]
    pub active_params: Option<u64>,
    /// Expert layout as written, e.g. `8x7b`.
    #[serde(default)]
    pub experts: Option<String>,
    /// Where `params` comes from when not from the row itself.
    #[serde(default)]
    pub params_source: Option<String>,
}

#[derive(
    Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    #[default]
    TextGeneration,
    Encoder,
    Embedding,
    Vision,
    Speech,
    Music,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::TextGeneration,
        Category::Encoder,
        Category::Embedding,
        Category::Vision,
        Category::Speech,
        Category::Music,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::TextGeneration => "text-generation",
            Category::Encoder => "encoder",
            Category::Embedding => "embedding",
            Category::Vision => "vision",
            Category::Speech => "speech",
            Category::Music => "music",
        }
    }

    /// The `task` values a family of this category may have.
    pub fn tasks(self) -> &'static [&'static str] {
        match self {
            Category::TextGeneration | Category::Encoder => &[],
            Category::Embedding => &["bi-encoder", "multi-vector", "cross-encoder"],
            Category::Vision => &[
                "image-text-to-text",
                "text-to-image",
                "text-to-video",
                "other",
            ],
            Category::Speech => &["asr", "tts", "foundation", "feature-extraction"],
            Category::Music => &["music-text"],
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Approach {
    Scratch,
    ContinualPretraining,
    PostTraining,
    Merge,
    Api,
}

impl Approach {
    pub fn as_str(self) -> &'static str {
        match self {
            Approach::Scratch => "scratch",
            Approach::ContinualPretraining => "continual-pretraining",
            Approach::PostTraining => "post-training",
            Approach::Merge => "merge",
            Approach::Api => "api",
        }
    }
}

/// The encoder table's "usable from Hugging Face" column: ◯, △, ✕.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum HfReady {
    /// ◯: on the Model Hub, loads with `from_pretrained`.
    Yes,
    /// △: not on the Hub, but in a transformers-compatible format.
    Convertible,
    /// ✕: not usable with transformers.
    No,
}

impl HfReady {
    pub fn as_str(self) -> &'static str {
        match self {
            HfReady::Yes => "yes",
            HfReady::Convertible => "convertible",
            HfReady::No => "no",
        }
    }
}

/// A family's license: the cell as written and what it means.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LicenseInfo {
    /// The cell as written, per language (footnote markers removed).
    #[serde(default)]
    pub text: Text,
    /// License ids from the license table.
    #[serde(default)]
    pub ids: Vec<String>,
    pub commercial: Commercial,
}

#[derive(
    Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
#[serde(rename_all = "kebab-case")]
pub enum Commercial {
    /// Non-commercial or research only.
    No,
    /// Nothing the sources say settles it.
    #[default]
    Unknown,
    /// Allowed under conditions: community licenses, per-variant splits, ask first.
    Conditional,
    Yes,
}

impl Commercial {
    pub fn as_str(self) -> &'static str {
        match self {
            Commercial::Yes => "yes",
            Commercial::No => "no",
            Commercial::Conditional => "conditional",
            Commercial::Unknown => "unknown",
        }
    }

    /// The class of several licenses that apply together: the most restrictive.
    pub fn joint(classes: impl IntoIterator<Item = Commercial>) -> Commercial {
        classes.into_iter().min().unwrap_or(Commercial::Unknown)
    }
}

/// An organisation or person that releases models or benchmarks.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Developer {
    pub id: String,
    pub name: String,
    pub name_ja: String,
    #[serde(default)]
    pub name_fr: Option<String>,
    /// Other spellings the list uses, and names people type.
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub kind: Option<String>,
}

/// A license id: what a license text is made of.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct License {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub spdx: Option<String>,
    pub commercial: Commercial,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub reason: Option<String>,
}

/// How one license cell of the list (English, as written) is read.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LicenseText {
    pub text: String,
    #[serde(default)]
    pub ids: Vec<String>,
    /// Set where the class is not simply the most restrictive of the ids'.
    #[serde(default)]
    pub commercial: Option<Commercial>,
    #[serde(default)]
    pub reason: Option<String>,
}

/// One of the list's footnotes, in each language.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Footnote {
    pub id: u32,
    pub text: Text,
}

/// The original paper of an architecture or training method.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Paper {
    pub id: String,
    /// Architecture or method name as the list writes it.
    pub name: String,
    /// `architecture` or `training-method`.
    pub kind: String,
    pub title: String,
    #[serde(default)]
    pub venue: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// A domain of domain-specific models, with the list's labels.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    pub id: String,
    pub label: Text,
}

/// One row of the list's evaluation section.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub name_ja: Option<String>,
    /// What the benchmark measures, from the list's section.
    pub category: String,
    #[serde(default)]
    pub description: Option<Text>,
    #[serde(default)]
    pub developers: Vec<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub source_line: Option<u32>,
}

/// The benchmark categories, one per section of the list.
pub const BENCHMARK_CATEGORIES: [&str; 10] = [
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
];
