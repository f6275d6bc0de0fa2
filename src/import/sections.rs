//! Where a table sits and what its columns mean: the list's English heading
//! path names the category, task and approach of the models (or the
//! category of the benchmarks) a table holds, and its English header row
//! names each column's role. Both are read from the English file because
//! its wording is the stable one.

use crate::catalog::schema::{Approach, Category};

/// The role of a column, from its English header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Col {
    Name,
    Year,
    Architecture,
    BaseModel,
    Domain,
    Context,
    TrainingData,
    Developer,
    License,
    Platform,
    HfReady,
    MergedFrom,
    Description,
    Other,
}

pub(super) fn role(header: &str) -> Col {
    let h = header.to_ascii_lowercase();
    if h.is_empty() {
        Col::Name
    } else if h.contains("year") {
        Col::Year
    } else if h.contains("architecture") {
        Col::Architecture
    } else if h.contains("base model") {
        Col::BaseModel
    } else if h.contains("domain") {
        Col::Domain
    } else if h.contains("context") || h.contains("input length") {
        Col::Context
    } else if h.contains("training") {
        Col::TrainingData
    } else if h.contains("developer") {
        Col::Developer
    } else if h.contains("license") {
        Col::License
    } else if h.contains("platform") {
        Col::Platform
    } else if h.contains("huggingface") {
        Col::HfReady
    } else if h.contains("original models") {
        Col::MergedFrom
    } else if h.contains("description") {
        Col::Description
    } else {
        Col::Other
    }
}

/// Where a table sits in the list, from its English heading path.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Section {
    Models {
        category: Category,
        task: Option<&'static str>,
        approach: Option<Approach>,
    },
    Benchmarks(&'static str),
    Ignored,
}

pub(super) fn section(headings: &[String]) -> Section {
    let path = headings.join(" > ").to_ascii_lowercase();
    let has = |s: &str| path.contains(s);
    if has("benchmark") && has("evaluation") {
        let cat = if has("hybrid") {
            "hybrid"
        } else if has("natural language understanding") {
            "nlu"
        } else if has("open-ended") {
            "generation"
        } else if has("specific domains") {
            "domain"
        } else if has("factuality") {
            "factuality-safety"
        } else if has("reasoning") {
            "reasoning"
        } else if has("instruction-following") {
            "instruction-following"
        } else if has("embedding") {
            "embedding"
        } else if has("vision-language") {
            "vision-language"
        } else if has("speech") {
            "speech"
        } else {
            return Section::Ignored;
        };
        return Section::Benchmarks(cat);
    }
    let approach = if has("from scratch") {
        Some(Approach::Scratch)
    } else if has("post-training only") {
        Some(Approach::PostTraining)
    } else if has("continual pre-training") {
        Some(Approach::ContinualPretraining)
    } else if has("merged") {
        Some(Approach::Merge)
    } else if has("api") {
        Some(Approach::Api)
    } else if has("built off non-japanese") {
        // VLMs "additionally trained in Japanese" without saying how: the
        // list's own definition of post-training includes "details unknown".
        Some(Approach::PostTraining)
    } else {
        None
    };
    if has("text generation") {
        return Section::Models {
            category: Category::TextGeneration,
            task: None,
            approach,
        };
    }
    if has("encoder models") {
        return Section::Models {
            category: Category::Encoder,
            task: None,
            approach: None,
        };
    }
    if has("embeddings") {
        let task = if has("multi-representation") {
            "multi-vector"
        } else if has("cross-encoder") {
            "cross-encoder"
        } else {
            "bi-encoder"
        };
        return Section::Models {
            category: Category::Embedding,
            task: Some(task),
            approach: None,
        };
    }
    if has("vision-language") {
        let (task, approach) = if has("text+image to text") {
            ("image-text-to-text", approach)
        } else if has("text to image") {
            ("text-to-image", None)
        } else if has("text to video") {
            ("text-to-video", None)
        } else {
            ("other", None)
        };
        return Section::Models {
            category: Category::Vision,
            task: Some(task),
            approach,
        };
    }
    if has("speech") {
        let task = if has("recognition") {
            "asr"
        } else if has("text-to-speech") {
            "tts"
        } else if has("foundation") {
            "foundation"
        } else {
            "feature-extraction"
        };
        return Section::Models {
            category: Category::Speech,
            task: Some(task),
            approach: None,
        };
    }
    if has("music") {
        return Section::Models {
            category: Category::Music,
            task: Some("music-text"),
            approach: None,
        };
    }
    Section::Ignored
}
