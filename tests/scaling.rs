//! Scaling tests on the real binary for inputs that once cost quadratic
//! time: many validation problems, overlays over many files. (A long query
//! in `show` and `search`, and the import of a long list, are timed in
//! tests/release.rs, on a release build.) Each is run at n and 10n and must take at
//! most ~12x the CPU time (the child's own user + system time, so the other
//! processes on the shared cores do not count), fastest of two runs, best
//! of three rounds; the quadratic versions took ~100x. (Cells of the list
//! and wide table cells have their scaling tests beside their code.)

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::assert_linear;

/// The CPU time (user + system) of one run of jllm with `args`.
fn cpu_time(args: &[&str]) -> Duration {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("jllm"));
    cmd.args(args).env("LANG", "C").env_remove("JLLM_CATALOG");
    common::usage(cmd).cpu
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
