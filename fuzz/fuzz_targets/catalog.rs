//! Fuzz target: a `--catalog` TOML file of any bytes, loaded, validated and
//! listed (the checks live in `jllm::fuzz::catalog`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| jllm::fuzz::catalog(bytes));
