
use builtin;
use str;

set edit:completion:arg-completer[jllm] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'jllm'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'jllm'= {
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List model families (or checkpoints with --variants) matching filters'
            cand ls 'List model families (or checkpoints with --variants) matching filters'
            cand show 'Everything about one family: by id, Hugging Face repo or name'
            cand search 'Fuzzy search over names, ids, repos, developers, architectures and training data'
            cand compare 'Families side by side, one column each'
            cand stats 'Counts per developer, license, year… with the filters applied'
            cand fit 'Which checkpoints fit in a GPU''s memory (and RAM), at which quantization'
            cand plot 'Chart of parameter counts against release dates (SVG, or text in the terminal)'
            cand results 'Evaluation results (Swallow, pfgen-bench) of a model, or a ranking on one suite'
            cand benchmarks 'List the evaluation benchmarks'
            cand benchmark 'Everything about one benchmark'
            cand catalog 'Import, check and validate catalog data; say which catalog is in effect'
            cand update 'Download the awesome-japanese-llm list and install it as your catalog'
            cand completions 'Print a shell completion script'
            cand schema 'Print the JSON Schema of the JSON output'
            cand man 'Print the manual page (roff): jllm man | man -l -'
            cand complete 'Print ids for shell completion (used by the completion scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jllm;list'= {
            cand --arch 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)'
            cand --base 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)'
            cand --min-params 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded'
            cand --max-params 'At most this many parameters, per checkpoint; families with no known size are excluded'
            cand --license 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)'
            cand --commercial 'Only commercially usable families: class yes; =conditional also admits conditional ones'
            cand --developer 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)'
            cand --domain 'Domain in English or Japanese (general, medical, 医療, finance…)'
            cand --category 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)'
            cand --task 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)'
            cand --approach 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)'
            cand --since 'Released in this year or later'
            cand --until 'Released in this year or earlier'
            cand --year 'Released in this year'
            cand --min-context 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")'
            cand --max-context 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded'
            cand --min-score 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded'
            cand --sort 'Sort by this field: params, year, released, name, context, developer, or score:SUITE (best checkpoint''s score; suites: `jllm results --help`) [default: the list''s order]'
            cand --limit 'Print at most N rows'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --json 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)'
            cand --columns 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --assume-base-context 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
            cand --hf 'Only families with downloadable weights (a Hugging Face checkpoint)'
            cand --variants 'One row per checkpoint (Hugging Face repo) instead of per family'
            cand --reverse 'Reverse the order'
            cand -w 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --wide 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --no-pager 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;ls'= {
            cand --arch 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)'
            cand --base 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)'
            cand --min-params 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded'
            cand --max-params 'At most this many parameters, per checkpoint; families with no known size are excluded'
            cand --license 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)'
            cand --commercial 'Only commercially usable families: class yes; =conditional also admits conditional ones'
            cand --developer 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)'
            cand --domain 'Domain in English or Japanese (general, medical, 医療, finance…)'
            cand --category 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)'
            cand --task 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)'
            cand --approach 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)'
            cand --since 'Released in this year or later'
            cand --until 'Released in this year or earlier'
            cand --year 'Released in this year'
            cand --min-context 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")'
            cand --max-context 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded'
            cand --min-score 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded'
            cand --sort 'Sort by this field: params, year, released, name, context, developer, or score:SUITE (best checkpoint''s score; suites: `jllm results --help`) [default: the list''s order]'
            cand --limit 'Print at most N rows'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --json 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)'
            cand --columns 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --assume-base-context 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
            cand --hf 'Only families with downloadable weights (a Hugging Face checkpoint)'
            cand --variants 'One row per checkpoint (Hugging Face repo) instead of per family'
            cand --reverse 'Reverse the order'
            cand -w 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --wide 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --no-pager 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;show'= {
            cand -f 'Output format'
            cand --format 'Output format'
            cand --json 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)'
            cand --columns 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand -w 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --wide 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --no-pager 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;search'= {
            cand --arch 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)'
            cand --base 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)'
            cand --min-params 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded'
            cand --max-params 'At most this many parameters, per checkpoint; families with no known size are excluded'
            cand --license 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)'
            cand --commercial 'Only commercially usable families: class yes; =conditional also admits conditional ones'
            cand --developer 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)'
            cand --domain 'Domain in English or Japanese (general, medical, 医療, finance…)'
            cand --category 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)'
            cand --task 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)'
            cand --approach 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)'
            cand --since 'Released in this year or later'
            cand --until 'Released in this year or earlier'
            cand --year 'Released in this year'
            cand --min-context 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")'
            cand --max-context 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded'
            cand --min-score 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded'
            cand --limit 'Print at most N results'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --json 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)'
            cand --columns 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --assume-base-context 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
            cand --hf 'Only families with downloadable weights (a Hugging Face checkpoint)'
            cand -w 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --wide 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --no-pager 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;compare'= {
            cand -f 'Output format'
            cand --format 'Output format'
            cand --json 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)'
            cand --columns 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand -w 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --wide 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --no-pager 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;stats'= {
            cand --by 'Facet to count by'
            cand --arch 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)'
            cand --base 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)'
            cand --min-params 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded'
            cand --max-params 'At most this many parameters, per checkpoint; families with no known size are excluded'
            cand --license 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)'
            cand --commercial 'Only commercially usable families: class yes; =conditional also admits conditional ones'
            cand --developer 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)'
            cand --domain 'Domain in English or Japanese (general, medical, 医療, finance…)'
            cand --category 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)'
            cand --task 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)'
            cand --approach 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)'
            cand --since 'Released in this year or later'
            cand --until 'Released in this year or earlier'
            cand --year 'Released in this year'
            cand --min-context 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")'
            cand --max-context 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded'
            cand --min-score 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded'
            cand --limit 'Show at most N facet values (the largest)'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --json 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)'
            cand --columns 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --assume-base-context 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
            cand --hf 'Only families with downloadable weights (a Hugging Face checkpoint)'
            cand -w 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --wide 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --no-pager 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;fit'= {
            cand --vram 'GPU memory (24GB, 8GiB, 12g; binary units: 1 GB = 1024³ bytes)'
            cand --ram 'System RAM for layers offloaded to the CPU [default: no offload]'
            cand --context 'Context in tokens (8192, 32k): only checkpoints whose stated context reaches it are listed; unknown ones are left out and counted [default: 4096, capped at the model''s stated limit]'
            cand --quant 'Quantization to estimate (f16, bf16, q8_0, q6_k, q5_k_m, q4_k_m, q4_0, q3_k_m, q2_k…) [default: the highest precision that fits]'
            cand --sort 'Order of the rows: fit, params, memory, year, name, or score:SUITE (within each verdict, best score on SUITE first at any quantization, unscored last; suites: `jllm results --help`) [default: fit: on GPU first, then with offload; then by size]'
            cand --limit 'Print at most N rows'
            cand --arch 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)'
            cand --base 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)'
            cand --min-params 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded'
            cand --max-params 'At most this many parameters, per checkpoint; families with no known size are excluded'
            cand --license 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)'
            cand --commercial 'Only commercially usable families: class yes; =conditional also admits conditional ones'
            cand --developer 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)'
            cand --domain 'Domain in English or Japanese (general, medical, 医療, finance…)'
            cand --category 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)'
            cand --task 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)'
            cand --approach 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)'
            cand --since 'Released in this year or later'
            cand --until 'Released in this year or earlier'
            cand --year 'Released in this year'
            cand --min-context 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")'
            cand --max-context 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded'
            cand --min-score 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --json 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)'
            cand --columns 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --all 'Also list the checkpoints that are too large'
            cand --reverse 'Reverse the order'
            cand --hf 'Only families with downloadable weights (a Hugging Face checkpoint)'
            cand -w 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --wide 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --no-pager 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
            cand --assume-base-context 'With --context (or --min-context), also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;plot'= {
            cand --arch 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)'
            cand --base 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)'
            cand --min-params 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded'
            cand --max-params 'At most this many parameters, per checkpoint; families with no known size are excluded'
            cand --license 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)'
            cand --commercial 'Only commercially usable families: class yes; =conditional also admits conditional ones'
            cand --developer 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)'
            cand --domain 'Domain in English or Japanese (general, medical, 医療, finance…)'
            cand --category 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)'
            cand --task 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)'
            cand --approach 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)'
            cand --since 'Released in this year or later'
            cand --until 'Released in this year or earlier'
            cand --year 'Released in this year'
            cand --min-context 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")'
            cand --max-context 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded'
            cand --min-score 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded'
            cand -o 'Write the chart to this SVG file instead of printing a text chart'
            cand --out 'Write the chart to this SVG file instead of printing a text chart'
            cand --labels 'Label this many of the largest families in the chart'
            cand --y 'Plot score on a suite against parameters instead, with the Pareto frontier (score:SUITE; suites: `jllm results --help`)'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --assume-base-context 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
            cand --hf 'Only families with downloadable weights (a Hugging Face checkpoint)'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;results'= {
            cand --benchmark 'Rank the catalog''s checkpoints on this benchmark (catalog id, or swallow / pfgen)'
            cand --suite 'Only this suite (required for a benchmark with several suites)'
            cand --limit 'Print at most N rows'
            cand --arch 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)'
            cand --base 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)'
            cand --min-params 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded'
            cand --max-params 'At most this many parameters, per checkpoint; families with no known size are excluded'
            cand --license 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)'
            cand --commercial 'Only commercially usable families: class yes; =conditional also admits conditional ones'
            cand --developer 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)'
            cand --domain 'Domain in English or Japanese (general, medical, 医療, finance…)'
            cand --category 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)'
            cand --task 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)'
            cand --approach 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)'
            cand --since 'Released in this year or later'
            cand --until 'Released in this year or earlier'
            cand --year 'Released in this year'
            cand --min-context 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")'
            cand --max-context 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded'
            cand --min-score 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --json 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)'
            cand --columns 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --tasks 'With QUERY: every task''s score, not only the suite averages'
            cand --include-reference 'Add the models the list does not have (marked "not in the list")'
            cand --assume-base-context 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
            cand --hf 'Only families with downloadable weights (a Hugging Face checkpoint)'
            cand -w 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --wide 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --no-pager 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;benchmarks'= {
            cand --category 'Only this category (hybrid, nlu, generation, domain, factuality-safety, reasoning, instruction-following, embedding, vision-language, speech, other), or its Japanese or French label'
            cand --developer 'Only benchmarks by this developer (id, name or alias)'
            cand --grep 'Only benchmarks whose name or description contains this text'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --json 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)'
            cand --columns 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand -w 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --wide 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --no-pager 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;benchmark'= {
            cand -f 'Output format'
            cand --format 'Output format'
            cand --json 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)'
            cand --columns 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand -w 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --wide 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
            cand --no-pager 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;catalog'= {
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand import 'Build catalog TOML from a checkout of the awesome-japanese-llm list'
            cand info 'Say which catalog is in effect: the built-in list commit, the installed update, counts'
            cand import-results 'Build catalog/results/*.toml from the leaderboards'' files (Swallow LLM Leaderboard, pfgen-bench)'
            cand validate 'Check catalog TOML files (over the built-in catalog) and list every problem as file:line'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jllm;catalog;import'= {
            cand --out 'Write the generated TOML files into this catalog directory'
            cand --check 'Compare with this catalog directory instead of writing; exit 1 on drift'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --strict 'Treat every warning as an error: write nothing unless the import is clean'
            cand --allow-unknown 'Accepted for compatibility: unknown developers and license texts are now warnings by default (see --strict)'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'jllm;catalog;info'= {
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --json 'Print JSON instead of text'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;catalog;import-results'= {
            cand --out 'Write swallow.toml and pfgen.toml into this results directory'
            cand --check 'Compare with this results directory instead of writing; exit 1 on drift'
            cand --seeds 'Also import rinna''s paper (Tables 2, 3 and 4) from this directory of seed snapshots into paper.toml'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'jllm;catalog;validate'= {
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'jllm;catalog;help'= {
            cand import 'Build catalog TOML from a checkout of the awesome-japanese-llm list'
            cand info 'Say which catalog is in effect: the built-in list commit, the installed update, counts'
            cand import-results 'Build catalog/results/*.toml from the leaderboards'' files (Swallow LLM Leaderboard, pfgen-bench)'
            cand validate 'Check catalog TOML files (over the built-in catalog) and list every problem as file:line'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jllm;catalog;help;import'= {
        }
        &'jllm;catalog;help;info'= {
        }
        &'jllm;catalog;help;import-results'= {
        }
        &'jllm;catalog;help;validate'= {
        }
        &'jllm;catalog;help;help'= {
        }
        &'jllm;update'= {
            cand --from 'Where to get the list: an http(s):// URL of a .tar.gz, a local .tar.gz, or a directory [default: the GitHub tarball of llm-jp/awesome-japanese-llm main]'
            cand --evals-from 'Where to get the evaluation results: `github` (the Swallow LLM Leaderboard''s and pfgen-bench''s GitHub tarballs), a directory with swallow-leaderboard/ and pfgen-bench/ (each with its COMMIT file), or `builtin` (the results this jllm was built with, joined to the new catalog) [default: github with the default list source, else builtin]'
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --check 'Print what would change (added, removed, changed families and benchmarks); install nothing'
            cand --reset 'Remove the installed update: the built-in catalog is used again'
            cand -q 'No progress on stderr (progress shows only on a terminal anyway)'
            cand --quiet 'No progress on stderr (progress shows only on a terminal anyway)'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;completions'= {
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;schema'= {
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;man'= {
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;complete'= {
            cand --catalog 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)'
            cand --lang 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]'
            cand --color 'When to use colours (NO_COLOR is respected in auto mode)'
            cand --no-builtin 'Start from an empty catalog instead of the built-in one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'jllm;help'= {
            cand list 'List model families (or checkpoints with --variants) matching filters'
            cand show 'Everything about one family: by id, Hugging Face repo or name'
            cand search 'Fuzzy search over names, ids, repos, developers, architectures and training data'
            cand compare 'Families side by side, one column each'
            cand stats 'Counts per developer, license, year… with the filters applied'
            cand fit 'Which checkpoints fit in a GPU''s memory (and RAM), at which quantization'
            cand plot 'Chart of parameter counts against release dates (SVG, or text in the terminal)'
            cand results 'Evaluation results (Swallow, pfgen-bench) of a model, or a ranking on one suite'
            cand benchmarks 'List the evaluation benchmarks'
            cand benchmark 'Everything about one benchmark'
            cand catalog 'Import, check and validate catalog data; say which catalog is in effect'
            cand update 'Download the awesome-japanese-llm list and install it as your catalog'
            cand completions 'Print a shell completion script'
            cand schema 'Print the JSON Schema of the JSON output'
            cand man 'Print the manual page (roff): jllm man | man -l -'
            cand complete 'Print ids for shell completion (used by the completion scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jllm;help;list'= {
        }
        &'jllm;help;show'= {
        }
        &'jllm;help;search'= {
        }
        &'jllm;help;compare'= {
        }
        &'jllm;help;stats'= {
        }
        &'jllm;help;fit'= {
        }
        &'jllm;help;plot'= {
        }
        &'jllm;help;results'= {
        }
        &'jllm;help;benchmarks'= {
        }
        &'jllm;help;benchmark'= {
        }
        &'jllm;help;catalog'= {
            cand import 'Build catalog TOML from a checkout of the awesome-japanese-llm list'
            cand info 'Say which catalog is in effect: the built-in list commit, the installed update, counts'
            cand import-results 'Build catalog/results/*.toml from the leaderboards'' files (Swallow LLM Leaderboard, pfgen-bench)'
            cand validate 'Check catalog TOML files (over the built-in catalog) and list every problem as file:line'
        }
        &'jllm;help;catalog;import'= {
        }
        &'jllm;help;catalog;info'= {
        }
        &'jllm;help;catalog;import-results'= {
        }
        &'jllm;help;catalog;validate'= {
        }
        &'jllm;help;update'= {
        }
        &'jllm;help;completions'= {
        }
        &'jllm;help;schema'= {
        }
        &'jllm;help;man'= {
        }
        &'jllm;help;complete'= {
        }
        &'jllm;help;help'= {
        }
    ]
    $completions[$command]
}
