//! Footers and notes under tables, messages on stderr, flag values
//! resolved against the catalog, units and sort keys, `list --variants`,
//! `benchmarks`, `benchmark` and `results`: one area of the translation
//! table (see [`super`]).

table! {
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
    // Suites where lower is better (error rates): results, plot, --min-score.
    "no checkpoint scores {0} or less on {1} (lower is better); the best scores {2}" =>
        "{1} で {0} 以下のスコアのチェックポイントはありません（低いほど良い）。最良は {2} です",
        "aucun checkpoint n'obtient {0} ou moins sur {1} (plus bas est meilleur)\u{a0}; le meilleur obtient {2}";
    "Best {0} score for its size, the lowest: lower is better (Pareto frontier of the catalog's checkpoints):" =>
        "サイズごとの {0} 最良スコア（最も低い値。低いほど良い。カタログのチェックポイントのパレートフロンティア）:",
        "Meilleur score {0} pour sa taille, le plus bas\u{a0}: plus bas est meilleur (frontière de Pareto des checkpoints du catalogue)\u{a0}:";
    "{0}: score by parameters (lower is better), best for its size highlighted" =>
        "{0}: パラメータ数ごとのスコア（低いほど良い）、サイズごとの最良を強調",
        "{0}\u{a0}: score selon les paramètres (plus bas est meilleur), le meilleur pour sa taille en évidence";
    "Pareto frontier: no smaller checkpoint scores lower (lower is better)" =>
        "パレートフロンティア: これより小さくてスコアが下回る（低いほど良い）チェックポイントはない",
        "frontière de Pareto\u{a0}: aucun checkpoint plus petit n'a un score plus bas (plus bas est meilleur)";
    "{0} models of the paper's {1} are not in the list and are left out: the filters cannot be checked on them." =>
        "論文の {1} の {0} モデルはリストにないため除外しました（フィルタを確認できません）。",
        "{0} modèles du {1} de l'article ne sont pas dans la liste et sont laissés de côté\u{a0}: les filtres ne peuvent pas être vérifiés sur eux.";
    "Ranks are by the paper's {0}: every model in it, each by its best result there." =>
        "順位は論文の {0} による順位です（そこにある全モデル、それぞれ最良の結果）。",
        "Les rangs sont ceux du {0} de l'article\u{a0}: tous ses modèles, chacun par son meilleur résultat.";
    "{0} models of the paper's {1} are not in the list; --include-reference shows them." =>
        "論文の {1} の {0} モデルはリストにありません。--include-reference で表示します。",
        "{0} modèles du {1} de l'article ne sont pas dans la liste\u{a0}; --include-reference les montre.";
    "Ranks are among the rows shown, not in the paper's {0} (its own rank: --include-reference, or leaderboard_rank in --json)." =>
        "順位は表示した行の中での順位で、論文の {0} での順位ではありません（論文での順位: --include-reference、または --json の leaderboard_rank）。",
        "Les rangs sont ceux des lignes affichées, pas ceux du {0} de l'article (son propre rang\u{a0}: --include-reference, ou leaderboard_rank dans --json).";
    "On {0}, lower is better (an error rate): rank 1 has the lowest score." =>
        "{0} では低いほど良い（誤り率）: 1位は最も低いスコアです。",
        "Sur {0}, plus bas est meilleur (un taux d'erreur)\u{a0}: le rang 1 a le score le plus bas.";
    "no checkpoint of the list has a score on {0}; --include-reference shows the models of the paper's {1}" =>
        "{0} のスコアがあるリストのチェックポイントはありません。--include-reference で論文の {1} のモデルを表示します",
        "aucun checkpoint de la liste n'a de score sur {0}\u{a0}; --include-reference montre les modèles du {1} de l'article";
    "Lower is better on {0} (an error rate): the best run is the lowest." =>
        "{0} では低いほど良い（誤り率）: 最良の実行は最も低い値です。",
        "Plus bas est meilleur sur {0} (un taux d'erreur)\u{a0}: le meilleur essai est le plus bas.";
}
