//! The registration scripts of bash and zsh: clap_complete's, changed
//! where those shells need it. bash: words split at `:` and `=` are joined
//! again before jllm reads them, the word being completed is read without
//! its quotes and backslashes, and when a candidate holds a space or
//! another character the shell would split or expand, readline is told to
//! quote what it inserts (`compopt -o filenames`), so one Tab gives one
//! word. zsh: candidates the typed text does not begin (ids
//! found by a name) are kept.

use std::ffi::OsString;

use clap_complete::env::{Bash, EnvCompleter, Zsh};

/// A shell's registration script: a template (`BIN`, `COMPLETER` and `VAR`
/// stand for the binary, the command to call and the environment variable)
/// and clap_complete's own completer for that shell, which answers.
pub struct Script {
    name: &'static str,
    template: &'static str,
    answers: &'static (dyn EnvCompleter + Sync),
}

/// clap_complete's bash script, with the words bash split at `:` and `=`
/// (readline's word breaks) joined again before jllm reads them, and the
/// joined part taken off the candidates after (bash replaces only the text
/// after the break); the word being completed read without its quotes and
/// backslashes; and readline told to quote what it inserts when a value
/// holds a space or another character the shell would split or expand.
pub const BASH: Script = Script {
    name: "bash",
    template: BASH_TEMPLATE,
    answers: &Bash,
};

/// clap_complete's zsh script, with `compadd -U` when a candidate jllm
/// chose does not begin with the typed text (an id found by a name), so
/// that zsh keeps it, and the `#compdef` file form that works both from
/// `$fpath` and sourced.
pub const ZSH: Script = Script {
    name: "zsh",
    template: ZSH_TEMPLATE,
    answers: &Zsh,
};

impl EnvCompleter for Script {
    fn name(&self) -> &'static str {
        self.name
    }

    fn is(&self, name: &str) -> bool {
        name == self.name
    }

    fn write_registration(
        &self,
        var: &str,
        _name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let script = self
            .template
            .replace("BIN", bin)
            .replace("COMPLETER", completer)
            .replace("VAR", var);
        writeln!(buf, "{script}")
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        self.answers.write_complete(cmd, args, current_dir, buf)
    }
}

const BASH_TEMPLATE: &str = r#"
_jllm_complete() {
    local IFS=$'\013'
    local -a words=()
    local i w cur="" prev=""
    for ((i = 0; i <= COMP_CWORD && i < ${#COMP_WORDS[@]}; i++)); do
        w="${COMP_WORDS[i]}"
        if ((i == COMP_CWORD)) && [[ "${BASH_VERSINFO[0]}" -ge 4 && "$w" != *"$2" ]]; then
            w="$2"
        fi
        if ((${#words[@]} > 0)) && [[ "$w" =~ ^[:=]+$ || "$prev" =~ ^[:=]+$ ]]; then
            words[${#words[@]}-1]+="$w"
        else
            words+=("$w")
        fi
        prev="$w"
    done
    ((COMP_CWORD >= ${#COMP_WORDS[@]})) && words+=("")
    cur="${words[${#words[@]}-1]}"
    local joined="${cur%"$2"}" quote="" plain="" j
    case "$cur" in
        \'*) quote="'" ; cur="${cur#\'}" ;;
        \"*) quote='"' ; cur="${cur#\"}" ;;
    esac
    for ((j = 0; j < ${#cur}; j++)); do
        [[ -z "$quote" && "${cur:j:1}" == "\\" ]] && ((j++))
        plain+="${cur:j:1}"
    done
    words[${#words[@]}-1]="$plain"
    local -a found=( $( \
        _CLAP_IFS="$IFS" \
        _CLAP_COMPLETE_INDEX="$((${#words[@]} - 1))" \
        _CLAP_COMPLETE_COMP_TYPE="${COMP_TYPE:-9}" \
        VAR="bash" \
        COMPLETER -- "${words[@]}" \
    ) ) || { unset COMPREPLY; return; }
    COMPREPLY=()
    local special=0
    for w in "${found[@]}"; do
        w="${w#"$joined"}"
        [[ "$w" == *[[:space:]\'\"\\\(\)\[\]\{\}\$\`\&\;\|\<\>\*\?\!\#]* ]] && special=1
        COMPREPLY+=("$w")
    done
    # Readline quotes what it inserts (also the common beginning of
    # several, and after an opening quote) when told the values are file
    # names: only then, so that ids and `score:SUITE` stay as they are.
    ((special)) && compopt -o filenames 2>/dev/null
    if [[ ${#COMPREPLY[@]} -eq 1 && "${COMPREPLY[0]}" =~ [=/:,]$ ]]; then
        compopt -o nospace 2>/dev/null
    fi
}
complete -o nosort -o bashdefault -F _jllm_complete BIN 2>/dev/null \
    || complete -o bashdefault -F _jllm_complete BIN
"#;

const ZSH_TEMPLATE: &str = r#"#compdef BIN
_jllm() {
    local _CLAP_COMPLETE_INDEX=$(( CURRENT - 1 ))
    local _CLAP_IFS=$'\n'
    local -a completions=("${(@f)$( \
        _CLAP_IFS="$_CLAP_IFS" \
        _CLAP_COMPLETE_INDEX="$_CLAP_COMPLETE_INDEX" \
        VAR="zsh" \
        COMPLETER -- "${words[@]}" 2>/dev/null \
    )}")
    [[ -n $completions ]] || return 1
    local -a dirs=() other=()
    local completion value
    for completion in $completions; do
        value="${completion%%:*}"
        if [[ "$value" == */ ]]; then
            dirs+=("${value%/}${completion#$value}")
        else
            other+=("$completion")
        fi
    done
    [[ -n $dirs ]] && _describe -V 'values' dirs -S '/' -r '/'
    # -U only when a candidate does not begin with the typed text (an id
    # found by a name): without it, zsh inserts the common beginning.
    local -a unmatched=()
    for completion in $other; do
        [[ "${completion%%:*}" == "$PREFIX"* ]] || unmatched=(-U)
    done
    [[ -n $other ]] && _describe -V 'values' other $unmatched
    return 0
}
if [[ "$funcstack[1]" == "_jllm" ]]; then
    _jllm "$@"
else
    compdef _jllm BIN
fi"#;
