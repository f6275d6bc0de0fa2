//! rinna's paper as a source of evaluation results: Tables 2, 3 and 4 of
//! its text (../shared/seeds/004_*) read here with a reader of this file,
//! compared with what jllm prints (`results`), and the paper's suites
//! ranked alone, error rates lowest first.

mod common;

use std::path::PathBuf;

use common::{jllm, json, seeds_dir};
use predicates::prelude::*;
use serde_json::Value;

/// The seed paper's text.
fn paper() -> String {
    let file = std::fs::read_dir(seeds_dir())
        .expect("seeds")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("004_"))
        })
        .expect("the seed paper 004_*");
    std::fs::read_to_string(file).expect("read")
}

/// `(table number, model, row label, scores)` of the blocks under a
/// `Pre-trained model` header: Table 4's model names stand on lines of
/// their own above their rows (`32-hour labeled`).
fn table_rows(text: &str) -> Vec<(u32, String, String, Vec<f64>)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].starts_with("Pre-trained model\t") {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut block = Vec::new();
        while j < lines.len() && !lines[j].trim().is_empty() {
            block.push(lines[j]);
            j += 1;
        }
        let number: u32 = lines[j..]
            .iter()
            .find_map(|l| l.strip_prefix("Table "))
            .and_then(|r| r.split(':').next())
            .and_then(|n| n.parse().ok())
            .expect("caption");
        let mut model = String::new();
        for l in block {
            let cells: Vec<String> = l
                .split('\t')
                .map(|c| c.replace("<i>", "").replace("</i>", "").trim().to_string())
                .collect();
            let scores: Vec<f64> = cells[1..].iter().filter_map(|c| c.parse().ok()).collect();
            if scores.is_empty() {
                model = cells[0].clone();
            } else if number == 4 {
                out.push((number, model.clone(), cells[0].clone(), scores));
            } else {
                out.push((number, cells[0].clone(), String::new(), scores));
            }
        }
        i = j;
    }
    out
}

/// Every result of the paper jllm has for the paper's name `model` (a
/// repo, or a short name joined to one: its note names it).
fn results_of(rows: &[Value], model: &str) -> Vec<Value> {
    rows.iter()
        .filter(|r| {
            r["hf"] == model
                || r["note"]
                    .as_str()
                    .is_some_and(|n| n.contains(&format!("short name {model}:")))
        })
        .cloned()
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
#[ignore = "needs the seeds: set JLLM_SEEDS_DIR"]
fn tables_2_3_and_4_are_the_results_of_source_paper() {
    let text = paper();
    let rows = table_rows(&text);
    let count = |n| rows.iter().filter(|r| r.0 == n).count();
    // Table 2: 14 models; Table 3: 4; Table 4: 2 models × 2 data sizes.
    assert_eq!((count(2), count(3), count(4)), (14, 4, 4), "{rows:?}");
    let suites = [
        "paper-jlmeh",
        "paper-imagenet-ja",
        "paper-csj-eval1",
        "paper-csj-eval2",
        "paper-csj-eval3",
    ];
    // Every result of the paper, from `results QUERY` of each name.
    let mut all: Vec<Value> = Vec::new();
    for (_, model, _, _) in &rows {
        let query = model.as_str();
        let out = jllm()
            .args(["results", query, "--json"])
            .output()
            .expect("run");
        if out.status.success() {
            let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
            all.extend(v.as_array().expect("array").iter().cloned());
        }
    }
    for s in suites {
        let v = json(&["results", "--suite", s, "--include-reference", "--json"]);
        all.extend(v.as_array().expect("array").iter().cloned());
    }
    let all: Vec<Value> = all.into_iter().filter(|r| r["source"] == "paper").collect();
    for (table, model, label, scores) in &rows {
        let found = results_of(&all, model);
        assert!(!found.is_empty(), "Table {table}: {model} has no result");
        let suite_scores: Vec<(&str, f64)> = match table {
            2 => vec![("paper-jlmeh", scores[0])],
            3 => vec![("paper-imagenet-ja", scores[0])],
            _ => vec![
                ("paper-csj-eval1", scores[0]),
                ("paper-csj-eval2", scores[1]),
                ("paper-csj-eval3", scores[2]),
            ],
        };
        for (suite, score) in suite_scores {
            assert!(
                found.iter().any(|r| r["suite"] == suite
                    && close(r["score"].as_f64().expect("score"), score)
                    && r["table"] == format!("Table {table}")
                    && (label.is_empty()
                        || r["mode"]
                            .as_str()
                            .is_some_and(|m| m.ends_with(label.as_str())))),
                "Table {table}: {model} {label} {suite} {score}: {found:?}"
            );
        }
    }
    // Table 2's setting as the text states it, in every row's mode.
    let shots = text
        .split("The few-shot numbers were ")
        .nth(1)
        .and_then(|r| r.split('.').next())
        .expect("few-shot numbers")
        .replace(" and ", " ");
    for r in all.iter().filter(|r| r["suite"] == "paper-jlmeh") {
        assert_eq!(r["mode"], format!("few-shot {shots}"), "{r}");
    }
}

/// The short names the paper uses join the one repo of its Tables 1 and 5
/// they can mean; a name two repos fit and the baselines stay reference
/// rows, with the reason.
#[test]
fn short_names_join_only_where_unique() {
    let rows = json(&[
        "results",
        "--suite",
        "paper-jlmeh",
        "--include-reference",
        "--json",
    ]);
    let rows = rows.as_array().expect("array");
    let by = |hf: &str| -> &Value {
        rows.iter()
            .find(|r| r["hf"] == hf)
            .unwrap_or_else(|| panic!("{hf} in {rows:?}"))
    };
    let sft = by("rinna/bilingual-gpt-neox-4b-instruction-sft");
    assert_eq!(sft["in_list"], true);
    assert!(sft["note"]
        .as_str()
        .is_some_and(|n| n.contains("rinna/bilingual-gpt-neox-4b-sft")));
    let ambiguous = by("rinna/japanese-gpt-neox-3.6b-sft");
    assert_eq!(ambiguous["in_list"], false);
    let note = ambiguous["note"].as_str().expect("note");
    assert!(
        note.contains("rinna/japanese-gpt-neox-3.6b-instruction-sft or rinna/japanese-gpt-neox-3.6b-instruction-sft-v2"),
        "{note}"
    );
    for baseline in ["meta/llama-7b", "meta/llama2-7b", "meta/llama2-7b-chat"] {
        let r = by(baseline);
        assert_eq!(r["in_list"], false);
        assert!(r["note"].as_str().is_some_and(|n| n.contains("baseline")));
    }
    // Ranked alone: every row is the paper's, best first.
    assert!(rows.iter().all(|r| r["source"] == "paper"));
    let scores: Vec<f64> = rows.iter().filter_map(|r| r["score"].as_f64()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

/// Word error rates: the best is the lowest, in rankings, in `list --sort`
/// and in `--min-score`.
#[test]
fn error_rates_rank_lowest_first() {
    for suite in ["paper-csj-eval1", "paper-csj-eval2", "paper-csj-eval3"] {
        let rows = json(&["results", "--suite", suite, "--include-reference", "--json"]);
        let rows = rows.as_array().expect("array");
        assert_eq!(rows.len(), 2, "{suite}: rinna's and Meta's HuBERT");
        let scores: Vec<f64> = rows.iter().filter_map(|r| r["score"].as_f64()).collect();
        assert!(
            scores.windows(2).all(|w| w[0] <= w[1]),
            "{suite}: {scores:?}"
        );
        // Each model by its best run: the 552-hour fine-tuning.
        assert!(rows
            .iter()
            .all(|r| r["mode"] == "fine-tuned on 552-hour labeled"));
    }
    jllm()
        .args(["results", "--suite", "paper-jlmeh"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Suite paper-jlmeh"));
    // `list --sort score:paper-jlmeh`: rinna's families first, no other suite.
    let ids = json(&[
        "list",
        "--sort",
        "score:paper-jlmeh",
        "--limit",
        "2",
        "--json",
        "id",
    ]);
    let ids: Vec<&str> = ids
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert!(ids.iter().all(|id| id.starts_with("rinna-gpt")), "{ids:?}");
}

#[test]
#[ignore = "needs the seeds and the evals: set JLLM_SEEDS_DIR and JLLM_EVALS_DIR"]
fn paper_toml_is_reproducible_from_the_seeds() {
    let evals = PathBuf::from(
        std::env::var_os("JLLM_EVALS_DIR").expect("JLLM_EVALS_DIR names ../shared/evals"),
    );
    jllm()
        .args(["catalog", "import-results"])
        .arg(evals)
        .arg("--seeds")
        .arg(seeds_dir())
        .arg("--check")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/catalog/results"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("results are up to date"))
        .stdout(predicate::str::contains("paper: 30 results"));
}
