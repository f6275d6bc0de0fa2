//! Rankings and scores as the commands show them, on the embedded results:
//! `results` (best first, one suite, what a ranking hides), scores in
//! `show`, `list` and `fit` sorting and filtering by a suite score, `plot`
//! with its Pareto frontier, and the answers of an empty or mistyped
//! benchmark. The expected values are read from the committed
//! catalog/results files or computed here from `results --json`.

mod common;

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use common::{jllm, json};
use predicates::prelude::*;

#[test]
fn rankings_are_best_first_and_one_suite_each() {
    for suite in ["pfgen", "swallow-ja-post", "swallow-ja-pre"] {
        for extra in [None, Some("--include-reference")] {
            let mut args = vec!["results", "--suite", suite, "--json"];
            args.extend(extra);
            let rows = json(&args);
            let rows = rows.as_array().expect("array");
            assert!(rows.len() >= 5, "{suite}: {} rows", rows.len());
            let scores: Vec<f64> = rows
                .iter()
                .map(|r| r["score"].as_f64().expect("score"))
                .collect();
            assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{suite} ordered");
            for (i, r) in rows.iter().enumerate() {
                assert_eq!(r["rank"].as_u64(), Some(i as u64 + 1));
                assert_eq!(r["suite"], suite);
                assert_eq!(r["task"], "avg");
                if extra.is_none() {
                    assert_eq!(r["in_list"], true, "{r}");
                    assert!(r["family"].is_string());
                }
            }
            let hf: HashSet<&str> = rows.iter().map(|r| r["hf"].as_str().expect("hf")).collect();
            assert_eq!(hf.len(), rows.len(), "{suite}: one row per model");
            if extra.is_some() {
                assert!(rows
                    .iter()
                    .any(|r| r["in_list"] == false && r["family"].is_null()));
            }
        }
    }
    // The benchmark id of pfgen has one suite; Swallow's asks which.
    let by_benchmark = json(&[
        "results",
        "--benchmark",
        "preferred-generation-benchmark-pfgen-bench",
        "--json",
    ]);
    assert_eq!(
        by_benchmark,
        json(&["results", "--suite", "pfgen", "--json"])
    );
    jllm()
        .args(["results", "--benchmark", "swallow-llm-leaderboard-v2"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("choose one with --suite"));
    jllm()
        .args(["results", "--suite", "swallow"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "valid suites: pfgen, swallow-ja-pre",
        ));
}

#[test]
fn show_prints_results_with_the_note_and_json_has_them() {
    jllm()
        .args(["show", "tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.5"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Evaluation results"))
        .stdout(predicate::str::contains("swallow-ja-mtb"))
        .stdout(predicate::str::contains("not comparable"));
    let v = json(&["show", "llama-3.1-swallow-8b", "--json"]);
    for variant in v["variants"].as_array().expect("variants") {
        let results = variant["results"]
            .as_array()
            .expect("every variant has results");
        for r in results {
            for key in [
                "benchmark",
                "suite",
                "task",
                "score",
                "std",
                "source",
                "date",
            ] {
                assert!(r.get(key).is_some(), "{key} in {r}");
            }
        }
    }
    // A family without results prints no section.
    let page = common::stdout(&["show", "colorfulscoop-sbert-base-ja"]);
    assert!(!page.contains("Evaluation results"), "{page}");
}

#[test]
fn results_of_a_model_and_of_a_reference_row() {
    let rows = json(&["results", "llama-3.1-swallow-8b", "--tasks", "--json"]);
    let rows = rows.as_array().expect("array");
    assert!(rows.iter().any(|r| r["task"] == "JamC-QA"));
    assert!(rows.iter().all(|r| r["family"] == "llama-3.1-swallow-8b"));
    let reference = json(&["results", "Qwen/Qwen3-235B-A22B", "--json"]);
    let reference = reference.as_array().expect("array");
    assert!(!reference.is_empty());
    assert!(reference.iter().all(|r| r["in_list"] == false));
    jllm()
        .args(["results", "no-such-model-at-all"])
        .assert()
        .code(1);
}

/// A family's score is its best checkpoint's; unknown scores sort last.
#[test]
fn list_sorts_and_filters_by_a_suite_score() {
    let ranking = json(&["results", "--suite", "pfgen", "--json"]);
    let mut best: Vec<(String, f64)> = Vec::new();
    for r in ranking.as_array().expect("array") {
        let fam = r["family"].as_str().expect("family").to_string();
        if !best.iter().any(|(f, _)| *f == fam) {
            best.push((fam, r["score"].as_f64().expect("score")));
        }
    }
    let listed = json(&["list", "--sort", "score:pfgen", "--json", "id"]);
    let listed: Vec<&str> = listed
        .as_array()
        .expect("array")
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    let scored = &listed[..best.len()];
    // Ties may come in either order; scores must match position by position.
    for (i, id) in scored.iter().enumerate() {
        let s = best.iter().find(|(f, _)| f == id).map(|(_, s)| *s);
        assert_eq!(s, Some(best[i].1), "{id} at {i}");
    }
    assert!(listed.len() > best.len(), "unscored families follow");
    // --min-score keeps families with a checkpoint at or above it, and
    // only those checkpoints.
    let kept = json(&["list", "--min-score", "pfgen=0.75", "--json", "id,variants"]);
    let kept = kept.as_array().expect("array");
    let want: HashSet<&str> = best
        .iter()
        .filter(|(_, s)| *s >= 0.75)
        .map(|(f, _)| f.as_str())
        .collect();
    let got: HashSet<&str> = kept.iter().map(|r| r["id"].as_str().expect("id")).collect();
    assert_eq!(got, want);
    for fam in kept {
        for v in fam["variants"].as_array().expect("variants") {
            let ok = v["results"].as_array().expect("results").iter().any(|r| {
                r["suite"] == "pfgen" && r["task"] == "avg" && r["score"].as_f64() >= Some(0.75)
            });
            assert!(ok, "{}", v["hf"]);
        }
    }
    jllm()
        .args(["list", "--sort", "score:ja-post"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("valid suites: pfgen"));
    jllm()
        .args(["list", "--min-score", "pfgen=high"])
        .assert()
        .code(2);
    // The score column is the same number.
    let cells = common::stdout(&[
        "list",
        "--sort",
        "score:pfgen",
        "--limit",
        "1",
        "-f",
        "tsv",
        "--columns",
        "id,score:pfgen",
    ]);
    let line = cells.lines().nth(1).expect("a row");
    assert_eq!(line, format!("{}\t{:.4}", best[0].0, best[0].1));
}

#[test]
fn fit_sorts_by_score_within_each_verdict() {
    let tsv = common::stdout(&[
        "fit",
        "--vram",
        "24GB",
        "--sort",
        "score:pfgen",
        "-f",
        "tsv",
        "--columns",
        "checkpoint,quant,score:pfgen,verdict",
    ]);
    let rows: Vec<Vec<&str>> = tsv
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    assert!(rows.len() > 50);
    let gpu: Vec<&Vec<&str>> = rows.iter().filter(|r| r[3] == "fits on GPU").collect();
    // The first rows are the best-scored checkpoints that fit at 4 bits or more.
    let head: Vec<f64> = gpu
        .iter()
        .take_while(|r| r[2] != "unknown")
        .map(|r| r[2].parse().expect("score"))
        .collect();
    assert!(head.len() >= 10, "{}", head.len());
    assert!(head.windows(2).all(|w| w[0] >= w[1]), "{head:?}");
    // `--sort` takes fit's own keys and score:SUITE; anything else names both.
    jllm()
        .args(["fit", "--vram", "24GB", "--sort", "score"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("score:SUITE"));
    jllm()
        .args(["fit", "--vram", "24GB", "--sort", "score:nosuch"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("pfgen"));
}

/// The Pareto frontier, computed here from `results --json`: the catalog's
/// checkpoints that score higher than every checkpoint of their size or
/// smaller.
#[test]
fn plot_draws_scores_by_size_with_the_pareto_frontier() {
    for suite in ["pfgen", "swallow-ja-post"] {
        let rows = json(&["results", "--suite", suite, "--include-reference", "--json"]);
        let mut pts: Vec<(u64, f64, bool)> = rows
            .as_array()
            .expect("array")
            .iter()
            .filter_map(|r| {
                Some((
                    r["params"].as_u64()?,
                    r["score"].as_f64()?,
                    r["in_list"].as_bool()?,
                ))
            })
            .collect();
        pts.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        let mut best = f64::NEG_INFINITY;
        let mut want = Vec::new();
        for &(_, s, in_list) in &pts {
            if in_list && s > best {
                best = s;
                want.push(format!("{s:.4}"));
            }
        }
        assert!(want.len() >= 3, "{suite}: {want:?}");
        let text = common::stdout(&["plot", "--y", &format!("score:{suite}")]);
        let got: Vec<String> = text
            .lines()
            .filter(|l| l.starts_with("  "))
            .map(|l| {
                let score: f64 = l
                    .split_whitespace()
                    .nth(1)
                    .expect("score")
                    .parse()
                    .expect("f64");
                format!("{score:.4}")
            })
            .collect();
        assert_eq!(got, want, "{suite}");
        assert!(text.contains("not comparable"));

        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("scores.svg");
        jllm()
            .args(["plot", "--y", &format!("score:{suite}"), "--out"])
            .arg(&path)
            .assert()
            .code(0);
        let svg = std::fs::read_to_string(&path).expect("svg");
        let doc = roxmltree::Document::parse(&svg).expect("valid XML");
        let circles = doc
            .descendants()
            .filter(|n| n.has_tag_name("circle"))
            .count();
        // Every point, the frontier's marks again, and a legend mark for
        // the list's checkpoints and (when there are any) reference models.
        let legend = if pts.iter().any(|p| !p.2) { 2 } else { 1 };
        assert_eq!(circles, pts.len() + want.len() + legend, "{suite}");
        assert!(svg.contains("Pareto frontier"));
    }
    jllm()
        .args(["plot", "--y", "score:nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("valid suites"));
}

#[test]
fn a_benchmark_without_results_is_nothing_found_and_a_typo_an_error() {
    jllm()
        .args(["results", "--benchmark", "jmteb"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no evaluation results for benchmark 'jmteb'",
        ));
    jllm()
        .args(["results", "--benchmark", "pfgen-bench-typo"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown benchmark"));
}

/// The committed results of one source (catalog/results/NAME.toml).
fn committed(name: &str) -> Vec<toml::Value> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("catalog/results/{name}.toml"));
    let text = std::fs::read_to_string(&path).expect("committed results");
    let table: toml::Value = toml::from_str(&text).expect("TOML");
    table["result"].as_array().expect("[[result]]").clone()
}

/// Each repo's best score on `suite` and whether the list has it, from
/// the committed file.
fn board(rows: &[toml::Value], suite: &str) -> BTreeMap<String, (f64, bool)> {
    let mut best: BTreeMap<String, (f64, bool)> = BTreeMap::new();
    for r in rows.iter().filter(|r| r["suite"].as_str() == Some(suite)) {
        let hf = r["hf"].as_str().expect("hf").to_ascii_lowercase();
        let score = r["score"].as_float().expect("score");
        let in_list = r["in_list"].as_bool().expect("in_list");
        let e = best.entry(hf).or_insert((score, in_list));
        e.0 = e.0.max(score);
    }
    best
}

#[test]
fn a_ranking_says_what_it_hides_and_what_its_ranks_rank() {
    let rows = committed("swallow");
    let board = board(&rows, "swallow-ja-post");
    let hidden = board.values().filter(|(_, in_list)| !in_list).count();
    let in_list = board.len() - hidden;
    assert!(
        hidden > 0 && in_list > 0,
        "{hidden} hidden, {in_list} in the list"
    );
    // The leaderboard's rank of a repo: one more than the repos scoring
    // higher, or as high and before it by repo id (ties keep one order).
    let rank_of = |hf: &str, score: f64| {
        let hf = hf.to_ascii_lowercase();
        1 + board
            .iter()
            .filter(|(h, (s, _))| *s > score || (*s == score && **h < hf))
            .count()
    };

    let out = jllm()
        .args(["results", "--suite", "swallow-ja-post"])
        .output()
        .expect("run jllm");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!(
            "{hidden} models on this leaderboard are not in the list; --include-reference shows them."
        )),
        "{text}"
    );
    assert!(text.contains("Ranks are among the rows shown"), "{text}");

    let shown = json(&["results", "--suite", "swallow-ja-post", "--json"]);
    let shown = shown.as_array().expect("rows");
    assert_eq!(shown.len(), in_list);
    for (i, r) in shown.iter().enumerate() {
        assert_eq!(r["rank"], i + 1);
        let score = r["score"].as_f64().expect("score");
        let hf = r["hf"].as_str().expect("hf");
        assert_eq!(r["leaderboard_rank"], rank_of(hf, score), "{hf}");
    }
    // The list's best checkpoint is not the leaderboard's best.
    assert!(shown[0]["leaderboard_rank"].as_u64() > Some(1));

    let all = json(&[
        "results",
        "--suite",
        "swallow-ja-post",
        "--include-reference",
        "--json",
    ]);
    let all = all.as_array().expect("rows");
    assert_eq!(all.len(), board.len());
    for r in all {
        assert_eq!(r["rank"], r["leaderboard_rank"]);
        let score = r["score"].as_f64().expect("score");
        let hf = r["hf"].as_str().expect("hf");
        assert_eq!(r["rank"], rank_of(hf, score), "{hf}");
    }
    let text = String::from_utf8_lossy(
        &jllm()
            .args([
                "results",
                "--suite",
                "swallow-ja-post",
                "--include-reference",
            ])
            .output()
            .expect("run jllm")
            .stdout,
    )
    .into_owned();
    assert!(text.contains("Ranks are the leaderboard's own"), "{text}");
}

#[test]
fn an_empty_results_answer_says_why() {
    // Swallow 70B's checkpoints (catalog/models/text-generation.toml) have
    // pfgen results and no Swallow leaderboard row.
    let repos: HashSet<String> = [
        "tokyotech-llm/swallow-70b-hf",
        "tokyotech-llm/swallow-70b-instruct-hf",
        "tokyotech-llm/swallow-70b-instruct-v0.1",
        "tokyotech-llm/swallow-70b-nve-hf",
        "tokyotech-llm/swallow-70b-nve-instruct-hf",
    ]
    .into_iter()
    .map(str::to_string)
    .collect();
    let suites_of = |name: &str| -> Vec<String> {
        let mut v: Vec<String> = committed(name)
            .iter()
            .filter(|r| repos.contains(&r["hf"].as_str().expect("hf").to_ascii_lowercase()))
            .map(|r| r["suite"].as_str().expect("suite").to_string())
            .collect();
        v.sort();
        v.dedup();
        v
    };
    assert!(suites_of("swallow").is_empty());
    let pfgen = suites_of("pfgen");
    assert_eq!(pfgen, ["pfgen"]);
    let out = jllm()
        .args(["results", "swallow-70b", "--suite", "swallow-ja-post"])
        .output()
        .expect("run jllm");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "jllm: no result for swallow-70b in suite swallow-ja-post; its results are in: {}\n",
            pfgen.join(", ")
        )
    );
    // A ranking the filters empty names the filter.
    let out = jllm()
        .args(["results", "--suite", "pfgen", "--since", "2100"])
        .output()
        .expect("run jllm");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no family is from 2100 or later"));
}

#[test]
fn results_take_the_model_filters_of_list() {
    // `list` with the same filters says which checkpoints pass; the ranking
    // keeps exactly those that have a score on the suite.
    let passing: HashSet<String> = json(&[
        "list",
        "--variants",
        "--license",
        "apache",
        "--min-params",
        "7b",
        "--json",
        "hf",
    ])
    .as_array()
    .expect("rows")
    .iter()
    .filter_map(|r| Some(r["hf"].as_str()?.to_ascii_lowercase()))
    .collect();
    let board = board(&committed("swallow"), "swallow-ja-post");
    let mut want: Vec<&String> = board
        .iter()
        .filter(|(hf, (_, in_list))| *in_list && passing.contains(*hf))
        .map(|(hf, _)| hf)
        .collect();
    want.sort();
    assert!(!want.is_empty());
    let rows = json(&[
        "results",
        "--suite",
        "swallow-ja-post",
        "--license",
        "apache",
        "--min-params",
        "7b",
        "--json",
    ]);
    let mut got: Vec<String> = rows
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["hf"].as_str().expect("hf").to_ascii_lowercase())
        .collect();
    got.sort();
    assert_eq!(got, want.into_iter().cloned().collect::<Vec<_>>());
    let out = jllm()
        .args([
            "results",
            "--suite",
            "swallow-ja-post",
            "--license",
            "apache",
        ])
        .output()
        .expect("run jllm");
    assert!(out.status.success());
    let filtered_out = board.values().filter(|(_, l)| *l).count()
        - json(&[
            "results",
            "--suite",
            "swallow-ja-post",
            "--license",
            "apache",
            "--json",
        ])
        .as_array()
        .expect("rows")
        .len();
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!(
        "{filtered_out} checkpoints of the list with a score on this suite do not pass the filters."
    )));
}
