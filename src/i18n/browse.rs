//! The words of `jllm browse` (its refusal, pane titles, prompts, the
//! status line, one line of help per key): one area of the translation
//! table (see [`super`]).

table! {
    "browse needs a terminal on stdin and stdout (for a script: jllm list)" => "browse には標準入力と標準出力の端末が必要です (スクリプトには jllm list)", "browse a besoin d'un terminal en entrée et en sortie standard (pour un script\u{a0}: jllm list)";
    "VRAM is needed with RAM or a quantization" => "RAM や量子化にはVRAMも指定してください", "la VRAM est nécessaire avec la RAM ou une quantification";
    // Pane titles and the status line.
    "{0} checkpoints" => "{0} チェックポイント", "{0} checkpoints";
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
    "set VRAM with v: recommend ranks what fits" => "v でVRAMを設定してください: recommend は収まるモデルを順位付けします", "réglez la VRAM avec v\u{a0}: recommend classe ce qui tient";
    "fit" => "適合", "fit";
    "fit ({0} VRAM{1}):" => "適合 (VRAM {0}{1}):", "fit (VRAM {0}{1})\u{a0}:";
    ", {0} RAM" => ", RAM {0}", ", RAM {0}";
    "values:" => "値:", "valeurs\u{a0}:";
    "VRAM (24GB; empty: none)" => "VRAM (24GB。空欄: なし)", "VRAM (24GB\u{a0}; vide\u{a0}: aucune)";
    "RAM (64GB; empty: no offload)" => "RAM (64GB。空欄: オフロードなし)", "RAM (64GB\u{a0}; vide\u{a0}: pas de déchargement)";
    "GPU (rtx-4090: its bandwidth for the speed; empty: none)" => "GPU (rtx-4090: 速度の見積もりに帯域を使用。空欄: なし)", "GPU (rtx-4090\u{a0}: sa bande passante pour la vitesse\u{a0}; vide\u{a0}: aucun)";
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
    "VRAM, RAM, quantization, GPU for the fit verdict and the speed" => "適合判定と速度のVRAM・RAM・量子化・GPU", "VRAM, RAM, quantification, GPU (verdict de fit, vitesse)";
    "jllm recommend for the filters and the machine" => "この条件とマシンでの jllm recommend", "jllm recommend pour les filtres et la machine";
    "copy the id or repo id (OSC 52)" => "IDまたはリポジトリIDをコピー (OSC 52)", "copier l'id ou l'id du dépôt (OSC 52)";
    "open the URL" => "URLを開く", "ouvrir l'URL";
    "this help" => "このヘルプ", "cette aide";
    "quit, printing the jllm list command of the view" => "終了 (この表示の jllm list コマンドを出力)", "quitter en affichant la commande jllm list de la vue";
    "mouse: the wheel scrolls, a click selects" => "マウス: ホイールでスクロール、クリックで選択", "souris\u{a0}: la molette fait défiler, un clic sélectionne";
}
