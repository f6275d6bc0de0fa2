//! `catalog info|import|import-results|validate`, `update`, the legends
//! of the symbols tables use, and the fields a search match names: one
//! area of the translation table (see [`super`]).

table! {
    // `catalog info|import|import-results|validate`: labels, summaries and
    // the fixed parts of messages (the problems found in files stay
    // English, as the catalog crate's validate.rs writes them).
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
}
