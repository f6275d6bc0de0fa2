//! Where a table sits and what its columns mean: the list's English heading
//! path names the category, task and approach of the models (or the
//! category of the benchmarks) a table holds, and its English header row
//! names each column's role. Both are read from the English file because
//! its wording is the stable one; a checkout without the English file is
//! read through a table of the Japanese headings' words (older revisions'
//! wordings included). A heading none of whose words is known still places
//! its table by the headings above it and its columns, with a warning.

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
    /// A table of papers (name | date | venue | paper) of this kind.
    Papers(&'static str),
    Ignored,
}

/// The section a table's heading path (English headings, outermost first)
/// places it in.
pub(super) fn section(headings: &[String]) -> Section {
    let path = headings.join(" > ").to_ascii_lowercase();
    let has = |s: &str| path.contains(s);
    if has("references for") {
        return Section::Papers(if has("training") {
            "training-method"
        } else {
            "architecture"
        });
    }
    if has("benchmark") && has("evaluation") {
        return Section::Benchmarks(benchmark_kind(&path));
    }
    model_section(&path)
}

/// The kind of benchmark a lower-cased heading path names.
fn benchmark_kind(path: &str) -> &'static str {
    let has = |s: &str| path.contains(s);
    if has("hybrid") {
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
        // A kind of benchmark the list did not have when this was written.
        "other"
    }
}

/// How the models under a lower-cased heading path were made, where it
/// says.
fn approach_of(path: &str) -> Option<Approach> {
    let has = |s: &str| path.contains(s);
    if has("from scratch") {
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
    }
}

/// The models section a lower-cased heading path names (category, task,
/// approach), or [`Section::Ignored`] where it names none.
fn model_section(path: &str) -> Section {
    let has = |s: &str| path.contains(s);
    let approach = approach_of(path);
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

/// Japanese header words and the English words [`role`] reads for them.
const JA_COLUMNS: [(&str, &str); 12] = [
    ("公開年", "year"),
    ("アーキテクチャ", "architecture"),
    ("ベースの", "base model"),
    ("マージ元", "original models"),
    ("ドメイン", "domain"),
    ("トークン数", "context"),
    ("学習", "training"),
    ("開発元", "developer"),
    ("ライセンス", "license"),
    ("プラットフォーム", "platform"),
    ("huggingface", "huggingface"),
    ("説明", "description"),
];

/// The role of a column from its Japanese header, for a checkout without
/// the English file.
pub(super) fn role_ja(header: &str) -> Col {
    let h = header.to_lowercase();
    JA_COLUMNS
        .iter()
        .find(|(ja, _)| h.contains(ja))
        .map_or_else(|| role(&h), |(_, en)| role(en))
}

/// Japanese heading words (today's and older revisions') and the English
/// words [`section`] reads for them; longer phrases first, so that
/// 画像+テキストからのテキスト生成 is not read as テキスト生成.
const JA_HEADINGS: [(&str, &str); 38] = [
    ("画像+テキストからのテキスト生成", "text+image to text"),
    ("画像を含むテキスト生成", "text+image to text"),
    ("テキストからの画像生成", "text to image"),
    ("テキストからの動画生成", "text to video"),
    ("テキスト生成能力", "open-ended"),
    ("人間らしい応答の生成", "open-ended"),
    ("テキスト生成", "text generation"),
    ("入力テキストの処理", "encoder models"),
    ("埋め込み", "embeddings"),
    ("視覚言語", "vision-language"),
    ("音声認識", "recognition"),
    ("音声合成", "text-to-speech"),
    ("音声基盤", "foundation"),
    ("特徴抽出", "feature extraction"),
    ("音声", "speech"),
    ("音楽", "music"),
    ("ベンチマーク", "evaluation benchmarks"),
    ("複合型", "hybrid"),
    ("自然言語処理タスク", "natural language understanding"),
    ("自然言語理解", "natural language understanding"),
    ("特定ドメインの性能", "specific domains"),
    ("事実性", "factuality"),
    ("論理推論", "reasoning"),
    ("指示追従", "instruction-following"),
    ("スクラッチ", "from scratch"),
    ("事後学習", "post-training only"),
    ("継続事前学習", "continual pre-training"),
    ("マージ", "merged"),
    ("apiとして", "api"),
    ("海外モデルに日本語で追加学習", "built off non-japanese"),
    ("アーキテクチャの原論文", "references for models"),
    ("各モデルの原論文", "references for models"),
    ("学習手法の原論文", "references for training methods"),
    ("汎用", "general purpose"),
    ("ドメイン特化", "domain specific"),
    ("その他", "others"),
    ("コントリビューター", "contributors"),
    ("引用", "citation"),
];

/// A Japanese heading in the English words [`section`] reads.
pub(super) fn heading_from_ja(heading: &str) -> String {
    let mut h = heading.to_lowercase();
    for (ja, en) in JA_HEADINGS {
        if h.contains(ja) {
            h = h.replace(ja, &format!(" {en} "));
        }
    }
    h
}

/// Words of the headings the list has had; a heading with none of them is
/// unknown, and its table is placed by the headings above it.
const KNOWN_HEADING_WORDS: [&str; 38] = [
    "text generation",
    "from scratch",
    "general purpose",
    "domain specific",
    "continual pre-training",
    "post-training only",
    "merged",
    "api",
    "encoder models",
    "embeddings",
    "bi-encoders",
    "representation",
    "cross-encoder",
    "vision-language",
    "text+image to text",
    "built off non-japanese",
    "text to image",
    "text to video",
    "others",
    "speech",
    "recognition",
    "text-to-speech",
    "foundation",
    "feature extraction",
    "music",
    "benchmark",
    "hybrid",
    "natural language understanding",
    "open-ended",
    "specific domains",
    "factuality",
    "reasoning",
    "instruction-following",
    "embedding models",
    "references for",
    "contributors",
    "citation",
    "table of contents",
];

/// The headings of a path (already in English words) that name nothing
/// [`section`] knows.
pub(super) fn unknown_headings(headings: &[String]) -> Vec<String> {
    headings
        .iter()
        .filter(|h| {
            let h = h.to_ascii_lowercase();
            !KNOWN_HEADING_WORDS.iter().any(|w| h.contains(w))
        })
        .cloned()
        .collect()
}

/// Whether a header row is a papers table's: name | date | venue | paper.
pub(super) fn is_papers_header(header: &[String]) -> bool {
    let has = |words: &[&str]| {
        header.iter().any(|h| {
            let h = h.to_lowercase();
            words.iter().any(|w| h.contains(w))
        })
    };
    header.len() >= 4
        && has(&["paper", "論文", "article"])
        && has(&["venue", "会議", "conférence", "conference", "journal"])
}

/// Whether a table has a column only model tables have, so that a table of
/// something else under a models heading never yields models.
pub(super) fn has_model_columns(roles: &[Col]) -> bool {
    roles.iter().any(|r| {
        matches!(
            r,
            Col::Architecture
                | Col::BaseModel
                | Col::Developer
                | Col::License
                | Col::HfReady
                | Col::MergedFrom
                | Col::Context
        )
    })
}
