//! `jllm recommend` and `jllm plan` on the built-in catalog through the
//! real binary. What a row must be is checked against the other commands
//! that own each part — `list` for the checkpoints and licenses, `fit` for
//! the memory, `results` for the scores — and against sums worked out by
//! hand from the list's rows (README.md line numbers cited).

mod common;

use std::collections::HashSet;

use common::{exits, json};
use serde_json::Value;

/// The checkpoints `jllm list --variants ARGS` names, one per repo id
/// (lowercased, as recommend counts them).
fn repos(args: &[&str]) -> HashSet<String> {
    let mut all = vec!["list", "--variants", "--format", "ids"];
    all.extend_from_slice(args);
    exits(0, &all)
        .0
        .lines()
        .map(str::to_ascii_lowercase)
        .collect()
}

/// `--vram 24GB --commercial --task chat`: every row commercially usable,
/// on the GPU, ranked by swallow-ja-post alone (scored rows first, best
/// first, each score the checkpoint's best on that suite in `results`),
/// the reason naming the suite.
#[test]
fn chat_on_24gb_commercial() {
    let rows = json(&[
        "recommend",
        "--vram",
        "24GB",
        "--commercial",
        "--task",
        "chat",
        "-n",
        "1000",
        "--json",
    ]);
    let rows = rows.as_array().expect("array");
    assert!(rows.len() > 20, "{}", rows.len());
    let commercial = repos(&["--commercial"]);
    let mut last: Option<Option<f64>> = None;
    for (i, r) in rows.iter().enumerate() {
        let hf = r["hf"].as_str().expect("repo id");
        assert_eq!(r["rank"], i + 1);
        assert_eq!(r["commercial"], "yes", "{hf}");
        assert!(commercial.contains(&hf.to_ascii_lowercase()), "{hf}");
        assert_eq!(r["verdict"], "gpu", "{hf}");
        assert!(r["total_bytes"].as_u64().expect("bytes") <= (24u64 << 30) * 9 / 10);
        assert_eq!(r["suite"], "swallow-ja-post");
        let score = r["score"].as_f64();
        let reason = r["reason"].as_str().expect("reason");
        match score {
            Some(_) => assert!(reason.contains("swallow-ja-post"), "{reason}"),
            None => assert!(reason.starts_with("no swallow-ja-post score"), "{reason}"),
        }
        if let Some(prev) = last {
            match (prev, score) {
                (Some(p), Some(s)) => assert!(p >= s, "{hf}: {s} after {p}"),
                (None, Some(_)) => panic!("{hf}: scored after an unscored row"),
                _ => {}
            }
        }
        last = Some(score);
    }
    assert!(rows[0]["reason"].as_str().is_some_and(|r| r.starts_with(
        "best swallow-ja-post score among commercially usable checkpoints that fit 24.0 GiB"
    )));
    // The first row's score is its best swallow-ja-post average in results.
    let hf = rows[0]["hf"].as_str().expect("hf");
    let res = json(&["results", hf, "--suite", "swallow-ja-post", "--json"]);
    let best = res
        .as_array()
        .expect("results")
        .iter()
        .filter(|x| x["task"] == "avg")
        .filter_map(|x| x["score"].as_f64())
        .fold(f64::MIN, f64::max);
    assert_eq!(rows[0]["score"].as_f64(), Some(best));
    // The same memory as fit for the same checkpoint and quantization.
    let fit = json(&["fit", "--vram", "24GB", "--commercial", "--json"]);
    let f = fit
        .as_array()
        .and_then(|a| a.iter().find(|x| x["hf"] == hf))
        .expect("in fit");
    assert_eq!(
        (&f["quant"], &f["total_bytes"]),
        (&rows[0]["quant"], &rows[0]["total_bytes"])
    );
}

/// The footer accounts for every checkpoint of the catalog: those shown
/// and those left out, by reason, add up to all of them; the license count
/// is what `--commercial` removes from `list --variants`.
#[test]
fn excluded_counts_add_up_to_the_candidates() {
    let (text, _) = exits(
        0,
        &[
            "recommend",
            "--vram",
            "24GB",
            "--commercial",
            "--task",
            "chat",
            "-n",
            "5",
        ],
    );
    let line = text
        .lines()
        .find(|l| l.contains("checkpoints shown; left out: "))
        .unwrap_or_else(|| panic!("{text}"));
    let (head, tail) = line
        .split_once(" checkpoints shown; left out: ")
        .expect("footer");
    let (shown, total) = head.split_once(" of ").expect("N of M");
    let (shown, total): (usize, usize) = (shown.parse().expect("N"), total.parse().expect("M"));
    assert_eq!(shown, 5);
    let mut sum = 0;
    let mut license = None;
    for part in tail.trim_end_matches('.').split("; ") {
        let n: usize = part
            .split_whitespace()
            .next()
            .and_then(|w| w.parse().ok())
            .unwrap_or_else(|| panic!("{part}"));
        if part.contains("by license (--commercial, --license)") {
            license = Some(n);
        }
        sum += n;
    }
    assert_eq!(shown + sum, total, "{line}");
    let all = repos(&[]);
    assert_eq!(total, all.len());
    assert_eq!(license, Some(all.len() - repos(&["--commercial"]).len()));
    assert!(line.contains("beyond -n (-n N shows more)"), "{line}");
    assert!(
        line.contains("too large (--ram SIZE admits offloading"),
        "{line}"
    );
    assert!(
        text.contains("Ranked by swallow-ja-post (--task chat: "),
        "{text}"
    );
}

/// `--suite` and the tasks choose one suite; an unknown suite or task is
/// a usage error naming the valid ones.
#[test]
fn the_suite_is_the_tasks_or_the_one_asked() {
    for (args, suite) in [
        (vec!["--task", "base"], "swallow-ja-pre"),
        (vec!["--task", "generation"], "pfgen"),
        (vec!["--suite", "swallow-en-post"], "swallow-en-post"),
        (vec![], "swallow-ja-post"),
    ] {
        let mut all = vec!["recommend", "--vram", "24GB", "--json"];
        all.extend(args);
        let rows = json(&all);
        let rows = rows.as_array().expect("array");
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|r| r["suite"] == suite), "{suite}");
    }
    let (_, err) = exits(2, &["recommend", "--vram", "24GB", "--suite", "swallow"]);
    assert!(err.contains("swallow-ja-post"), "{err}");
    exits(2, &["recommend", "--vram", "24GB", "--task", "asr"]);
}

/// Nothing fits: exit 1, and stderr says why.
#[test]
fn an_empty_answer_explains_itself() {
    let (_, err) = exits(1, &["recommend", "--vram", "1GB", "--min-params", "70b"]);
    assert!(
        err.starts_with("jllm: no checkpoint fits 1.0 GiB: "),
        "{err}"
    );
    assert!(err.contains("--ram SIZE admits offloading"), "{err}");
    // As list explains it (the README's tour: `jllm list --since 2030`).
    let (_, err) = exits(1, &["recommend", "--vram", "24GB", "--since", "2030"]);
    assert!(
        err.starts_with("jllm: no family is from 2030 or later"),
        "{err}"
    );
}

/// In Japanese and French, the footer and reasons are translated.
#[test]
fn recommend_speaks_ja_and_fr() {
    for (lang, word) in [("ja", "で順位付け"), ("fr", "Classés par")] {
        let (text, _) = exits(
            0,
            &["--lang", lang, "recommend", "--vram", "24GB", "-n", "2"],
        );
        assert!(text.contains(word), "{lang}");
    }
}

/// The entry of `gpu` in a plan's JSON.
fn on_gpu(plan: &Value, gpu: &str) -> Value {
    plan["gpus"]
        .as_array()
        .and_then(|a| a.iter().find(|g| g["gpu"] == gpu))
        .cloned()
        .unwrap_or_else(|| panic!("{gpu}"))
}

// Swallow 70B instruct (README.md line 133: 70b, context 4096) at q4_k_m:
// 70e9 × 0.5625 + 70e9 × 4096 / 65536 + 1 GiB = 39.375e9 + 4.375e9 +
// 1,073,741,824 = 44,823,741,824 bytes: more than 90% of an RTX 4090's
// 24 GB (23,192,823,398), less than 90% of an A100 80GB's (77,309,411,328).
#[test]
fn plan_of_a_70b_checkpoint() {
    let hf = "tokyotech-llm/Swallow-70b-instruct-hf";
    let plan = json(&["plan", hf, "--json"]);
    assert_eq!(plan["hf"], hf);
    let q4 = plan["estimates"]
        .as_array()
        .and_then(|a| a.iter().find(|e| e["quant"] == "q4_k_m"))
        .expect("q4_k_m");
    assert_eq!(q4["total_bytes"], 44_823_741_824u64);
    // fit's estimate for the same checkpoint and quantization.
    let fit = json(&[
        "fit", "--vram", "24GB", "--quant", "q4_k_m", "--all", "--json",
    ]);
    let f = fit
        .as_array()
        .and_then(|a| a.iter().find(|x| x["hf"] == hf))
        .expect("in fit");
    assert_eq!(f["total_bytes"], q4["total_bytes"]);
    let gpu = |id: &str| on_gpu(&plan, id);
    // With --quant q4_k_m, the RTX 4090 is too small and the A100 80GB fits.
    let at_q4 = json(&["plan", hf, "--quant", "q4_k_m", "--json"]);
    let at = |id: &str| on_gpu(&at_q4, id);
    assert_eq!(at("rtx-4090")["verdict"], "too-large");
    assert_eq!(at("a100-80gb")["verdict"], "gpu");
    assert_eq!(at("a100-80gb")["total_bytes"], 44_823_741_824u64);
    // 2039e9 / (70e9 × 0.5625) = 51.78 tokens a second at most.
    let s = at("a100-80gb")["tokens_per_s"].as_f64().expect("speed");
    assert!((s - 2039e9 / 39.375e9).abs() < 1e-9, "{s}");
    assert!(at("rtx-4090")["tokens_per_s"].is_null());
    // Without --quant, each GPU gets the least lossy that fits: q6_k on
    // the A100 80GB (70e9 × 0.8203125 + 4.375e9 + 1 GiB = 62,870,616,824).
    assert_eq!(gpu("a100-80gb")["quant"], "q6_k");
    assert_eq!(gpu("a100-80gb")["total_bytes"], 62_870_616_824u64);
    // The table names both.
    let (text, _) = exits(0, &["plan", hf, "--quant", "q4_k_m"]);
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("rtx-4090") && l.contains("too large")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("a100-80gb") && l.contains("fits on GPU")),
        "{text}"
    );
}

/// A family gives one plan per checkpoint; a name that matches nothing
/// is exit 1 with a suggestion, as show.
#[test]
fn plan_of_a_family_and_of_nothing() {
    let plans = json(&["plan", "swallow-70b", "--json"]);
    let plans = plans.as_array().expect("one plan per checkpoint");
    assert!(plans.len() >= 2, "{}", plans.len());
    assert!(plans.iter().all(|p| p["family"] == "swallow-70b"));
    let (_, err) = exits(1, &["plan", "no-such-model-xyz"]);
    assert!(!err.is_empty());
}
