//! Helpers for the integration tests: the real binary, the list and the
//! seed snapshots at the paths JLLM_LIST_DIR and JLLM_SEEDS_DIR name, and
//! JSON output parsed.
#![allow(dead_code)]

pub mod hostile;
pub mod http;

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

/// Runs jllm with `args`, asserts it exits with `code` (0 success, 1
/// nothing found, 2 error), and returns its stdout and stderr.
pub fn exits(code: i32, args: &[&str]) -> (String, String) {
    let out = jllm().args(args).output().expect("run jllm");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert_eq!(out.status.code(), Some(code), "jllm {args:?}: {stderr}");
    (stdout, stderr)
}

pub fn stdout(args: &[&str]) -> String {
    let out = jllm().args(args).output().expect("run jllm");
    String::from_utf8(out.stdout).expect("UTF-8 output")
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

/// What one run of a command cost: CPU time (user + system, the child's
/// own, so other processes on the shared cores do not count) and peak
/// resident memory.
pub struct Usage {
    pub cpu: std::time::Duration,
    pub max_rss_bytes: u64,
}

/// Runs `cmd` (stdout and stderr discarded) and returns its [`Usage`];
/// asserts it exited with 0, 1 or 2 (not a crash).
#[allow(clippy::zombie_processes)] // reaped by wait4 below
pub fn usage(mut cmd: std::process::Command) -> Usage {
    use std::process::Stdio;
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills; the child is ours and
    // reaped here (std's Child is not waited on afterwards).
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        let pid = libc::wait4(child.id() as i32, &mut status, 0, &mut usage);
        assert_eq!(pid, child.id() as i32, "wait4");
        usage
    };
    let exit = libc::WEXITSTATUS(status);
    assert!(
        libc::WIFEXITED(status) && exit <= 2,
        "{cmd:?}: status {status}"
    );
    let tv = |t: libc::timeval| std::time::Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Usage {
        cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
        // Linux reports kilobytes.
        max_rss_bytes: usage.ru_maxrss as u64 * 1024,
    }
}

/// Asserts that `cost` (of an input of size n) scales linearly: 10x the
/// input within 12x the time (plus 20 ms for process start-up noise),
/// fastest of two runs each, up to three rounds (a burst of load on the
/// shared cores can slow one size alone); a quadratic cost (~100x) fails
/// them all.
pub fn assert_linear(what: &str, mut cost: impl FnMut(usize) -> std::time::Duration, n: usize) {
    let mut best = |n: usize| (0..2).map(|_| cost(n)).min().unwrap_or_default();
    let mut seen = Vec::new();
    for _ in 0..3 {
        let (small, large) = (best(n), best(10 * n));
        if large <= small * 12 + std::time::Duration::from_millis(20) {
            return;
        }
        seen.push(format!("{small:?} → {large:?}"));
    }
    panic!("{what}: 10x the input took more than 12x the time: {seen:?}");
}

/// `jllm catalog import LIST --out OUT`, into `out` made afresh with the
/// built-in curated tables (developers, licenses, sizes) copied in.
pub fn import_into(list: &Path, out: &Path) -> std::process::Output {
    std::fs::create_dir_all(out).expect("mkdir");
    let curated = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
    for f in ["developers.toml", "licenses.toml", "sizes.toml"] {
        std::fs::copy(curated.join(f), out.join(f)).expect("copy curated table");
    }
    jllm()
        .args(["catalog", "import"])
        .arg(list)
        .arg("--out")
        .arg(out)
        .output()
        .expect("run")
}
