//! Column headers, the values jllm writes (`unknown`, commercial classes,
//! fit verdicts), category and approach labels, and `show`'s page: one
//! area of the translation table (see [`super`]).

table! {
    // Column headers (table and Markdown; CSV and TSV keep the column
    // names `--columns` takes, so scripts can rely on them).
    "id" => "ID", "id";
    "name" => "名前", "nom";
    "name_ja" => "日本語名", "nom japonais";
    "sizes" => "サイズ", "tailles";
    "params" => "パラメータ数", "paramètres";
    "arch" => "アーキテクチャ", "architecture";
    "architecture" => "アーキテクチャ", "architecture";
    "base" => "ベースモデル", "modèle de base";
    "developer" => "開発元", "développeur";
    "license" => "ライセンス", "licence";
    "commercial" => "商用利用", "usage commercial";
    "year" => "公開年", "année";
    "released" => "公開日", "publication";
    "context" => "コンテキスト長", "contexte";
    "category" => "カテゴリ", "catégorie";
    "task" => "タスク", "tâche";
    "approach" => "手法", "approche";
    "domain" => "ドメイン", "domaine";
    "tokens" => "学習トークン数", "jetons d'entraînement";
    "checkpoints" => "チェックポイント数", "checkpoints";
    "hf" => "Hugging Face", "Hugging Face";
    "url" => "URL", "URL";
    "family" => "ファミリー", "famille";
    "checkpoint" => "チェックポイント", "checkpoint";
    "active" => "アクティブ", "actifs";
    "experts" => "エキスパート", "experts";
    "quant" => "量子化", "quantification";
    "weights" => "重み", "poids";
    "kv" => "KVキャッシュ", "cache KV";
    "memory" => "メモリ", "mémoire";
    "verdict" => "判定", "verdict";
    "key" => "キー", "clé";
    "label" => "項目", "valeur";
    "count" => "件数", "nombre";
    "share" => "割合", "part";
    "bar" => "グラフ", "barre";
    "description" => "説明", "description";
    "mode" => "モード", "mode";
    "version" => "バージョン", "version";
    "source" => "出典", "source";
    "note" => "注", "note";
    "rank" => "順位", "rang";
    "score" => "スコア", "score";
    "std" => "標準偏差", "écart-type";
    "suite" => "スイート", "suite";
    "match" => "一致", "correspondance";

    // Values jllm writes.
    "unknown" => "不明", "inconnu";
    "yes" => "可", "oui";
    "conditional" => "条件付き", "sous conditions";
    "no" => "不可", "non";
    "mixed" => "混在", "mixte";
    "convertible" => "変換すれば可", "convertible";
    "none" => "なし", "aucune";
    "general" => "汎用", "généraliste";
    "fits on GPU" => "GPUに収まる", "tient sur le GPU";
    "fits with CPU offload" => "CPUオフロードで収まる", "tient avec déchargement sur le CPU";
    "too large" => "大きすぎる", "trop grand";
    "{0} (published)" => "{0}（公開版）", "{0} (publié)";
    "{0} ({1} active)" => "{0}（アクティブ {1}）", "{0} ({1} actifs)";
    "{0}, {1} active" => "{0}、アクティブ {1}", "{0}, {1} actifs";
    "{0} (base model: {1})" => "{0}（ベースモデル: {1}）", "{0} (modèle de base\u{a0}: {1})";
    "{0} (base model: {1}; {2} with YaRN)" => "{0}（ベースモデル: {1}、YaRN で {2}）", "{0} (modèle de base\u{a0}: {1}\u{a0}; {2} avec YaRN)";
    "{0} or unknown" => "{0} または不明", "{0} ou inconnu";
    // Categories and approaches (their ids stay in JSON and in flags).
    "text-generation" => "テキスト生成", "génération de texte";
    "encoder" => "エンコーダ", "encodeur";
    "embedding" => "埋め込み", "plongement";
    "vision" => "視覚言語", "vision-langage";
    "speech" => "音声", "parole";
    "music" => "音楽", "musique";
    "scratch" => "スクラッチ学習", "entraînement à partir de zéro";
    "continual-pretraining" => "継続事前学習", "pré-entraînement continu";
    "post-training" => "事後学習", "post-entraînement";
    "merge" => "マージ", "fusion";
    "api" => "API", "API";

    // `show`'s page.
    "Name" => "名前", "Nom";
    "Id" => "ID", "Id";
    "Category" => "カテゴリ", "Catégorie";
    "Domain" => "ドメイン", "Domaine";
    "Year" => "公開年", "Année";
    "Released" => "公開日", "Publication";
    "Architecture" => "アーキテクチャ", "Architecture";
    "Base model" => "ベースモデル", "Modèle de base";
    "Merged from" => "マージ元", "Fusion de";
    "Paper" => "原論文", "Article";
    "Developers" => "開発元", "Développeurs";
    "License" => "ライセンス", "Licence";
    "commercial use: {0}" => "商用利用: {0}", "usage commercial\u{a0}: {0}";
    "per checkpoint, below" => "チェックポイントごと、下表", "par checkpoint, ci-dessous";
    "Platform" => "プラットフォーム", "Plateforme";
    "Context length" => "コンテキスト長", "Longueur de contexte";
    "Training data" => "学習データ", "Données d'entraînement";
    "Training tokens" => "学習トークン数", "Jetons d'entraînement";
    "On Hugging Face" => "Hugging Face 公開", "Sur Hugging Face";
    "Note" => "注", "Note";
    "{0} (f16 / q8_0 / q4_k_m, {1} tokens)" => "{0}（f16 / q8_0 / q4_k_m、{1}トークン）", "{0} (f16 / q8_0 / q4_k_m, {1} jetons)";
    "size of {0}: {1} ({2})" => "{0} のサイズ: {1}（{2}）", "taille de {0}\u{a0}: {1} ({2})";
    "release of {0}: {1} ({2})" => "{0} の公開日: {1}（{2}）", "publication de {0}\u{a0}: {1} ({2})";

    "Evaluation results (best run per suite):" => "評価結果（スイートごとの最良の実行）:", "Résultats d'évaluation (meilleur essai par suite)\u{a0}:";
    "Per task and every run: {0}" => "タスクごとのスコアとすべての実行: {0}", "Par tâche et tous les essais\u{a0}: {0}";
    "{0} (best of {1})" => "{0}（{1} 回中の最良）", "{0} (meilleur de {1})";
}
