//! The machine (`--vram auto`, `--ram auto`, `--gpu`, the speed
//! estimate), `recommend` and `plan`: one area of the translation table
//! (see [`super`]).

table! {
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
}
