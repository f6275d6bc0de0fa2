//! Every fixed string a person reads, in English, Japanese and French, in
//! one table: table headers, the values jllm itself writes
//! (`unknown`, commercial classes, fit verdicts, category and approach
//! labels), footers, and the fixed parts of the common messages on stderr.
//! Names and texts from the catalog are not here: they come in the
//! catalog's own languages (`Text`, `name_ja`, `name_fr`).
//!
//! The English text is the key: `tr(lang, "fits on GPU")`. English is
//! returned as is, without a lookup; Japanese and French are one `match` on
//! the string, compiled by rustc (no table built or parsed at start-up:
//! jllm runs in shell completion). Templates number their holes `{0}`,
//! `{1}`… so a translation can put them in its own order ([`trf`]).
//!
//! French typography: a no-break space (U+00A0, written `\u{a0}`) comes
//! before `:`, `;`, `?` and `!`, and never a plain space, so the
//! punctuation cannot start a line when a terminal or a table wraps. U+00A0
//! rather than the narrow U+202F that print typography prefers before `;`,
//! `?` and `!`: in a terminal every character takes a whole cell anyway,
//! every monospace font has U+00A0 (not all have U+202F), and one character
//! everywhere keeps the rule testable. Both are one column wide for
//! unicode-width, so tables align either way. Japanese keeps the ASCII
//! colon after a label (`もしかして:`), as the existing entries do. Only
//! what the table holds follows these rules: `jllm:` and `path:line:`
//! prefixes are Unix conventions, not sentences.
//!
//! Messages raised where no `Config` is at hand (a flag's value resolved
//! against the catalog, a unit, a suite) read the process's language with
//! [`lang`]: `Config` sets it; clap's value parsers, which run before,
//! read it ahead from the command line and the environment, on failure
//! only (the success path of a run never scans the command line twice).
//!
//! Completeness is tested: every entry has a Japanese and a French text,
//! no English key appears twice (a duplicate is also an unreachable match
//! arm, which `clippy -D warnings` rejects), and every string literal the
//! source passes to `tr`/`trf`/`header` is an entry (a test scans src/).
//! JSON, ids and `--help` stay English.

use std::sync::atomic::{AtomicU8, Ordering};

use crate::catalog::schema::Lang;

macro_rules! table {
    ($( $en:literal => $ja:literal, $fr:literal; )*) => {
        /// (English, Japanese, French), in the order of the source.
        #[cfg(test)]
        pub const TABLE: &[(&str, &str, &str)] = &[ $( ($en, $ja, $fr), )* ];

        fn lookup(en: &str) -> Option<(&'static str, &'static str)> {
            match en {
                $( $en => Some(($ja, $fr)), )*
                _ => None,
            }
        }
    };
}

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

    // Footers and notes under tables.
    "{0} families" => "{0} ファミリー", "{0} familles";
    "{0} of {1} checkpoints of known size fit in {2} of {3} VRAM{4} at {5} tokens (or the model's limit); {6} of unknown size skipped. Rough estimates: see jllm fit --help." =>
        "サイズが分かっている {1} チェックポイントのうち {0} が VRAM {2}（全 {3}）{4} に {5} トークン（またはモデルの上限）で収まります。サイズ不明の {6} は対象外。概算です（jllm fit --help を参照）。",
        "{0} checkpoints sur {1} de taille connue tiennent dans {2} de VRAM sur {3}{4} à {5} jetons (ou la limite du modèle)\u{a0}; {6} de taille inconnue ignorés. Estimations grossières\u{a0}: voir jllm fit --help.";
    "{0} of {1} checkpoints of known size fit in {2} of {3} VRAM{4} at {5} tokens; {6} of unknown size skipped. Rough estimates: see jllm fit --help." =>
        "サイズが分かっている {1} チェックポイントのうち {0} が VRAM {2}（全 {3}）{4} に {5} トークンで収まります。サイズ不明の {6} は対象外。概算です（jllm fit --help を参照）。",
        "{0} checkpoints sur {1} de taille connue tiennent dans {2} de VRAM sur {3}{4} à {5} jetons\u{a0}; {6} de taille inconnue ignorés. Estimations grossières\u{a0}: voir jllm fit --help.";
    " + {0} of {1} RAM" => " + RAM {0}（全 {1}）", " + {0} de RAM sur {1}";
    "{0} checkpoints of known size and unknown context left out; --assume-base-context admits those whose base model reaches {1}." =>
        "サイズが分かっていてコンテキスト長が不明の {0} チェックポイントは除外。--assume-base-context でベースモデルが {1} に達するものを含めます。",
        "{0} checkpoints de taille connue et de contexte inconnu écartés\u{a0}; --assume-base-context admet ceux dont le modèle de base atteint {1}.";
    "{0} checkpoints of known size and unknown context left out: no stated context, and no base model known to reach {1}." =>
        "サイズが分かっていてコンテキスト長が不明の {0} チェックポイントは除外（記載がなく、{1} に達すると分かっているベースモデルもない）。",
        "{0} checkpoints de taille connue et de contexte inconnu écartés\u{a0}: aucun contexte indiqué, et aucun modèle de base connu pour atteindre {1}.";
    "the JSON field 'score' needs a suite: --sort score:SUITE or --columns score:SUITE (suites: {0})" =>
        "JSON のフィールド 'score' にはスイートの指定が必要です: --sort score:SUITE か --columns score:SUITE（スイート: {0}）",
        "le champ JSON 'score' demande une suite\u{a0}: --sort score:SUITE ou --columns score:SUITE (suites\u{a0}: {0})";
    "--assume-base-context needs --context or --min-context" =>
        "--assume-base-context には --context か --min-context が必要です",
        "--assume-base-context demande --context ou --min-context";
    "Sorted by the best score on {0} (jllm results --suite {0}): measured on the published weights, not at the quantization shown." =>
        "{0} の最高スコア順（jllm results --suite {0}）: スコアは公開された重みで測ったもので、表示の量子化でのものではありません。",
        "Trié par meilleur score sur {0} (jllm results --suite {0})\u{a0}: mesuré sur les poids publiés, pas à la quantification affichée.";
    "Scores of different suites are not comparable, and pre-trained and post-trained suites measure different things: compare models within one suite only." =>
        "異なるスイートのスコアは比較できません。事前学習モデル向けと事後学習モデル向けのスイートは測るものが異なります。比較は同じスイートの中でのみ行ってください。",
        "Les scores de suites différentes ne sont pas comparables\u{a0}: les suites pour modèles pré-entraînés et post-entraînés mesurent des choses différentes. Ne comparez qu'au sein d'une même suite.";
    "(not shown to fit {0} columns: {1}; see --columns)" => "（{0} 桁に収めるため非表示: {1}。--columns を参照）", "(non affiché pour tenir en {0} colonnes\u{a0}: {1}\u{a0}; voir --columns)";

    // Messages on stderr (their fixed parts).
    "no model matches '{0}'" => "'{0}' に一致するモデルはありません", "aucun modèle ne correspond à '{0}'";
    "did you mean:" => "もしかして:", "vouliez-vous dire\u{a0}:";
    "'{0}' matches {1} families; give one of these ids:" => "'{0}' は {1} ファミリーに一致します。次の ID のいずれかを指定してください:", "'{0}' correspond à {1} familles\u{a0}; donnez l'un de ces ids\u{a0}:";
    "… and {0} more (jllm search '{1}')" => "… ほか {0} 件（jllm search '{1}'）", "… et {0} de plus (jllm search '{1}')";
    "nothing matches '{0}'" => "'{0}' に一致するものはありません", "rien ne correspond à '{0}'";
    "nothing matches '{0}'; nearest: {1}" => "'{0}' に一致するものはありません。近いもの: {1}", "rien ne correspond à '{0}'\u{a0}; les plus proches\u{a0}: {1}";
    "no family is from {0} or later; the newest is from {1}" => "{0} 年以降のファミリーはありません。最新は {1} 年です", "aucune famille ne date de {0} ou après\u{a0}; la plus récente date de {1}";
    "no family is from {0} or earlier; the oldest is from {1}" => "{0} 年以前のファミリーはありません。最古は {1} 年です", "aucune famille ne date de {0} ou avant\u{a0}; la plus ancienne date de {1}";
    "no family is from {0}; years run from {1} to {2}" => "{0} 年のファミリーはありません。{1} 年から {2} 年までです", "aucune famille ne date de {0}\u{a0}; les années vont de {1} à {2}";
    "no family takes a context of {0} tokens or more; the longest known is {1}" => "{0} トークン以上のコンテキストを扱うファミリーはありません。既知の最長は {1} です", "aucune famille ne prend un contexte de {0} jetons ou plus\u{a0}; le plus long connu est {1}";
    "no family has a context of {0} tokens or less; the shortest known is {1}" => "コンテキストが {0} トークン以下のファミリーはありません。既知の最短は {1} です", "aucune famille n'a un contexte de {0} jetons ou moins\u{a0}; le plus court connu est {1}";
    "no checkpoint has {0} parameters or more; the largest has {1}" => "{0} パラメータ以上のチェックポイントはありません。最大は {1} です", "aucun checkpoint n'a {0} paramètres ou plus\u{a0}; le plus grand en a {1}";
    "no checkpoint has {0} parameters or fewer; the smallest has {1}" => "{0} パラメータ以下のチェックポイントはありません。最小は {1} です", "aucun checkpoint n'a {0} paramètres ou moins\u{a0}; le plus petit en a {1}";
    "no family matches {0}" => "{0} に一致するファミリーはありません", "aucune famille ne correspond à {0}";
    "{0} family matches {1}, but it does not pass {2}" => "{1} に一致するファミリーは {0} ありますが、{2} を満たしません", "{0} famille correspond à {1}, mais elle ne passe pas {2}";
    "{0} (family)" => "{0}（ファミリー）", "{0} (famille)";
    "[possible values: params, year, released, name, context, developer] or score:SUITE (suites: {0})" => "[指定できる値: params, year, released, name, context, developer] または score:SUITE（スイート: {0}）", "[valeurs possibles\u{a0}: params, year, released, name, context, developer] ou score:SUITE (suites\u{a0}: {0})";
    "{0} families match {1}, but none of them passes {2}" => "{1} に一致するファミリーは {0} ありますが、どれも {2} を満たしません", "{0} familles correspondent à {1}, mais aucune ne passe {2}";
    "{0} family matches '{1}', but none passes the filters" => "'{1}' に一致するファミリーは {0} ありますが、条件を満たしません", "{0} famille correspond à '{1}', mais elle ne passe pas les filtres";
    "{0} families match '{1}', but none passes the filters" => "'{1}' に一致するファミリーは {0} ありますが、どれも条件を満たしません", "{0} familles correspondent à '{1}', mais aucune ne passe les filtres";
    "the catalog is empty" => "カタログが空です", "le catalogue est vide";
    "no family matches all the filters together" => "すべての条件を同時に満たすファミリーはありません", "aucune famille ne passe tous les filtres à la fois";

    // Flag values resolved against the catalog and the label tables
    // (src/query/resolve.rs, src/query/filter.rs): one sentence per kind,
    // French nouns having a gender.
    "no developer matches '{0}'" => "'{0}' に一致する開発元はありません", "aucun développeur ne correspond à '{0}'";
    "no domain matches '{0}'" => "'{0}' に一致するドメインはありません", "aucun domaine ne correspond à '{0}'";
    "no category matches '{0}'" => "'{0}' に一致するカテゴリはありません", "aucune catégorie ne correspond à '{0}'";
    "no task matches '{0}'" => "'{0}' に一致するタスクはありません", "aucune tâche ne correspond à '{0}'";
    "no approach matches '{0}'" => "'{0}' に一致する手法はありません", "aucune approche ne correspond à '{0}'";
    "no benchmark category matches '{0}'" => "'{0}' に一致するベンチマークのカテゴリはありません", "aucune catégorie de benchmark ne correspond à '{0}'";
    "no license matches '{0}'" => "'{0}' に一致するライセンスはありません", "aucune licence ne correspond à '{0}'";
    "no architecture matches '{0}'" => "'{0}' に一致するアーキテクチャはありません", "aucune architecture ne correspond à '{0}'";
    "no base model matches '{0}'" => "'{0}' に一致するベースモデルはありません", "aucun modèle de base ne correspond à '{0}'";
    "{0}; did you mean {1}?" => "{0}。もしかして: {1}", "{0}\u{a0}; vouliez-vous dire {1}\u{a0}?";
    "{0} or {1}" => "{0} または {1}", "{0} ou {1}";
    " and {0} more" => " ほか {0} 件", " et {0} autres";
    "'{0}' could mean {1} developers: {2}; give one of them" => "'{0}' に当てはまる開発元が {1} 件あります: {2}。いずれか一つを指定してください", "'{0}' peut désigner {1} développeurs\u{a0}: {2}\u{a0}; précisez lequel";
    "'{0}' could mean {1} domains: {2}; give one of them" => "'{0}' に当てはまるドメインが {1} 件あります: {2}。いずれか一つを指定してください", "'{0}' peut désigner {1} domaines\u{a0}: {2}\u{a0}; précisez lequel";
    "'{0}' could mean {1} categories: {2}; give one of them" => "'{0}' に当てはまるカテゴリが {1} 件あります: {2}。いずれか一つを指定してください", "'{0}' peut désigner {1} catégories\u{a0}: {2}\u{a0}; précisez laquelle";
    "'{0}' could mean {1} tasks: {2}; give one of them" => "'{0}' に当てはまるタスクが {1} 件あります: {2}。いずれか一つを指定してください", "'{0}' peut désigner {1} tâches\u{a0}: {2}\u{a0}; précisez laquelle";
    "'{0}' could mean {1} approaches: {2}; give one of them" => "'{0}' に当てはまる手法が {1} 件あります: {2}。いずれか一つを指定してください", "'{0}' peut désigner {1} approches\u{a0}: {2}\u{a0}; précisez laquelle";
    "'{0}' could mean {1} benchmark categories: {2}; give one of them" => "'{0}' に当てはまるベンチマークのカテゴリが {1} 件あります: {2}。いずれか一つを指定してください", "'{0}' peut désigner {1} catégories de benchmark\u{a0}: {2}\u{a0}; précisez laquelle";
    "'{0}' could mean {1} licenses: {2}; give one of them" => "'{0}' に当てはまるライセンスが {1} 件あります: {2}。いずれか一つを指定してください", "'{0}' peut désigner {1} licences\u{a0}: {2}\u{a0}; précisez laquelle";
    "'{0}' could mean {1} architectures: {2}; give one of them" => "'{0}' に当てはまるアーキテクチャが {1} 件あります: {2}。いずれか一つを指定してください", "'{0}' peut désigner {1} architectures\u{a0}: {2}\u{a0}; précisez laquelle";
    "'{0}' could mean {1} base models: {2}; give one of them" => "'{0}' に当てはまるベースモデルが {1} 件あります: {2}。いずれか一つを指定してください", "'{0}' peut désigner {1} modèles de base\u{a0}: {2}\u{a0}; précisez lequel";
    "empty developer: give a developer id or name" => "開発元が空です。開発元の ID か名前を指定してください", "développeur vide\u{a0}: donnez l'id ou le nom d'un développeur";
    "empty domain: give a domain id or name" => "ドメインが空です。ドメインの ID か名前を指定してください", "domaine vide\u{a0}: donnez l'id ou le nom d'un domaine";
    "empty category: give a category id or name" => "カテゴリが空です。カテゴリの ID か名前を指定してください", "catégorie vide\u{a0}: donnez l'id ou le nom d'une catégorie";
    "empty task: give a task id or name" => "タスクが空です。タスクの ID か名前を指定してください", "tâche vide\u{a0}: donnez l'id ou le nom d'une tâche";
    "empty approach: give an approach id or name" => "手法が空です。手法の ID か名前を指定してください", "approche vide\u{a0}: donnez l'id ou le nom d'une approche";
    "empty benchmark category: give a benchmark category id or name" => "ベンチマークのカテゴリが空です。カテゴリの ID か名前を指定してください", "catégorie de benchmark vide\u{a0}: donnez l'id ou le nom d'une catégorie de benchmark";
    "empty license: give a license id or name" => "ライセンスが空です。ライセンスの ID か名前を指定してください", "licence vide\u{a0}: donnez l'id ou le nom d'une licence";
    "empty architecture: give an architecture name" => "アーキテクチャが空です。アーキテクチャ名を指定してください", "architecture vide\u{a0}: donnez le nom d'une architecture";
    "empty base model: give a base model name" => "ベースモデルが空です。ベースモデル名を指定してください", "modèle de base vide\u{a0}: donnez le nom d'un modèle de base";
    "{0}; valid categories: {1}" => "{0}。有効なカテゴリ: {1}", "{0}\u{a0}; catégories valides\u{a0}: {1}";
    "{0}; valid tasks: {1}" => "{0}。有効なタスク: {1}", "{0}\u{a0}; tâches valides\u{a0}: {1}";
    "{0}; valid approaches: {1}" => "{0}。有効な手法: {1}", "{0}\u{a0}; approches valides\u{a0}: {1}";
    "{0}; valid: {1}" => "{0}。有効な値: {1}", "{0}\u{a0}; valeurs valides\u{a0}: {1}";
    "the category is not valid UTF-8" => "カテゴリが正しい UTF-8 ではありません", "la catégorie n'est pas de l'UTF-8 valide";
    "the task is not valid UTF-8" => "タスクが正しい UTF-8 ではありません", "la tâche n'est pas de l'UTF-8 valide";
    "the approach is not valid UTF-8" => "手法が正しい UTF-8 ではありません", "l'approche n'est pas de l'UTF-8 valide";
    "the value is not valid UTF-8" => "値が正しい UTF-8 ではありません", "la valeur n'est pas de l'UTF-8 valide";
    "--since {0} is later than --until {1}" => "--since {0} が --until {1} より後です", "--since {0} est postérieur à --until {1}";
    "--min-context {0} is larger than --max-context {1}" => "--min-context {0} が --max-context {1} より大きいです", "--min-context {0} est supérieur à --max-context {1}";
    "--min-params {0} is larger than --max-params {1}" => "--min-params {0} が --max-params {1} より大きいです", "--min-params {0} est supérieur à --max-params {1}";

    // Units, suites and sort keys as typed (src/units.rs, src/estimate.rs,
    // src/query/scores.rs, the sort parsers).
    "invalid size '{0}': {1}" => "サイズ '{0}' が不正です: {1}", "taille '{0}' invalide\u{a0}: {1}";
    "invalid context length '{0}': {1}" => "コンテキスト長 '{0}' が不正です: {1}", "longueur de contexte '{0}' invalide\u{a0}: {1}";
    "invalid memory size '{0}': {1}" => "メモリサイズ '{0}' が不正です: {1}", "taille mémoire '{0}' invalide\u{a0}: {1}";
    "not a number" => "数ではありません", "ce n'est pas un nombre";
    "must be greater than zero" => "0 より大きい必要があります", "doit être supérieur à zéro";
    "too large (the limit is 10^18)" => "大きすぎます（上限は 10^18）", "trop grand (la limite est 10^18)";
    "expected a number with a unit, like 7b, 1.5B or 500m (or a plain count such as 7000000000)" =>
        "7b、1.5B、500m のように単位付きの数を指定してください（または 7000000000 のような単位なしの数）",
        "il faut un nombre avec une unité, comme 7b, 1.5B ou 500m (ou un nombre sans unité comme 7000000000)";
    "k is not a unit of parameters (32k means 32,768 tokens); write millions or billions, like 500m or 1.5b" =>
        "k はパラメータ数の単位ではありません（32k は 32,768 トークンの意味です）。500m や 1.5b のように百万（m）か十億（b）で書いてください",
        "k n'est pas une unité de paramètres (32k signifie 32\u{a0}768 jetons)\u{a0}; écrivez des millions ou des milliards, comme 500m ou 1.5b";
    "{0} parameters? write {0}b (billions) or {0}m (millions); a count without a unit must be at least {1}" =>
        "{0} パラメータ？ {0}b（十億）か {0}m（百万）と書いてください。単位なしの数は {1} 以上である必要があります",
        "{0} paramètres\u{a0}? écrivez {0}b (milliards) ou {0}m (millions)\u{a0}; un nombre sans unité doit valoir au moins {1}";
    "expected a number of tokens like 8192 or 32k (k = 1024)" => "8192 や 32k（k = 1024）のようにトークン数を指定してください", "il faut un nombre de jetons comme 8192 ou 32k (k = 1024)";
    "'{0}' is a unit of parameters; {1}" => "'{0}' はパラメータ数の単位です。{1}", "'{0}' est une unité de paramètres\u{a0}; {1}";
    "expected a number with a unit, like 24GB, 8GiB or 512MB" => "24GB、8GiB、512MB のように単位付きの数を指定してください", "il faut un nombre avec une unité, comme 24GB, 8GiB ou 512MB";
    "invalid quantization '{0}': expected one of {1}" => "量子化 '{0}' が不正です。次のいずれかを指定してください: {1}", "quantification '{0}' invalide\u{a0}; valeurs attendues\u{a0}: {1}";
    "unknown suite '{0}'; valid suites: {1}" => "不明なスイート '{0}'。有効なスイート: {1}", "suite '{0}' inconnue\u{a0}; suites valides\u{a0}: {1}";
    "'{0}': expected SUITE=SCORE, e.g. pfgen=0.5" => "'{0}': SUITE=SCORE の形で指定してください（例: pfgen=0.5）", "'{0}'\u{a0}: il faut SUITE=SCORE, par exemple pfgen=0.5";
    "'{0}' is not a number (in '{1}')" => "'{0}' は数ではありません（'{1}' 内）", "'{0}' n'est pas un nombre (dans '{1}')";
    "--y takes score:SUITE (suites: {0})" => "--y には score:SUITE を指定します（スイート: {0}）", "--y prend score:SUITE (suites\u{a0}: {0})";
    "invalid sort '{0}': expected fit, params, memory, year, name or score:SUITE (suites: {1})" =>
        "並べ替え '{0}' が不正です。fit、params、memory、year、name、score:SUITE のいずれかを指定してください（スイート: {1}）",
        "tri '{0}' invalide\u{a0}; il faut fit, params, memory, year, name ou score:SUITE (suites\u{a0}: {1})";
    // The frame clap prints around a flag value's error (src/cmd/mod.rs).
    "error: {0}" => "エラー: {0}", "erreur\u{a0}: {0}";
    "invalid value '{0}' for '{1}': {2}" => "'{1}' の値 '{0}' が不正です: {2}", "valeur '{0}' invalide pour '{1}'\u{a0}: {2}";
    "For more information, try '--help'." => "詳しくは '--help' を参照してください。", "Pour en savoir plus, essayez '--help'.";

    // `list --variants`.
    "{0} checkpoint without a Hugging Face repo id left out (see --format tsv --columns family,name,url)" =>
        "Hugging Face のリポジトリ ID がないチェックポイント {0} 件を除外しました（--format tsv --columns family,name,url を参照）",
        "{0} checkpoint sans id de dépôt Hugging Face laissé de côté (voir --format tsv --columns family,name,url)";
    "{0} checkpoints without a Hugging Face repo id left out (see --format tsv --columns family,name,url)" =>
        "Hugging Face のリポジトリ ID がないチェックポイント {0} 件を除外しました（--format tsv --columns family,name,url を参照）",
        "{0} checkpoints sans id de dépôt Hugging Face laissés de côté (voir --format tsv --columns family,name,url)";

    // `benchmarks` and `benchmark`: categories (as the list's headings
    // name them), the page, the messages.
    "hybrid" => "複合型", "hybride";
    "nlu" => "自然言語理解", "compréhension du langage";
    "generation" => "テキスト生成", "génération";
    "domain-specific" => "特定ドメイン", "domaines spécifiques";
    "factuality-safety" => "事実性・安全性", "factualité et sécurité";
    "reasoning" => "論理推論", "raisonnement";
    "instruction-following" => "指示追従", "suivi d'instructions";
    "vision-language" => "視覚言語", "vision-langage";
    "other" => "その他", "autre";
    "Description" => "説明", "Description";
    "URL" => "URL", "URL";
    "no benchmark matches '{0}'" => "'{0}' に一致するベンチマークはありません", "aucun benchmark ne correspond à '{0}'";
    "'{0}' matches several benchmarks:" => "'{0}' は複数のベンチマークに一致します:", "'{0}' correspond à plusieurs benchmarks\u{a0}:";

    // `results`.
    "--benchmark or --suite is required" => "--benchmark か --suite を指定してください", "--benchmark ou --suite est requis";
    "no evaluation results for benchmark '{0}'; benchmarks with results: {1}" =>
        "ベンチマーク '{0}' の評価結果はありません。評価結果のあるベンチマーク: {1}",
        "aucun résultat d'évaluation pour le benchmark '{0}'\u{a0}; benchmarks avec résultats\u{a0}: {1}";
    "unknown benchmark '{0}'; benchmarks with results: {1}" => "不明なベンチマーク '{0}'。評価結果のあるベンチマーク: {1}", "benchmark '{0}' inconnu\u{a0}; benchmarks avec résultats\u{a0}: {1}";
    "suite '{0}' is not a suite of {1}; its suites: {2}" => "スイート '{0}' は {1} のスイートではありません。{1} のスイート: {2}", "la suite '{0}' n'est pas une suite de {1}\u{a0}; ses suites\u{a0}: {2}";
    "{0} has {1} suites, not comparable with each other; choose one with --suite: {2}" =>
        "{0} には互いに比較できないスイートが {1} 個あります。--suite で一つ選んでください: {2}",
        "{0} a {1} suites, non comparables entre elles\u{a0}; choisissez-en une avec --suite\u{a0}: {2}";
    "no evaluation results for {0}: none are in effect (--no-builtin)" => "{0} の評価結果はありません: 評価結果は読み込まれていません（--no-builtin）", "aucun résultat d'évaluation pour {0}\u{a0}: aucun n'est en vigueur (--no-builtin)";
    "no evaluation results for {0} in {1}" => "{1} に {0} の評価結果はありません", "aucun résultat d'évaluation pour {0} dans {1}";
    "Suite {0}: {1}" => "スイート {0}: {1}", "Suite {0}\u{a0}: {1}";
    "Source: {0}" => "出典: {0}", "Source\u{a0}: {0}";
    "{0} ({1}, {2}): {3}" => "{0}（{1}、{2}）: {3}", "{0} ({1}, {2})\u{a0}: {3}";
    "not in the list" => "リスト外", "hors de la liste";

    // The filters' explanations, a value with no match, and what a
    // `results` ranking shows or leaves out (src/query/filter/defs.rs,
    // src/query/resolve.rs, src/cmd/results.rs).
    "no checkpoint scores {0} or more on {1}; the best scores {2}" =>
        "{1} で {0} 以上のスコアのチェックポイントはありません。最高は {2} です",
        "aucun checkpoint n'obtient {0} ou plus sur {1}\u{a0}; le meilleur obtient {2}";
    "no checkpoint of the catalog has a score on {0}" =>
        "{0} のスコアがあるチェックポイントはカタログにありません",
        "aucun checkpoint du catalogue n'a de score sur {0}";
    "{0}; the catalog's developers are: {1}" => "{0}。カタログの開発元: {1}", "{0}\u{a0}; les développeurs du catalogue sont\u{a0}: {1}";
    "{0}; the catalog's domains are: {1}" => "{0}。カタログのドメイン: {1}", "{0}\u{a0}; les domaines du catalogue sont\u{a0}: {1}";
    "{0}; the catalog's licenses are: {1}" => "{0}。カタログのライセンス: {1}", "{0}\u{a0}; les licences du catalogue sont\u{a0}: {1}";
    "{0}; the catalog's architectures are: {1}" => "{0}。カタログのアーキテクチャ: {1}", "{0}\u{a0}; les architectures du catalogue sont\u{a0}: {1}";
    "{0}; the catalog's base models are: {1}" => "{0}。カタログのベースモデル: {1}", "{0}\u{a0}; les modèles de base du catalogue sont\u{a0}: {1}";
    "{0}; the catalog has {1} developers: jllm stats --by developer lists them" =>
        "{0}。カタログの開発元は {1} 件です（jllm stats --by developer で一覧できます）",
        "{0}\u{a0}; le catalogue compte {1} développeurs\u{a0}: jllm stats --by developer les liste";
    "{0}; the catalog has {1} licenses: jllm stats --by license lists those in use" =>
        "{0}。カタログのライセンスは {1} 件です（jllm stats --by license で使われているものを一覧できます）",
        "{0}\u{a0}; le catalogue compte {1} licences\u{a0}: jllm stats --by license liste celles en usage";
    "{0}; the catalog has {1} architecture and base model names: jllm stats --by architecture and --by base list them" =>
        "{0}。カタログのアーキテクチャ名とベースモデル名は {1} 件です（jllm stats --by architecture と --by base で一覧できます）",
        "{0}\u{a0}; le catalogue compte {1} noms d'architecture et de modèle de base\u{a0}: jllm stats --by architecture et --by base les listent";
    "{0}; the catalog has {1} base models: jllm stats --by base lists them" =>
        "{0}。カタログのベースモデルは {1} 件です（jllm stats --by base で一覧できます）",
        "{0}\u{a0}; le catalogue compte {1} modèles de base\u{a0}: jllm stats --by base les liste";
    "{0} checkpoints of the list with a score on this suite do not pass the filters." =>
        "このスイートのスコアがあるリストのチェックポイントのうち {0} 件は条件を満たしません。",
        "{0} checkpoints de la liste ayant un score sur cette suite ne passent pas les filtres.";
    "{0} models on this leaderboard are not in the list and are left out: the filters cannot be checked on them." =>
        "このリーダーボードのモデルのうちリスト外の {0} 件は除外しました（条件を確かめられないため）。",
        "{0} modèles de ce classement ne sont pas dans la liste et sont écartés\u{a0}: les filtres ne peuvent pas être vérifiés sur eux.";
    "Ranks are the leaderboard's own: every model on it, each by its best run." =>
        "順位はリーダーボード自体の順位です（全モデル、それぞれ最良の実行）。",
        "Les rangs sont ceux du classement\u{a0}: tous ses modèles, chacun par son meilleur essai.";
    "{0} models on this leaderboard are not in the list; --include-reference shows them." =>
        "このリーダーボードのモデルのうち {0} 件はリスト外です。--include-reference で表示できます。",
        "{0} modèles de ce classement ne sont pas dans la liste\u{a0}; --include-reference les montre.";
    "Ranks are among the rows shown, not on the leaderboard (its own rank: --include-reference, or leaderboard_rank in --json)." =>
        "順位は表示した行の中での順位で、リーダーボード上の順位ではありません（リーダーボードの順位: --include-reference、または --json の leaderboard_rank）。",
        "Les rangs sont ceux des lignes affichées, pas ceux du classement (son propre rang\u{a0}: --include-reference, ou leaderboard_rank dans --json).";
    "no result for {0} in suite {1}; its results are in: {2}" =>
        "スイート {1} に {0} の結果はありません。結果があるスイート: {2}",
        "aucun résultat pour {0} dans la suite {1}\u{a0}; ses résultats sont dans\u{a0}: {2}";
    "{0} has results, but none of its checkpoints with results passes the filters" =>
        "{0} には結果がありますが、結果のあるチェックポイントはどれも条件を満たしません",
        "{0} a des résultats, mais aucun de ses checkpoints avec résultats ne passe les filtres";
    "no checkpoint that passes the filters has a score on {0}" =>
        "条件を満たすチェックポイントに {0} のスコアがあるものはありません",
        "aucun checkpoint qui passe les filtres n'a de score sur {0}";
    "no checkpoint of the list has a score on {0}; --include-reference shows the leaderboard's models" =>
        "{0} のスコアがあるリストのチェックポイントはありません。--include-reference でリーダーボードのモデルを表示できます",
        "aucun checkpoint de la liste n'a de score sur {0}\u{a0}; --include-reference montre les modèles du classement";

    // `plot`: the text chart, the SVG's title, axes and legend, messages.
    "from scratch" => "スクラッチ学習", "à partir de zéro";
    "continual pre-training" => "継続事前学習", "pré-entraînement continu";
    "API only" => "API のみ", "API uniquement";
    "other (encoders, speech, …)" => "その他（エンコーダ、音声など）", "autres (encodeurs, parole…)";
    "no family with a known size and date passes the filters; nothing written" =>
        "サイズと日付が分かっていて条件を満たすファミリーはありません。何も書き込んでいません",
        "aucune famille de taille et de date connues ne passe les filtres\u{a0}; rien n'a été écrit";
    "wrote {0}: {1} families ({2} without a known size or date left out)" =>
        "{0} に書き込みました: {1} ファミリー（サイズか日付が不明な {2} は除外）",
        "{0} écrit\u{a0}: {1} familles ({2} sans taille ou date connue laissées de côté)";
    "--out {0}: PNG is not built in (it would need a font rasteriser); write .svg and convert it, e.g. rsvg-convert -o params.png params.svg" =>
        "--out {0}: PNG には対応していません（フォントのラスタライザが必要になるため）。.svg で書き出して変換してください（例: rsvg-convert -o params.png params.svg）",
        "--out {0}\u{a0}: le PNG n'est pas intégré (il faudrait un moteur de rendu de polices)\u{a0}; écrivez du .svg et convertissez-le, par exemple rsvg-convert -o params.png params.svg";
    "--out {0}: expected a file name ending in .svg" => "--out {0}: .svg で終わるファイル名を指定してください", "--out {0}\u{a0}: il faut un nom de fichier se terminant par .svg";
    "Japanese LLMs: parameters by release date ({0} families)" => "日本語 LLM: 公開日ごとのパラメータ数（{0} ファミリー）", "LLM japonais\u{a0}: paramètres selon la date de publication ({0} familles)";
    "Release date" => "公開日", "Date de publication";
    "Parameters (log scale)" => "パラメータ数（対数目盛）", "Paramètres (échelle logarithmique)";
    "Filled: release month or day known. Hollow: year only, spread within the year. One point per family at its largest checkpoint. Data: awesome-japanese-llm, via jllm." =>
        "塗りつぶし: 公開月または公開日が判明。白抜き: 公開年のみ判明（年内に分散して配置）。ファミリーごとに最大のチェックポイントで 1 点。データ: awesome-japanese-llm（jllm 経由）。",
        "Plein\u{a0}: mois ou jour de publication connu. Creux\u{a0}: année seule, répartie dans l'année. Un point par famille, à son plus grand checkpoint. Données\u{a0}: awesome-japanese-llm, via jllm.";
    "Largest model per release year (bar: parameters, log scale)" => "公開年ごとの最大モデル（棒: パラメータ数、対数目盛）", "Plus grand modèle par année de publication (barre\u{a0}: paramètres, échelle logarithmique)";
    "({0} family)" => "（{0} ファミリー）", "({0} famille)";
    "({0} families)" => "（{0} ファミリー）", "({0} familles)";
    "{0} families with a known size and year; {1} left out. Draw the full chart with --out params.svg" =>
        "サイズと公開年が分かっているファミリー {0} 件（{1} 件は除外）。全体の図は --out params.svg で描けます",
        "{0} familles de taille et d'année connues\u{a0}; {1} laissées de côté. Tracez le graphique complet avec --out params.svg";
    "no checkpoint with a known size and a {0} score passes the filters" =>
        "サイズが分かっていて {0} のスコアがあり、条件を満たすチェックポイントはありません",
        "aucun checkpoint de taille connue avec un score {0} ne passe les filtres";
    "no checkpoint with a known size and a {0} score passes the filters; nothing written" =>
        "サイズが分かっていて {0} のスコアがあり、条件を満たすチェックポイントはありません。何も書き込んでいません",
        "aucun checkpoint de taille connue avec un score {0} ne passe les filtres\u{a0}; rien n'a été écrit";
    "{0} checkpoints with a {1} score and a known size ({2} of unknown size left out), {3} reference models in grey. {4}" =>
        "{1} のスコアがありサイズが分かっているチェックポイント {0} 件（サイズ不明の {2} 件は除外）、灰色は参考モデル {3} 件。{4}",
        "{0} checkpoints avec un score {1} et une taille connue ({2} de taille inconnue laissés de côté), {3} modèles de référence en gris. {4}";
    "wrote {0}: {1}" => "{0} に書き込みました: {1}", "{0} écrit\u{a0}: {1}";
    "Best {0} score for its size (Pareto frontier of the catalog's checkpoints):" =>
        "サイズごとの {0} 最高スコア（カタログのチェックポイントのパレートフロンティア）:",
        "Meilleur score {0} pour sa taille (frontière de Pareto des checkpoints du catalogue)\u{a0}:";
    "Draw the chart with --out scores.svg" => "図は --out scores.svg で描けます", "Tracez le graphique avec --out scores.svg";
    "{0}: score by parameters, best for its size highlighted" => "{0}: パラメータ数ごとのスコア（サイズごとの最良を強調）", "{0}\u{a0}: score selon les paramètres, les meilleurs pour leur taille en évidence";
    "{0} score" => "{0} スコア", "score {0}";
    "not in the list (size as the leaderboard states it)" => "リスト外（サイズはリーダーボードの記載による）", "hors de la liste (taille indiquée par le classement)";
    "checkpoint of the list" => "リストのチェックポイント", "checkpoint de la liste";
    "Pareto frontier: no smaller checkpoint scores higher" => "パレートフロンティア: これより小さくてスコアが上回るチェックポイントはない", "frontière de Pareto\u{a0}: aucun checkpoint plus petit n'a un meilleur score";
    "One point per checkpoint: its best run on this suite. Scores of different suites are not comparable. Data: awesome-japanese-llm and the leaderboard (see jllm results), via jllm." =>
        "チェックポイントごとに 1 点: このスイートでの最良の実行。異なるスイートのスコアは比較できません。データ: awesome-japanese-llm とリーダーボード（jllm results を参照）、jllm 経由。",
        "Un point par checkpoint\u{a0}: son meilleur essai sur cette suite. Les scores de suites différentes ne sont pas comparables. Données\u{a0}: awesome-japanese-llm et le classement (voir jllm results), via jllm.";

    // `catalog info|import|import-results|validate`: labels, summaries and
    // the fixed parts of messages (the problems found in files stay
    // English, as src/catalog/validate.rs writes them).
    "--out or --check is required" => "--out か --check を指定してください", "--out ou --check est requis";
    "in effect:" => "使用中:", "en vigueur\u{a0}:";
    "built-in:" => "組み込み:", "intégré\u{a0}:";
    "installed:" => "インストール済み:", "installé\u{a0}:";
    "overlay:" => "オーバーレイ:", "surcouche\u{a0}:";
    "effective:" => "実効:", "effectif\u{a0}:";
    "results:" => "評価結果:", "résultats\u{a0}:";
    "source:" => "取得元:", "source\u{a0}:";
    "commit:" => "コミット:", "commit\u{a0}:";
    "archive:" => "アーカイブ:", "archive\u{a0}:";
    "fetched:" => "取得日時:", "récupéré\u{a0}:";
    "empty (--no-builtin)" => "空（--no-builtin）", "vide (--no-builtin)";
    "installed update" => "インストール済みの更新", "mise à jour installée";
    "built-in" => "組み込み", "intégré";
    "{0} models ({1} checkpoints), {2} benchmarks, {3} papers, {4} developers" =>
        "モデル {0}（チェックポイント {1}）、ベンチマーク {2}、論文 {3}、開発元 {4}",
        "{0} modèles ({1} checkpoints), {2} benchmarks, {3} articles, {4} développeurs";
    "list {0} ({1}); {2}" => "リスト {0}（{1}）。{2}", "liste {0} ({1})\u{a0}; {2}";
    "none (in {0}; `jllm update` installs one)" => "なし（{0} 内。`jllm update` でインストールできます）", "aucune (dans {0}\u{a0}; `jllm update` en installe une)";
    "{0} evaluation results ({1})" => "{0} 件（{1}）", "{0} résultats d'évaluation ({1})";
    "{0} evaluation results ({1}), {2}" => "{0} 件（{1}）、{2}", "{0} résultats d'évaluation ({1}), {2}";
    "{0}: cannot read" => "{0}: 読み込めません", "{0}\u{a0}: lecture impossible";
    "{0}: is {1}; expected the directory of a checkout of the awesome-japanese-llm list" =>
        "{0}: {1} です。awesome-japanese-llm リストのチェックアウトのディレクトリを指定してください",
        "{0}\u{a0}: est {1}\u{a0}; il faut le répertoire d'une copie de la liste awesome-japanese-llm";
    "{0}: no README.md here; expected a checkout of the awesome-japanese-llm list (README.md, en/README.md, fr/README.md)" =>
        "{0}: README.md がありません。awesome-japanese-llm リストのチェックアウトを指定してください（README.md、en/README.md、fr/README.md）",
        "{0}\u{a0}: pas de README.md ici\u{a0}; il faut une copie de la liste awesome-japanese-llm (README.md, en/README.md, fr/README.md)";
    "note: {0}" => "注: {0}", "note\u{a0}: {0}";
    "warning: {0}" => "警告: {0}", "avertissement\u{a0}: {0}";
    "{0} rows: {1} models, {2} benchmarks, {3} papers, {4} reported, {5} dropped" =>
        "{0} 行: モデル {1}、ベンチマーク {2}、論文 {3}、報告 {4}、欠落 {5}",
        "{0} lignes\u{a0}: {1} modèles, {2} benchmarks, {3} articles, {4} signalées, {5} perdues";
    "{0} rows were neither imported nor reported (a bug in jllm); nothing written" =>
        "{0} 行が取り込まれも報告もされませんでした（jllm のバグ）。何も書き込んでいません",
        "{0} lignes n'ont été ni importées ni signalées (un bogue de jllm)\u{a0}; rien n'a été écrit";
    "1 warning with --strict; nothing written" => "--strict で警告が 1 件あります。何も書き込んでいません", "1 avertissement avec --strict\u{a0}; rien n'a été écrit";
    "{0} warnings with --strict; nothing written" => "--strict で警告が {0} 件あります。何も書き込んでいません", "{0} avertissements avec --strict\u{a0}; rien n'a été écrit";
    "the imported catalog has 1 problem; nothing written" => "取り込んだカタログに問題が 1 件あります。何も書き込んでいません", "le catalogue importé a 1 problème\u{a0}; rien n'a été écrit";
    "the imported catalog has {0} problems; nothing written" => "取り込んだカタログに問題が {0} 件あります。何も書き込んでいません", "le catalogue importé a {0} problèmes\u{a0}; rien n'a été écrit";
    "{0} models ({1} checkpoints), {2} benchmarks, {3} footnotes, {4} papers, {5} domains" =>
        "モデル {0}（チェックポイント {1}）、ベンチマーク {2}、脚注 {3}、論文 {4}、ドメイン {5}",
        "{0} modèles ({1} checkpoints), {2} benchmarks, {3} notes de bas de page, {4} articles, {5} domaines";
    "catalog is up to date" => "カタログは最新です", "le catalogue est à jour";
    "the list" => "リスト", "la liste";
    "wrote {0} to {1}" => "{1} に書き込みました: {0}", "écrit dans {1}\u{a0}: {0}";
    "{0}: {1}" => "{0}: {1}", "{0}\u{a0}: {1}";
    "{0} differences between {1} and {2}; run `{3} --out {2}` to update" =>
        "{1} と {2} の間に差分が {0} 件あります。更新するには `{3} --out {2}` を実行してください",
        "{0} différences entre {1} et {2}\u{a0}; lancez `{3} --out {2}` pour mettre à jour";
    "warning: {0} results have a stale in_list mark (the catalog's checkpoints changed since they were imported); run `jllm catalog import-results EVALS_DIR --out DIR`" =>
        "警告: 評価結果 {0} 件の in_list が古くなっています（取り込み後にカタログのチェックポイントが変わりました）。`jllm catalog import-results EVALS_DIR --out DIR` を実行してください",
        "avertissement\u{a0}: {0} résultats ont une marque in_list périmée (les checkpoints du catalogue ont changé depuis leur import)\u{a0}; lancez `jllm catalog import-results EVALS_DIR --out DIR`";
    "{0} models, {1} benchmarks, {2} developers, {3} licenses in {4} files" =>
        "{4} ファイルにモデル {0}、ベンチマーク {1}、開発元 {2}、ライセンス {3}",
        "{0} modèles, {1} benchmarks, {2} développeurs, {3} licences dans {4} fichiers";
    "{0} evaluation results in 1 file" => "1 ファイルに評価結果 {0} 件", "{0} résultats d'évaluation dans 1 fichier";
    "{0} evaluation results in {1} files" => "{1} ファイルに評価結果 {0} 件", "{0} résultats d'évaluation dans {1} fichiers";
    "ok: {0}" => "OK: {0}", "ok\u{a0}: {0}";
    "1 problem" => "問題 1 件", "1 problème";
    "{0} problems" => "問題 {0} 件", "{0} problèmes";
    "{0}: {1} results ({2} of catalog checkpoints, {3} reference rows), {4} rows skipped" =>
        "{0}: 評価結果 {1} 件（カタログのチェックポイント {2}、参考行 {3}）、スキップした行 {4}",
        "{0}\u{a0}: {1} résultats ({2} de checkpoints du catalogue, {3} lignes de référence), {4} lignes ignorées";
    "the imported results have {0} problems; nothing written" => "取り込んだ評価結果に問題が {0} 件あります。何も書き込んでいません", "les résultats importés ont {0} problèmes\u{a0}; rien n'a été écrit";
    "results are up to date" => "評価結果は最新です", "les résultats sont à jour";
    "the evaluation sources" => "評価の出典", "les sources d'évaluation";
    "{0}: cannot read results directory: {1}" => "{0}: 評価結果のディレクトリを読み込めません: {1}", "{0}\u{a0}: lecture du répertoire de résultats impossible\u{a0}: {1}";

    // `update`: progress, summary, and the fixed parts of its errors.
    "removed {0}: the built-in catalog is in effect" => "{0} を削除しました。組み込みのカタログが使われます", "{0} supprimé\u{a0}: le catalogue intégré est en vigueur";
    "nothing installed at {0}: the built-in catalog is in effect" => "{0} には何もインストールされていません。組み込みのカタログが使われます", "rien n'est installé dans {0}\u{a0}: le catalogue intégré est en vigueur";
    "{0}: cannot remove" => "{0}: 削除できません", "{0}\u{a0}: suppression impossible";
    "importing" => "取り込み中", "import en cours";
    "connecting" => "接続中", "connexion";
    "downloading: {0} KiB of {1} KiB" => "ダウンロード中: {0} KiB / {1} KiB", "téléchargement\u{a0}: {0} KiB sur {1} KiB";
    "downloading: {0} KiB" => "ダウンロード中: {0} KiB", "téléchargement\u{a0}: {0} KiB";
    "{0}: import failed" => "{0}: 取り込みに失敗しました", "{0}\u{a0}: échec de l'import";
    "{0}: the imported catalog has 1 problem ({1}); nothing installed" =>
        "{0}: 取り込んだカタログに問題が 1 件あります（{1}）。何もインストールしていません",
        "{0}\u{a0}: le catalogue importé a 1 problème ({1})\u{a0}; rien n'a été installé";
    "{0}: the imported catalog has {1} problems ({2}); nothing installed" =>
        "{0}: 取り込んだカタログに問題が {1} 件あります（{2}）。何もインストールしていません",
        "{0}\u{a0}: le catalogue importé a {1} problèmes ({2})\u{a0}; rien n'a été installé";
    "{0}: rows lost by the import (a bug in jllm); nothing installed" =>
        "{0}: 取り込みで行が失われました（jllm のバグ）。何もインストールしていません",
        "{0}\u{a0}: lignes perdues par l'import (un bogue de jllm)\u{a0}; rien n'a été installé";
    "installed {0} models and {1} benchmarks from {2} in {3}" => "{2} からモデル {0} 件とベンチマーク {1} 件を {3} にインストールしました", "{0} modèles et {1} benchmarks de {2} installés dans {3}";
    "{0}: cannot read update source" => "{0}: 更新元を読み込めません", "{0}\u{a0}: lecture de la source de mise à jour impossible";
    "{0}: cannot read archive" => "{0}: アーカイブを読み込めません", "{0}\u{a0}: lecture de l'archive impossible";
    "{0}: archive over {1} MiB; the limit is {1} MiB" => "{0}: アーカイブが {1} MiB を超えています。上限は {1} MiB です", "{0}\u{a0}: archive de plus de {1} MiB\u{a0}; la limite est de {1} MiB";
    "JLLM_UPDATE_TIMEOUT={0}: expected seconds, e.g. 60 or 0.5" => "JLLM_UPDATE_TIMEOUT={0}: 秒数を指定してください（例: 60 や 0.5）", "JLLM_UPDATE_TIMEOUT={0}\u{a0}: un nombre de secondes est attendu, par exemple 60 ou 0.5";
    "{0}: no complete update within {1} s (JLLM_UPDATE_TIMEOUT); nothing installed" =>
        "{0}: {1} 秒以内に更新が完了しませんでした（JLLM_UPDATE_TIMEOUT）。何もインストールしていません",
        "{0}\u{a0}: mise à jour non terminée en {1} s (JLLM_UPDATE_TIMEOUT)\u{a0}; rien n'a été installé";
    "{0}: redirected to {1}" => "{0}: {1} にリダイレクトされました", "{0}\u{a0}: redirigé vers {1}";
    "{0}: is {1}, not a .tar.gz file" => "{0}: {1}です。.tar.gz ファイルではありません", "{0}\u{a0}: est {1}, pas un fichier .tar.gz";
    "a pax header over {0} KiB: its commit is not read" =>
        "{0} KiB を超える pax ヘッダー: コミットは読み取りません",
        "un en-tête pax de plus de {0} KiB\u{a0}: son commit n'est pas lu";
    "the archive's commit '{0}' is not a commit id (40 hexadecimal digits); not recorded" =>
        "アーカイブのコミット '{0}' はコミット ID（16 進数 40 桁）ではありません。記録しません",
        "le commit '{0}' de l'archive n'est pas un identifiant de commit (40 chiffres hexadécimaux)\u{a0}; non enregistré";
    "COMMIT does not start with a commit id (40 hexadecimal digits); not recorded" =>
        "COMMIT がコミット ID（16 進数 40 桁）で始まっていません。記録しません",
        "COMMIT ne commence pas par un identifiant de commit (40 chiffres hexadécimaux)\u{a0}; non enregistré";
    "the archive's date ({0} s after 1970) is past the year 9999; not recorded" =>
        "アーカイブの日付（1970 年から {0} 秒）は 9999 年より後です。記録しません",
        "la date de l'archive ({0} s après 1970) est au-delà de l'an 9999\u{a0}; non enregistrée";
    "{0}; the report could not be written to stdout ({1})" =>
        "{0}（標準出力に報告を書き込めませんでした: {1}）",
        "{0} (le compte rendu n'a pas pu être écrit sur la sortie standard\u{a0}: {1})";
    "{0}: is a directory, not jllm's installed catalog; remove or rename it yourself" =>
        "{0}: ディレクトリです。jllm がインストールしたカタログではありません。ご自身で削除するか名前を変えてください",
        "{0}\u{a0}: est un répertoire, pas le catalogue installé par jllm\u{a0}; supprimez-le ou renommez-le vous-même";
    "{0}: is {1}, not a directory; remove it or set JLLM_DATA_DIR to a directory; nothing installed" =>
        "{0}: {1}です。ディレクトリではありません。削除するか JLLM_DATA_DIR にディレクトリを指定してください。何もインストールしていません",
        "{0}\u{a0}: est {1}, pas un répertoire\u{a0}; supprimez-le ou donnez un répertoire à JLLM_DATA_DIR\u{a0}; rien n'a été installé";
    "{0}: download failed: {1}; nothing installed" => "{0}: ダウンロードに失敗しました: {1}。何もインストールしていません", "{0}\u{a0}: échec du téléchargement\u{a0}: {1}\u{a0}; rien n'a été installé";
    "{0}: download over {1} MiB; nothing installed" => "{0}: ダウンロードが {1} MiB を超えました。何もインストールしていません", "{0}\u{a0}: téléchargement de plus de {1} MiB\u{a0}; rien n'a été installé";
    "{0}: {1}; nothing installed" => "{0}: {1}。何もインストールしていません", "{0}\u{a0}: {1}\u{a0}; rien n'a été installé";
    "damaged or truncated archive ({0})" => "アーカイブが壊れているか途中で切れています（{0}）", "archive endommagée ou tronquée ({0})";
    "not a .tar.gz archive ({0})" => ".tar.gz アーカイブではありません（{0}）", "pas une archive .tar.gz ({0})";
    "entry '{0}' would escape the archive's directory" => "エントリ '{0}' はアーカイブのディレクトリの外を指します", "l'entrée '{0}' sortirait du répertoire de l'archive";
    "entry '{0}' is a link or special file; archives of the list hold files and directories only" =>
        "エントリ '{0}' はリンクか特殊ファイルです。リストのアーカイブにはファイルとディレクトリしか含まれません",
        "l'entrée '{0}' est un lien ou un fichier spécial\u{a0}; les archives de la liste ne contiennent que des fichiers et des répertoires";
    "entries under '{0}' and '{1}'; expected one top-level directory (GitHub's layout)" =>
        "'{0}' と '{1}' の下にエントリがあります。最上位のディレクトリは一つのはずです（GitHub の形式）",
        "entrées sous '{0}' et sous '{1}'\u{a0}; il faut un seul répertoire de premier niveau (la disposition de GitHub)";
    "{0} is {1} MiB; files read from an archive are limited to {2} MiB" =>
        "{0} は {1} MiB あります。アーカイブから読むファイルは {2} MiB までです",
        "{0} fait {1} MiB\u{a0}; les fichiers lus dans une archive sont limités à {2} MiB";
    "over {0} MiB unpacked" => "展開後のサイズが {0} MiB を超えています", "plus de {0} MiB une fois décompressée";
    "{0} is not UTF-8 text" => "{0} は UTF-8 のテキストではありません", "{0} n'est pas du texte UTF-8";
    "no README.md in the archive's top-level directory; expected the awesome-japanese-llm list" =>
        "アーカイブの最上位のディレクトリに README.md がありません。awesome-japanese-llm リストではありません",
        "pas de README.md dans le répertoire de premier niveau de l'archive\u{a0}; ce n'est pas la liste awesome-japanese-llm";
    "{0} evaluation results: the built-in ones, joined to the new catalog" =>
        "評価結果 {0} 件: 組み込みの評価結果を新しいカタログに結び付けました",
        "{0} résultats d'évaluation\u{a0}: ceux intégrés, rattachés au nouveau catalogue";
    "--evals-from {0}: nothing installed" => "--evals-from {0}: 何もインストールしていません", "--evals-from {0}\u{a0}: rien n'a été installé";
    "{0}: evaluation results cannot be imported; nothing installed" =>
        "{0}: 評価結果を取り込めません。何もインストールしていません",
        "{0}\u{a0}: les résultats d'évaluation ne peuvent pas être importés\u{a0}; rien n'a été installé";
    "{0}: the imported evaluation results have 1 problem ({1}); nothing installed" =>
        "{0}: 取り込んだ評価結果に問題が 1 件あります（{1}）。何もインストールしていません",
        "{0}\u{a0}: les résultats d'évaluation importés ont 1 problème ({1})\u{a0}; rien n'a été installé";
    "{0}: the imported evaluation results have {1} problems ({2}); nothing installed" =>
        "{0}: 取り込んだ評価結果に問題が {1} 件あります（{2}）。何もインストールしていません",
        "{0}\u{a0}: les résultats d'évaluation importés ont {1} problèmes ({2})\u{a0}; rien n'a été installé";
    "{0} evaluation results from {1} ({2} of the catalog's checkpoints, {3} of reference models; {4} source rows skipped, listed above)" =>
        "{1} から評価結果 {0} 件（カタログのチェックポイント {2}、参考モデル {3}。スキップした元データの行 {4}、上に列挙）",
        "{0} résultats d'évaluation de {1} ({2} de checkpoints du catalogue, {3} de modèles de référence\u{a0}; {4} lignes sources ignorées, listées ci-dessus)";
    "{0}: no {1} in the archive; nothing installed" => "{0}: アーカイブに {1} がありません。何もインストールしていません", "{0}\u{a0}: pas de {1} dans l'archive\u{a0}; rien n'a été installé";
    "{0}: {1} is not UTF-8 text; nothing installed" => "{0}: {1} は UTF-8 のテキストではありません。何もインストールしていません", "{0}\u{a0}: {1} n'est pas du texte UTF-8\u{a0}; rien n'a été installé";
    "{0}: the archive does not say its commit and date (GitHub's tarballs do); nothing installed" =>
        "{0}: アーカイブにコミットと日付の記載がありません（GitHub の tarball にはあります）。何もインストールしていません",
        "{0}\u{a0}: l'archive n'indique ni son commit ni sa date (les tarballs de GitHub le font)\u{a0}; rien n'a été installé";
    "{0}: cannot create" => "{0}: 作成できません", "{0}\u{a0}: création impossible";
    "no change: the update has the catalog in effect" => "変更なし: 更新内容は使用中のカタログと同じです", "aucun changement\u{a0}: la mise à jour contient le catalogue en vigueur";
    "{0} changes; nothing installed (run without --check to install)" =>
        "変更 {0} 件。何もインストールしていません（インストールするには --check なしで実行してください）",
        "{0} changements\u{a0}; rien n'a été installé (lancez sans --check pour installer)";

    // Legends of the symbols tables use (one line under a table on a
    // terminal) and the screen's own notes.
    "commercial use allowed" => "商用利用可", "usage commercial autorisé";
    "with conditions" => "条件付き", "sous conditions";
    "not allowed" => "不可", "non autorisé";
    "the checkpoint asked for" => "指定したチェックポイント", "le checkpoint demandé";
    // The fields a search `match` names (`training_data: …`).
    "name_fr" => "名前（仏）", "nom (fr)";
    "base_model" => "ベースモデル", "modèle de base";
    "training_data" => "学習データ", "données d'entraînement";
    "benchmark" => "ベンチマーク", "benchmark";

    // License reasons as the catalog states them (catalog/, `reason`):
    // `show` prints them in the language asked ([`reason`]).
    "Commercial use allowed, but services above 700M monthly users need Meta's permission and an acceptable-use policy applies." =>
        "商用利用可。ただし月間ユーザー 7 億超のサービスは Meta の許可が必要で、利用規定が適用されます。",
        "Usage commercial autorisé, mais les services de plus de 700 M d'utilisateurs mensuels doivent obtenir l'accord de Meta, et une politique d'usage acceptable s'applique.";
    "Same terms as the Llama 3 Community License (user cap, acceptable-use policy)." =>
        "Llama 3 Community License と同じ条件です（ユーザー数の上限、利用規定）。",
        "Mêmes conditions que la Llama 3 Community License (plafond d'utilisateurs, politique d'usage acceptable).";
    "Footnote 12: instruction data generated by OpenAI models may violate OpenAI's terms." =>
        "脚注 12: OpenAI のモデルが生成した指示データは OpenAI の規約に反するおそれがあります。",
        "Note 12\u{a0}: des données d'instruction générées par des modèles d'OpenAI peuvent enfreindre les conditions d'OpenAI.";
    "Model-specific terms whose text is in none of the sources: the list names them without a summary (README.md line 64, in all three languages), its references for the row are Fujitsu's press release of 2024-05-10 and the Hugging Face repos, whose pages are not part of the list, and no seed snapshot quotes them. Classed from their text only once a source carries it." =>
        "モデル固有の条件で、その本文はどの出典にもありません。リストは要約なしに名前だけを挙げ（README.md 64 行目、3 言語とも）、この行の参照先は富士通の 2024-05-10 のプレスリリースと Hugging Face のリポジトリで、そのページはリストに含まれず、どのシードのスナップショットも引用していません。本文を載せた出典が得られた時点で分類します。",
        "Des conditions propres au modèle dont le texte n'est dans aucune source\u{a0}: la liste les nomme sans les résumer (README.md, ligne 64, dans les trois langues), ses références pour la ligne sont le communiqué de Fujitsu du 2024-05-10 et les dépôts Hugging Face, dont les pages ne font pas partie de la liste, et aucun instantané ne les cite. Classées d'après leur texte dès qu'une source le donnera.";
    "Model-specific terms the list names but does not summarise." =>
        "リストが名前を挙げているが要約していない、モデル固有の条件です。",
        "Des conditions propres au modèle, que la liste nomme sans les résumer.";
    "Footnote 25: the model card intends use for research and development only, not clinical use." =>
        "脚注 25: モデルカードは研究開発のみを想定しており、臨床での利用は想定していません。",
        "Note 25\u{a0}: la fiche du modèle le destine à la recherche et au développement seulement, pas à l'usage clinique.";
    "Commercial use allowed after registration and below the revenue threshold the license sets." =>
        "登録の上、ライセンスが定める売上高の上限未満なら商用利用可。",
        "Usage commercial autorisé après inscription et sous le seuil de chiffre d'affaires que fixe la licence.";
    "Commercial use allowed subject to Google's prohibited-use policy, which passes on to derivatives." =>
        "Google の禁止用途ポリシーに従う条件で商用利用可。このポリシーは派生物にも引き継がれます。",
        "Usage commercial autorisé sous réserve de la politique d'usages interdits de Google, qui s'étend aux dérivés.";
    "A model-specific license the list names but does not summarise." =>
        "リストが名前を挙げているが要約していない、モデル固有のライセンスです。",
        "Une licence propre au modèle, que la liste nomme sans la résumer.";
    "The earlier name of the Qwen License: commercial use above 100M monthly users needs permission." =>
        "Qwen License の旧称: 月間ユーザー 1 億超の商用利用には許可が必要です。",
        "L'ancien nom de la Qwen License\u{a0}: l'usage commercial au-delà de 100 M d'utilisateurs mensuels demande une autorisation.";
    "Footnote 14: asks for consideration of research and education use, and some merged source models are not Apache 2.0." =>
        "脚注 14: 研究・教育での利用への配慮を求めており、マージ元のモデルの一部は Apache 2.0 ではありません。",
        "Note 14\u{a0}: demande d'avoir égard aux usages de recherche et d'enseignement, et certains modèles fusionnés ne sont pas sous Apache 2.0.";
    "Commercial use allowed, but products above 100M monthly users need Alibaba Cloud's permission." =>
        "商用利用可。ただし月間ユーザー 1 億超の製品は Alibaba Cloud の許可が必要です。",
        "Usage commercial autorisé, mais les produits de plus de 100 M d'utilisateurs mensuels doivent obtenir l'accord d'Alibaba Cloud.";
    "Commercial use allowed under use-based restrictions that must be passed on." =>
        "引き継ぐべき用途制限の下で商用利用可。",
        "Usage commercial autorisé sous des restrictions d'usage à transmettre.";
    "Commercial use allowed only below the annual-revenue threshold the license sets." =>
        "ライセンスが定める年間売上高の上限未満でのみ商用利用可。",
        "Usage commercial autorisé seulement sous le seuil de chiffre d'affaires annuel que fixe la licence.";
    "A research license, by its name, excludes commercial use." =>
        "名前のとおり研究用ライセンスで、商用利用は除外されます。",
        "Une licence de recherche, d'après son nom, exclut l'usage commercial.";
    "Applies because training data was generated by OpenAI models; those terms restrict using outputs to build competing models." =>
        "学習データが OpenAI のモデルで生成されたため適用されます。その規約は出力を競合モデルの開発に使うことを制限しています。",
        "S'applique parce que des données d'entraînement ont été générées par des modèles d'OpenAI\u{a0}; ces conditions limitent l'usage des sorties pour créer des modèles concurrents.";
    "The list gives no version; every version of CC BY-NC forbids commercial use." =>
        "リストにバージョンの記載はありませんが、CC BY-NC はどのバージョンも商用利用を禁じています。",
        "La liste ne donne pas de version\u{a0}; toutes les versions de CC BY-NC interdisent l'usage commercial.";
    "NVIDIA's open model license permits commercial use and distribution of the model and derivatives." =>
        "NVIDIA のオープンモデルライセンスは、モデルと派生物の商用利用と配布を認めています。",
        "La licence de modèle ouvert de NVIDIA permet l'usage commercial et la distribution du modèle et de ses dérivés.";
    "Microsoft Research licenses are for non-commercial research." =>
        "Microsoft Research のライセンスは非商用の研究向けです。",
        "Les licences de Microsoft Research sont destinées à la recherche non commerciale.";
    "Footnote 29: the model card says commercial or mission-critical use is not intended." =>
        "脚注 29: モデルカードには、商用やミッションクリティカルな利用は想定していないとあります。",
        "Note 29\u{a0}: la fiche du modèle dit ne pas viser d'usage commercial ni critique.";
    "Footnote 27: research purposes only; commercial use not permitted." =>
        "脚注 27: 研究目的のみ。商用利用は認められていません。",
        "Note 27\u{a0}: à des fins de recherche seulement\u{a0}; usage commercial non autorisé.";
    "Footnote 13: commercial use requires contacting the developer." =>
        "脚注 13: 商用利用には開発元への連絡が必要です。",
        "Note 13\u{a0}: l'usage commercial demande de contacter le développeur.";
    "An evaluation licence, by its name, grants evaluation use only." =>
        "名前のとおり評価用ライセンスで、評価目的の利用のみを認めています。",
        "Une licence d'évaluation, d'après son nom, n'accorde que l'usage pour évaluation.";
    "Checkpoints have different licenses, all of class {0}; each checkpoint carries its own." =>
        "チェックポイントごとにライセンスが異なり、すべて {0} に分類されます。各チェックポイントに記載しています。",
        "Les checkpoints ont des licences différentes, toutes de classe {0}\u{a0}; chaque checkpoint porte la sienne.";
    "Checkpoints differ ({0}); each checkpoint carries its own license." =>
        "チェックポイントによって異なります（{0}）。各チェックポイントにライセンスを記載しています。",
        "Les checkpoints diffèrent ({0})\u{a0}; chaque checkpoint porte sa licence.";
    // The machine: --vram auto, --ram auto, --gpu, the speed estimate.
    "reason" =>
        "理由",
        "raison";
    "overhead" =>
        "オーバーヘッド",
        "surcoût";
    "gpu" =>
        "GPU",
        "GPU";
    "vram" =>
        "VRAM",
        "VRAM";
    "bandwidth" =>
        "帯域",
        "bande passante";
    "gpus" =>
        "GPUのみで動くGPU",
        "GPU suffisants seuls";
    "no score" =>
        "スコアなし",
        "sans score";
    "Japanese chat and instruction → the Swallow post-trained Japanese average" =>
        "日本語のチャット・指示応答 → Swallowの事後学習日本語平均",
        "conversation et instructions en japonais → la moyenne japonaise post-entraînement de Swallow";
    "base models → the Swallow pre-trained Japanese average" =>
        "ベースモデル → Swallowの事前学習日本語平均",
        "modèles de base → la moyenne japonaise pré-entraînement de Swallow";
    "Japanese generation → pfgen-bench" =>
        "日本語の生成 → pfgen-bench",
        "génération en japonais → pfgen-bench";
    "commercially usable checkpoints" =>
        "商用利用可のチェックポイント",
        "checkpoints utilisables commercialement";
    "checkpoints of the catalog" =>
        "カタログのチェックポイント",
        "checkpoints du catalogue";
    "checkpoints matching the filters" =>
        "条件に合うチェックポイント",
        "checkpoints correspondant aux filtres";
    "{0} VRAM + {1} RAM" =>
        "VRAM {0} + RAM {1}",
        "{0} de VRAM + {1} de RAM";
    "no checkpoint fits {0}: {1} too large, {2} of unknown size; --ram SIZE admits offloading to the CPU" =>
        "{0} に収まるチェックポイントはありません: 大きすぎ {1}、サイズ不明 {2}。--ram SIZE でCPUへのオフロードを考慮します",
        "aucun checkpoint ne tient dans {0}\u{a0}: {1} trop grands, {2} de taille inconnue\u{a0}; --ram TAILLE admet le déchargement sur le CPU";
    "best {0} score among {1} that fit {2}" =>
        "{2} に収まる{1}のうち {0} で最高スコア",
        "meilleur score {0} parmi les {1} qui tiennent dans {2}";
    "#{0} of {1} on {2} among {3} that fit {4}" =>
        "{4} に収まる{3}のうち {2} で {1} 件中 {0} 位",
        "n°{0} sur {1} en {2} parmi les {3} qui tiennent dans {4}";
    "no {0} score" =>
        "{0} のスコアなし",
        "pas de score {0}";
    "published as {0}" =>
        "{0} として公開",
        "publié en {0}";
    "{0} is the least lossy quantization that fits on the GPU" =>
        "{0} はGPUに収まる最も劣化の少ない量子化",
        "{0} est la quantification la moins dégradante qui tient sur le GPU";
    "{0} is the least lossy quantization that fits with CPU offload" =>
        "{0} はCPUオフロードで収まる最も劣化の少ない量子化",
        "{0} est la quantification la moins dégradante qui tient avec déchargement sur le CPU";
    "Ranked by {0} (--task {1}: {2}); checkpoints with no score on it come after, marked 'no score' ({3} of those that fit)." =>
        "{0} で順位付け（--task {1}: {2}）。そのスコアがないチェックポイントは後に「スコアなし」として並びます（収まるもののうち {3} 件）。",
        "Classés par {0} (--task {1}\u{a0}: {2})\u{a0}; les checkpoints sans score sur cette suite viennent après, marqués «\u{a0}sans score\u{a0}» ({3} parmi ceux qui tiennent).";
    "Ranked by {0} (--suite); checkpoints with no score on it come after, marked 'no score' ({1} of those that fit)." =>
        "{0} で順位付け（--suite）。そのスコアがないチェックポイントは後に「スコアなし」として並びます（収まるもののうち {1} 件）。",
        "Classés par {0} (--suite)\u{a0}; les checkpoints sans score sur cette suite viennent après, marqués «\u{a0}sans score\u{a0}» ({1} parmi ceux qui tiennent).";
    "{0} by license (--commercial, --license)" =>
        "ライセンスで {0} 件（--commercial、--license）",
        "{0} par la licence (--commercial, --license)";
    "{0} by the other filters" =>
        "その他の条件で {0} 件",
        "{0} par les autres filtres";
    "{0} by context (a shorter or unknown stated context; --assume-base-context admits some)" =>
        "コンテキストで {0} 件（記載が短いか不明。--assume-base-context で一部を含めます）",
        "{0} par le contexte (contexte indiqué plus court ou inconnu\u{a0}; --assume-base-context en admet certains)";
    "{0} of unknown size" =>
        "サイズ不明 {0} 件",
        "{0} de taille inconnue";
    "{0} too large (--ram SIZE admits offloading, a larger --vram more)" =>
        "大きすぎ {0} 件（--ram SIZE でオフロード、より大きな --vram でさらに）",
        "{0} trop grands (--ram TAILLE admet le déchargement, un --vram plus grand davantage)";
    "{0} beyond -n (-n N shows more)" =>
        "-n を超える {0} 件（-n N でさらに表示）",
        "{0} au-delà de -n (-n N en montre plus)";
    "{0} of {1} checkpoints shown." =>
        "{1} 件中 {0} 件のチェックポイントを表示。",
        "{0} checkpoints affichés sur {1}.";
    "{0} of {1} checkpoints shown; left out: {2}." =>
        "{1} 件中 {0} 件のチェックポイントを表示。除外: {2}。",
        "{0} checkpoints affichés sur {1}\u{a0}; écartés\u{a0}: {2}.";
    "no plan for {0}: the sources state no parameter count for {1}" =>
        "{0} の計画はありません: {1} のパラメータ数は資料に記載がありません",
        "pas de plan pour {0}\u{a0}: les sources n’indiquent pas le nombre de paramètres de {1}";
    "On GPU alone: at most 90% of the GPU's memory; with CPU offload: at most that plus 70% of --ram. Rough estimates: see jllm fit --help." =>
        "GPUのみ: GPUメモリの90%以内。CPUオフロード: それに --ram の70%を加えた範囲。概算です: jllm fit --help を参照。",
        "GPU seul\u{a0}: au plus 90\u{a0}% de sa mémoire\u{a0}; avec déchargement sur le CPU\u{a0}: au plus cela plus 70\u{a0}% de --ram. Estimations grossières\u{a0}: voir jllm fit --help.";
    "Of unknown size, left out: {0}." =>
        "サイズ不明のため除外: {0}。",
        "De taille inconnue, écartés\u{a0}: {0}.";
    "{0}: {1} parameters, {2} tokens of context" =>
        "{0}: パラメータ {1}、コンテキスト {2} トークン",
        "{0}\u{a0}: {1} paramètres, {2} tokens de contexte";
    "Without --ram, no offload is considered: a GPU is enough or too small." =>
        "--ram がなければオフロードは考慮しません: GPUで足りるか、小さすぎるかです。",
        "Sans --ram, aucun déchargement n’est envisagé\u{a0}: un GPU suffit ou est trop petit.";
    "Speed: an upper bound, the GPU's memory bandwidth ÷ the bytes of the weights read per token (active parameters for MoE); on the GPU only (see docs/guide.md)." =>
        "速度: 上限の見積もり。GPUのメモリ帯域 ÷ 1トークンあたりに読む重みのバイト数（MoEはアクティブパラメータ）。GPUに収まる場合のみ（docs/guide.md 参照）。",
        "Vitesse\u{a0}: une borne supérieure, la bande passante mémoire du GPU ÷ les octets des poids lus par token (paramètres actifs pour un MoE)\u{a0}; sur le GPU seulement (voir docs/guide.md).";
    "speed" => "速度", "vitesse";
    "--vram auto: no GPU found ({0}); give its size, e.g. --vram 24GB, or --gpu NAME" =>
        "--vram auto: GPUが見つかりません（{0}）。--vram 24GB のようにサイズを指定するか、--gpu NAME を指定してください",
        "--vram auto\u{a0}: aucun GPU trouvé ({0})\u{a0}; indiquez sa taille, p. ex. --vram 24GB, ou --gpu NAME";
    "give --vram SIZE, --vram auto or --gpu NAME" =>
        "--vram SIZE、--vram auto、--gpu NAME のいずれかを指定してください",
        "indiquez --vram TAILLE, --vram auto ou --gpu NAME";
    "--ram auto: no RAM size found ({0}); give it, e.g. --ram 64GB" =>
        "--ram auto: RAMの容量が見つかりません（{0}）。--ram 64GB のように指定してください",
        "--ram auto\u{a0}: taille de la RAM introuvable ({0})\u{a0}; indiquez-la, p. ex. --ram 64GB";
    "--ram auto: {0} of RAM ({1})" => "--ram auto: RAM {0}（{1}）", "--ram auto\u{a0}: {0} de RAM ({1})";
    "unknown GPU '{0}'" => "不明なGPU '{0}'", "GPU inconnu «\u{a0}{0}\u{a0}»";
    "{0}; known GPUs: {1}" => "{0}。既知のGPU: {1}", "{0}\u{a0}; GPU connus\u{a0}: {1}";
    "{0}% of it, macOS's default GPU share" =>
        "その{0}%、macOSの既定のGPU割り当て", "{0}\u{a0}% de celle-ci, la part du GPU par défaut de macOS";
    "--vram auto: {0}, {1} of unified memory; the GPU may use {2} ({3})" =>
        "--vram auto: {0}、ユニファイドメモリ {1}。GPUが使えるのは {2}（{3}）",
        "--vram auto\u{a0}: {0}, {1} de mémoire unifiée\u{a0}; le GPU peut en utiliser {2} ({3})";
    "--vram auto: {0} by {1}" => "--vram auto: {0}（{1}で検出）", "--vram auto\u{a0}: {0} (selon {1})";
    "--vram auto: {0} GPUs by {1}: {2}; {3} in total" =>
        "--vram auto: {1}で{0}基のGPUを検出: {2}。合計 {3}",
        "--vram auto\u{a0}: {0} GPU selon {1}\u{a0}: {2}\u{a0}; {3} au total";
    "Speed: an upper bound, {0} GB/s of memory bandwidth ÷ the bytes of the weights read per token (active parameters for MoE) at the quantization shown; on the GPU only (see docs/guide.md)." =>
        "速度: 上限の見積もり。メモリ帯域 {0} GB/s ÷ 1トークンあたりに読む重みのバイト数（MoEはアクティブパラメータ）、表示の量子化で。GPUに収まる場合のみ（docs/guide.md 参照）。",
        "Vitesse\u{a0}: une borne supérieure, {0}\u{a0}Go/s de bande passante mémoire ÷ les octets des poids lus par token (paramètres actifs pour un MoE) à la quantification indiquée\u{a0}; sur le GPU seulement (voir docs/guide.md).";
    // new strings (mcp2)
    // `jllm mcp`: the server's instructions, summaries and errors.
    "jllm answers questions about Japanese large language models from a curated catalog built from the awesome-japanese-llm list (llm-jp/awesome-japanese-llm): model families and their checkpoints (Hugging Face repos) with developers, licenses and their commercial-use class, parameter counts, context lengths, release dates, and evaluation benchmarks. It is read-only and offline: the answers are the catalog's, not the Hub's." =>
        "jllm は日本語の大規模言語モデルについての質問に、awesome-japanese-llm のリスト（llm-jp/awesome-japanese-llm）から作った精選カタログで答えます。モデルファミリーとそのチェックポイント（Hugging Face のリポジトリ）、開発元、ライセンスと商用利用の区分、パラメータ数、コンテキスト長、公開日、評価ベンチマークを収めています。読み取り専用でオフラインです。答えは Hub ではなくカタログのものです。",
        "jllm répond aux questions sur les grands modèles de langue japonais à partir d’un catalogue établi d’après la liste awesome-japanese-llm (llm-jp/awesome-japanese-llm)\u{a0}: familles de modèles et leurs checkpoints (dépôts Hugging Face) avec développeurs, licences et classe d’usage commercial, nombres de paramètres, longueurs de contexte, dates de publication, et benchmarks d’évaluation. Il est en lecture seule et hors ligne\u{a0}: les réponses sont celles du catalogue, pas du Hub.";
    "Catalog in effect: {0}; built-in list commit {1} ({2})." =>
        "使用中のカタログ: {0}。組み込みリストのコミット {1}（{2}）。",
        "Catalogue en vigueur\u{a0}: {0}\u{a0}; liste intégrée au commit {1} ({2}).";
    "Installed update: commit {0} of {1} (fetched {2})." =>
        "インストール済みの更新: {1} のコミット {0}（取得 {2}）。",
        "Mise à jour installée\u{a0}: commit {0} du {1} (récupérée le {2}).";
    "Overlays: {0}." => "オーバーレイ: {0}。", "Surcouches\u{a0}: {0}.";
    "It holds {0} families ({1} checkpoints) and {2} benchmarks." =>
        "{0} ファミリー（チェックポイント {1} 件）とベンチマーク {2} 件を収めています。",
        "Il contient {0} familles ({1} checkpoints) et {2} benchmarks.";
    "Evaluation results (get_results): {0}." =>
        "評価結果（get_results）: {0}。",
        "Résultats d’évaluation (get_results)\u{a0}: {0}.";
    "What the sources do not state is null or `unknown`: say so rather than guess. Licenses and commercial classes are the catalog's reading of the list; link the model's page before a decision. Resources: jllm://model/{id} and jllm://benchmark/{id}." =>
        "資料に記載のないものは null または `unknown` です。推測せず、不明と伝えてください。ライセンスと商用利用の区分はカタログによるリストの読み取りです。判断の前にモデルのページを示してください。リソース: jllm://model/{id} と jllm://benchmark/{id}。",
        "Ce que les sources n’indiquent pas est null ou `unknown`\u{a0}: dites-le plutôt que de deviner. Licences et classes commerciales sont la lecture que le catalogue fait de la liste\u{a0}; donnez le lien vers la page du modèle avant une décision. Ressources\u{a0}: jllm://model/{id} et jllm://benchmark/{id}.";
    "{0}: {1} rows" => "{0}: {1} 件", "{0}\u{a0}: {1} lignes";
    "{0}: {1} rows ({2})" => "{0}: {1} 件（{2}）", "{0}\u{a0}: {1} lignes ({2})";
    " … and {0} more" => " …ほか {0} 件", " … et {0} de plus";
    "{0} reference rows: models on the leaderboard that are not in the catalog (in_list false)" =>
        "参考行 {0} 件: カタログにないリーダーボードのモデル（in_list false）",
        "{0} lignes de référence\u{a0}: modèles du classement absents du catalogue (in_list false)";
    "{0}: see the structured content" => "{0}: 構造化された内容を参照", "{0}\u{a0}: voir le contenu structuré";
    "{0}: nothing found" => "{0}: 該当なし", "{0}\u{a0}: rien trouvé";
    "no tool '{0}'; jllm's tools: {1}" =>
        "ツール '{0}' はありません。jllm のツール: {1}",
        "pas d’outil «\u{a0}{0}\u{a0}»\u{a0}; les outils de jllm\u{a0}: {1}";
    "no resource {0}: jllm's are jllm://model/{id} and jllm://benchmark/{id}" =>
        "リソース {0} はありません。jllm のリソースは jllm://model/{id} と jllm://benchmark/{id} です",
        "pas de ressource {0}\u{a0}: celles de jllm sont jllm://model/{id} et jllm://benchmark/{id}";
    "A model family as get_model returns it: by family id, Hugging Face repo id or name" =>
        "get_model が返すモデルファミリー。ファミリーID、Hugging Face のリポジトリID、名前で指定",
        "Une famille de modèles telle que get_model la renvoie\u{a0}: par id de famille, id de dépôt Hugging Face ou nom";
    "A benchmark of the catalog, by id or name" =>
        "カタログのベンチマーク。IDまたは名前で指定",
        "Un benchmark du catalogue, par id ou nom";
    " [ids: {0}; names in English, Japanese or French are accepted too]" =>
        " [ID: {0}。英語・日本語・フランス語の名前も使えます]",
        " [ids\u{a0}: {0}\u{a0}; les noms en anglais, japonais ou français sont acceptés aussi]";
    " (needs {0})" => "（{0} が必要）", " (nécessite {0})";
    "argument '{0}' of {1} is required: {2}" =>
        "{1} の引数 '{0}' は必須です: {2}",
        "l’argument «\u{a0}{0}\u{a0}» de {1} est obligatoire\u{a0}: {2}";
    "{0} has no argument '{1}'" => "{0} に引数 '{1}' はありません", "{0} n’a pas d’argument «\u{a0}{1}\u{a0}»";
    " Its arguments: {0}" => " 引数: {0}", " Ses arguments\u{a0}: {0}";
    "argument '{0}' must be {1}, not {2}" =>
        "引数 '{0}' は{1}でなければなりません（{2} ではなく）",
        "l’argument «\u{a0}{0}\u{a0}» doit être {1}, pas {2}";
    "a string" => "文字列", "une chaîne";
    "an array of strings" => "文字列の配列", "un tableau de chaînes";
    "a string with a unit (\"7b\", \"24GB\", \"8k\") or a whole number" =>
        "単位付きの文字列（\"7b\"、\"24GB\"、\"8k\"）または整数",
        "une chaîne avec unité (\"7b\", \"24GB\", \"8k\") ou un nombre entier";
    "a whole number from 0 to 18446744073709551615" =>
        "0 から 18446744073709551615 までの整数",
        "un nombre entier de 0 à 18446744073709551615";
    "an array of years (2024)" => "年の配列（2024）", "un tableau d’années (2024)";
    "true or false" => "true または false", "true ou false";
    // `jllm mcp`: tool titles and descriptions, and the tools' own arguments.
    "Search models" => "モデルを検索", "Chercher des modèles";
    "Fuzzy search over model names, ids, Hugging Face repos, developers, architectures and training data, with the filters of list_models. Each family comes with the field it matched." =>
        "モデル名、ID、Hugging Face のリポジトリ、開発元、アーキテクチャ、学習データのあいまい検索。list_models の絞り込みも使えます。各ファミリーには一致したフィールドが付きます。",
        "Recherche approchée dans les noms, ids, dépôts Hugging Face, développeurs, architectures et données d’entraînement des modèles, avec les filtres de list_models. Chaque famille vient avec le champ qui a correspondu.";
    "Text to search for (English or Japanese; typos tolerated)" =>
        "検索する文字列（英語または日本語。誤字も許容）",
        "Texte à chercher (anglais ou japonais\u{a0}; fautes de frappe tolérées)";
    "Return at most N rows" => "最大 N 行を返す", "Renvoyer au plus N lignes";
    "Reverse the order" => "順序を逆にする", "Inverser l’ordre";
    "List models" => "モデル一覧", "Lister les modèles";
    "Model families (or, with variants, one row per checkpoint / Hugging Face repo) passing every filter given, optionally sorted and limited. Unknown values the sources do not state are null." =>
        "指定したすべての絞り込みを満たすモデルファミリー（variants ならチェックポイント／Hugging Face のリポジトリごとに1行）。並べ替えと件数制限もできます。資料に記載のない値は null です。",
        "Les familles de modèles (ou, avec variants, une ligne par checkpoint / dépôt Hugging Face) qui passent tous les filtres donnés, triées et limitées au besoin. Les valeurs que les sources n’indiquent pas sont null.";
    "One row per checkpoint (Hugging Face repo) instead of per family" =>
        "ファミリーごとではなくチェックポイント（Hugging Face のリポジトリ）ごとに1行",
        "Une ligne par checkpoint (dépôt Hugging Face) au lieu d’une par famille";
    "Sort by params, year, name, context, developer, or score:SUITE (the best checkpoint's score on that suite; see list_benchmarks and get_results)" =>
        "params、year、name、context、developer、score:SUITE（そのスイートでの最良チェックポイントのスコア。list_benchmarks と get_results を参照）で並べ替え",
        "Trier par params, year, name, context, developer, ou score:SUITE (le score du meilleur checkpoint sur cette suite\u{a0}; voir list_benchmarks et get_results)";
    "Get a model" => "モデルを取得", "Obtenir un modèle";
    "Everything about one model family: by family id, Hugging Face repo id or URL (which selects that checkpoint), or name in English, Japanese or French. An ambiguous name is an error listing the candidate ids; an unknown one lists the nearest." =>
        "1つのモデルファミリーのすべて。ファミリーID、Hugging Face のリポジトリIDまたはURL（そのチェックポイントを選択）、英語・日本語・フランス語の名前で指定。あいまいな名前は候補のIDを挙げたエラー、不明な名前は最も近いものを挙げます。",
        "Tout sur une famille de modèles\u{a0}: par id de famille, id ou URL de dépôt Hugging Face (qui choisit ce checkpoint), ou nom en anglais, japonais ou français. Un nom ambigu est une erreur qui liste les ids candidats\u{a0}; un nom inconnu, les plus proches.";
    "Family id, Hugging Face repo id or URL, or name" =>
        "ファミリーID、Hugging Face のリポジトリIDまたはURL、または名前",
        "Id de famille, id ou URL de dépôt Hugging Face, ou nom";
    "Compare models" => "モデルを比較", "Comparer des modèles";
    "Two or more model families side by side (each by id, Hugging Face repo id or name)." =>
        "2つ以上のモデルファミリーを並べて比較（それぞれID、Hugging Face のリポジトリID、名前で指定）。",
        "Deux familles de modèles ou plus côte à côte (chacune par id, id de dépôt Hugging Face ou nom).";
    "Two or more families: ids, Hugging Face repo ids or names" =>
        "2つ以上のファミリー: ID、Hugging Face のリポジトリID、または名前",
        "Deux familles ou plus\u{a0}: ids, ids de dépôt Hugging Face ou noms";
    "Models that fit in memory" => "メモリに収まるモデル", "Modèles qui tiennent en mémoire";
    "Which checkpoints fit in a GPU's memory (and RAM, with CPU offload), at which quantization, for a context length; with the filters of list_models. Memory is estimated from the parameter count, the precision and the KV cache (the estimate's inputs are in each row)." =>
        "どのチェックポイントが、どの量子化で、あるコンテキスト長において GPU メモリ（CPU オフロードなら RAM も）に収まるか。list_models の絞り込みも使えます。メモリはパラメータ数、精度、KV キャッシュから見積もります（見積もりの入力は各行にあります）。",
        "Quels checkpoints tiennent dans la mémoire d’un GPU (et la RAM, avec déchargement sur le CPU), à quelle quantification, pour une longueur de contexte\u{a0}; avec les filtres de list_models. La mémoire est estimée d’après le nombre de paramètres, la précision et le cache KV (les données de l’estimation sont dans chaque ligne).";
    "GPU memory (24GB, 8GiB, 80G), or auto for the GPUs of the machine the server runs on; this or gpu is required" =>
        "GPU メモリ（24GB、8GiB、80G）、またはサーバーが動くマシンの GPU を使う auto。これか gpu が必須",
        "Mémoire du GPU (24GB, 8GiB, 80G), ou auto pour les GPU de la machine du serveur\u{a0}; ceci ou gpu est obligatoire";
    "A GPU of the built-in table (rtx-4090, a100-80gb, h100-sxm…): its memory, and its bandwidth for a speed estimate; this or vram is required" =>
        "組み込み表の GPU（rtx-4090、a100-80gb、h100-sxm…）。そのメモリと、速度見積もり用の帯域。これか vram が必須",
        "Un GPU de la table intégrée (rtx-4090, a100-80gb, h100-sxm…)\u{a0}: sa mémoire, et sa bande passante pour estimer la vitesse\u{a0}; ceci ou vram est obligatoire";
    "System RAM for CPU offload (64GB)" => "CPU オフロード用のシステム RAM（64GB）", "RAM système pour le déchargement sur le CPU (64GB)";
    "Context length to budget the KV cache for, in tokens (8192, 32k); only checkpoints whose stated context reaches it" =>
        "KV キャッシュを見積もるコンテキスト長（トークン数: 8192、32k）。記載のコンテキストがそれに届くチェックポイントのみ",
        "Longueur de contexte pour laquelle prévoir le cache KV, en tokens (8192, 32k)\u{a0}; seulement les checkpoints dont le contexte indiqué l’atteint";
    "One quantization instead of the best that fits (bf16, fp16, int8, q8_0, q6_k, q5_k_m, q4_k_m, q4_0, int4, q3_k_m, q2_k)" =>
        "収まる最良のものではなく1つの量子化（bf16、fp16、int8、q8_0、q6_k、q5_k_m、q4_k_m、q4_0、int4、q3_k_m、q2_k）",
        "Une quantification au lieu de la meilleure qui tient (bf16, fp16, int8, q8_0, q6_k, q5_k_m, q4_k_m, q4_0, int4, q3_k_m, q2_k)";
    "Also the checkpoints that do not fit" => "収まらないチェックポイントも含める", "Aussi les checkpoints qui ne tiennent pas";
    "Sort by params, memory, name, or score:SUITE" =>
        "params、memory、name、score:SUITE で並べ替え",
        "Trier par params, memory, name, ou score:SUITE";
    "Evaluation results" => "評価結果", "Résultats d’évaluation";
    "Leaderboard scores (Swallow LLM Leaderboard, pfgen-bench): a model's scores given query, or the ranking of one suite given suite (with include_reference, models that are not in the catalog too, as the leaderboard ranks them). Scores of different suites are not comparable." =>
        "リーダーボードのスコア（Swallow LLM Leaderboard、pfgen-bench）。query を与えればそのモデルのスコア、suite を与えればそのスイートの順位（include_reference ならリーダーボードの順位どおりカタログにないモデルも）。異なるスイートのスコアは比較できません。",
        "Scores des classements (Swallow LLM Leaderboard, pfgen-bench)\u{a0}: les scores d’un modèle avec query, ou le classement d’une suite avec suite (avec include_reference, aussi les modèles absents du catalogue, tels que le classement les range). Les scores de suites différentes ne sont pas comparables.";
    "Family id, Hugging Face repo id or name: that model's scores" =>
        "ファミリーID、Hugging Face のリポジトリID、または名前: そのモデルのスコア",
        "Id de famille, id de dépôt Hugging Face ou nom\u{a0}: les scores de ce modèle";
    "Suite id (pfgen, swallow-ja-pre, swallow-en-pre, swallow-ja-post…): without query, its ranking; with query, only that suite" =>
        "スイートID（pfgen、swallow-ja-pre、swallow-en-pre、swallow-ja-post…）。query なしならその順位、query ありならそのスイートのみ",
        "Id de suite (pfgen, swallow-ja-pre, swallow-en-pre, swallow-ja-post…)\u{a0}: sans query, son classement\u{a0}; avec query, cette suite seulement";
    "Rank on one benchmark (a task of a suite) instead of a suite's average; not with query" =>
        "スイートの平均ではなく1つのベンチマーク（スイートのタスク）で順位付け。query とは併用不可",
        "Classer sur un benchmark (une tâche d’une suite) au lieu de la moyenne d’une suite\u{a0}; pas avec query";
    "With query: every task's score, not only the averages" =>
        "query と併用: 平均だけでなく各タスクのスコア",
        "Avec query\u{a0}: le score de chaque tâche, pas seulement les moyennes";
    "In a ranking: also the leaderboard's models that are not in the catalog (in_list false)" =>
        "順位で: カタログにないリーダーボードのモデルも（in_list false）",
        "Dans un classement\u{a0}: aussi les modèles du classement absents du catalogue (in_list false)";
    "List benchmarks" => "ベンチマーク一覧", "Lister les benchmarks";
    "The evaluation benchmarks of Japanese models the catalog lists (datasets and suites), by category, developer or text." =>
        "カタログに載っている日本語モデルの評価ベンチマーク（データセットとスイート）。カテゴリ、開発元、文字列で絞り込み。",
        "Les benchmarks d’évaluation des modèles japonais que liste le catalogue (jeux de données et suites), par catégorie, développeur ou texte.";
    "Benchmark categories (any of them)" => "ベンチマークのカテゴリ（いずれか）", "Catégories de benchmark (l’une d’elles)";
    "Developers (any of them): id or name" => "開発元（いずれか）: ID または名前", "Développeurs (l’un d’eux)\u{a0}: id ou nom";
    "Text in the id, name or description" => "ID、名前、説明に含まれる文字列", "Texte dans l’id, le nom ou la description";
    "Catalog in effect" => "使用中のカタログ", "Catalogue en vigueur";
    "Which catalog answers: the list commit and date of the built-in catalog, an installed update, overlays, counts, and the evaluation results' sources and dates." =>
        "どのカタログが答えるか: 組み込みカタログのリストのコミットと日付、インストール済みの更新、オーバーレイ、件数、評価結果の出典と日付。",
        "Quel catalogue répond\u{a0}: le commit et la date de la liste du catalogue intégré, une mise à jour installée, les surcouches, les nombres, et les sources et dates des résultats d’évaluation.";
    "Recommend models for a machine" => "マシンに合うモデルを推薦", "Recommander des modèles pour une machine";
    "The checkpoints that fit a machine, best first on ONE suite's score (suite, else the task's: chat and instruct → swallow-ja-post, base → swallow-ja-pre, generation → pfgen), then on GPU before offload, the least lossy quantization, the estimated speed; each with its reason. Checkpoints with no score on that suite come after, marked. Every filter of list_models applies except its task filter (task here chooses the suite). The text answer counts what was left out and why." =>
        "マシンに収まるチェックポイント。1つのスイートのスコアが高い順（suite、なければ task のもの: chat と instruct → swallow-ja-post、base → swallow-ja-pre、generation → pfgen）、次に GPU のみをオフロードより先に、最も劣化の少ない量子化、推定速度の順。それぞれに理由が付きます。そのスイートにスコアのないチェックポイントは印を付けて後に続きます。list_models の絞り込みは task 以外すべて使えます（ここでの task はスイートを選びます）。テキストの答えは除外したものとその理由を数えます。",
        "Les checkpoints qui tiennent sur une machine, les meilleurs d’abord selon le score d’UNE suite (suite, sinon celle de task\u{a0}: chat et instruct → swallow-ja-post, base → swallow-ja-pre, generation → pfgen), puis GPU seul avant déchargement, la quantification la moins dégradante, la vitesse estimée\u{a0}; chacun avec sa raison. Les checkpoints sans score sur cette suite viennent après, signalés. Tous les filtres de list_models s’appliquent sauf son filtre task (task choisit ici la suite). La réponse texte compte ce qui a été écarté et pourquoi.";
    "Context length to budget the KV cache for, in tokens (8192, 32k)" =>
        "KV キャッシュを見積もるコンテキスト長（トークン数: 8192、32k）",
        "Longueur de contexte pour laquelle prévoir le cache KV, en tokens (8192, 32k)";
    "What the model is for: chat, instruct, base or generation (chooses the suite that ranks)" =>
        "モデルの用途: chat、instruct、base、generation（順位付けに使うスイートを選ぶ）",
        "À quoi sert le modèle\u{a0}: chat, instruct, base ou generation (choisit la suite qui classe)";
    "Rank by this suite instead of the task's (pfgen, swallow-ja-post, swallow-ja-pre…)" =>
        "task のものではなくこのスイートで順位付け（pfgen、swallow-ja-post、swallow-ja-pre…）",
        "Classer selon cette suite au lieu de celle de task (pfgen, swallow-ja-post, swallow-ja-pre…)";
    "At most N picks [default: 10]" => "最大 N 件 [既定: 10]", "Au plus N choix [par défaut\u{a0}: 10]";
    "Memory and GPUs a model needs" => "モデルに必要なメモリと GPU", "Mémoire et GPU qu’il faut à un modèle";
    "The memory a checkpoint needs per quantization (weights, KV cache, overhead), and which GPUs of the built-in table run it on the GPU alone, with CPU offload or not at all, with a decode speed estimate; for a family, one plan per checkpoint." =>
        "チェックポイントが量子化ごとに必要とするメモリ（重み、KV キャッシュ、オーバーヘッド）と、組み込み表のどの GPU で GPU のみ・CPU オフロードあり・実行不可のどれになるか、デコード速度の見積もり付きで。ファミリーならチェックポイントごとに1つの計画。",
        "La mémoire qu’il faut à un checkpoint par quantification (poids, cache KV, surcoût), et quels GPU de la table intégrée le font tourner seuls, avec déchargement sur le CPU ou pas du tout, avec une estimation de la vitesse de décodage\u{a0}; pour une famille, un plan par checkpoint.";
    "A checkpoint's Hugging Face repo id, or a family's id or name" =>
        "チェックポイントの Hugging Face リポジトリID、またはファミリーのIDか名前",
        "L’id de dépôt Hugging Face d’un checkpoint, ou l’id ou le nom d’une famille";
    "One quantization only (q4_k_m, q8_0, f16…)" => "1つの量子化のみ（q4_k_m、q8_0、f16…）", "Une seule quantification (q4_k_m, q8_0, f16…)";
}

/// `en` in `lang`; English, and a string the table lacks, as given.
#[inline]
pub fn tr(lang: Lang, en: &str) -> &str {
    match lang {
        Lang::En => en,
        Lang::Ja => lookup(en).map_or(en, |(ja, _)| ja),
        Lang::Fr => lookup(en).map_or(en, |(_, fr)| fr),
    }
}

/// A column's header in `lang`: its translation, or the column name itself
/// (`score:pfgen`).
#[inline]
pub fn header(lang: Lang, column: &str) -> std::borrow::Cow<'_, str> {
    match column.strip_prefix("score:") {
        Some(suite) if lang == Lang::Ja => std::borrow::Cow::Owned(format!("スコア:{suite}")),
        _ => std::borrow::Cow::Borrowed(tr(lang, column)),
    }
}

/// A license reason from the catalog in `lang`: the fixed reasons are
/// entries of the table; the two forms naming classes or checkpoints
/// (`Checkpoints have different licenses, all of class yes; …`,
/// `Checkpoints differ (yes: 13b; no: 13b-instruct); …`) are templates;
/// a reason the table lacks stays as the catalog states it.
pub fn reason(lang: Lang, text: &str) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    const CLASS: (&str, &str) = (
        "Checkpoints have different licenses, all of class ",
        "; each checkpoint carries its own.",
    );
    const DIFFER: (&str, &str) = (
        "Checkpoints differ (",
        "); each checkpoint carries its own license.",
    );
    if let Some(class) = text
        .strip_prefix(CLASS.0)
        .and_then(|r| r.strip_suffix(CLASS.1))
    {
        return trf(
            lang,
            "Checkpoints have different licenses, all of class {0}; each checkpoint carries its own.",
            &[&tr(lang, class)],
        );
    }
    if let Some(which) = text
        .strip_prefix(DIFFER.0)
        .and_then(|r| r.strip_suffix(DIFFER.1))
    {
        // `yes: a, b; no: c`: the classes translated, the names kept.
        let parts: Vec<String> = which
            .split("; ")
            .map(|part| match part.split_once(": ") {
                Some((class, names)) => {
                    let colon = if lang == Lang::Fr { "\u{a0}: " } else { ": " };
                    format!("{}{colon}{names}", tr(lang, class))
                }
                None => part.to_string(),
            })
            .collect();
        let sep = if lang == Lang::Fr { "\u{a0}; " } else { "; " };
        return trf(
            lang,
            "Checkpoints differ ({0}); each checkpoint carries its own license.",
            &[&parts.join(sep)],
        );
    }
    tr(lang, text).to_string()
}

/// A template translated, with `{0}`, `{1}`… filled from `args`.
pub fn trf(lang: Lang, en: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(en.len() + 16 * args.len());
    trf_into(&mut out, lang, en, args);
    out
}

/// [`trf`], appended to `out` (table cells are written into one buffer).
pub fn trf_into(out: &mut String, lang: Lang, en: &str, args: &[&dyn std::fmt::Display]) {
    use std::fmt::Write;
    let template = tr(lang, en);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let hole = after
            .find('}')
            .and_then(|close| Some((after[..close].parse::<usize>().ok()?, close)));
        match hole.and_then(|(i, close)| Some((args.get(i)?, close))) {
            Some((arg, close)) => {
                let _ = write!(out, "{arg}");
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The language of the process, once decided: 0 while undecided, else
/// [`code`] of it.
static LANG: AtomicU8 = AtomicU8::new(0);

fn code(lang: Lang) -> u8 {
    match lang {
        Lang::En => 1,
        Lang::Ja => 2,
        Lang::Fr => 3,
    }
}

/// Records the language `Config` decided (`--lang`, `JLLM_LANG`, the
/// locale), for the messages raised where no `Config` is at hand.
pub fn set_lang(lang: Lang) {
    LANG.store(code(lang), Ordering::Relaxed);
}

/// The language of messages raised where no `Config` is at hand: flag
/// values resolved against the catalog (`--domain`, `--developer`), the
/// units (`--min-params 7q`), suites. Before `Config` exists (clap's value
/// parsers run while the command line is parsed) it is read ahead from the
/// command line and the environment as `Config` will decide it, and only
/// then: the success path of a run never reads it.
pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::En,
        2 => Lang::Ja,
        3 => Lang::Fr,
        _ => {
            let lang = read_ahead();
            set_lang(lang);
            lang
        }
    }
}

/// `--lang` as the command line gives it, else `JLLM_LANG`, else the locale.
/// Unit tests read English whatever the machine's locale.
fn read_ahead() -> Lang {
    if cfg!(test) {
        return Lang::En;
    }
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .filter_map(|a| a.into_string().ok())
        .collect();
    lang_in_args(&args)
        .or_else(|| std::env::var("JLLM_LANG").ok().as_deref().and_then(parse))
        .unwrap_or_else(from_locale)
}

/// A `--lang` value as clap takes it (`en`, `ja`, `fr`).
fn parse(value: &str) -> Option<Lang> {
    match value {
        "en" => Some(Lang::En),
        "ja" => Some(Lang::Ja),
        "fr" => Some(Lang::Fr),
        _ => None,
    }
}

/// The value of `--lang X` or `--lang=X` among `args` (options, not
/// operands: the scan stops at `--`). A value clap would refuse counts as
/// none: clap says so in English.
fn lang_in_args(args: &[String]) -> Option<Lang> {
    let mut found = None;
    let mut words = args.iter();
    while let Some(w) = words.next() {
        match w.as_str() {
            "--" => break,
            "--lang" => found = words.next().and_then(|v| parse(v)),
            _ => {
                if let Some(v) = w.strip_prefix("--lang=") {
                    found = parse(v);
                }
            }
        }
    }
    found
}

/// `ja*` in the first set of LC_ALL, LC_MESSAGES, LANG means Japanese,
/// `fr*` French, anything else (`C`, `en_US.UTF-8`) English.
pub fn from_locale() -> Lang {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            if !v.is_empty() {
                return if v.starts_with("ja") {
                    Lang::Ja
                } else if v.starts_with("fr") {
                    Lang::Fr
                } else {
                    Lang::En
                };
            }
        }
    }
    Lang::En
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holes(s: &str) -> Vec<&str> {
        let mut v: Vec<&str> = s
            .match_indices('{')
            .filter_map(|(i, _)| Some(&s[i..i + s[i..].find('}')? + 1]))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Every entry has a Japanese and a French text with the same holes as
    /// the English one, and no English key is there twice.
    #[test]
    fn every_entry_has_japanese_and_french() {
        assert!(TABLE.len() > 100, "{}", TABLE.len());
        let mut seen = std::collections::HashSet::new();
        for (en, ja, fr) in TABLE {
            assert!(seen.insert(*en), "{en:?} twice");
            assert!(!ja.trim().is_empty(), "{en:?} has no Japanese");
            assert!(!fr.trim().is_empty(), "{en:?} has no French");
            assert_eq!(holes(en), holes(ja), "{en:?} / {ja:?}");
            assert_eq!(holes(en), holes(fr), "{en:?} / {fr:?}");
            assert_eq!(tr(Lang::Ja, en), *ja);
            assert_eq!(tr(Lang::Fr, en), *fr);
            assert_eq!(tr(Lang::En, en), *en);
        }
    }

    /// The string literals passed to `tr`, `trf` and `header` anywhere in
    /// src/ (outside this file) are entries of the table: a string added to
    /// the code without its translations fails here.
    #[test]
    fn every_string_the_source_translates_is_in_the_table() {
        let mut files = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).expect("src/ is readable").flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("i18n.rs") {
                    files.push(p);
                }
            }
        }
        let mut checked = 0;
        let mut missing = Vec::new();
        for p in &files {
            let src = std::fs::read_to_string(p).expect("source is readable");
            for call in ["tr(", "trf(", "trf_into(", "header("] {
                for (at, _) in src.match_indices(call) {
                    // Only calls of this module: `i18n::tr(` or a bare `tr(`.
                    let before = &src[..at];
                    if !(before.ends_with("i18n::")
                        || before.ends_with(|c: char| {
                            !c.is_alphanumeric() && c != '_' && c != ':' && c != '.'
                        }))
                    {
                        continue;
                    }
                    let mut args = &src[at + call.len()..];
                    // `trf_into(out, lang, "…")`: the buffer comes first.
                    if call == "trf_into(" {
                        let Some(comma) = args.find(',') else {
                            continue;
                        };
                        args = &args[comma + 1..];
                    }
                    // The second argument, when it is a literal.
                    let Some(comma) = args.find(',') else {
                        continue;
                    };
                    let second = args[comma + 1..].trim_start();
                    let Some(lit) = second.strip_prefix('"') else {
                        continue;
                    };
                    let Some(end) = lit.find('"') else { continue };
                    let lit = &lit[..end];
                    checked += 1;
                    if lookup(lit).is_none() {
                        missing.push(format!("{}: {lit:?}", p.display()));
                    }
                }
            }
        }
        assert!(checked > 50, "only {checked} translated literals found");
        assert!(missing.is_empty(), "not in the table: {missing:#?}");
    }

    /// French puts a no-break space (U+00A0) before `:`, `;`, `?`, `!`
    /// ending a clause, and never a plain or narrow space.
    #[test]
    fn french_has_a_no_break_space_before_double_punctuation() {
        let mut seen = 0;
        for (en, _, fr) in TABLE {
            let chars: Vec<char> = fr.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                if !matches!(c, ':' | ';' | '?' | '!') {
                    continue;
                }
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + 1).copied();
                assert!(
                    !matches!(before, Some(' ' | '\u{202f}')),
                    "{en:?}: {fr:?} has a plain or narrow space before {c:?}"
                );
                // Punctuation of a sentence (not `pfgen=0.5`, `score:SUITE`,
                // `https://`): followed by a space, a closing bracket or
                // the end.
                if after.is_none_or(|a| a == ' ' || a == ')') {
                    assert_eq!(
                        before,
                        Some('\u{a0}'),
                        "{en:?}: {fr:?} lacks U+00A0 before {c:?}"
                    );
                    seen += 1;
                }
            }
        }
        assert!(seen > 50, "only {seen} French colons and semicolons");
    }

    /// `--lang` read ahead of clap: the last value given before `--`; a
    /// value clap refuses is none.
    #[test]
    fn the_language_is_read_ahead_from_the_command_line() {
        let args =
            |line: &str| -> Vec<String> { line.split_whitespace().map(str::to_string).collect() };
        assert_eq!(
            lang_in_args(&args("--lang fr list --domain x")),
            Some(Lang::Fr)
        );
        assert_eq!(
            lang_in_args(&args("list --domain x --lang=ja")),
            Some(Lang::Ja)
        );
        assert_eq!(lang_in_args(&args("list --lang en")), Some(Lang::En));
        assert_eq!(lang_in_args(&args("list --lang de")), None);
        assert_eq!(lang_in_args(&args("list --lang")), None);
        assert_eq!(lang_in_args(&args("show -- --lang fr")), None);
        assert_eq!(lang_in_args(&args("list")), None);
    }

    #[test]
    fn templates_fill_their_holes_in_the_translation_order() {
        assert_eq!(trf(Lang::En, "{0} families", &[&366]), "366 families");
        assert_eq!(trf(Lang::Ja, "{0} families", &[&366]), "366 ファミリー");
        assert_eq!(trf(Lang::Fr, "{0} families", &[&366]), "366 familles");
        assert_eq!(
            trf(Lang::Ja, "{0} (base model: {1})", &[&"不明", &"4,096"]),
            "不明（ベースモデル: 4,096）"
        );
        // A brace that is no hole stays.
        assert_eq!(trf(Lang::En, "{x} {0}", &[&1]), "{x} 1");
    }
}

#[cfg(test)]
mod reason_tests {
    use super::*;
    use crate::catalog::load;

    /// Every license reason of the built-in catalog (families and
    /// checkpoints) reads in Japanese and French, not in English.
    #[test]
    fn every_license_reason_is_translated() {
        let cat = load::embedded();
        let mut reasons: Vec<&str> = Vec::new();
        for f in cat.models.iter() {
            let licenses = f
                .license
                .iter()
                .chain(f.variants.iter().filter_map(|v| v.license.as_ref()));
            reasons.extend(licenses.filter_map(|l| l.reason.as_deref()));
        }
        assert!(reasons.len() > 100, "{}", reasons.len());
        for r in reasons {
            for lang in [Lang::Ja, Lang::Fr] {
                assert_ne!(reason(lang, r), r, "{lang:?}: {r}");
            }
        }
    }
}
