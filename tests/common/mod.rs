//! Helpers for the integration tests: the real binary, the list in
//! ../shared/upstream when this checkout sits in the workspace, and JSON
//! output parsed.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

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

/// The list's checkout named by JLLM_LIST_DIR, for the tests marked
/// `#[ignore = "needs the list: set JLLM_LIST_DIR"]`: they fail, never
/// pass, without it.
pub fn list_dir() -> PathBuf {
    PathBuf::from(
        std::env::var("JLLM_LIST_DIR")
            .expect("needs the list: set JLLM_LIST_DIR to a checkout of awesome-japanese-llm"),
    )
}

/// Copies the list's files the import reads into `to`.
pub fn copy_list(from: &Path, to: &Path) {
    for rel in [
        "README.md",
        "en/README.md",
        "fr/README.md",
        "parts/references_model.md",
        "parts/references_training.md",
        "figures/scripts/parameter_size_overview_ja.csv",
        "COMMIT",
    ] {
        let src = from.join(rel);
        if src.is_file() {
            let dst = to.join(rel);
            std::fs::create_dir_all(dst.parent().expect("parent")).expect("mkdir");
            std::fs::copy(&src, &dst).expect("copy");
        }
    }
}

/// In each of the three READMEs, line `line` (1-based) edited by `f`.
pub fn edit_line(dir: &Path, line: usize, f: impl Fn(&str) -> String) {
    for rel in ["README.md", "en/README.md", "fr/README.md"] {
        let path = dir.join(rel);
        let text = std::fs::read_to_string(&path).expect("read");
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        lines[line - 1] = f(&lines[line - 1]);
        std::fs::write(&path, lines.join("\n") + "\n").expect("write");
    }
}

/// The line of README.md holding `needle` (the same line in en/ and fr/).
pub fn line_of(dir: &Path, needle: &str) -> usize {
    let text = std::fs::read_to_string(dir.join("README.md")).expect("read");
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no line with {needle}"))
}
