//! Evaluation results joined to checkpoints, checked against the raw
//! leaderboard files (Swallow's model.yml, pfgen-bench's README table, read
//! here with their own small readers, not jllm's) and against the committed
//! catalog/results files. Tests that read ../shared/evals are ignored
//! unless JLLM_EVALS_DIR names it (CI runs them with --include-ignored).

mod common;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use common::{jllm, json};
use predicates::prelude::*;
use serde_json::Value;

fn evals() -> PathBuf {
    PathBuf::from(std::env::var_os("JLLM_EVALS_DIR").expect("JLLM_EVALS_DIR names ../shared/evals"))
}

/// Every catalog checkpoint's repo id (lower-cased) with its JSON results.
fn checkpoints() -> HashMap<String, Vec<Value>> {
    let rows = json(&["list", "--variants", "--json", "hf,results"]);
    rows.as_array()
        .expect("array")
        .iter()
        .filter_map(|r| {
            let hf = r["hf"].as_str()?.to_ascii_lowercase();
            Some((hf, r["results"].as_array().expect("results").clone()))
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
#[ignore = "needs the evals: set JLLM_EVALS_DIR"]
fn swallow_scores_join_the_checkpoints_as_model_yml_states_them() {
    let text =
        std::fs::read_to_string(evals().join("swallow-leaderboard/model.yml")).expect("model.yml");
    let models: serde_norway::Value = serde_norway::from_str(&text).expect("YAML");
    let models = models.as_sequence().expect("a list of models");
    assert!(models.len() >= 100, "{} models", models.len());
    let cat = checkpoints();
    let mut joined = HashSet::new();
    let mut compared = 0;
    for m in models {
        let repo = m["model_id"]
            .as_str()
            .expect("model_id")
            .to_ascii_lowercase();
        let Some(results) = cat.get(&repo) else {
            continue;
        };
        joined.insert(repo.clone());
        for (suite, tasks) in m["results"].as_mapping().expect("results") {
            let suite = format!("swallow-{}", suite.as_str().expect("key").replace('_', "-"));
            for (task, score) in tasks.as_mapping().expect("tasks") {
                let task = task.as_str().expect("task");
                let want = score.as_f64().expect("number");
                let got: Vec<f64> = results
                    .iter()
                    .filter(|r| r["suite"] == suite.as_str() && r["task"] == task)
                    .map(|r| r["score"].as_f64().expect("score"))
                    .collect();
                assert_eq!(got.len(), 1, "{repo} {suite} {task}: {got:?}");
                assert!(
                    close(got[0], want),
                    "{repo} {suite} {task}: {} != {want}",
                    got[0]
                );
                compared += 1;
            }
        }
    }
    // The issue measured about 37 checkpoints with Swallow results.
    assert!((30..=60).contains(&joined.len()), "{} joined", joined.len());
    assert!(compared > joined.len() * 10, "{compared} scores compared");
    // A handful by name, with the file's values read above.
    for repo in [
        "tokyotech-llm/llama-3.1-swallow-8b-instruct-v0.5",
        "sbintuitions/sarashina2-7b",
    ] {
        assert!(joined.contains(repo), "{repo} has Swallow results");
    }
}

/// A row of pfgen-bench's leaderboard, read from the README line itself.
struct PfgenRow {
    repo: String,
    hash: String,
    mode: &'static str,
    score: f64,
    std: f64,
    trials: u64,
}

fn pfgen_rows() -> Vec<PfgenRow> {
    let text = std::fs::read_to_string(evals().join("pfgen-bench/README.md")).expect("README");
    let mut rows = Vec::new();
    for line in text.lines().filter(|l| l.starts_with("| <code>")) {
        let cells: Vec<String> = line
            .split('|')
            .map(|c| {
                c.replace("<code>", "")
                    .replace("</code>", "")
                    .trim()
                    .to_string()
            })
            .collect();
        // cells[0] is before the first '|'.
        let Some(path) = cells[3].split("](result/").nth(1) else {
            continue; // header or system rows
        };
        let parts: Vec<&str> = path.split('/').collect();
        let (score, rest) = cells[2].split_once(" (±").expect("score (±std/√n)");
        let (std, n) = rest.trim_end_matches(')').split_once("/√").expect("std/√n");
        rows.push(PfgenRow {
            repo: format!("{}/{}", parts[0], parts[1]),
            hash: parts[2].to_string(),
            mode: if cells[3].starts_with("[🟢") {
                "completion"
            } else {
                "qa/chat"
            },
            score: score.parse().expect("score"),
            std: std.parse().expect("std"),
            trials: n.parse().expect("n"),
        });
    }
    rows
}

#[test]
#[ignore = "needs the evals: set JLLM_EVALS_DIR"]
fn pfgen_scores_join_the_checkpoints_as_the_readme_states_them() {
    let rows = pfgen_rows();
    assert!(rows.len() >= 500, "{} rows", rows.len());
    let cat = checkpoints();
    let mut joined = HashSet::new();
    for row in &rows {
        let Some(results) = cat.get(&row.repo.to_ascii_lowercase()) else {
            continue;
        };
        joined.insert(row.repo.to_ascii_lowercase());
        let got: Vec<&Value> = results
            .iter()
            .filter(|r| {
                r["suite"] == "pfgen" && r["task"] == "avg" && r["version"] == row.hash.as_str()
            })
            .collect();
        assert_eq!(got.len(), 1, "{} {}", row.repo, row.hash);
        let r = got[0];
        assert!(
            close(r["score"].as_f64().expect("score"), row.score),
            "{}",
            row.repo
        );
        assert!(
            close(r["std"].as_f64().expect("std"), row.std),
            "{}",
            row.repo
        );
        assert_eq!(r["trials"].as_u64(), Some(row.trials), "{}", row.repo);
        assert_eq!(r["mode"], row.mode, "{}", row.repo);
        assert_eq!(r["benchmark"], "preferred-generation-benchmark-pfgen-bench");
    }
    // The issue measured about 177 checkpoints with pfgen results.
    assert!(
        (150..=260).contains(&joined.len()),
        "{} joined",
        joined.len()
    );
    // Every pfgen result of a checkpoint is a row of the README.
    let from_file: usize = rows
        .iter()
        .filter(|r| cat.contains_key(&r.repo.to_ascii_lowercase()))
        .count();
    let from_jllm: usize = cat
        .values()
        .flatten()
        .filter(|r| r["suite"] == "pfgen" && r["task"] == "avg")
        .count();
    assert_eq!(from_file, from_jllm);
}

/// Every model of the sources is in a ranking: as a catalog checkpoint or
/// as a reference row marked "not in the list", never both.
#[test]
#[ignore = "needs the evals: set JLLM_EVALS_DIR"]
fn every_source_model_is_a_checkpoint_or_a_marked_reference_row() {
    let cat = checkpoints();
    let ranked = json(&[
        "results",
        "--suite",
        "pfgen",
        "--include-reference",
        "--json",
    ]);
    let ranked: BTreeMap<String, bool> = ranked
        .as_array()
        .expect("array")
        .iter()
        .map(|r| {
            (
                r["hf"].as_str().expect("hf").to_ascii_lowercase(),
                r["in_list"].as_bool().expect("in_list"),
            )
        })
        .collect();
    let repos: HashSet<String> = pfgen_rows()
        .iter()
        .map(|r| r.repo.to_ascii_lowercase())
        .collect();
    assert_eq!(ranked.len(), repos.len());
    for repo in &repos {
        assert_eq!(ranked.get(repo), Some(&cat.contains_key(repo)), "{repo}");
    }
}

#[test]
#[ignore = "needs the evals: set JLLM_EVALS_DIR"]
fn committed_results_match_the_sources() {
    jllm()
        .args(["catalog", "import-results"])
        .arg(evals())
        .arg("--check")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/catalog/results"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("results are up to date"));
}

#[test]
#[ignore = "needs the evals: set JLLM_EVALS_DIR"]
fn drift_is_reported_and_out_writes_what_check_compares() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("results");
    jllm()
        .args(["catalog", "import-results"])
        .arg(evals())
        .arg("--out")
        .arg(&out)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("README.md:82:"));
    for name in ["swallow.toml", "pfgen.toml"] {
        let committed = concat!(env!("CARGO_MANIFEST_DIR"), "/catalog/results/");
        assert_eq!(
            std::fs::read_to_string(out.join(name)).expect("written"),
            std::fs::read_to_string(format!("{committed}{name}")).expect("committed"),
            "{name}"
        );
    }
    let p = out.join("pfgen.toml");
    let body = std::fs::read_to_string(&p).expect("read");
    std::fs::write(&p, body.replacen("score = 0.9581", "score = 0.9", 1)).expect("write");
    jllm()
        .args(["catalog", "import-results"])
        .arg(evals())
        .arg("--check")
        .arg(&out)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "changed  result anthropic/claude-opus-4-20250514 pfgen qa/chat 2dafa10",
        ));
}

// Tests on the embedded results: nothing outside the repository needed.

/// The committed files' marks agree with the catalog: `in_list = true`
/// exactly for repo ids that are catalog checkpoints.
#[test]
fn every_result_is_a_checkpoint_or_a_marked_reference_row() {
    let cat = checkpoints();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/catalog/results");
    let mut n = 0;
    for name in ["swallow.toml", "pfgen.toml"] {
        let text = std::fs::read_to_string(format!("{dir}/{name}")).expect("read");
        let file: toml::Table = toml::from_str(&text).expect("TOML");
        for r in file["result"].as_array().expect("results") {
            let hf = r["hf"].as_str().expect("hf").to_ascii_lowercase();
            let in_list = r["in_list"].as_bool().expect("in_list");
            assert_eq!(in_list, cat.contains_key(&hf), "{name}: {hf}");
            if in_list {
                let suite = r["suite"].as_str().expect("suite");
                assert!(
                    cat[&hf].iter().any(|x| x["suite"] == suite),
                    "{hf} {suite} is in the checkpoint's JSON"
                );
            }
            n += 1;
        }
    }
    assert!(n > 800, "{n} results");
}

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

/// A small evaluation directory in the sources' formats.
fn tiny_evals(dir: &std::path::Path, model_yml: &str, pfgen_rows: &str) {
    let sw = dir.join("swallow-leaderboard");
    let pf = dir.join("pfgen-bench");
    std::fs::create_dir_all(&sw).expect("mkdir");
    std::fs::create_dir_all(&pf).expect("mkdir");
    std::fs::write(sw.join("model.yml"), model_yml).expect("write");
    std::fs::write(
        sw.join("COMMIT"),
        "ed3805c3926e7d9ccf62d3893fbf1d06d6a7fee2 Wed Jun 24 15:19:02 2026 +0900\n",
    )
    .expect("write");
    std::fs::write(
        pf.join("README.md"),
        format!(
            "# pfgen\n\n## Leaderboard\n\n| <code>Rank</code> | <code>Score</code> | <code>Model</code> | <code>Length</code> | <code>Fluency</code> | <code>Truthfulness</code> | <code>Helpfulness</code> |\n|-----|-----|-----|-----|-----|-----|-----|\n{pfgen_rows}"
        ),
    )
    .expect("write");
    std::fs::write(
        pf.join("COMMIT"),
        "03db7c4310c651171627ab327a4830d75d6bb1d0 2025-07-09\n",
    )
    .expect("write");
}

#[test]
fn import_results_reports_bad_rows_and_refuses_bad_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let evals = dir.path().join("evals");
    let out = dir.path().join("out");
    // One good Swallow model (a catalog checkpoint) and one score that is
    // not a number; one good pfgen row, one unreadable, one system row.
    tiny_evals(
        &evals,
        "- id: sbintuitions/sarashina2-7b\n  model_id: sbintuitions/sarashina2-7b\n  params: 7.3\n  results:\n    ja_pre:\n      avg: 0.395\n      JComQA: high\n",
        "| <code>1</code> | <code>0.5000 (±0.0100/√10)</code> | <code>[🟢 sbintuitions/sarashina2-7b](result/sbintuitions/sarashina2-7b/abc1234/README.md)</code> | <code>100.0 (±1.0)</code> | <code>0.5</code> | <code>0.6</code> | <code>0.4</code> |\n| <code>2</code> | <code>n/a</code> | <code>[🟢 x/y](result/x/y/def5678/README.md)</code> | <code>1</code> | <code>1</code> | <code>1</code> | <code>1</code> |\n| <code>N/A</code> | <code>1.0 (±0.0/√1)</code> | <code>[👑 system/ground-truth](data/README.md)</code> | <code>1</code> | <code>1</code> | <code>1</code> | <code>1</code> |\n",
    );
    jllm()
        .args(["catalog", "import-results"])
        .arg(&evals)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "model.yml:1: sbintuitions/sarashina2-7b: ja_pre.JComQA is not a number",
        ))
        .stderr(predicate::str::contains(
            "README.md:8: x/y: cannot read the score 'n/a': skipped",
        ))
        .stderr(predicate::str::contains(
            "README.md:9: '👑 system/ground-truth' is not a model result",
        ));
    let pfgen = std::fs::read_to_string(out.join("pfgen.toml")).expect("written");
    assert!(pfgen.contains("score = 0.5\n") && pfgen.contains("in_list = true"));
    let swallow = std::fs::read_to_string(out.join("swallow.toml")).expect("written");
    assert!(swallow.contains("score = 0.395") && swallow.contains("params = 7300000000"));

    // Broken YAML: file:line, exit 2, nothing written.
    let out2 = dir.path().join("out2");
    tiny_evals(&evals, "- id: a\n  results: [unclosed\n", "");
    jllm()
        .args(["catalog", "import-results"])
        .arg(&evals)
        .arg("--out")
        .arg(&out2)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("model.yml:"));
    assert!(!out2.exists());
    // Not an evaluation directory.
    jllm()
        .args(["catalog", "import-results"])
        .arg(dir.path().join("nowhere"))
        .arg("--check")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("swallow-leaderboard/"));
}

#[test]
fn list_variants_sort_each_checkpoint_by_its_own_score() {
    let rows = json(&[
        "list",
        "--variants",
        "--sort",
        "score:pfgen",
        "--json",
        "hf,results",
    ]);
    let best: Vec<Option<f64>> = rows
        .as_array()
        .expect("array")
        .iter()
        .map(|r| {
            r["results"]
                .as_array()
                .expect("results")
                .iter()
                .filter(|x| x["suite"] == "pfgen" && x["task"] == "avg")
                .filter_map(|x| x["score"].as_f64())
                .reduce(f64::max)
        })
        .collect();
    let scored = best.iter().take_while(|s| s.is_some()).count();
    assert_eq!(
        scored,
        best.iter().filter(|s| s.is_some()).count(),
        "unscored last"
    );
    assert!(scored >= 150, "{scored}");
    let scores: Vec<f64> = best.iter().flatten().copied().collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]));
}

/// `[[result]]` tables in the committed results files: what `catalog
/// validate` must have read (counted from the files, not from jllm).
fn committed_result_count() -> usize {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog/results");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("catalog/results") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).expect("read");
            n += text.lines().filter(|l| l.trim() == "[[result]]").count();
        }
    }
    n
}

#[test]
fn validate_checks_the_results_of_a_catalog_directory() {
    let n = committed_result_count();
    assert!(n > 500, "{n} results committed");
    let root = env!("CARGO_MANIFEST_DIR");
    // Results, suites and aliases: every .toml file of the directory.
    let files = std::fs::read_dir(std::path::Path::new(root).join("catalog/results"))
        .expect("catalog/results")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "toml"))
        })
        .count();
    assert!(files >= 4, "{files} files");
    jllm()
        .current_dir(root)
        .args(["catalog", "validate", "catalog"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "; {n} evaluation results in {files} files"
        )));
    // One results file alone is checked over the built-in suites.
    jllm()
        .current_dir(root)
        .args(["catalog", "validate", "catalog/results/swallow.toml"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ok: ").and(predicate::str::contains("in 1 file\n")));
}

#[test]
fn validate_reports_every_problem_of_broken_results() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("results");
    std::fs::create_dir(&dir).expect("mkdir");
    for name in ["suites.toml", "pfgen.toml", "swallow.toml"] {
        std::fs::copy(root.join("catalog/results").join(name), dir.join(name)).expect("copy");
    }
    let pfgen = std::fs::read_to_string(dir.join("pfgen.toml")).expect("read");
    let broken = pfgen
        .replacen("suite = \"pfgen\"", "suite = \"pfgen-typo\"", 1)
        .replacen(
            "benchmark = \"preferred-generation-benchmark-pfgen-bench\"",
            "benchmark = \"no-such-benchmark\"",
            1,
        );
    assert_ne!(broken, pfgen);
    std::fs::write(dir.join("pfgen.toml"), broken).expect("write");
    std::fs::write(dir.join("bad.toml"), "[[result]]\nhf = 3\n").expect("write");
    std::fs::write(
        dir.join("aliases.toml"),
        "[[alias]]\nsource = \"swallow\"\nid = \"x/y\"\nhf = \"x/z\"\nreason = \"a test\"\n",
    )
    .expect("write");
    let out = jllm()
        .args(["catalog", "validate"])
        .arg(&dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("unknown suite 'pfgen-typo'"), "{stdout}");
    assert!(
        stdout.contains("1 results name a benchmark the catalog does not have"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "alias 'x/y' of source 'swallow' names 'x/z', which is not a checkpoint of the catalog"
        ),
        "{stdout}"
    );
    assert!(stderr.contains("bad.toml:2:6: invalid type"), "{stderr}");
    assert!(stderr.contains("jllm: 5 problems"), "{stderr}");
}

/// A repo id as the join's near-miss check compares it, written here from
/// its definition (lower case, `_` as `-`, no `-` between a letter and a
/// digit), not taken from jllm.
fn loose(id: &str) -> String {
    let c: Vec<char> = id
        .to_lowercase()
        .chars()
        .map(|c| if c == '_' { '-' } else { c })
        .collect();
    let mut out = String::new();
    for i in 0..c.len() {
        if c[i] == '-' && i > 0 && i + 1 < c.len() {
            let (a, b) = (c[i - 1], c[i + 1]);
            if (a.is_ascii_alphabetic() && b.is_ascii_digit())
                || (a.is_ascii_digit() && b.is_ascii_alphabetic())
            {
                continue;
            }
        }
        out.push(c[i]);
    }
    out
}

/// Every model of Swallow's model.yml whose id equals a catalog
/// checkpoint's after normalizing is joined to that checkpoint, with every
/// score the file states: the Qwen3 Swallow checkpoints the file spells
/// `Qwen-3-Swallow-…` among them.
#[test]
#[ignore = "needs the evals: set JLLM_EVALS_DIR"]
fn every_swallow_row_whose_id_normalizes_to_a_checkpoint_is_joined() {
    let text =
        std::fs::read_to_string(evals().join("swallow-leaderboard/model.yml")).expect("model.yml");
    let models: serde_norway::Value = serde_norway::from_str(&text).expect("YAML");
    let cat = checkpoints();
    let by_loose: HashMap<String, &String> = cat.keys().map(|k| (loose(k), k)).collect();
    let (mut joined, mut respelled) = (0, Vec::new());
    for m in models.as_sequence().expect("a list of models") {
        let id = m["model_id"].as_str().expect("model_id");
        let Some(&hf) = by_loose.get(&loose(id)) else {
            continue;
        };
        joined += 1;
        if *hf != id.to_ascii_lowercase() {
            respelled.push(id.to_string());
        }
        let results = &cat[hf];
        for (suite, tasks) in m["results"].as_mapping().expect("results") {
            let suite = format!("swallow-{}", suite.as_str().expect("key").replace('_', "-"));
            for (task, score) in tasks.as_mapping().expect("tasks") {
                let want = score.as_f64().expect("number");
                let got: Vec<f64> = results
                    .iter()
                    .filter(|r| {
                        r["suite"] == suite.as_str() && r["task"] == task.as_str().expect("task")
                    })
                    .filter_map(|r| r["score"].as_f64())
                    .collect();
                assert!(
                    got.len() == 1 && close(got[0], want),
                    "{id} → {hf} {suite} {task:?}: {got:?}, the file says {want}"
                );
            }
        }
    }
    // The nine Qwen3 Swallow checkpoints (8B, 32B, 30B-A3B × CPT, SFT, RL),
    // counted from the file.
    let qwen3: Vec<&String> = respelled
        .iter()
        .filter(|id| id.starts_with("tokyotech-llm/Qwen-3-Swallow-"))
        .collect();
    assert_eq!(qwen3.len(), 9, "{respelled:?}");
    assert!(joined >= 45, "{joined} models joined");
}

/// The Japanese post-trained ranking has every joined checkpoint in the
/// place its average in model.yml gives it: Qwen3-Swallow-32B-RL (0.555)
/// and 30B-A3B-RL (0.546) above ABEJA-QwQ32b (0.526).
#[test]
#[ignore = "needs the evals: set JLLM_EVALS_DIR"]
fn ja_post_ranking_places_the_respelled_checkpoints_by_their_scores() {
    let text =
        std::fs::read_to_string(evals().join("swallow-leaderboard/model.yml")).expect("model.yml");
    let models: serde_norway::Value = serde_norway::from_str(&text).expect("YAML");
    let cat = checkpoints();
    let listed: HashSet<String> = cat.keys().map(|k| loose(k)).collect();
    // (loose id, ja_post average) of every listed model, from the file.
    let mut want: Vec<(String, f64)> = models
        .as_sequence()
        .expect("models")
        .iter()
        .filter_map(|m| {
            let id = loose(m["model_id"].as_str()?);
            let avg = m["results"]["ja_post"]["avg"].as_f64()?;
            listed.contains(&id).then_some((id, avg))
        })
        .collect();
    want.sort_by(|a, b| b.1.total_cmp(&a.1));
    let ranked = json(&["results", "--suite", "swallow-ja-post", "--json"]);
    let ranked = ranked.as_array().expect("array");
    assert_eq!(ranked.len(), want.len());
    let scores: Vec<f64> = ranked.iter().filter_map(|r| r["score"].as_f64()).collect();
    let wanted: Vec<f64> = want.iter().map(|w| w.1).collect();
    assert_eq!(scores, wanted);
    for (file_id, hf) in [
        (
            "tokyotech-llm/Qwen-3-Swallow-32B-RL-v0.2",
            "tokyotech-llm/Qwen3-Swallow-32B-RL-v0.2",
        ),
        (
            "tokyotech-llm/Qwen-3-Swallow-30B-A3B-RL-v0.2",
            "tokyotech-llm/Qwen3-Swallow-30B-A3B-RL-v0.2",
        ),
    ] {
        let avg = want
            .iter()
            .find(|w| w.0 == loose(file_id))
            .map(|w| w.1)
            .expect("in the file");
        let row = ranked
            .iter()
            .find(|r| r["hf"] == hf)
            .unwrap_or_else(|| panic!("{hf} is ranked"));
        let above = want.iter().filter(|w| w.1 > avg).count() as u64;
        assert_eq!(row["score"].as_f64(), Some(avg), "{hf}");
        assert_eq!(row["rank"].as_u64(), Some(above + 1), "{hf}");
        let abeja = ranked
            .iter()
            .find(|r| r["hf"] == "abeja/ABEJA-QwQ32b-Reasoning-Japanese-v1.0")
            .expect("ABEJA-QwQ32b is ranked");
        assert!(abeja["rank"].as_u64() > row["rank"].as_u64());
    }
}

/// A leaderboard id that equals a checkpoint's only after normalizing is
/// reported and kept as a reference row; the built-in alias table joins
/// the respelled Qwen3 Swallow id, and an alias no row uses is reported.
#[test]
fn a_near_miss_is_reported_and_an_alias_joins_the_respelled_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    let evals = dir.path().join("evals");
    tiny_evals(
        &evals,
        "- id: tokyotech-llm/Qwen-3-Swallow-8B-RL-v0.2\n  model_id: tokyotech-llm/Qwen-3-Swallow-8B-RL-v0.2\n  params: 8\n  results:\n    ja_post:\n      avg: 0.51\n- id: sbintuitions/Sarashina2_7B\n  model_id: sbintuitions/Sarashina2_7B\n  results:\n    ja_pre:\n      avg: 0.4\n",
        "",
    );
    let import_results = |out: &std::path::Path| {
        jllm()
            .args(["catalog", "import-results"])
            .arg(&evals)
            .arg("--out")
            .arg(out)
            .assert()
    };
    // No aliases.toml in the target: the built-in aliases.
    let out = dir.path().join("builtin");
    import_results(&out)
        .code(0)
        .stderr(predicate::str::contains(
            "model.yml:7: sbintuitions/Sarashina2_7B: not a checkpoint of the catalog, but sbintuitions/sarashina2-7b is",
        ))
        .stderr(predicate::str::contains(
            "the alias tokyotech-llm/Qwen-3-Swallow-32B-RL-v0.2 → tokyotech-llm/Qwen3-Swallow-32B-RL-v0.2 (catalog/results/aliases.toml) matches no row",
        ))
        .stderr(predicate::str::contains("Qwen-3-Swallow-8B-RL-v0.2:").not());
    let swallow = std::fs::read_to_string(out.join("swallow.toml")).expect("written");
    assert!(
        swallow.contains(
            "alias = \"tokyotech-llm/Qwen-3-Swallow-8B-RL-v0.2\"\nbenchmark = \"swallow-llm-leaderboard-v2\"\ndate = \"2026-06-24\"\nhf = \"tokyotech-llm/Qwen3-Swallow-8B-RL-v0.2\"\nin_list = true\n"
        ),
        "{swallow}"
    );
    assert!(swallow.contains("hf = \"sbintuitions/Sarashina2_7B\"\nin_list = false\n"));
    // The target's own aliases.toml, without that alias: reported, not joined.
    let out = dir.path().join("own");
    std::fs::create_dir_all(&out).expect("mkdir");
    std::fs::write(
        out.join("aliases.toml"),
        "[[alias]]\nsource = \"swallow\"\nid = \"sbintuitions/Sarashina2_7B\"\nhf = \"x/not-in-the-list\"\nreason = \"a test\"\n",
    )
    .expect("write");
    import_results(&out)
        .code(0)
        .stderr(predicate::str::contains(
            "model.yml:1: tokyotech-llm/Qwen-3-Swallow-8B-RL-v0.2: not a checkpoint of the catalog, but tokyotech-llm/Qwen3-Swallow-8B-RL-v0.2 is",
        ))
        .stderr(predicate::str::contains(
            "model.yml:7: sbintuitions/Sarashina2_7B: its alias names x/not-in-the-list, which is not a checkpoint of the catalog",
        ));
    let swallow = std::fs::read_to_string(out.join("swallow.toml")).expect("written");
    assert!(swallow.contains("hf = \"tokyotech-llm/Qwen-3-Swallow-8B-RL-v0.2\"\nin_list = false\n"));
    // An alias without a reason is refused, nothing written.
    std::fs::write(
        out.join("aliases.toml"),
        "[[alias]]\nsource = \"swallow\"\nid = \"a/b\"\nhf = \"a/c\"\nreason = \"\"\n",
    )
    .expect("write");
    import_results(&out)
        .code(2)
        .stderr(predicate::str::contains(
            "alias 'a/b' of source 'swallow': no reason given",
        ));
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
