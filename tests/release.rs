//! Tests that measure time or handle inputs of tens of megabytes, and so
//! run on a release build: `.ci/run` runs them with
//! `cargo test --release --test release -- --include-ignored` (every CI
//! run), the README's plain `cargo test` leaves them out (they are
//! `#[ignore]`d), and run on a debug build they fail and say so.
//!
//! - The import of a long list, `catalog import --check`, `--out` and
//!   `update` cost time linear in the rows: time per row at 40,000 added
//!   rows within 2x of time per row at 5,000; a crafted list (rows without
//!   links, then linked rows that the translations hold first) likewise.
//! - `update`'s peak memory is proportional to the list it imports.
//! - An update whose catalog would be larger than any reader takes is
//!   refused before anything is written.
//! - A long query in `show`, `search`, `benchmark` and `list --developer`
//!   costs time linear in its length.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::{assert_linear, copy_list, jllm, list_dir, usage, Usage};

fn release_build() {
    #[cfg(debug_assertions)]
    panic!(
        "these tests time a release build: cargo test --release --test release -- --include-ignored"
    );
}

fn run(args: &[&str], data: Option<&Path>) -> Usage {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("jllm"));
    cmd.args(args)
        .env("LANG", "C")
        .env_remove("JLLM_CATALOG")
        .env(
            "JLLM_DATA_DIR",
            data.unwrap_or(Path::new("/nonexistent/jllm-tests")),
        )
        .env("JLLM_UPDATE_TIMEOUT", "600");
    usage(cmd)
}

/// A row of the list's first table, of a family of its own (`Gen{i}`) with
/// one checkpoint (`gen-org/gen-model-{i}` when `linked`, no link else),
/// made from the Spiral-RetNet row's cells (a developer and license the
/// curated tables know).
fn row(i: usize, linked: bool) -> String {
    let model = if linked {
        format!("([**3b**](https://huggingface.co/gen-org/gen-model-{i}))")
    } else {
        "(3b)".to_string()
    };
    format!(
        "| [Gen{i}](https://example.org/gen/{i}) | 2024 | RetNet<br>{model} | 2,048 | Wikipedia | Spiral.AI | MIT |"
    )
}

/// A copy of the list in `to` with `ja` rows added after the Spiral-RetNet
/// row of README.md, and `other` rows at the same place in en/ and fr/.
fn list_with(to: &Path, ja: &[String], other: &[String]) -> u64 {
    copy_list(&list_dir(), to);
    let mut bytes = 0;
    for (rel, rows) in [
        ("README.md", ja),
        ("en/README.md", other),
        ("fr/README.md", other),
    ] {
        let path = to.join(rel);
        let text = std::fs::read_to_string(&path).expect("read");
        let mut lines: Vec<&str> = text.lines().collect();
        let at = 1 + lines
            .iter()
            .position(|l| l.contains("Spiral-AI/Spiral-RetNet-3b-base"))
            .expect("the Spiral-RetNet row");
        lines.splice(at..at, rows.iter().map(String::as_str));
        let edited = lines.join("\n") + "\n";
        bytes += edited.len() as u64;
        std::fs::write(&path, edited).expect("write");
    }
    bytes
}

/// An honest long list: n linked rows, the same in the three languages.
fn honest(to: &Path, n: usize) -> u64 {
    let rows: Vec<String> = (0..n).map(|i| row(i, true)).collect();
    list_with(to, &rows, &rows)
}

/// The crafted list: m rows without links then m linked rows in Japanese,
/// the linked rows first in the translations.
fn crafted(to: &Path, m: usize) -> u64 {
    let unlinked = (0..m).map(|i| row(i, false));
    let linked = (m..2 * m).map(|i| row(i, true));
    let ja: Vec<String> = unlinked.clone().chain(linked.clone()).collect();
    let other: Vec<String> = linked.chain(unlinked).collect();
    list_with(to, &ja, &other)
}

/// Asserts that `cost(n)` per row at `large` rows is within 2x of that at
/// `small` rows: fastest of two runs each, up to three rounds (a burst of
/// load on the shared cores can slow one size alone).
fn assert_linear_per_row(
    what: &str,
    small: usize,
    large: usize,
    mut cost: impl FnMut(usize) -> Duration,
) {
    let mut best = |n: usize| (0..2).map(|_| cost(n)).min().unwrap_or_default();
    let mut seen = Vec::new();
    for _ in 0..3 {
        let (s, l) = (best(small), best(large));
        let per = |d: Duration, n: usize| d.as_secs_f64() / n as f64;
        if per(l, large) <= 2.0 * per(s, small) {
            eprintln!(
                "{what}: {small} rows {s:?} ({:.1} µs/row), {large} rows {l:?} ({:.1} µs/row)",
                per(s, small) * 1e6,
                per(l, large) * 1e6
            );
            return;
        }
        seen.push(format!("{s:?} → {l:?}"));
    }
    panic!("{what}: time per row at {large} rows more than 2x that at {small}: {seen:?}");
}

#[test]
#[ignore = "release build and the list: .ci/run runs it with --release and JLLM_LIST_DIR"]
fn release_import_check_out_and_update_are_linear_in_rows() {
    release_build();
    let tmp = tempfile::tempdir().expect("tmp");
    let catalog = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
    let catalog = catalog.to_str().expect("utf8");
    for (small, large) in [(5_000, 40_000)] {
        for n in [small, large] {
            honest(&tmp.path().join(format!("h{n}")), n);
        }
        let dir = |n: usize| tmp.path().join(format!("h{n}")).display().to_string();
        assert_linear_per_row("catalog import --check", small, large, |n| {
            run(&["catalog", "import", &dir(n), "--check", catalog], None).cpu
        });
        assert_linear_per_row("catalog import --out", small, large, |n| {
            let out = tmp.path().join(format!("out{n}"));
            run(
                &[
                    "catalog",
                    "import",
                    &dir(n),
                    "--out",
                    out.to_str().expect("utf8"),
                ],
                None,
            )
            .cpu
        });
        assert_linear_per_row("update", small, large, |n| {
            let data = tmp.path().join(format!("data{n}"));
            run(
                &["update", "-q", "--from", &dir(n), "--evals-from", "builtin"],
                Some(&data),
            )
            .cpu
        });
    }
    // The crafted list: the alignment of rows was cubic in m.
    for m in [500, 4_000] {
        crafted(&tmp.path().join(format!("c{m}")), m);
    }
    let dir = |m: usize| tmp.path().join(format!("c{m}")).display().to_string();
    assert_linear_per_row(
        "catalog import --check of the crafted list",
        500,
        4_000,
        |m| run(&["catalog", "import", &dir(m), "--check", catalog], None).cpu,
    );
}

/// `update`'s peak memory is at most 24 times the list's three README
/// files plus 64 MiB (the README's stated bound), on a list of 40,000 added
/// rows.
#[test]
#[ignore = "release build and the list: .ci/run runs it with --release and JLLM_LIST_DIR"]
fn release_update_memory_is_proportional_to_the_list() {
    release_build();
    let tmp = tempfile::tempdir().expect("tmp");
    let list = tmp.path().join("list");
    let bytes = honest(&list, 40_000);
    let data = tmp.path().join("data");
    let used = run(
        &[
            "update",
            "-q",
            "--from",
            list.to_str().expect("utf8"),
            "--evals-from",
            "builtin",
        ],
        Some(&data),
    );
    assert!(data.join("catalog.json").is_file(), "installed");
    let bound = 24 * bytes + (64 << 20);
    eprintln!(
        "update of {} MiB of README files: peak {} MiB (bound {} MiB)",
        bytes >> 20,
        used.max_rss_bytes >> 20,
        bound >> 20
    );
    assert!(
        used.max_rss_bytes <= bound,
        "{} > {bound}",
        used.max_rss_bytes
    );
}

/// A list whose catalog would be larger than the 64 MiB every reader takes
/// (one training-data cell of 23 MiB in each language, the files within
/// their own limit) is refused before anything is written: exit 2, one
/// line, the install as it was, and `show` still answers.
#[test]
#[ignore = "release build and the list: .ci/run runs it with --release and JLLM_LIST_DIR"]
fn release_an_update_larger_than_the_readers_take_is_refused() {
    release_build();
    let tmp = tempfile::tempdir().expect("tmp");
    let list = tmp.path().join("list");
    copy_list(&list_dir(), &list);
    let data = tmp.path().join("data");
    let update = |list: &Path| {
        jllm()
            .env("JLLM_DATA_DIR", &data)
            .args(["update", "--quiet", "--from", list.to_str().expect("utf8")])
            .output()
            .expect("run")
    };
    let out = update(&list);
    assert!(out.status.success(), "{out:?}");
    let before = std::fs::read(data.join("catalog.json")).expect("installed");
    // The Spiral-RetNet row's training-data cell, in the same place in the
    // three languages.
    let filler = "x".repeat(23 << 20);
    for rel in ["README.md", "en/README.md", "fr/README.md"] {
        let path = list.join(rel);
        let text = std::fs::read_to_string(&path).expect("read");
        let line = text
            .lines()
            .find(|l| l.contains("Spiral-AI/Spiral-RetNet-3b-base"))
            .expect("the Spiral-RetNet row");
        let edited = line.replace("| 2,048 |", &format!("| 2,048 | {filler}"));
        assert_ne!(edited, line, "{rel}");
        std::fs::write(&path, text.replace(line, &edited)).expect("write");
    }
    let out = update(&list);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("would be over 64 MiB"), "{err}");
    assert_eq!(
        std::fs::read(data.join("catalog.json")).expect("installed"),
        before
    );
    jllm()
        .env("JLLM_DATA_DIR", &data)
        .args(["show", "swallow-70b"])
        .assert()
        .success();
}

#[test]
#[ignore = "release build: .ci/run runs it with --release"]
fn release_long_queries_are_linear() {
    release_build();
    for command in ["show", "search", "benchmark"] {
        assert_linear(
            &format!("{command} with a query of n characters"),
            |n| run(&[command, &"ab".repeat(n / 2)], None).cpu,
            10_000,
        );
    }
    assert_linear(
        "list --developer with a value of n characters",
        |n| run(&["list", "--developer", &"ab".repeat(n / 2)], None).cpu,
        10_000,
    );
}
