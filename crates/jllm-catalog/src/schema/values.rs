//! The catalog's value types: qualifiers and bounds of numbers, the
//! closed vocabularies (category, approach, Hugging Face readiness) and
//! licenses with their commercial-use class.

use serde::{Deserialize, Serialize};

use super::{List, Str, Text};

/// How a number of the list is qualified: `≤ 2,048`, `2,048 以下`, `up to`
/// (max); `≥`, `以上`, `over`, `2T+` (min); `約`, `~`, `≈`, `about`,
/// `approx.` (approx).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// At most the number: the true value may be lower.
    Max,
    /// At least the number: the true value may be higher.
    Min,
    /// About the number, either way.
    Approx,
}

impl Qualifier {
    /// The sign tables put before the number: `≤`, `≥`, `~`.
    #[inline]
    pub fn symbol(self) -> &'static str {
        match self {
            Qualifier::Max => "≤",
            Qualifier::Min => "≥",
            Qualifier::Approx => "~",
        }
    }
}

/// A number the list states with a qualifier: `≤ 2,048` is
/// `{ kind = "max", value = 2048 }`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bound {
    pub kind: Qualifier,
    pub value: u64,
}

impl Bound {
    /// Whether the true value is surely at least `n`.
    #[inline]
    pub fn reaches(self, n: u64) -> bool {
        self.kind == Qualifier::Min && self.value >= n
    }

    /// Whether the true value is surely at most `n`.
    #[inline]
    pub fn within(self, n: u64) -> bool {
        self.kind == Qualifier::Max && self.value <= n
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    Serialize,
    Deserialize,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    schemars::JsonSchema,
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

    #[inline]
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
    #[inline]
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

#[derive(
    Debug,
    Clone,
    Copy,
    Serialize,
    Deserialize,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Approach {
    Scratch,
    ContinualPretraining,
    PostTraining,
    Merge,
    Api,
}

impl Approach {
    #[inline]
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
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
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
    #[inline]
    pub fn as_str(self) -> &'static str {
        match self {
            HfReady::Yes => "yes",
            HfReady::Convertible => "convertible",
            HfReady::No => "no",
        }
    }
}

/// A family's or a checkpoint's license: the cell (or the part of it that
/// names the checkpoint) as written, and what it means.
///
/// A family whose checkpoints have different licenses is *mixed*: its
/// `ids` are every id any checkpoint has, and its `commercial` class is the
/// most restrictive of its checkpoints' classes, so the family never claims
/// more than one of its checkpoints allows; each checkpoint carries its own.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LicenseInfo {
    /// The cell as written, per language (footnote markers removed).
    #[serde(default)]
    pub text: Text,
    /// License ids from the license table.
    #[serde(default)]
    pub ids: List<Str>,
    pub commercial: Commercial,
    /// Why the class is what it is (from `catalog/licenses.toml`).
    #[serde(default)]
    pub reason: Option<Str>,
    /// The license's text: the list's link where the cell gives one, else
    /// the canonical URL of a well-known license.
    #[serde(default)]
    pub url: Option<Str>,
    /// The family's checkpoints do not all have this license (see above).
    /// (`catalog import` leaves `false` out of the TOML it writes.)
    #[serde(default)]
    pub mixed: bool,
}

#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    Serialize,
    Deserialize,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    schemars::JsonSchema,
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
    /// Allowed.
    Yes,
}

impl Commercial {
    #[inline]
    pub fn as_str(self) -> &'static str {
        match self {
            Commercial::Yes => "yes",
            Commercial::No => "no",
            Commercial::Conditional => "conditional",
            Commercial::Unknown => "unknown",
        }
    }

    /// The class of several licenses that apply together: the most restrictive.
    #[inline]
    pub fn joint(classes: impl IntoIterator<Item = Commercial>) -> Commercial {
        classes.into_iter().min().unwrap_or(Commercial::Unknown)
    }
}
