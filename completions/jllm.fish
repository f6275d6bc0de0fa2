complete --keep-order --exclusive --command jllm --arguments "(JLLM_COMPLETE=fish jllm -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
