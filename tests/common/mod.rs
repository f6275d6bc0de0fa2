//! Helpers for the integration tests: the real binary, the list in
//! ../shared/upstream when this checkout sits in the workspace, and JSON
//! output parsed.
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
        .env_remove("LC_MESSAGES")
        // Never the machine's installed update (`jllm update`): the built-in
        // catalog, unless a test sets its own data directory.
        .env("JLLM_DATA_DIR", "/nonexistent/jllm-tests-data-dir");
    cmd
}

/// The list's checkout beside the repo, or None (with a note) when this
/// clone is outside the workspace.
pub fn upstream() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/upstream");
    if dir.join("README.md").is_file() {
        Some(dir)
    } else {
        eprintln!("note: ../shared/upstream is absent; skipping a test that reads the list");
        None
    }
}

pub fn seeds() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    dir.is_dir().then_some(dir).or_else(|| {
        eprintln!("note: ../shared/seeds is absent; skipping a test that reads the seeds");
        None
    })
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
