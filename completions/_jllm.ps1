
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'jllm' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'jllm'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'jllm' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List model families (or checkpoints with --variants) matching filters')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List model families (or checkpoints with --variants) matching filters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything about one family: by id, Hugging Face repo or name')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Fuzzy search over names, ids, repos, developers, architectures and training data')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Families side by side, one column each')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Counts per developer, license, year… with the filters applied')
            [CompletionResult]::new('fit', 'fit', [CompletionResultType]::ParameterValue, 'Which checkpoints fit in a GPU''s memory (and RAM), at which quantization')
            [CompletionResult]::new('plot', 'plot', [CompletionResultType]::ParameterValue, 'Chart of parameter counts against release dates (SVG, or text in the terminal)')
            [CompletionResult]::new('results', 'results', [CompletionResultType]::ParameterValue, 'Evaluation results (Swallow, pfgen-bench) of a model, or a ranking on one suite')
            [CompletionResult]::new('benchmarks', 'benchmarks', [CompletionResultType]::ParameterValue, 'List the evaluation benchmarks')
            [CompletionResult]::new('benchmark', 'benchmark', [CompletionResultType]::ParameterValue, 'Everything about one benchmark')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Import, check and validate catalog data; say which catalog is in effect')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Download the awesome-japanese-llm list and install it as your catalog')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the JSON output')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff): jllm man | man -l -')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Print ids for shell completion (used by the completion scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jllm;list' {
            [CompletionResult]::new('--arch', '--arch', [CompletionResultType]::ParameterName, 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)')
            [CompletionResult]::new('--min-params', '--min-params', [CompletionResultType]::ParameterName, 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded')
            [CompletionResult]::new('--max-params', '--max-params', [CompletionResultType]::ParameterName, 'At most this many parameters, per checkpoint; families with no known size are excluded')
            [CompletionResult]::new('--license', '--license', [CompletionResultType]::ParameterName, 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)')
            [CompletionResult]::new('--commercial', '--commercial', [CompletionResultType]::ParameterName, 'Only commercially usable families: class yes; =conditional also admits conditional ones')
            [CompletionResult]::new('--developer', '--developer', [CompletionResultType]::ParameterName, 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain in English or Japanese (general, medical, 医療, finance…)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)')
            [CompletionResult]::new('--approach', '--approach', [CompletionResultType]::ParameterName, 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Released in this year or later')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Released in this year or earlier')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Released in this year')
            [CompletionResult]::new('--min-context', '--min-context', [CompletionResultType]::ParameterName, 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")')
            [CompletionResult]::new('--max-context', '--max-context', [CompletionResultType]::ParameterName, 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field: params, year, released, name, context, developer, or score:SUITE (best checkpoint''s score; suites: `jllm results --help`) [default: the list''s order]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--assume-base-context', '--assume-base-context', [CompletionResultType]::ParameterName, 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"')
            [CompletionResult]::new('--hf', '--hf', [CompletionResultType]::ParameterName, 'Only families with downloadable weights (a Hugging Face checkpoint)')
            [CompletionResult]::new('--variants', '--variants', [CompletionResultType]::ParameterName, 'One row per checkpoint (Hugging Face repo) instead of per family')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;ls' {
            [CompletionResult]::new('--arch', '--arch', [CompletionResultType]::ParameterName, 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)')
            [CompletionResult]::new('--min-params', '--min-params', [CompletionResultType]::ParameterName, 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded')
            [CompletionResult]::new('--max-params', '--max-params', [CompletionResultType]::ParameterName, 'At most this many parameters, per checkpoint; families with no known size are excluded')
            [CompletionResult]::new('--license', '--license', [CompletionResultType]::ParameterName, 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)')
            [CompletionResult]::new('--commercial', '--commercial', [CompletionResultType]::ParameterName, 'Only commercially usable families: class yes; =conditional also admits conditional ones')
            [CompletionResult]::new('--developer', '--developer', [CompletionResultType]::ParameterName, 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain in English or Japanese (general, medical, 医療, finance…)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)')
            [CompletionResult]::new('--approach', '--approach', [CompletionResultType]::ParameterName, 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Released in this year or later')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Released in this year or earlier')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Released in this year')
            [CompletionResult]::new('--min-context', '--min-context', [CompletionResultType]::ParameterName, 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")')
            [CompletionResult]::new('--max-context', '--max-context', [CompletionResultType]::ParameterName, 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field: params, year, released, name, context, developer, or score:SUITE (best checkpoint''s score; suites: `jllm results --help`) [default: the list''s order]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--assume-base-context', '--assume-base-context', [CompletionResultType]::ParameterName, 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"')
            [CompletionResult]::new('--hf', '--hf', [CompletionResultType]::ParameterName, 'Only families with downloadable weights (a Hugging Face checkpoint)')
            [CompletionResult]::new('--variants', '--variants', [CompletionResultType]::ParameterName, 'One row per checkpoint (Hugging Face repo) instead of per family')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;show' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;search' {
            [CompletionResult]::new('--arch', '--arch', [CompletionResultType]::ParameterName, 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)')
            [CompletionResult]::new('--min-params', '--min-params', [CompletionResultType]::ParameterName, 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded')
            [CompletionResult]::new('--max-params', '--max-params', [CompletionResultType]::ParameterName, 'At most this many parameters, per checkpoint; families with no known size are excluded')
            [CompletionResult]::new('--license', '--license', [CompletionResultType]::ParameterName, 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)')
            [CompletionResult]::new('--commercial', '--commercial', [CompletionResultType]::ParameterName, 'Only commercially usable families: class yes; =conditional also admits conditional ones')
            [CompletionResult]::new('--developer', '--developer', [CompletionResultType]::ParameterName, 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain in English or Japanese (general, medical, 医療, finance…)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)')
            [CompletionResult]::new('--approach', '--approach', [CompletionResultType]::ParameterName, 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Released in this year or later')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Released in this year or earlier')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Released in this year')
            [CompletionResult]::new('--min-context', '--min-context', [CompletionResultType]::ParameterName, 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")')
            [CompletionResult]::new('--max-context', '--max-context', [CompletionResultType]::ParameterName, 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N results')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--assume-base-context', '--assume-base-context', [CompletionResultType]::ParameterName, 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"')
            [CompletionResult]::new('--hf', '--hf', [CompletionResultType]::ParameterName, 'Only families with downloadable weights (a Hugging Face checkpoint)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;compare' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;stats' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Facet to count by')
            [CompletionResult]::new('--arch', '--arch', [CompletionResultType]::ParameterName, 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)')
            [CompletionResult]::new('--min-params', '--min-params', [CompletionResultType]::ParameterName, 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded')
            [CompletionResult]::new('--max-params', '--max-params', [CompletionResultType]::ParameterName, 'At most this many parameters, per checkpoint; families with no known size are excluded')
            [CompletionResult]::new('--license', '--license', [CompletionResultType]::ParameterName, 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)')
            [CompletionResult]::new('--commercial', '--commercial', [CompletionResultType]::ParameterName, 'Only commercially usable families: class yes; =conditional also admits conditional ones')
            [CompletionResult]::new('--developer', '--developer', [CompletionResultType]::ParameterName, 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain in English or Japanese (general, medical, 医療, finance…)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)')
            [CompletionResult]::new('--approach', '--approach', [CompletionResultType]::ParameterName, 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Released in this year or later')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Released in this year or earlier')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Released in this year')
            [CompletionResult]::new('--min-context', '--min-context', [CompletionResultType]::ParameterName, 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")')
            [CompletionResult]::new('--max-context', '--max-context', [CompletionResultType]::ParameterName, 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N facet values (the largest)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--assume-base-context', '--assume-base-context', [CompletionResultType]::ParameterName, 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"')
            [CompletionResult]::new('--hf', '--hf', [CompletionResultType]::ParameterName, 'Only families with downloadable weights (a Hugging Face checkpoint)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;fit' {
            [CompletionResult]::new('--vram', '--vram', [CompletionResultType]::ParameterName, 'GPU memory (24GB, 8GiB, 12g; binary units: 1 GB = 1024³ bytes)')
            [CompletionResult]::new('--ram', '--ram', [CompletionResultType]::ParameterName, 'System RAM for layers offloaded to the CPU [default: no offload]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context in tokens (8192, 32k): only checkpoints whose stated context reaches it are listed; unknown ones are left out and counted [default: 4096, capped at the model''s stated limit]')
            [CompletionResult]::new('--quant', '--quant', [CompletionResultType]::ParameterName, 'Quantization to estimate (f16, bf16, q8_0, q6_k, q5_k_m, q4_k_m, q4_0, q3_k_m, q2_k…) [default: the highest precision that fits]')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the rows: fit, params, memory, year, name, or score:SUITE (within each verdict, best score on SUITE first at any quantization, unscored last; suites: `jllm results --help`) [default: fit: on GPU first, then with offload; then by size]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--arch', '--arch', [CompletionResultType]::ParameterName, 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)')
            [CompletionResult]::new('--min-params', '--min-params', [CompletionResultType]::ParameterName, 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded')
            [CompletionResult]::new('--max-params', '--max-params', [CompletionResultType]::ParameterName, 'At most this many parameters, per checkpoint; families with no known size are excluded')
            [CompletionResult]::new('--license', '--license', [CompletionResultType]::ParameterName, 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)')
            [CompletionResult]::new('--commercial', '--commercial', [CompletionResultType]::ParameterName, 'Only commercially usable families: class yes; =conditional also admits conditional ones')
            [CompletionResult]::new('--developer', '--developer', [CompletionResultType]::ParameterName, 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain in English or Japanese (general, medical, 医療, finance…)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)')
            [CompletionResult]::new('--approach', '--approach', [CompletionResultType]::ParameterName, 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Released in this year or later')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Released in this year or earlier')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Released in this year')
            [CompletionResult]::new('--min-context', '--min-context', [CompletionResultType]::ParameterName, 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")')
            [CompletionResult]::new('--max-context', '--max-context', [CompletionResultType]::ParameterName, 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also list the checkpoints that are too large')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order')
            [CompletionResult]::new('--hf', '--hf', [CompletionResultType]::ParameterName, 'Only families with downloadable weights (a Hugging Face checkpoint)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`')
            [CompletionResult]::new('--assume-base-context', '--assume-base-context', [CompletionResultType]::ParameterName, 'With --context (or --min-context), also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;plot' {
            [CompletionResult]::new('--arch', '--arch', [CompletionResultType]::ParameterName, 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)')
            [CompletionResult]::new('--min-params', '--min-params', [CompletionResultType]::ParameterName, 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded')
            [CompletionResult]::new('--max-params', '--max-params', [CompletionResultType]::ParameterName, 'At most this many parameters, per checkpoint; families with no known size are excluded')
            [CompletionResult]::new('--license', '--license', [CompletionResultType]::ParameterName, 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)')
            [CompletionResult]::new('--commercial', '--commercial', [CompletionResultType]::ParameterName, 'Only commercially usable families: class yes; =conditional also admits conditional ones')
            [CompletionResult]::new('--developer', '--developer', [CompletionResultType]::ParameterName, 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain in English or Japanese (general, medical, 医療, finance…)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)')
            [CompletionResult]::new('--approach', '--approach', [CompletionResultType]::ParameterName, 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Released in this year or later')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Released in this year or earlier')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Released in this year')
            [CompletionResult]::new('--min-context', '--min-context', [CompletionResultType]::ParameterName, 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")')
            [CompletionResult]::new('--max-context', '--max-context', [CompletionResultType]::ParameterName, 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the chart to this SVG file instead of printing a text chart')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the chart to this SVG file instead of printing a text chart')
            [CompletionResult]::new('--labels', '--labels', [CompletionResultType]::ParameterName, 'Label this many of the largest families in the chart')
            [CompletionResult]::new('--y', '--y', [CompletionResultType]::ParameterName, 'Plot score on a suite against parameters instead, with the Pareto frontier (score:SUITE; suites: `jllm results --help`)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--assume-base-context', '--assume-base-context', [CompletionResultType]::ParameterName, 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"')
            [CompletionResult]::new('--hf', '--hf', [CompletionResultType]::ParameterName, 'Only families with downloadable weights (a Hugging Face checkpoint)')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;results' {
            [CompletionResult]::new('--benchmark', '--benchmark', [CompletionResultType]::ParameterName, 'Rank the catalog''s checkpoints on this benchmark (catalog id, or swallow / pfgen)')
            [CompletionResult]::new('--suite', '--suite', [CompletionResultType]::ParameterName, 'Only this suite (required for a benchmark with several suites)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--arch', '--arch', [CompletionResultType]::ParameterName, 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)')
            [CompletionResult]::new('--min-params', '--min-params', [CompletionResultType]::ParameterName, 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded')
            [CompletionResult]::new('--max-params', '--max-params', [CompletionResultType]::ParameterName, 'At most this many parameters, per checkpoint; families with no known size are excluded')
            [CompletionResult]::new('--license', '--license', [CompletionResultType]::ParameterName, 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)')
            [CompletionResult]::new('--commercial', '--commercial', [CompletionResultType]::ParameterName, 'Only commercially usable families: class yes; =conditional also admits conditional ones')
            [CompletionResult]::new('--developer', '--developer', [CompletionResultType]::ParameterName, 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain in English or Japanese (general, medical, 医療, finance…)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)')
            [CompletionResult]::new('--approach', '--approach', [CompletionResultType]::ParameterName, 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Released in this year or later')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Released in this year or earlier')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Released in this year')
            [CompletionResult]::new('--min-context', '--min-context', [CompletionResultType]::ParameterName, 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")')
            [CompletionResult]::new('--max-context', '--max-context', [CompletionResultType]::ParameterName, 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--tasks', '--tasks', [CompletionResultType]::ParameterName, 'With QUERY: every task''s score, not only the suite averages')
            [CompletionResult]::new('--include-reference', '--include-reference', [CompletionResultType]::ParameterName, 'Add the models the list does not have (marked "not in the list")')
            [CompletionResult]::new('--assume-base-context', '--assume-base-context', [CompletionResultType]::ParameterName, 'With --min-context, also admit checkpoints with no stated context whose base model''s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"')
            [CompletionResult]::new('--hf', '--hf', [CompletionResultType]::ParameterName, 'Only families with downloadable weights (a Hugging Face checkpoint)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;benchmarks' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category (hybrid, nlu, generation, domain, factuality-safety, reasoning, instruction-following, embedding, vision-language, speech, other), or its Japanese or French label')
            [CompletionResult]::new('--developer', '--developer', [CompletionResultType]::ParameterName, 'Only benchmarks by this developer (id, name or alias)')
            [CompletionResult]::new('--grep', '--grep', [CompletionResultType]::ParameterName, 'Only benchmarks whose name or description contains this text')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;benchmark' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;catalog' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Build catalog TOML from a checkout of the awesome-japanese-llm list')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Say which catalog is in effect: the built-in list commit, the installed update, counts')
            [CompletionResult]::new('import-results', 'import-results', [CompletionResultType]::ParameterValue, 'Build catalog/results/*.toml from the leaderboards'' files (Swallow LLM Leaderboard, pfgen-bench)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check catalog TOML files (over the built-in catalog) and list every problem as file:line')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jllm;catalog;import' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the generated TOML files into this catalog directory')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Compare with this catalog directory instead of writing; exit 1 on drift')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat every warning as an error: write nothing unless the import is clean')
            [CompletionResult]::new('--allow-unknown', '--allow-unknown', [CompletionResultType]::ParameterName, 'Accepted for compatibility: unknown developers and license texts are now warnings by default (see --strict)')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'jllm;catalog;info' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON instead of text')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;catalog;import-results' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write swallow.toml and pfgen.toml into this results directory')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Compare with this results directory instead of writing; exit 1 on drift')
            [CompletionResult]::new('--seeds', '--seeds', [CompletionResultType]::ParameterName, 'Also import rinna''s paper (Tables 2, 3 and 4) from this directory of seed snapshots into paper.toml')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'jllm;catalog;validate' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'jllm;catalog;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Build catalog TOML from a checkout of the awesome-japanese-llm list')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Say which catalog is in effect: the built-in list commit, the installed update, counts')
            [CompletionResult]::new('import-results', 'import-results', [CompletionResultType]::ParameterValue, 'Build catalog/results/*.toml from the leaderboards'' files (Swallow LLM Leaderboard, pfgen-bench)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check catalog TOML files (over the built-in catalog) and list every problem as file:line')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jllm;catalog;help;import' {
            break
        }
        'jllm;catalog;help;info' {
            break
        }
        'jllm;catalog;help;import-results' {
            break
        }
        'jllm;catalog;help;validate' {
            break
        }
        'jllm;catalog;help;help' {
            break
        }
        'jllm;update' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where to get the list: an http(s):// URL of a .tar.gz, a local .tar.gz, or a directory [default: the GitHub tarball of llm-jp/awesome-japanese-llm main]')
            [CompletionResult]::new('--evals-from', '--evals-from', [CompletionResultType]::ParameterName, 'Where to get the evaluation results: `github` (the Swallow LLM Leaderboard''s and pfgen-bench''s GitHub tarballs), a directory with swallow-leaderboard/ and pfgen-bench/ (each with its COMMIT file), or `builtin` (the results this jllm was built with, joined to the new catalog) [default: github with the default list source, else builtin]')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Print what would change (added, removed, changed families and benchmarks); install nothing')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Remove the installed update: the built-in catalog is used again')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress on stderr (progress shows only on a terminal anyway)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress on stderr (progress shows only on a terminal anyway)')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;completions' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;schema' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;man' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;complete' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected in auto mode)')
            [CompletionResult]::new('--no-builtin', '--no-builtin', [CompletionResultType]::ParameterName, 'Start from an empty catalog instead of the built-in one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'jllm;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List model families (or checkpoints with --variants) matching filters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything about one family: by id, Hugging Face repo or name')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Fuzzy search over names, ids, repos, developers, architectures and training data')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Families side by side, one column each')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Counts per developer, license, year… with the filters applied')
            [CompletionResult]::new('fit', 'fit', [CompletionResultType]::ParameterValue, 'Which checkpoints fit in a GPU''s memory (and RAM), at which quantization')
            [CompletionResult]::new('plot', 'plot', [CompletionResultType]::ParameterValue, 'Chart of parameter counts against release dates (SVG, or text in the terminal)')
            [CompletionResult]::new('results', 'results', [CompletionResultType]::ParameterValue, 'Evaluation results (Swallow, pfgen-bench) of a model, or a ranking on one suite')
            [CompletionResult]::new('benchmarks', 'benchmarks', [CompletionResultType]::ParameterValue, 'List the evaluation benchmarks')
            [CompletionResult]::new('benchmark', 'benchmark', [CompletionResultType]::ParameterValue, 'Everything about one benchmark')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Import, check and validate catalog data; say which catalog is in effect')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Download the awesome-japanese-llm list and install it as your catalog')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the JSON output')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff): jllm man | man -l -')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Print ids for shell completion (used by the completion scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jllm;help;list' {
            break
        }
        'jllm;help;show' {
            break
        }
        'jllm;help;search' {
            break
        }
        'jllm;help;compare' {
            break
        }
        'jllm;help;stats' {
            break
        }
        'jllm;help;fit' {
            break
        }
        'jllm;help;plot' {
            break
        }
        'jllm;help;results' {
            break
        }
        'jllm;help;benchmarks' {
            break
        }
        'jllm;help;benchmark' {
            break
        }
        'jllm;help;catalog' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Build catalog TOML from a checkout of the awesome-japanese-llm list')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Say which catalog is in effect: the built-in list commit, the installed update, counts')
            [CompletionResult]::new('import-results', 'import-results', [CompletionResultType]::ParameterValue, 'Build catalog/results/*.toml from the leaderboards'' files (Swallow LLM Leaderboard, pfgen-bench)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check catalog TOML files (over the built-in catalog) and list every problem as file:line')
            break
        }
        'jllm;help;catalog;import' {
            break
        }
        'jllm;help;catalog;info' {
            break
        }
        'jllm;help;catalog;import-results' {
            break
        }
        'jllm;help;catalog;validate' {
            break
        }
        'jllm;help;update' {
            break
        }
        'jllm;help;completions' {
            break
        }
        'jllm;help;schema' {
            break
        }
        'jllm;help;man' {
            break
        }
        'jllm;help;complete' {
            break
        }
        'jllm;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
