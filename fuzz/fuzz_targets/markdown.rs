//! Fuzz target: the Markdown table reader and `catalog import` on any text
//! (the checks live in `jllm::fuzz::markdown`).
#![no_main]

libfuzzer_sys::fuzz_target!(|text: &str| jllm::fuzz::markdown(text));
