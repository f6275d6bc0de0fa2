//! Evaluation results imported and validated: `catalog import-results` on
//! small evaluation directories in the sources' formats (bad rows reported,
//! bad files refused, near misses reported, aliases joining respelled ids),
//! per-checkpoint sorting in `list --variants`, and `catalog validate` on
//! the results of a catalog directory, whole and broken.

mod common;

use common::{jllm, json};
use predicates::prelude::*;

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
