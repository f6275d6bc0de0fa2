//! Sizes read from Hugging Face repo names: only for checkpoints the list
//! gives no size, said in `params_source`, and never over a size the list
//! states. Expected sizes are read here from the repo names themselves
//! (README.md:331 TohokuNLP BERT-alpha 500M's `tohokunlp-bert-500m-…`,
//! README.md:443's `Llama-3.1-70B-Instruct-multimodal-JP-Graph-v0.1`).

mod common;

use common::{copy_list, edit_line, import_into, jllm, json, line_of, list_dir};
use serde_json::Value;

/// The size a repo name states as a word of its own (`-500m-`, `-70B-`),
/// read independently of jllm: `None` for none or several.
fn size_in(name: &str) -> Option<u64> {
    let sizes: Vec<u64> = name
        .split(['-', '_'])
        .filter_map(|w| {
            let (num, mult) = match w.to_ascii_lowercase().strip_suffix('b') {
                Some(n) => (n.to_string(), 1e9),
                None => (w.to_ascii_lowercase().strip_suffix('m')?.to_string(), 1e6),
            };
            let x: f64 = num.parse().ok()?;
            Some((x * mult).round() as u64)
        })
        .collect();
    match sizes.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

#[test]
fn sizes_from_repo_names_fill_only_checkpoints_the_list_gives_none() {
    let rows = json(&[
        "list",
        "--variants",
        "--json",
        "family,name,hf,params,params_source",
    ]);
    let from_names: Vec<&Value> = rows
        .as_array()
        .expect("array")
        .iter()
        .filter(|r| {
            r["params_source"]
                .as_str()
                .is_some_and(|s| s.contains("repo name"))
        })
        .collect();
    let mut repos: Vec<&str> = from_names
        .iter()
        .map(|r| r["hf"].as_str().expect("hf"))
        .collect();
    repos.sort_unstable();
    assert_eq!(
        repos,
        [
            "r-g2-2024/Llama-3.1-70B-Instruct-multimodal-JP-Graph-v0.1",
            "tohoku-nlp/tohokunlp-bert-500m-sq4096-alpha",
            "tohoku-nlp/tohokunlp-bert-500m-sq8192-alpha",
        ]
    );
    for r in &from_names {
        let hf = r["hf"].as_str().expect("hf");
        let repo = hf.rsplit('/').next().expect("name");
        assert_eq!(r["params"].as_u64(), size_in(repo), "{hf}");
        assert!(
            r["params_source"].as_str().is_some_and(|s| s.contains(hf)),
            "{r}"
        );
    }
    // `show` says where the size comes from.
    let out = common::stdout(&["show", "tohokunlp-bert-alpha-500m"]);
    assert!(
        out.contains("size of sq4096-alpha: 500M (read from the repo name tohoku-nlp/tohokunlp-bert-500m-sq4096-alpha"),
        "{out}"
    );
}

/// A size the list states wins: the checkpoint link of README.md:331 given
/// a size of its own (`400m-sq4096-alpha`) keeps it, with no repo-name
/// source; its sibling still takes 500M from its repo name.
#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn a_size_the_list_states_wins_over_the_repo_name() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let list = tmp.path().join("list");
    copy_list(&list_dir(), &list);
    let line = line_of(&list, "tohokunlp-bert-500m-sq4096-alpha");
    edit_line(&list, line, |l| {
        assert!(l.contains("[sq4096-alpha]("), "{l}");
        l.replace("[sq4096-alpha](", "[400m-sq4096-alpha](")
    });
    let out = tmp.path().join("out");
    let import = import_into(&list, &out);
    let stderr = String::from_utf8_lossy(&import.stderr);
    assert!(import.status.success(), "{stderr}");
    assert!(
        stderr.contains("2 checkpoints without a size in the list take the size their repo name states: tohoku-nlp/tohokunlp-bert-500m-sq8192-alpha, r-g2-2024/"),
        "{stderr}"
    );
    let shown = jllm()
        .args(["--no-builtin", "--catalog"])
        .arg(&out)
        .args(["show", "tohokunlp-bert-alpha-500m", "--json"])
        .output()
        .expect("run");
    let fam: Value = serde_json::from_slice(&shown.stdout).expect("json");
    let variant = |hf: &str| {
        fam["variants"]
            .as_array()
            .expect("variants")
            .iter()
            .find(|v| v["hf"] == hf)
            .cloned()
            .unwrap_or_else(|| panic!("{hf}"))
    };
    let listed = variant("tohoku-nlp/tohokunlp-bert-500m-sq4096-alpha");
    assert_eq!(listed["params"], 400_000_000u64);
    assert_eq!(listed["params_source"], Value::Null);
    let named = variant("tohoku-nlp/tohokunlp-bert-500m-sq8192-alpha");
    assert_eq!(
        named["params"].as_u64(),
        size_in("tohokunlp-bert-500m-sq8192-alpha")
    );
}
