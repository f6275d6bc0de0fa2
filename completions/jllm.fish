# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_jllm_global_optspecs
    string join \n catalog= no-builtin lang= color= h/help V/version
end

function __fish_jllm_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_jllm_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_jllm_using_subcommand
    set -l cmd (__fish_jllm_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c jllm -n "__fish_jllm_needs_command" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_needs_command" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_needs_command" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_needs_command" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_needs_command" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_needs_command" -s V -l version -d 'Print version'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "list" -d 'List model families (or checkpoints with --variants) matching filters'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "ls" -d 'List model families (or checkpoints with --variants) matching filters'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "show" -d 'Everything about one family: by id, Hugging Face repo or name'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "search" -d 'Fuzzy search over names, ids, repos, developers, architectures and training data'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "compare" -d 'Families side by side, one column each'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "stats" -d 'Counts per developer, license, year… with the filters applied'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "fit" -d 'Which checkpoints fit in a GPU\'s memory (and RAM), at which quantization'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "plot" -d 'Chart of parameter counts against release dates (SVG, or text in the terminal)'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "results" -d 'Evaluation results (Swallow, pfgen-bench) of a model, or a ranking on one suite'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "benchmarks" -d 'List the evaluation benchmarks'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "benchmark" -d 'Everything about one benchmark'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "catalog" -d 'Import, check and validate catalog data; say which catalog is in effect'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "update" -d 'Download the awesome-japanese-llm list and install it as your catalog'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "schema" -d 'Print the JSON Schema of the JSON output'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "man" -d 'Print the manual page (roff): jllm man | man -l -'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "complete" -d 'Print ids for shell completion (used by the completion scripts)'
complete -c jllm -n "__fish_jllm_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jllm -n "__fish_jllm_using_subcommand list" -l arch -d 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l base -d 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l min-params -d 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l max-params -d 'At most this many parameters, per checkpoint; families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l license -d 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l commercial -d 'Only commercially usable families: class yes; =conditional also admits conditional ones' -r -f -a "yes\t''
conditional\t''
no\t''
unknown\t''"
complete -c jllm -n "__fish_jllm_using_subcommand list" -l developer -d 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l domain -d 'Domain in English or Japanese (general, medical, 医療, finance…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l category -d 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)' -r -f -a "text-generation\t''
encoder\t''
embedding\t''
vision\t''
speech\t''
music\t''"
complete -c jllm -n "__fish_jllm_using_subcommand list" -l task -d 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)' -r -f -a "bi-encoder\t''
multi-vector\t''
cross-encoder\t''
image-text-to-text\t''
text-to-image\t''
text-to-video\t''
other\t''
asr\t''
tts\t''
foundation\t''
feature-extraction\t''
music-text\t''"
complete -c jllm -n "__fish_jllm_using_subcommand list" -l approach -d 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)' -r -f -a "scratch\t''
continual-pretraining\t''
post-training\t''
merge\t''
api\t''"
complete -c jllm -n "__fish_jllm_using_subcommand list" -l since -d 'Released in this year or later' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l until -d 'Released in this year or earlier' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l year -d 'Released in this year' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l min-context -d 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l max-context -d 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l min-score -d 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l sort -d 'Sort by this field: params, year, released, name, context, developer, or score:SUITE (best checkpoint\'s score; suites: `jllm results --help`) [default: the list\'s order]' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l limit -d 'Print at most N rows' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -s f -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''
ids\t''"
complete -c jllm -n "__fish_jllm_using_subcommand list" -l json -d 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)' -r
complete -c jllm -n "__fish_jllm_using_subcommand list" -l columns -d 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)' -r -f -a "id\t''
name\t''
name_ja\t''
sizes\t''
params\t''
arch\t''
architecture\t''
base\t''
developer\t''
license\t''
commercial\t''
year\t''
released\t''
context\t''
category\t''
task\t''
approach\t''
domain\t''
tokens\t''
checkpoints\t''
hf\t''
url\t''
score:pfgen\t''
score:swallow-ja-pre\t''
score:swallow-en-pre\t''
score:swallow-ja-post\t''
score:swallow-en-post\t''
score:swallow-ja-mtb\t''
score:swallow-en-mtb\t''
score:paper-jlmeh\t''
score:paper-imagenet-ja\t''
score:paper-csj-eval1\t''
score:paper-csj-eval2\t''
score:paper-csj-eval3\t''
family\t''
active\t''
experts\t''"
complete -c jllm -n "__fish_jllm_using_subcommand list" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand list" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand list" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand list" -l assume-base-context -d 'With --min-context, also admit checkpoints with no stated context whose base model\'s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
complete -c jllm -n "__fish_jllm_using_subcommand list" -l hf -d 'Only families with downloadable weights (a Hugging Face checkpoint)'
complete -c jllm -n "__fish_jllm_using_subcommand list" -l variants -d 'One row per checkpoint (Hugging Face repo) instead of per family'
complete -c jllm -n "__fish_jllm_using_subcommand list" -l reverse -d 'Reverse the order'
complete -c jllm -n "__fish_jllm_using_subcommand list" -s w -l wide -d 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
complete -c jllm -n "__fish_jllm_using_subcommand list" -l no-pager -d 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
complete -c jllm -n "__fish_jllm_using_subcommand list" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand list" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l arch -d 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l base -d 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l min-params -d 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l max-params -d 'At most this many parameters, per checkpoint; families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l license -d 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l commercial -d 'Only commercially usable families: class yes; =conditional also admits conditional ones' -r -f -a "yes\t''
conditional\t''
no\t''
unknown\t''"
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l developer -d 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l domain -d 'Domain in English or Japanese (general, medical, 医療, finance…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l category -d 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)' -r -f -a "text-generation\t''
encoder\t''
embedding\t''
vision\t''
speech\t''
music\t''"
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l task -d 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)' -r -f -a "bi-encoder\t''
multi-vector\t''
cross-encoder\t''
image-text-to-text\t''
text-to-image\t''
text-to-video\t''
other\t''
asr\t''
tts\t''
foundation\t''
feature-extraction\t''
music-text\t''"
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l approach -d 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)' -r -f -a "scratch\t''
continual-pretraining\t''
post-training\t''
merge\t''
api\t''"
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l since -d 'Released in this year or later' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l until -d 'Released in this year or earlier' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l year -d 'Released in this year' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l min-context -d 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l max-context -d 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l min-score -d 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l sort -d 'Sort by this field: params, year, released, name, context, developer, or score:SUITE (best checkpoint\'s score; suites: `jllm results --help`) [default: the list\'s order]' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l limit -d 'Print at most N rows' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -s f -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''
ids\t''"
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l json -d 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)' -r
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l columns -d 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)' -r -f -a "id\t''
name\t''
name_ja\t''
sizes\t''
params\t''
arch\t''
architecture\t''
base\t''
developer\t''
license\t''
commercial\t''
year\t''
released\t''
context\t''
category\t''
task\t''
approach\t''
domain\t''
tokens\t''
checkpoints\t''
hf\t''
url\t''
score:pfgen\t''
score:swallow-ja-pre\t''
score:swallow-en-pre\t''
score:swallow-ja-post\t''
score:swallow-en-post\t''
score:swallow-ja-mtb\t''
score:swallow-en-mtb\t''
score:paper-jlmeh\t''
score:paper-imagenet-ja\t''
score:paper-csj-eval1\t''
score:paper-csj-eval2\t''
score:paper-csj-eval3\t''
family\t''
active\t''
experts\t''"
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l assume-base-context -d 'With --min-context, also admit checkpoints with no stated context whose base model\'s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l hf -d 'Only families with downloadable weights (a Hugging Face checkpoint)'
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l variants -d 'One row per checkpoint (Hugging Face repo) instead of per family'
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l reverse -d 'Reverse the order'
complete -c jllm -n "__fish_jllm_using_subcommand ls" -s w -l wide -d 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l no-pager -d 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
complete -c jllm -n "__fish_jllm_using_subcommand ls" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand ls" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand show" -s f -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''
ids\t''"
complete -c jllm -n "__fish_jllm_using_subcommand show" -l json -d 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)' -r
complete -c jllm -n "__fish_jllm_using_subcommand show" -l columns -d 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)' -r -f -a "checkpoint\t''
hf\t''
params\t''
license\t''
context\t''
memory\t''
id\t''
name\t''
name_ja\t''
sizes\t''
arch\t''
architecture\t''
base\t''
developer\t''
commercial\t''
year\t''
released\t''
category\t''
task\t''
approach\t''
domain\t''
tokens\t''
checkpoints\t''
url\t''
score:pfgen\t''
score:swallow-ja-pre\t''
score:swallow-en-pre\t''
score:swallow-ja-post\t''
score:swallow-en-post\t''
score:swallow-ja-mtb\t''
score:swallow-en-mtb\t''
score:paper-jlmeh\t''
score:paper-imagenet-ja\t''
score:paper-csj-eval1\t''
score:paper-csj-eval2\t''
score:paper-csj-eval3\t''"
complete -c jllm -n "__fish_jllm_using_subcommand show" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand show" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand show" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand show" -s w -l wide -d 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
complete -c jllm -n "__fish_jllm_using_subcommand show" -l no-pager -d 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
complete -c jllm -n "__fish_jllm_using_subcommand show" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand show" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand search" -l arch -d 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l base -d 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l min-params -d 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l max-params -d 'At most this many parameters, per checkpoint; families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l license -d 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l commercial -d 'Only commercially usable families: class yes; =conditional also admits conditional ones' -r -f -a "yes\t''
conditional\t''
no\t''
unknown\t''"
complete -c jllm -n "__fish_jllm_using_subcommand search" -l developer -d 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l domain -d 'Domain in English or Japanese (general, medical, 医療, finance…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l category -d 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)' -r -f -a "text-generation\t''
encoder\t''
embedding\t''
vision\t''
speech\t''
music\t''"
complete -c jllm -n "__fish_jllm_using_subcommand search" -l task -d 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)' -r -f -a "bi-encoder\t''
multi-vector\t''
cross-encoder\t''
image-text-to-text\t''
text-to-image\t''
text-to-video\t''
other\t''
asr\t''
tts\t''
foundation\t''
feature-extraction\t''
music-text\t''"
complete -c jllm -n "__fish_jllm_using_subcommand search" -l approach -d 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)' -r -f -a "scratch\t''
continual-pretraining\t''
post-training\t''
merge\t''
api\t''"
complete -c jllm -n "__fish_jllm_using_subcommand search" -l since -d 'Released in this year or later' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l until -d 'Released in this year or earlier' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l year -d 'Released in this year' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l min-context -d 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l max-context -d 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l min-score -d 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l limit -d 'Print at most N results' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -s f -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''
ids\t''"
complete -c jllm -n "__fish_jllm_using_subcommand search" -l json -d 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)' -r
complete -c jllm -n "__fish_jllm_using_subcommand search" -l columns -d 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)' -r -f -a "id\t''
name\t''
name_ja\t''
sizes\t''
params\t''
arch\t''
architecture\t''
base\t''
developer\t''
license\t''
commercial\t''
year\t''
released\t''
context\t''
category\t''
task\t''
approach\t''
domain\t''
tokens\t''
checkpoints\t''
hf\t''
url\t''
score:pfgen\t''
score:swallow-ja-pre\t''
score:swallow-en-pre\t''
score:swallow-ja-post\t''
score:swallow-en-post\t''
score:swallow-ja-mtb\t''
score:swallow-en-mtb\t''
score:paper-jlmeh\t''
score:paper-imagenet-ja\t''
score:paper-csj-eval1\t''
score:paper-csj-eval2\t''
score:paper-csj-eval3\t''
match\t''
field\t''"
complete -c jllm -n "__fish_jllm_using_subcommand search" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand search" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand search" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand search" -l assume-base-context -d 'With --min-context, also admit checkpoints with no stated context whose base model\'s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
complete -c jllm -n "__fish_jllm_using_subcommand search" -l hf -d 'Only families with downloadable weights (a Hugging Face checkpoint)'
complete -c jllm -n "__fish_jllm_using_subcommand search" -s w -l wide -d 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
complete -c jllm -n "__fish_jllm_using_subcommand search" -l no-pager -d 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
complete -c jllm -n "__fish_jllm_using_subcommand search" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand search" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand compare" -s f -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''
ids\t''"
complete -c jllm -n "__fish_jllm_using_subcommand compare" -l json -d 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)' -r
complete -c jllm -n "__fish_jllm_using_subcommand compare" -l columns -d 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)' -r -f -a "id\t''
name\t''
name_ja\t''
sizes\t''
params\t''
arch\t''
architecture\t''
base\t''
developer\t''
license\t''
commercial\t''
year\t''
released\t''
context\t''
category\t''
task\t''
approach\t''
domain\t''
tokens\t''
checkpoints\t''
hf\t''
url\t''
score:pfgen\t''
score:swallow-ja-pre\t''
score:swallow-en-pre\t''
score:swallow-ja-post\t''
score:swallow-en-post\t''
score:swallow-ja-mtb\t''
score:swallow-en-mtb\t''
score:paper-jlmeh\t''
score:paper-imagenet-ja\t''
score:paper-csj-eval1\t''
score:paper-csj-eval2\t''
score:paper-csj-eval3\t''"
complete -c jllm -n "__fish_jllm_using_subcommand compare" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand compare" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand compare" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand compare" -s w -l wide -d 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
complete -c jllm -n "__fish_jllm_using_subcommand compare" -l no-pager -d 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
complete -c jllm -n "__fish_jllm_using_subcommand compare" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand compare" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l by -d 'Facet to count by' -r -f -a "developer\t''
license\t''
commercial\t''
architecture\t''
base\t''
domain\t''
category\t''
approach\t''
year\t''"
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l arch -d 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l base -d 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l min-params -d 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l max-params -d 'At most this many parameters, per checkpoint; families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l license -d 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l commercial -d 'Only commercially usable families: class yes; =conditional also admits conditional ones' -r -f -a "yes\t''
conditional\t''
no\t''
unknown\t''"
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l developer -d 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l domain -d 'Domain in English or Japanese (general, medical, 医療, finance…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l category -d 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)' -r -f -a "text-generation\t''
encoder\t''
embedding\t''
vision\t''
speech\t''
music\t''"
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l task -d 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)' -r -f -a "bi-encoder\t''
multi-vector\t''
cross-encoder\t''
image-text-to-text\t''
text-to-image\t''
text-to-video\t''
other\t''
asr\t''
tts\t''
foundation\t''
feature-extraction\t''
music-text\t''"
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l approach -d 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)' -r -f -a "scratch\t''
continual-pretraining\t''
post-training\t''
merge\t''
api\t''"
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l since -d 'Released in this year or later' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l until -d 'Released in this year or earlier' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l year -d 'Released in this year' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l min-context -d 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l max-context -d 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l min-score -d 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l limit -d 'Show at most N facet values (the largest)' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -s f -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''
ids\t''"
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l json -d 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)' -r
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l columns -d 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)' -r -f -a "key\t''
label\t''
count\t''
share\t''
bar\t''"
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l assume-base-context -d 'With --min-context, also admit checkpoints with no stated context whose base model\'s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l hf -d 'Only families with downloadable weights (a Hugging Face checkpoint)'
complete -c jllm -n "__fish_jllm_using_subcommand stats" -s w -l wide -d 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l no-pager -d 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
complete -c jllm -n "__fish_jllm_using_subcommand stats" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand stats" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l vram -d 'GPU memory (24GB, 8GiB, 12g; binary units: 1 GB = 1024³ bytes)' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l ram -d 'System RAM for layers offloaded to the CPU [default: no offload]' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l context -d 'Context in tokens (8192, 32k): only checkpoints whose stated context reaches it are listed; unknown ones are left out and counted [default: 4096, capped at the model\'s stated limit]' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l quant -d 'Quantization to estimate (f16, bf16, q8_0, q6_k, q5_k_m, q4_k_m, q4_0, q3_k_m, q2_k…) [default: the highest precision that fits]' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l sort -d 'Order of the rows: fit, params, memory, year, name, or score:SUITE (within each verdict, best score on SUITE first at any quantization, unscored last; suites: `jllm results --help`) [default: fit: on GPU first, then with offload; then by size]' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l limit -d 'Print at most N rows' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l arch -d 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l base -d 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l min-params -d 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l max-params -d 'At most this many parameters, per checkpoint; families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l license -d 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l commercial -d 'Only commercially usable families: class yes; =conditional also admits conditional ones' -r -f -a "yes\t''
conditional\t''
no\t''
unknown\t''"
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l developer -d 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l domain -d 'Domain in English or Japanese (general, medical, 医療, finance…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l category -d 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)' -r -f -a "text-generation\t''
encoder\t''
embedding\t''
vision\t''
speech\t''
music\t''"
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l task -d 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)' -r -f -a "bi-encoder\t''
multi-vector\t''
cross-encoder\t''
image-text-to-text\t''
text-to-image\t''
text-to-video\t''
other\t''
asr\t''
tts\t''
foundation\t''
feature-extraction\t''
music-text\t''"
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l approach -d 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)' -r -f -a "scratch\t''
continual-pretraining\t''
post-training\t''
merge\t''
api\t''"
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l since -d 'Released in this year or later' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l until -d 'Released in this year or earlier' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l year -d 'Released in this year' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l min-context -d 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l max-context -d 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l min-score -d 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -s f -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''
ids\t''"
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l json -d 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)' -r
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l columns -d 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)' -r -f -a "family\t''
checkpoint\t''
params\t''
quant\t''
context\t''
weights\t''
kv\t''
memory\t''
verdict\t''
score:pfgen\t''
score:swallow-ja-pre\t''
score:swallow-en-pre\t''
score:swallow-ja-post\t''
score:swallow-en-post\t''
score:swallow-ja-mtb\t''
score:swallow-en-mtb\t''
score:paper-jlmeh\t''
score:paper-imagenet-ja\t''
score:paper-csj-eval1\t''
score:paper-csj-eval2\t''
score:paper-csj-eval3\t''"
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l all -d 'Also list the checkpoints that are too large'
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l reverse -d 'Reverse the order'
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l hf -d 'Only families with downloadable weights (a Hugging Face checkpoint)'
complete -c jllm -n "__fish_jllm_using_subcommand fit" -s w -l wide -d 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l no-pager -d 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l assume-base-context -d 'With --context (or --min-context), also admit checkpoints with no stated context whose base model\'s window (catalog/sizes.toml) reaches it'
complete -c jllm -n "__fish_jllm_using_subcommand fit" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand fit" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l arch -d 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l base -d 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l min-params -d 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l max-params -d 'At most this many parameters, per checkpoint; families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l license -d 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l commercial -d 'Only commercially usable families: class yes; =conditional also admits conditional ones' -r -f -a "yes\t''
conditional\t''
no\t''
unknown\t''"
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l developer -d 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l domain -d 'Domain in English or Japanese (general, medical, 医療, finance…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l category -d 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)' -r -f -a "text-generation\t''
encoder\t''
embedding\t''
vision\t''
speech\t''
music\t''"
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l task -d 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)' -r -f -a "bi-encoder\t''
multi-vector\t''
cross-encoder\t''
image-text-to-text\t''
text-to-image\t''
text-to-video\t''
other\t''
asr\t''
tts\t''
foundation\t''
feature-extraction\t''
music-text\t''"
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l approach -d 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)' -r -f -a "scratch\t''
continual-pretraining\t''
post-training\t''
merge\t''
api\t''"
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l since -d 'Released in this year or later' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l until -d 'Released in this year or earlier' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l year -d 'Released in this year' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l min-context -d 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l max-context -d 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l min-score -d 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -s o -l out -d 'Write the chart to this SVG file instead of printing a text chart' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l labels -d 'Label this many of the largest families in the chart' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l y -d 'Plot score on a suite against parameters instead, with the Pareto frontier (score:SUITE; suites: `jllm results --help`)' -r
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l assume-base-context -d 'With --min-context, also admit checkpoints with no stated context whose base model\'s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l hf -d 'Only families with downloadable weights (a Hugging Face checkpoint)'
complete -c jllm -n "__fish_jllm_using_subcommand plot" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand plot" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand results" -l benchmark -d 'Rank the catalog\'s checkpoints on this benchmark (catalog id, or swallow / pfgen)' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l suite -d 'Only this suite (required for a benchmark with several suites)' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l limit -d 'Print at most N rows' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l arch -d 'Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l base -d 'Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l min-params -d 'At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l max-params -d 'At most this many parameters, per checkpoint; families with no known size are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l license -d 'License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l commercial -d 'Only commercially usable families: class yes; =conditional also admits conditional ones' -r -f -a "yes\t''
conditional\t''
no\t''
unknown\t''"
complete -c jllm -n "__fish_jllm_using_subcommand results" -l developer -d 'Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l domain -d 'Domain in English or Japanese (general, medical, 医療, finance…)' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l category -d 'Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)' -r -f -a "text-generation\t''
encoder\t''
embedding\t''
vision\t''
speech\t''
music\t''"
complete -c jllm -n "__fish_jllm_using_subcommand results" -l task -d 'Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)' -r -f -a "bi-encoder\t''
multi-vector\t''
cross-encoder\t''
image-text-to-text\t''
text-to-image\t''
text-to-video\t''
other\t''
asr\t''
tts\t''
foundation\t''
feature-extraction\t''
music-text\t''"
complete -c jllm -n "__fish_jllm_using_subcommand results" -l approach -d 'How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)' -r -f -a "scratch\t''
continual-pretraining\t''
post-training\t''
merge\t''
api\t''"
complete -c jllm -n "__fish_jllm_using_subcommand results" -l since -d 'Released in this year or later' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l until -d 'Released in this year or earlier' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l year -d 'Released in this year' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l min-context -d 'Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l max-context -d 'Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l min-score -d 'Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -s f -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''
ids\t''"
complete -c jllm -n "__fish_jllm_using_subcommand results" -l json -d 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)' -r
complete -c jllm -n "__fish_jllm_using_subcommand results" -l columns -d 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)' -r -f -a "rank\t''
family\t''
name\t''
hf\t''
params\t''
suite\t''
task\t''
score\t''
std\t''
mode\t''
version\t''
source\t''
url\t''
table\t''
note\t''"
complete -c jllm -n "__fish_jllm_using_subcommand results" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand results" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand results" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand results" -l tasks -d 'With QUERY: every task\'s score, not only the suite averages'
complete -c jllm -n "__fish_jllm_using_subcommand results" -l include-reference -d 'Add the models the list does not have (marked "not in the list")'
complete -c jllm -n "__fish_jllm_using_subcommand results" -l assume-base-context -d 'With --min-context, also admit checkpoints with no stated context whose base model\'s window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"'
complete -c jllm -n "__fish_jllm_using_subcommand results" -l hf -d 'Only families with downloadable weights (a Hugging Face checkpoint)'
complete -c jllm -n "__fish_jllm_using_subcommand results" -s w -l wide -d 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
complete -c jllm -n "__fish_jllm_using_subcommand results" -l no-pager -d 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
complete -c jllm -n "__fish_jllm_using_subcommand results" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand results" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -l category -d 'Only this category (hybrid, nlu, generation, domain, factuality-safety, reasoning, instruction-following, embedding, vision-language, speech, other), or its Japanese or French label' -r
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -l developer -d 'Only benchmarks by this developer (id, name or alias)' -r
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -l grep -d 'Only benchmarks whose name or description contains this text' -r
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -s f -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''
ids\t''"
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -l json -d 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)' -r
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -l columns -d 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)' -r -f -a "id\t''
name\t''
category\t''
developer\t''
url\t''
description\t''"
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -s w -l wide -d 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -l no-pager -d 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand benchmarks" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand benchmark" -s f -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''
ids\t''"
complete -c jllm -n "__fish_jllm_using_subcommand benchmark" -l json -d 'JSON output; with comma-separated field names, only those keys, in that order (alone on a terminal: list the fields)' -r
complete -c jllm -n "__fish_jllm_using_subcommand benchmark" -l columns -d 'Columns to show, in order, for table/csv/tsv/markdown (comma-separated)' -r -f -a "id\t''
name\t''
category\t''
developer\t''
url\t''
description\t''"
complete -c jllm -n "__fish_jllm_using_subcommand benchmark" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand benchmark" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand benchmark" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand benchmark" -s w -l wide -d 'On a terminal, print long cells whole instead of cutting them with "…" to fit its width'
complete -c jllm -n "__fish_jllm_using_subcommand benchmark" -l no-pager -d 'Print straight to the terminal: without it, output taller than the screen goes through $JLLM_PAGER, else $PAGER, else `less -FRX`'
complete -c jllm -n "__fish_jllm_using_subcommand benchmark" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand benchmark" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and not __fish_seen_subcommand_from import info import-results validate help" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and not __fish_seen_subcommand_from import info import-results validate help" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and not __fish_seen_subcommand_from import info import-results validate help" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and not __fish_seen_subcommand_from import info import-results validate help" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and not __fish_seen_subcommand_from import info import-results validate help" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and not __fish_seen_subcommand_from import info import-results validate help" -f -a "import" -d 'Build catalog TOML from a checkout of the awesome-japanese-llm list'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and not __fish_seen_subcommand_from import info import-results validate help" -f -a "info" -d 'Say which catalog is in effect: the built-in list commit, the installed update, counts'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and not __fish_seen_subcommand_from import info import-results validate help" -f -a "import-results" -d 'Build catalog/results/*.toml from the leaderboards\' files (Swallow LLM Leaderboard, pfgen-bench)'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and not __fish_seen_subcommand_from import info import-results validate help" -f -a "validate" -d 'Check catalog TOML files (over the built-in catalog) and list every problem as file:line'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and not __fish_seen_subcommand_from import info import-results validate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import" -l out -d 'Write the generated TOML files into this catalog directory' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import" -l check -d 'Compare with this catalog directory instead of writing; exit 1 on drift' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import" -l strict -d 'Treat every warning as an error: write nothing unless the import is clean'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import" -l allow-unknown -d 'Accepted for compatibility: unknown developers and license texts are now warnings by default (see --strict)'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from info" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from info" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from info" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from info" -l json -d 'Print JSON instead of text'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from info" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import-results" -l out -d 'Write swallow.toml and pfgen.toml into this results directory' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import-results" -l check -d 'Compare with this results directory instead of writing; exit 1 on drift' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import-results" -l seeds -d 'Also import rinna\'s paper (Tables 2, 3 and 4) from this directory of seed snapshots into paper.toml' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import-results" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import-results" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import-results" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import-results" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from import-results" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from validate" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from validate" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from validate" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from validate" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "import" -d 'Build catalog TOML from a checkout of the awesome-japanese-llm list'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "info" -d 'Say which catalog is in effect: the built-in list commit, the installed update, counts'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "import-results" -d 'Build catalog/results/*.toml from the leaderboards\' files (Swallow LLM Leaderboard, pfgen-bench)'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check catalog TOML files (over the built-in catalog) and list every problem as file:line'
complete -c jllm -n "__fish_jllm_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jllm -n "__fish_jllm_using_subcommand update" -l from -d 'Where to get the list: an http(s):// URL of a .tar.gz, a local .tar.gz, or a directory [default: the GitHub tarball of llm-jp/awesome-japanese-llm main]' -r
complete -c jllm -n "__fish_jllm_using_subcommand update" -l evals-from -d 'Where to get the evaluation results: `github` (the Swallow LLM Leaderboard\'s and pfgen-bench\'s GitHub tarballs), a directory with swallow-leaderboard/ and pfgen-bench/ (each with its COMMIT file), or `builtin` (the results this jllm was built with, joined to the new catalog) [default: github with the default list source, else builtin]' -r
complete -c jllm -n "__fish_jllm_using_subcommand update" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand update" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand update" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand update" -l check -d 'Print what would change (added, removed, changed families and benchmarks); install nothing'
complete -c jllm -n "__fish_jllm_using_subcommand update" -l reset -d 'Remove the installed update: the built-in catalog is used again'
complete -c jllm -n "__fish_jllm_using_subcommand update" -s q -l quiet -d 'No progress on stderr (progress shows only on a terminal anyway)'
complete -c jllm -n "__fish_jllm_using_subcommand update" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand update" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand completions" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand completions" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand completions" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand completions" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand completions" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand schema" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand schema" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand schema" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand schema" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand schema" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand man" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand man" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand man" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand man" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand man" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand complete" -l catalog -d 'Overlay a catalog TOML file or directory on the built-in catalog (repeatable; an entry with an existing id replaces it, new ids are added)' -r -F
complete -c jllm -n "__fish_jllm_using_subcommand complete" -l lang -d 'Language of names and texts in tables [default: from LC_ALL/LC_MESSAGES/LANG: ja* → ja, fr* → fr, else en]' -r -f -a "en\t''
ja\t''
fr\t''"
complete -c jllm -n "__fish_jllm_using_subcommand complete" -l color -d 'When to use colours (NO_COLOR is respected in auto mode)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jllm -n "__fish_jllm_using_subcommand complete" -l no-builtin -d 'Start from an empty catalog instead of the built-in one'
complete -c jllm -n "__fish_jllm_using_subcommand complete" -s h -l help -d 'Print help'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "list" -d 'List model families (or checkpoints with --variants) matching filters'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "show" -d 'Everything about one family: by id, Hugging Face repo or name'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "search" -d 'Fuzzy search over names, ids, repos, developers, architectures and training data'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "compare" -d 'Families side by side, one column each'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "stats" -d 'Counts per developer, license, year… with the filters applied'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "fit" -d 'Which checkpoints fit in a GPU\'s memory (and RAM), at which quantization'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "plot" -d 'Chart of parameter counts against release dates (SVG, or text in the terminal)'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "results" -d 'Evaluation results (Swallow, pfgen-bench) of a model, or a ranking on one suite'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "benchmarks" -d 'List the evaluation benchmarks'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "benchmark" -d 'Everything about one benchmark'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "catalog" -d 'Import, check and validate catalog data; say which catalog is in effect'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "update" -d 'Download the awesome-japanese-llm list and install it as your catalog'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "completions" -d 'Print a shell completion script'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "schema" -d 'Print the JSON Schema of the JSON output'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "man" -d 'Print the manual page (roff): jllm man | man -l -'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "complete" -d 'Print ids for shell completion (used by the completion scripts)'
complete -c jllm -n "__fish_jllm_using_subcommand help; and not __fish_seen_subcommand_from list show search compare stats fit plot results benchmarks benchmark catalog update completions schema man complete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jllm -n "__fish_jllm_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "import" -d 'Build catalog TOML from a checkout of the awesome-japanese-llm list'
complete -c jllm -n "__fish_jllm_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "info" -d 'Say which catalog is in effect: the built-in list commit, the installed update, counts'
complete -c jllm -n "__fish_jllm_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "import-results" -d 'Build catalog/results/*.toml from the leaderboards\' files (Swallow LLM Leaderboard, pfgen-bench)'
complete -c jllm -n "__fish_jllm_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "validate" -d 'Check catalog TOML files (over the built-in catalog) and list every problem as file:line'

# Model ids after `show` and `compare` (jllm complete models).
complete -c jllm -n "__fish_seen_subcommand_from show compare" -f -a "(jllm complete models 2>/dev/null)"
complete -c jllm -n "__fish_seen_subcommand_from benchmark" -f -a "(jllm complete benchmarks 2>/dev/null)"
