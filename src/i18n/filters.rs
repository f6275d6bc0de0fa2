//! The filters' explanations, what a `results` ranking shows or leaves
//! out, and `plot`'s chart, titles, axes, legend and messages: one area of
//! the translation table (see [`super`]).

table! {
    // The filters' explanations, a value with no match, and what a
    // `results` ranking shows or leaves out (src/query/filter/defs/,
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
}
