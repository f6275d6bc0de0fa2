//! The words people use for the catalog's fixed values: categories, tasks,
//! approaches and domains, in English, Japanese and French. The section
//! headings of the list in its three languages come first (README.md,
//! en/README.md and fr/README.md at lines 29–579), then a few common
//! synonyms. Value flags accept any of them, and `search` matches them, so
//! `--task 音声認識` and `search "speech recognition"` mean `asr`.

/// A value with the words that name it; the first word is its id.
pub type Labels = (&'static str, &'static [&'static str]);

pub const CATEGORIES: &[Labels] = &[
    (
        "text-generation",
        &[
            "Text Generation Models",
            "テキスト生成に主に使うモデル",
            "テキスト生成",
            "Modèles IA génératives",
            "génération de texte",
            "text generation",
        ],
    ),
    (
        "encoder",
        &[
            "Encoder models",
            "入力テキストの処理に主に使うモデル",
            "エンコーダ",
            "Modèles encodeur",
            "encodeur",
        ],
    ),
    (
        "embedding",
        &[
            "Sentence and Document Embeddings",
            "埋め込み",
            "Plongement lexical par mots et par documents",
            "plongement",
            "embeddings",
            "text embedding",
        ],
    ),
    (
        "vision",
        &[
            "Vision-Language Models",
            "視覚言語モデル",
            "Modèles Vision-Language",
            "vlm",
            "vision language",
        ],
    ),
    (
        "speech",
        &[
            "Speech-Language Models",
            "音声言語モデル",
            "Modèles Speech-Language",
            "音声",
            "parole",
            "audio",
        ],
    ),
    (
        "music",
        &[
            "Music-Language Models",
            "音楽言語モデル",
            "Modèles Musique-Langage",
            "音楽",
            "musique",
        ],
    ),
];

pub const TASKS: &[Labels] = &[
    (
        "bi-encoder",
        &[
            "Bi-Encoders",
            "Single-representation bi-encoders",
            "single-vector",
        ],
    ),
    (
        "multi-vector",
        &["Multi-representation bi-encoders", "late interaction"],
    ),
    ("cross-encoder", &["Cross-Encoders", "reranker"]),
    (
        "image-text-to-text",
        &[
            "Text+Image to Text",
            "画像+テキストからのテキスト生成",
            "Text+Image vers Text",
            "image to text",
        ],
    ),
    (
        "text-to-image",
        &[
            "Text to Image",
            "テキストからの画像生成",
            "Text vers Image",
            "image generation",
            "画像生成",
            "génération d'images",
        ],
    ),
    (
        "text-to-video",
        &[
            "Text to Video",
            "テキストからの動画生成",
            "Text vers Vidéo",
            "video generation",
            "動画生成",
            "génération de vidéos",
        ],
    ),
    ("other", &["Others", "その他", "Autres"]),
    (
        "asr",
        &[
            "Automatic Speech Recognition",
            "音声認識",
            "Reconnaissance automatique de la parole",
            "speech recognition",
            "speech to text",
            "reconnaissance vocale",
            "transcription",
        ],
    ),
    (
        "tts",
        &[
            "Text-to-Speech",
            "音声合成",
            "Synthèse vocale",
            "speech synthesis",
        ],
    ),
    (
        "foundation",
        &[
            "Speech Foundation Models",
            "Spoken Dialogue",
            "音声基盤モデル",
            "音声対話",
            "Modèles de base de la parole",
            "Dialogue oral",
        ],
    ),
    (
        "feature-extraction",
        &[
            "Feature Extraction",
            "特徴抽出",
            "Extraction de caractéristiques",
        ],
    ),
    (
        "music-text",
        &[
            "Music-Text Conversion",
            "音楽-テキスト間変換",
            "Conversion Musique-Texte",
        ],
    ),
];

pub const APPROACHES: &[Labels] = &[
    (
        "scratch",
        &[
            "Models built from scratch",
            "スクラッチ学習モデル",
            "スクラッチ学習",
            "Modèles développés à partir de zéro",
            "from scratch",
        ],
    ),
    (
        "continual-pretraining",
        &[
            "continual pre-training",
            "継続事前学習",
            "apprentissage en continu",
        ],
    ),
    (
        "post-training",
        &["post-training only", "事後学習", "post-entraînement"],
    ),
    (
        "merge",
        &["Merged models", "マージ", "Modèles fusionnés", "merged"],
    ),
    (
        "api",
        &[
            "API-based models",
            "APIとして提供されているモデル",
            "Modèles basés sur des API",
        ],
    ),
];

/// Domain words beyond the catalog's labels (which are matched too): the
/// list's "general purpose" headings and everyday synonyms.
pub const DOMAINS: &[Labels] = &[
    (
        "general",
        &[
            "汎用",
            "General purpose",
            "D'usage général",
            "général",
            "généraliste",
        ],
    ),
    (
        "medical",
        &[
            "医学",
            "医用",
            "メディカル",
            "médecine",
            "médical",
            "médicale",
            "medicine",
            "healthcare",
            "ヘルスケア",
            "santé",
            "clinical",
            "臨床",
        ],
    ),
    (
        "finance",
        &["ファイナンス", "financial", "financier", "financière"],
    ),
    ("pharmaceutical", &["製薬", "pharma", "pharmacie"]),
    ("economics", &["経済学", "economy", "économique"]),
    (
        "science",
        &["科学", "scientific", "academic", "scientifique", "sciences"],
    ),
    ("business", &["商業", "commerce", "entreprise"]),
    (
        "coding",
        &[
            "code",
            "コード",
            "プログラミング",
            "programming",
            "programmation",
        ],
    ),
    ("politics", &["political", "政治学", "politique"]),
    ("dialog", &["dialogue", "会話"]),
];

/// The words of `id` in `table`, its id first.
pub fn words<'a>(table: &'a [Labels], id: &'a str) -> impl Iterator<Item = &'a str> {
    table
        .iter()
        .filter(move |(i, _)| *i == id)
        .flat_map(|(i, w)| std::iter::once(*i).chain(w.iter().copied()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::schema::Category;

    /// Every category and task of the schema has its words, and no word
    /// names two values of one table.
    #[test]
    fn tables_cover_the_schema_without_clashes() {
        for c in Category::ALL {
            assert!(CATEGORIES.iter().any(|(i, _)| *i == c.as_str()), "{c:?}");
            for t in c.tasks() {
                assert!(TASKS.iter().any(|(i, _)| i == t), "{t}");
            }
        }
        for table in [CATEGORIES, TASKS, APPROACHES, DOMAINS] {
            let mut seen = std::collections::HashMap::new();
            for (id, ws) in table {
                for w in std::iter::once(id).chain(ws.iter()) {
                    let key = crate::catalog::index::norm(w);
                    if let Some(other) = seen.insert(key, *id) {
                        assert_eq!(other, *id, "'{w}' names {other} and {id}");
                    }
                }
            }
        }
    }
}
