//! Helpers for the integration tests: the real binary, the list and the
//! seed snapshots at the paths JLLM_LIST_DIR and JLLM_SEEDS_DIR name, and
//! JSON output parsed.
#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;

pub fn jllm() -> Command {
    let mut cmd = Command::cargo_bin("jllm").expect("binary built by cargo test");
    // Tests assert on English output, without colour, whatever the machine's locale.
    cmd.env_remove("JLLM_CATALOG")
        .env_remove("JLLM_LANG")
        .env_remove("NO_COLOR")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

/// A directory named by an environment variable, relative to the
/// repository when relative. The tests calling this are `#[ignore]`d with a
/// reason naming the variable, so they run only when asked for
/// (`cargo test -- --include-ignored`, as .ci/run does); asked for without
/// the variable or the directory, they fail and say so, never pass empty.
fn dir_from_env(var: &str, must_have: &str) -> PathBuf {
    let value = std::env::var_os(var)
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| panic!("set {var} to run this test (see .ci/run)"));
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(value);
    assert!(
        dir.join(must_have).exists(),
        "{var}={}: no {must_have} there",
        dir.display()
    );
    dir
}

/// The list's checkout (../shared/upstream in the workspace): JLLM_LIST_DIR.
pub fn list_dir() -> PathBuf {
    dir_from_env("JLLM_LIST_DIR", "README.md")
}

/// The older snapshots of the list (../shared/seeds): JLLM_SEEDS_DIR.
pub fn seeds_dir() -> PathBuf {
    dir_from_env("JLLM_SEEDS_DIR", "000_18aaa30c0811abd0.txt")
}

/// Runs jllm with `args` and parses stdout as JSON, asserting success.
pub fn json(args: &[&str]) -> serde_json::Value {
    let out = jllm().args(args).output().expect("run jllm");
    assert!(
        out.status.success(),
        "jllm {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

pub fn stdout(args: &[&str]) -> String {
    let out = jllm().args(args).output().expect("run jllm");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}
