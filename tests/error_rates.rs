//! Suites where a lower score is better: the word error rates of rinna's
//! paper (Table 4, `paper-csj-eval1/2/3`, catalog/results/paper.toml,
//! `lower_is_better` in catalog/results/suites.toml). Rankings, footers,
//! messages and JSON read them lowest first; the expected values are read
//! here from the committed results files, not from jllm's output.

mod common;

use std::collections::BTreeMap;

use common::{jllm, json};
use serde_json::Value;

/// The committed results file `name` under catalog/results.
fn results_file(name: &str) -> toml::Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/catalog/results/");
    let text = std::fs::read_to_string(format!("{path}{name}")).expect("results file");
    toml::from_str(&text).expect("TOML")
}

/// The paper's results on `suite`: per repo id its best (lowest) score,
/// and whether the repo is in the list.
fn paper_best(suite: &str) -> BTreeMap<String, (f64, bool)> {
    let paper = results_file("paper.toml");
    let mut best: BTreeMap<String, (f64, bool)> = BTreeMap::new();
    for r in paper["result"].as_array().expect("[[result]]") {
        if r["suite"].as_str() != Some(suite) {
            continue;
        }
        let hf = r["hf"].as_str().expect("hf").to_string();
        let score = r["score"].as_float().expect("score");
        let in_list = r["in_list"].as_bool().expect("in_list");
        let e = best.entry(hf).or_insert((score, in_list));
        e.0 = e.0.min(score);
    }
    best
}

/// suites.toml marks the CSJ suites as error rates and nothing else.
#[test]
fn the_csj_suites_are_the_error_rates() {
    let suites = results_file("suites.toml");
    let lower: Vec<&str> = suites["suite"]
        .as_array()
        .expect("[[suite]]")
        .iter()
        .filter(|s| s.get("lower_is_better").and_then(toml::Value::as_bool) == Some(true))
        .filter_map(|s| s["id"].as_str())
        .collect();
    assert_eq!(
        lower,
        ["paper-csj-eval1", "paper-csj-eval2", "paper-csj-eval3"]
    );
}

/// `results --suite paper-csj-evalN --include-reference` ranks the
/// paper's Table 4 lowest first, says so, and says the ranks are the
/// paper's table, not a leaderboard's.
#[test]
fn a_word_error_rate_ranks_lowest_first_and_the_footer_says_so() {
    for suite in ["paper-csj-eval1", "paper-csj-eval2", "paper-csj-eval3"] {
        let best = paper_best(suite);
        assert!(best.len() >= 2, "{suite}: {best:?}");
        let mut expected: Vec<(&str, f64)> = best.iter().map(|(h, (s, _))| (&**h, *s)).collect();
        expected.sort_by(|a, b| a.1.total_cmp(&b.1));
        let rows = json(&["results", "--suite", suite, "--include-reference", "--json"]);
        let got: Vec<(&str, f64)> = rows
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| {
                (
                    r["hf"].as_str().expect("hf"),
                    r["score"].as_f64().expect("score"),
                )
            })
            .collect();
        assert_eq!(got, expected, "{suite}");
        for (i, r) in rows.as_array().expect("rows").iter().enumerate() {
            assert_eq!(r["rank"].as_u64(), Some(i as u64 + 1));
            assert_eq!(r["lower_is_better"], Value::Bool(true));
            assert_eq!(r["table"].as_str(), Some("Table 4"));
        }
        let text = common::stdout(&["results", "--suite", suite, "--include-reference"]);
        assert!(
            text.contains("Ranks are by the paper's Table 4: every model in it"),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "On {suite}, lower is better (an error rate): rank 1 has the lowest score."
            )),
            "{text}"
        );
        assert!(!text.contains("leaderboard"), "{text}");
    }
    // A leaderboard's ranking keeps its own footer and direction.
    let text = common::stdout(&["results", "--suite", "pfgen", "--include-reference"]);
    assert!(text.contains("Ranks are the leaderboard's own"), "{text}");
    assert!(!text.contains("lower is better"), "{text}");
    let rows = json(&["results", "--suite", "pfgen", "--json"]);
    assert!(rows
        .as_array()
        .expect("rows")
        .iter()
        .all(|r| r["lower_is_better"] == Value::Bool(false) && r["table"].is_null()));
}

/// Table 4 scores models the list spells otherwise or lacks (every row is
/// `in_list = false`), so without --include-reference nothing is ranked,
/// `plot` has no frontier and `--min-score` finds no score; each says why,
/// naming the paper's table rather than a leaderboard.
#[test]
fn the_paper_suites_without_a_checkpoint_of_the_list_say_so() {
    let best = paper_best("paper-csj-eval1");
    assert!(best.values().all(|(_, in_list)| !in_list), "{best:?}");
    assert_eq!(
        fails(&["results", "--suite", "paper-csj-eval1"]),
        "jllm: no checkpoint of the list has a score on paper-csj-eval1; --include-reference shows the models of the paper's Table 4\n"
    );
    assert!(fails(&["plot", "--y", "score:paper-csj-eval1"])
        .contains("no checkpoint with a known size"));
    assert_eq!(
        fails(&["list", "--min-score", "paper-csj-eval1=10"]),
        "jllm: no checkpoint of the catalog has a score on paper-csj-eval1\n"
    );
}

/// Runs jllm, asserts exit 1 (nothing found), returns its stderr.
fn fails(args: &[&str]) -> String {
    let out = jllm().args(args).output().expect("run jllm");
    assert_eq!(out.status.code(), Some(1), "jllm {args:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The results inside `show --json` carry where the paper prints them and
/// which way is better, as `results --json` does.
#[test]
fn show_json_results_carry_the_table_and_the_direction() {
    let paper = results_file("paper.toml");
    // rinna/bilingual-gpt-neox-4b is in Table 2 (paper-jlmeh) and in the list.
    let hf = "rinna/bilingual-gpt-neox-4b";
    let expected = paper["result"]
        .as_array()
        .expect("[[result]]")
        .iter()
        .find(|r| r["hf"].as_str() == Some(hf) && r["in_list"].as_bool() == Some(true))
        .expect("Table 2 row");
    let shown = json(&["show", hf, "--json"]);
    let results: Vec<&Value> = shown["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .filter(|v| v["hf"].as_str() == Some(hf))
        .flat_map(|v| v["results"].as_array().expect("results"))
        .collect();
    let row = results
        .iter()
        .find(|r| r["source"] == "paper")
        .expect("a paper result");
    assert_eq!(row["table"].as_str(), expected["table"].as_str());
    assert_eq!(row["score"].as_f64(), expected["score"].as_float());
    assert_eq!(row["lower_is_better"], Value::Bool(false));
    assert!(row.get("note").is_some());
    let pfgen = results
        .iter()
        .find(|r| r["source"] == "pfgen")
        .expect("a pfgen result");
    assert!(pfgen["table"].is_null() && pfgen["note"].is_null());
}
