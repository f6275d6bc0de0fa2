//! The browser's own words (titles, prompts, the help's key descriptions)
//! in English, Japanese and French. The English text is the key, as in
//! `crate::i18n`; they live here rather than in the shared table because
//! only the browser shows them. Column headers, values, licenses, verdicts
//! and messages come from `crate::i18n` with the rest of jllm's output.
//! A test checks that every entry has both translations and that every
//! literal the module passes to [`t`] is an entry.

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
    "browse needs a terminal on stdin and stdout (for a script: jllm list)" => "browse には標準入力と標準出力の端末が必要です (スクリプトには jllm list)", "browse a besoin d'un terminal en entrée et en sortie standard (pour un script\u{a0}: jllm list)";
    "VRAM is needed with RAM or a quantization" => "RAM や量子化にはVRAMも指定してください", "la VRAM est nécessaire avec la RAM ou une quantification";
    // Pane titles and the status line.
    "families" => "ファミリー", "familles";
    "checkpoints" => "チェックポイント", "checkpoints";
    "detail" => "詳細", "détail";
    "search" => "検索", "recherche";
    "filters" => "フィルター", "filtres";
    "sort" => "並べ替え", "tri";
    "compare" => "比較", "comparaison";
    "help" => "ヘルプ", "aide";
    "machine" => "マシン", "machine";
    "marked" => "マーク", "marqués";
    "the list's order" => "リストの順", "l'ordre de la liste";
    "reversed" => "逆順", "inversé";
    "no family matches" => "該当するファミリーはありません", "aucune famille ne correspond";
    "? help · q quit" => "? ヘルプ · q 終了", "? aide · q quitter";
    "Enter apply · Tab complete · Esc cancel" => "Enter 適用 · Tab 補完 · Esc 取消", "Entrée appliquer · Tab compléter · Échap annuler";
    "Enter edit · Del clear · Esc close" => "Enter 編集 · Del 解除 · Esc 閉じる", "Entrée modifier · Suppr effacer · Échap fermer";
    "Enter choose · Esc close" => "Enter 選択 · Esc 閉じる", "Entrée choisir · Échap fermer";
    "Tab next field · Enter apply · Esc cancel" => "Tab 次の欄 · Enter 適用 · Esc 取消", "Tab champ suivant · Entrée appliquer · Échap annuler";
    "mark two families or more with c" => "c で2つ以上のファミリーをマークしてください", "marquez au moins deux familles avec c";
    "copied: {0}" => "コピーしました: {0}", "copié\u{a0}: {0}";
    "opening: {0}" => "開いています: {0}", "ouverture\u{a0}: {0}";
    "nothing to copy" => "コピーするものがありません", "rien à copier";
    "no URL" => "URLがありません", "pas d'URL";
    "set VRAM with v for a fit verdict" => "v でVRAMを設定すると収まるかどうかを表示します", "réglez la VRAM avec v pour un verdict de fit";
    "fit" => "適合", "fit";
    "fit ({0} VRAM{1}):" => "適合 (VRAM {0}{1}):", "fit (VRAM {0}{1})\u{a0}:";
    ", {0} RAM" => ", RAM {0}", ", RAM {0}";
    "values:" => "値:", "valeurs\u{a0}:";
    "VRAM (24GB; empty: none)" => "VRAM (24GB。空欄: なし)", "VRAM (24GB\u{a0}; vide\u{a0}: aucune)";
    "RAM (64GB; empty: no offload)" => "RAM (64GB。空欄: オフロードなし)", "RAM (64GB\u{a0}; vide\u{a0}: pas de déchargement)";
    "quantization (q4_k_m; empty: the highest that fits)" => "量子化 (q4_k_m。空欄: 収まる最高精度)", "quantification (q4_k_m\u{a0}; vide\u{a0}: la plus haute qui tient)";
    // The help: one line per key.
    "move the selection" => "選択を移動", "déplacer la sélection";
    "a page up or down" => "1ページ上・下へ", "une page plus haut ou plus bas";
    "first or last row" => "先頭・末尾の行へ", "première ou dernière ligne";
    "scroll the detail pane" => "詳細ペインをスクロール", "faire défiler le panneau de détail";
    "detail pane full screen, and back" => "詳細ペインを全画面表示・元に戻す", "panneau de détail en plein écran, et retour";
    "families or checkpoints" => "ファミリー・チェックポイントの切り替え", "familles ou checkpoints";
    "search as jllm search (Enter keeps, Esc clears)" => "jllm search と同じ検索 (Enter で確定、Esc で解除)", "rechercher comme jllm search (Entrée garde, Échap efface)";
    "filters (every filter of jllm list)" => "フィルター (jllm list のすべてのフィルター)", "filtres (tous ceux de jllm list)";
    "sort by a key" => "キーで並べ替え", "trier selon une clé";
    "reverse the order" => "順序を逆にする", "inverser l'ordre";
    "mark or unmark the family" => "ファミリーをマーク・解除", "marquer ou démarquer la famille";
    "compare the marked families side by side" => "マークしたファミリーを並べて比較", "comparer côte à côte les familles marquées";
    "VRAM, RAM, quantization for the fit verdict" => "適合判定のVRAM・RAM・量子化", "VRAM, RAM, quantification pour le verdict de fit";
    "copy the id or repo id (OSC 52)" => "IDまたはリポジトリIDをコピー (OSC 52)", "copier l'id ou l'id du dépôt (OSC 52)";
    "open the URL" => "URLを開く", "ouvrir l'URL";
    "this help" => "このヘルプ", "cette aide";
    "quit, printing the jllm list command of the view" => "終了 (この表示の jllm list コマンドを出力)", "quitter en affichant la commande jllm list de la vue";
    "mouse: the wheel scrolls, a click selects" => "マウス: ホイールでスクロール、クリックで選択", "souris\u{a0}: la molette fait défiler, un clic sélectionne";
}

/// `en` in `lang`; English, and a text the table lacks, as is.
pub fn t(lang: Lang, en: &str) -> &str {
    match (lang, lookup(en)) {
        (Lang::Ja, Some((ja, _))) => ja,
        (Lang::Fr, Some((_, fr))) => fr,
        _ => en,
    }
}

/// [`t`] with its holes `{0}`, `{1}`… filled.
pub fn tf(lang: Lang, en: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut s = t(lang, en).to_string();
    for (i, a) in args.iter().enumerate() {
        s = s.replace(&format!("{{{i}}}"), &a.to_string());
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every entry translated, no key twice, and every literal the module's
    /// files pass to `t`/`tf` is an entry (an unlisted one would show in
    /// English whatever the language).
    #[test]
    fn every_text_is_translated() {
        let mut seen = std::collections::HashSet::new();
        for (en, ja, fr) in TABLE {
            assert!(seen.insert(*en), "'{en}' twice");
            assert!(!ja.is_empty() && !fr.is_empty() && ja != en, "'{en}'");
            assert!(!fr.contains(" :"), "French colon after a plain space: {fr}");
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cmd/browse");
        let mut used = 0;
        for entry in std::fs::read_dir(&dir).expect("src/cmd/browse") {
            let path = entry.expect("entry").path();
            let src = std::fs::read_to_string(&path).expect("source");
            for call in [
                "t(lang, \"",
                "tf(lang, \"",
                "t(self.lang, \"",
                "tf(self.lang, \"",
            ] {
                for (at, _) in src.match_indices(call) {
                    let rest = &src[at + call.len()..];
                    let Some(end) = rest.find('"') else { continue };
                    let key = &rest[..end];
                    if key.contains('\\') {
                        continue;
                    }
                    used += 1;
                    assert!(
                        lookup(key).is_some(),
                        "{}: '{key}' is not in the table",
                        path.display()
                    );
                }
            }
        }
        assert!(used > 20, "{used} calls found");
    }
}
