
set edit:completion:arg-completer[jllm] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) JLLM_COMPLETE="elvish" jllm -- $@words) | to-lines
}

