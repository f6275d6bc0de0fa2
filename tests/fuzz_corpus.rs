//! Replays every committed fuzz input — the seeds in fuzz/seeds and the
//! crashes fuzzing found in fuzz/regressions — through the same entry points
//! the fuzz targets call, so that plain `cargo test` (CI included) keeps
//! each crash fixed without libFuzzer or cargo-fuzz.

use std::path::Path;

/// Runs `check` on every file of fuzz/{seeds,regressions}/TARGET and
/// returns how many it ran, so a moved directory cannot pass silently.
fn replay(target: &str, check: impl Fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("entry").path();
            let bytes = std::fs::read(&path).expect("read input");
            eprintln!("{}", path.display());
            check(&bytes);
            n += 1;
        }
    }
    n
}

/// The text targets take `&str`: libFuzzer skips inputs that are not UTF-8.
fn text(f: fn(&str)) -> impl Fn(&[u8]) {
    move |b| {
        if let Ok(s) = std::str::from_utf8(b) {
            f(s)
        }
    }
}

#[test]
fn sizes_inputs() {
    assert!(replay("sizes", text(jllm::fuzz::sizes)) >= 25);
}

#[test]
fn markdown_inputs() {
    assert!(replay("markdown", text(jllm::fuzz::markdown)) >= 5);
}

#[test]
fn catalog_inputs() {
    assert!(replay("catalog", jllm::fuzz::catalog) >= 7);
}

#[test]
fn query_inputs() {
    assert!(replay("query", text(jllm::fuzz::query)) >= 11);
}
