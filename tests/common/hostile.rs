//! Helpers of the hostile-input tests: scratch files and list checkouts in
//! a temporary directory, snapshots of a directory to compare before and
//! after a command, and a run expected to fail with a message.

use std::path::{Path, PathBuf};

use predicates::prelude::*;

use super::jllm;

/// A small list-shaped document (10 tables in the list's sections, two
/// footnotes): the seed of the `markdown` fuzz target.
pub const MINI_LIST: &str = include_str!("../../fuzz/seeds/markdown/list-shaped.md");

pub fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&path, content).expect("write");
    path
}

pub fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

/// A checkout of the list in `dir` with the same text in all three languages.
pub fn list_dir(dir: &Path, text: &[u8]) -> PathBuf {
    let list = dir.join("list");
    for f in ["README.md", "en/README.md", "fr/README.md"] {
        write(&list, f, text);
    }
    list
}

/// Every file below `dir` with its content, for before/after comparisons.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let content = std::fs::read(&p).expect("read");
                out.push((p, content));
            }
        }
    }
    out.sort();
    out
}

/// No temporary file below `dir`, nor a staging directory beside it.
pub fn no_temp_files(dir: &Path) {
    let beside = std::fs::read_dir(dir.parent().expect("parent"))
        .expect("read_dir")
        .map(|e| e.expect("entry").path());
    for p in snapshot(dir).into_iter().map(|(p, _)| p).chain(beside) {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        assert!(!name.contains(".tmp"), "left behind: {}", p.display());
    }
}

/// Runs jllm with `args` and a catalog file, expecting exit 2 and `needle`
/// in stderr.
pub fn fails(args: &[&str], needle: &str) {
    jllm()
        .args(args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(needle))
        .stderr(predicate::str::contains("panicked").not());
}

pub const MODEL: &str = "[[model]]\nid = \"mine\"\nname = \"Mine\"\nname_ja = \"私の\"\ncategory = \"text-generation\"\n";
