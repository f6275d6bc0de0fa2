//! Fuzz target: the size reader and the `--min-params` parser on any text
//! (the checks live in `jllm::fuzz::sizes`).
#![no_main]

libfuzzer_sys::fuzz_target!(|text: &str| jllm::fuzz::sizes(text));
