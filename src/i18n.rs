//! Every fixed string a person reads, in English, Japanese and French, in
//! one table (issue 11): table headers, the values jllm itself writes
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
//! Completeness is tested: every entry has a Japanese and a French text,
//! no English key appears twice (a duplicate is also an unreachable match
//! arm, which `clippy -D warnings` rejects), and every string literal the
//! source passes to `tr`/`trf`/`header` is an entry (a test scans src/).
//! JSON, ids and `--help` stay English.

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
    "{0} (base model: {1})" => "{0}（ベースモデル: {1}）", "{0} (modèle de base : {1})";
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
    "commercial use" => "商用利用", "usage commercial";
    "per checkpoint, below" => "チェックポイントごと、下表", "par checkpoint, ci-dessous";
    "Platform" => "プラットフォーム", "Plateforme";
    "Context length" => "コンテキスト長", "Longueur de contexte";
    "Training data" => "学習データ", "Données d'entraînement";
    "Training tokens" => "学習トークン数", "Jetons d'entraînement";
    "On Hugging Face" => "Hugging Face 公開", "Sur Hugging Face";
    "Note" => "注", "Note";
    "{0} (f16 / q8_0 / q4_k_m, {1} tokens)" => "{0}（f16 / q8_0 / q4_k_m、{1}トークン）", "{0} (f16 / q8_0 / q4_k_m, {1} jetons)";
    "size of {0}: {1} ({2})" => "{0} のサイズ: {1}（{2}）", "taille de {0} : {1} ({2})";

    "Evaluation results (best run per suite):" => "評価結果（スイートごとの最良の実行）:", "Résultats d'évaluation (meilleur essai par suite) :";
    "Per task and every run" => "タスクごとのスコアとすべての実行", "Par tâche et tous les essais";
    "{0} (best of {1})" => "{0}（{1} 回中の最良）", "{0} (meilleur de {1})";

    // Footers and notes under tables.
    "{0} families" => "{0} ファミリー", "{0} familles";
    "{0} of {1} checkpoints of known size fit in {2} of {3} VRAM{4} at {5} tokens (or the model's limit); {6} of unknown size skipped. Rough estimates: see jllm fit --help." =>
        "サイズが分かっている {1} チェックポイントのうち {0} が VRAM {2}（全 {3}）{4} に {5} トークン（またはモデルの上限）で収まります。サイズ不明の {6} は対象外。概算です（jllm fit --help を参照）。",
        "{0} checkpoints sur {1} de taille connue tiennent dans {2} de VRAM sur {3}{4} à {5} jetons (ou la limite du modèle) ; {6} de taille inconnue ignorés. Estimations grossières : voir jllm fit --help.";
    " + {0} of {1} RAM" => " + RAM {0}（全 {1}）", " + {0} de RAM sur {1}";
    "Sorted by the best score on {0} (jllm results --suite {0}): measured on the published weights, not at the quantization shown." =>
        "{0} の最高スコア順（jllm results --suite {0}）: スコアは公開された重みで測ったもので、表示の量子化でのものではありません。",
        "Trié par meilleur score sur {0} (jllm results --suite {0}) : mesuré sur les poids publiés, pas à la quantification affichée.";
    "Scores of different suites are not comparable, and pre-trained and post-trained suites measure different things: compare models within one suite only." =>
        "異なるスイートのスコアは比較できません。事前学習モデル向けと事後学習モデル向けのスイートは測るものが異なります。比較は同じスイートの中でのみ行ってください。",
        "Les scores de suites différentes ne sont pas comparables : les suites pour modèles pré-entraînés et post-entraînés mesurent des choses différentes. Ne comparez qu'au sein d'une même suite.";
    "(not shown to fit {0} columns: {1}; see --columns)" => "（{0} 桁に収めるため非表示: {1}。--columns を参照）", "(non affiché pour tenir en {0} colonnes : {1} ; voir --columns)";

    // Messages on stderr (their fixed parts).
    "no model matches '{0}'" => "'{0}' に一致するモデルはありません", "aucun modèle ne correspond à '{0}'";
    "did you mean:" => "もしかして:", "vouliez-vous dire :";
    "'{0}' matches {1} families; give one of these ids:" => "'{0}' は {1} ファミリーに一致します。次の ID のいずれかを指定してください:", "'{0}' correspond à {1} familles ; donnez l'un de ces ids :";
    "… and {0} more (jllm search '{1}')" => "… ほか {0} 件（jllm search '{1}'）", "… et {0} de plus (jllm search '{1}')";
    "nothing matches '{0}'" => "'{0}' に一致するものはありません", "rien ne correspond à '{0}'";
    "nothing matches '{0}'; nearest: {1}" => "'{0}' に一致するものはありません。近いもの: {1}", "rien ne correspond à '{0}' ; les plus proches : {1}";
    "no family is from {0} or later; the newest is from {1}" => "{0} 年以降のファミリーはありません。最新は {1} 年です", "aucune famille ne date de {0} ou après ; la plus récente date de {1}";
    "no family is from {0} or earlier; the oldest is from {1}" => "{0} 年以前のファミリーはありません。最古は {1} 年です", "aucune famille ne date de {0} ou avant ; la plus ancienne date de {1}";
    "no family is from {0}; years run from {1} to {2}" => "{0} 年のファミリーはありません。{1} 年から {2} 年までです", "aucune famille ne date de {0} ; les années vont de {1} à {2}";
    "no family takes a context of {0} tokens or more; the longest known is {1}" => "{0} トークン以上のコンテキストを扱うファミリーはありません。既知の最長は {1} です", "aucune famille ne prend un contexte de {0} jetons ou plus ; le plus long connu est {1}";
    "no family has a context of {0} tokens or less; the shortest known is {1}" => "コンテキストが {0} トークン以下のファミリーはありません。既知の最短は {1} です", "aucune famille n'a un contexte de {0} jetons ou moins ; le plus court connu est {1}";
    "no checkpoint has {0} parameters or more; the largest has {1}" => "{0} パラメータ以上のチェックポイントはありません。最大は {1} です", "aucun checkpoint n'a {0} paramètres ou plus ; le plus grand en a {1}";
    "no checkpoint has {0} parameters or fewer; the smallest has {1}" => "{0} パラメータ以下のチェックポイントはありません。最小は {1} です", "aucun checkpoint n'a {0} paramètres ou moins ; le plus petit en a {1}";
    "no family matches {0}" => "{0} に一致するファミリーはありません", "aucune famille ne correspond à {0}";
    "{0} family matches {1}, but it does not pass {2}" => "{1} に一致するファミリーは {0} ありますが、{2} を満たしません", "{0} famille correspond à {1}, mais elle ne passe pas {2}";
    "{0} families match {1}, but none of them passes {2}" => "{1} に一致するファミリーは {0} ありますが、どれも {2} を満たしません", "{0} familles correspondent à {1}, mais aucune ne passe {2}";
    "{0} family matches '{1}', but none passes the filters" => "'{1}' に一致するファミリーは {0} ありますが、条件を満たしません", "{0} famille correspond à '{1}', mais elle ne passe pas les filtres";
    "{0} families match '{1}', but none passes the filters" => "'{1}' に一致するファミリーは {0} ありますが、どれも条件を満たしません", "{0} familles correspondent à '{1}', mais aucune ne passe les filtres";
    "the catalog is empty" => "カタログが空です", "le catalogue est vide";
    "no family matches all the filters together" => "すべての条件を同時に満たすファミリーはありません", "aucune famille ne passe tous les filtres à la fois";
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
pub fn header(lang: Lang, column: &str) -> &str {
    tr(lang, column)
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
            for call in ["tr(", "trf(", "header("] {
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
                    let args = &src[at + call.len()..];
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
