
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
        JLLM_COMPLETE="bash" \
        jllm -- "${words[@]}" \
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
complete -o nosort -o bashdefault -F _jllm_complete jllm 2>/dev/null \
    || complete -o bashdefault -F _jllm_complete jllm

