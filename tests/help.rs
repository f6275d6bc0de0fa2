//! The binary's descriptions of itself, checked against what it does: the
//! JSON Schema of `list --json`, the man page, the committed completion
//! scripts and the `--help` snapshot.

mod common;

use common::{json, stdout};

#[test]
fn schema_is_json_and_names_the_contract_keys() {
    let s = json(&["schema"]);
    for key in [
        "id",
        "name",
        "name_ja",
        "params",
        "variants",
        "license",
        "context_length",
        "developers",
    ] {
        assert!(s["properties"][key].is_object(), "{key}");
    }
}

#[test]
fn schema_describes_exactly_the_keys_list_prints() {
    let s = json(&["schema"]);
    let mut described: Vec<&str> = s["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .map(String::as_str)
        .collect();
    described.sort_unstable();
    let all = json(&["list", "--format", "json"]);
    let mut printed: Vec<&str> = all
        .as_array()
        .expect("array")
        .iter()
        .flat_map(|f| f.as_object().expect("object").keys().map(String::as_str))
        .collect();
    printed.sort_unstable();
    printed.dedup();
    assert_eq!(described, printed);
    // Every family object has every key: unknowns are null, not missing.
    for f in all.as_array().expect("array") {
        assert_eq!(
            f.as_object().expect("object").len(),
            printed.len(),
            "{}",
            f["id"]
        );
    }
}

#[test]
fn man_page_covers_every_visible_command() {
    let man = stdout(&["man"]);
    assert!(man.contains(".TH jllm 1"), "{}", &man[..200.min(man.len())]);
    for sub in [
        "LIST",
        "SHOW",
        "SEARCH",
        "COMPARE",
        "STATS",
        "FIT",
        "PLOT",
        "BENCHMARKS",
        "CATALOG",
    ] {
        assert!(man.contains(&format!(".SH \"JLLM {sub}\"")), "{sub}");
    }
    assert!(
        !man.contains("JLLM COMPLETE\""),
        "hidden command documented"
    );
}

#[test]
fn completions_are_committed_and_in_sync() {
    for (shell, file) in [
        ("bash", "jllm.bash"),
        ("zsh", "_jllm"),
        ("fish", "jllm.fish"),
        ("powershell", "_jllm.ps1"),
        ("elvish", "jllm.elv"),
    ] {
        let generated = stdout(&["completions", shell]);
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("completions")
            .join(file);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(generated == committed, "completions/{file} is stale: run `cargo run -- completions {shell} > completions/{file}`");
    }
    let ids = stdout(&["complete", "models", "swallow-7"]);
    assert!(ids.lines().any(|l| l == "swallow-70b"), "{ids}");
}

/// `jllm --help` as reviewed in tests/snapshots/cli__help.snap (insta;
/// CONTRIBUTING.md says how to review and accept a change).
#[test]
fn help_matches_snapshot() {
    let help = stdout(&["--help"]);
    // insta compares without trailing newlines: the help ends with one.
    assert!(help.ends_with('\n') && !help.ends_with("\n\n"), "{help:?}");
    insta::assert_snapshot!("help", help, "jllm --help");
}
