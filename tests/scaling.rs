//! Scaling tests on the real binary for the inputs issue 10 found
//! quadratic: many validation problems, overlays over many files, a long
//! query in `show` and `search`. Each is run at n and 10n and must take at
//! most ~12x the CPU time (the child's own user + system time, so the other
//! processes on the shared cores do not count), fastest of two runs, best
//! of three rounds; the quadratic versions took ~100x. (Cells of the list
//! and wide table cells have their scaling tests beside their code.)

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// The CPU time (user + system) of one run of jllm with `args`.
#[allow(clippy::zombie_processes)] // reaped by wait4 below
fn cpu_time(args: &[&str]) -> Duration {
    let child = Command::new(assert_cmd::cargo::cargo_bin("jllm"))
        .args(args)
        .env("LANG", "C")
        .env_remove("JLLM_CATALOG")
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
        "{args:?}: status {status}"
    );
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

/// 10x the input within 12x the time (plus 20 ms for process start-up
/// noise), fastest of two runs each, up to three rounds.
fn assert_linear(what: &str, mut run: impl FnMut(usize) -> Duration, n: usize) {
    let mut best = |n: usize| (0..2).map(|_| run(n)).min().unwrap_or_default();
    let mut seen = Vec::new();
    for _ in 0..3 {
        let (small, large) = (best(n), best(10 * n));
        if large <= small * 12 + Duration::from_millis(20) {
            return;
        }
        seen.push(format!("{small:?} → {large:?}"));
    }
    panic!("{what}: 10x the input took more than 12x the time: {seen:?}");
}

fn entry(i: usize) -> String {
    format!(
        "[[model]]\nid = \"m{i}\"\nname = \"M{i}\"\nname_ja = \"M{i}\"\ncategory = \"encoder\"\ndevelopers = [\"nobody-{i}\"]\n"
    )
}

#[test]
fn reporting_n_validation_problems_is_linear() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_linear(
        "catalog validate with n problems",
        |n| {
            let file = dir.path().join(format!("bad{n}.toml"));
            if !file.exists() {
                std::fs::write(&file, (0..n).map(entry).collect::<String>()).expect("write");
            }
            cpu_time(&["catalog", "validate", file.to_str().expect("utf-8")])
        },
        400,
    );
}

fn overlay_dir(root: &Path, files: usize) -> String {
    let dir = root.join(format!("overlay{files}"));
    if !dir.exists() {
        std::fs::create_dir(&dir).expect("mkdir");
        for f in 0..files {
            let text: String = (0..5)
                .map(|k| {
                    entry(f * 5 + k).replace("developers = [\"nobody-", "# [\"")
                        + "developers = [\"cyberagent\"]\n"
                })
                .collect();
            std::fs::write(dir.join(format!("{f:05}.toml")), text).expect("write");
        }
    }
    dir.to_string_lossy().into_owned()
}

#[test]
fn overlays_over_many_files_are_linear() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The overlay must be valid: check once what the timed runs do.
    let small = overlay_dir(dir.path(), 10);
    common::jllm()
        .args(["--catalog", &small, "list", "--format", "ids"])
        .assert()
        .success();
    assert_linear(
        "--catalog over n files",
        |n| {
            let d = overlay_dir(dir.path(), n);
            cpu_time(&["--catalog", &d, "list", "--format", "ids"])
        },
        150,
    );
}

#[test]
fn long_queries_are_linear() {
    for command in ["show", "search", "benchmark"] {
        assert_linear(
            &format!("{command} with a query of n characters"),
            |n| cpu_time(&[command, &"ab".repeat(n / 2)]),
            10_000,
        );
    }
    assert_linear(
        "list --developer with a value of n characters",
        |n| cpu_time(&["list", "--developer", &"ab".repeat(n / 2)]),
        10_000,
    );
}
