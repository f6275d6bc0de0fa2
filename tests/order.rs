//! The default order is the list's order (the help and
//! README say so; embedding models used to come first), and the bounds
//! `--until`, `--max-context` and `fit --sort`.

mod common;

use common::{jllm, json};

fn ids(args: &[&str]) -> Vec<String> {
    let out = jllm()
        .args(args)
        .args(["--format", "ids"])
        .output()
        .expect("run");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn list_follows_the_list() {
    let all = ids(&["list"]);
    // The list opens with Sarashina2-8x70B (text generation, from scratch)
    // and its last model table is Music-Text Conversion: Japanese MULAN.
    assert_eq!(all.first().map(String::as_str), Some("sarashina2-8x70b"));
    assert_eq!(all.last().map(String::as_str), Some("japanese-mulan"));
    let pos = |id: &str| all.iter().position(|x| x == id).unwrap_or(usize::MAX);
    // Sections in the list's order: text generation, encoders, embeddings.
    assert!(pos("swallow-70b") < pos("tohokuuniversitybert"));
    assert!(pos("tohokuuniversitybert") < pos("ruri-v3"));
    // Every family's line in the list grows along the output.
    let fams = json(&["list", "--json", "id,source_line"]);
    let lines: Vec<u64> = fams
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|f| f["source_line"].as_u64())
        .collect();
    assert_eq!(lines.len(), all.len());
    assert!(
        lines.windows(2).all(|w| w[0] <= w[1]),
        "not in the list's order"
    );
    // --reverse without --sort reverses the list's order.
    let rev = ids(&["list", "--reverse"]);
    assert_eq!(rev.first().map(String::as_str), Some("japanese-mulan"));
}

#[test]
fn until_and_max_context_bound_from_above() {
    // The list's only rows from 2019: JapaneseNewsBERT and JapaneseNewsXLNet.
    assert_eq!(
        ids(&["list", "--until", "2019"]),
        ["japanesenewsbert", "japanesenewsxlnet"]
    );
    let within = json(&[
        "list",
        "--max-context",
        "512",
        "--json",
        "id,context_length",
    ]);
    let within = within.as_array().expect("array");
    assert!(!within.is_empty());
    for f in within {
        let c = f["context_length"].as_u64().expect("known context");
        assert!(c <= 512, "{f}");
    }
    let above = ids(&["list", "--min-context", "513"]);
    let known = json(&["list", "--json", "context_length"]);
    let known = known
        .as_array()
        .expect("array")
        .iter()
        .filter(|f| !f["context_length"].is_null())
        .count();
    assert_eq!(within.len() + above.len(), known);
    // `8k` = 8192 as for --min-context.
    assert_eq!(
        ids(&["list", "--max-context", "8k"]),
        ids(&["list", "--max-context", "8192"])
    );
    jllm()
        .args(["list", "--since", "2025", "--until", "2024"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--since 2025 is later than --until 2024",
        ));
}

#[test]
fn fit_sorts_by_what_is_asked() {
    let rows = |key: &str| -> Vec<serde_json::Value> {
        json(&["fit", "--vram", "8GB", "--sort", key, "--json"])
            .as_array()
            .expect("array")
            .clone()
    };
    let memory: Vec<u64> = rows("memory")
        .iter()
        .filter_map(|r| r["total_bytes"].as_u64())
        .collect();
    assert!(memory.len() > 10);
    assert!(memory.windows(2).all(|w| w[0] <= w[1]), "memory ascending");
    let params: Vec<u64> = rows("params")
        .iter()
        .filter_map(|r| r["params"].as_u64())
        .collect();
    assert!(params.windows(2).all(|w| w[0] >= w[1]), "params descending");
    let names: Vec<String> = rows("name")
        .iter()
        .filter_map(|r| r["hf"].as_str().map(str::to_lowercase))
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "names ascending");
    // The same rows in every order.
    assert_eq!(memory.len(), params.len());
    let rev: Vec<u64> = json(&[
        "fit",
        "--vram",
        "8GB",
        "--sort",
        "memory",
        "--reverse",
        "--json",
    ])
    .as_array()
    .expect("array")
    .iter()
    .filter_map(|r| r["total_bytes"].as_u64())
    .collect();
    assert!(rev.windows(2).all(|w| w[0] >= w[1]), "reversed");
}
