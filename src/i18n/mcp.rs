//! `jllm mcp`: the server's instructions, tool descriptions, summaries
//! and errors: one area of the translation table (see [`super`]).

table! {
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
