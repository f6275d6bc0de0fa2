//! Fuzz target: `jllm list`/`search` command lines, one argument per line,
//! parsed, filtered and printed (the checks live in `jllm::fuzz::query`).
#![no_main]

libfuzzer_sys::fuzz_target!(|text: &str| jllm::fuzz::query(text));
