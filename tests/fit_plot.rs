//! `jllm fit` and `jllm plot` through the real binary. Expected numbers are
//! worked out by hand from the list's rows (README.md line numbers cited)
//! and the constants documented in docs/fit-and-plot.md: bytes per
//! parameter (f16 2, q8_0 1.0625, q6_k 0.8203125, q2_k 0.328125, GPTQ int4
//! 4.15625 bits), KV cache = params × context ÷ 65536, overhead 1 GiB,
//! usable VRAM 90%, usable RAM 70%.

mod common;

use common::{exits, json};
use serde_json::Value;

const GIB: u64 = 1 << 30;

fn row<'a>(rows: &'a Value, hf: &str) -> Option<&'a Value> {
    rows.as_array()?.iter().find(|r| r["hf"] == hf)
}

// Llama 3.1 Swallow 8B (line 162): 8B, no context stated, so 4096 tokens.
// f16: 8e9 × 2 + 8e9 × 4096 / 65536 + 1 GiB = 16e9 + 5e8 + 1,073,741,824
// = 17,573,741,824 ≤ 0.9 × 24 GiB = 23,192,823,398: fits at f16.
#[test]
fn eight_b_fits_a_24gb_gpu_at_f16() {
    let rows = json(&["fit", "--vram", "24GB", "--json"]);
    let r = row(&rows, "tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3").expect("listed");
    assert_eq!(r["params"], 8_000_000_000u64);
    assert_eq!(r["quant"], "f16");
    assert_eq!(r["context"], 4096);
    assert_eq!(r["weights_bytes"], 16_000_000_000u64);
    assert_eq!(r["kv_cache_bytes"], 500_000_000u64);
    assert_eq!(r["overhead_bytes"], GIB);
    assert_eq!(r["total_bytes"], 17_573_741_824u64);
    assert_eq!(r["verdict"], "gpu");
    assert_eq!(r["quantized"], false);
}

// Swallow 70B (line 133): 70b. Even q2_k is too large for 24 GB:
// 70e9 × 0.328125 + 4.375e9 + 1 GiB = 28,417,491,824 > 23,192,823,398.
// With 64 GB of RAM (70% usable: 48,103,633,715) q8_0 needs 79,823,741,824
// and q6_k 70e9 × 0.8203125 + 4.375e9 + 1 GiB = 62,870,616,824 ≤ 71,296,457,113.
#[test]
fn seventy_b_needs_offload() {
    let rows = json(&["fit", "--vram", "24GB", "--json"]);
    assert!(row(&rows, "tokyotech-llm/Swallow-70b-hf").is_none());
    let rows = json(&["fit", "--vram", "24GB", "--all", "--json"]);
    let r = row(&rows, "tokyotech-llm/Swallow-70b-hf").expect("listed with --all");
    assert_eq!(r["verdict"], "too-large");
    assert_eq!(r["quant"], "q2_k");
    assert_eq!(r["total_bytes"], 28_417_491_824u64);
    let rows = json(&["fit", "--vram", "24GB", "--ram", "64GB", "--json"]);
    let r = row(&rows, "tokyotech-llm/Swallow-70b-hf").expect("offloads");
    assert_eq!(r["verdict"], "offload");
    assert_eq!(r["quant"], "q6_k");
    assert_eq!(r["total_bytes"], 62_870_616_824u64);
}

// LLM-jp-4 32B-A3B (line 55): 32b-a3b, context 65,536. The KV cache
// scales with the 3B active parameters: 3e9 × 32768 / 65536 = 1.5e9;
// q4_k_m weights by the total, 32e9 × 0.5625 = 18e9.
#[test]
fn moe_kv_cache_by_active_parameters() {
    let rows = json(&[
        "fit",
        "--vram",
        "24GB",
        "--context",
        "32k",
        "--quant",
        "q4_k_m",
        "--json",
    ]);
    let r = row(&rows, "llm-jp/llm-jp-4-32b-a3b-thinking").expect("listed");
    assert_eq!(r["context"], 32768);
    assert_eq!(r["active_params"], 3_000_000_000u64);
    assert_eq!(r["weights_bytes"], 18_000_000_000u64);
    assert_eq!(r["kv_cache_bytes"], 1_500_000_000u64);
    assert_eq!(r["total_bytes"], 20_573_741_824u64);
}

// Llama 3 Youko 8B (line 165) links 8b-gptq: 8e9 × 4.15625 / 8 = 4,156,250,000,
// whatever --quant asks.
#[test]
fn published_quantizations_keep_their_precision() {
    let rows = json(&["fit", "--vram", "8GB", "--quant", "f16", "--json"]);
    let r = row(&rows, "rinna/llama-3-youko-8b-gptq").expect("listed");
    assert_eq!(r["quantized"], true);
    assert_eq!(r["quant"], "int4-g128");
    assert_eq!(r["weights_bytes"], 4_156_250_000u64);
    // The f16 base does not fit 8 GB: 16e9 + 5e8 + 1 GiB > 0.9 × 8 GiB.
    assert!(row(&rows, "rinna/llama-3-youko-8b").is_none());
    let all = json(&["fit", "--vram", "8GB", "--quant", "f16", "--all", "--json"]);
    let base = row(&all, "rinna/llama-3-youko-8b").expect("in the catalog");
    assert_eq!(base["verdict"], "too-large");
}

#[test]
fn text_output_has_a_footer() {
    let (text, _) = exits(
        0,
        &[
            "fit",
            "--vram",
            "8GB",
            "--context",
            "32768",
            "--category",
            "text-generation",
        ],
    );
    let last = text
        .lines()
        .find(|l| l.contains("of unknown size skipped"))
        .unwrap_or_default();
    assert!(last.contains("7.2 GiB of 8.0 GiB VRAM"), "{last}");
    assert!(text.contains("fits on GPU"));
}

#[test]
fn bad_values_are_one_line_errors() {
    for (args, hint) in [
        (vec!["fit", "--vram", "24"], "24GB"),
        (vec!["fit", "--vram", "lots"], "24GB"),
        (
            vec!["fit", "--vram", "24GB", "--ram=-1GB"],
            "greater than zero",
        ),
        (vec!["fit", "--vram", "24GB", "--quant", "q9"], "q4_k_m"),
        (vec!["fit", "--vram", "24GB", "--context", "long"], "32k"),
        (vec!["plot", "--out", "chart.png"], ".svg"),
        (vec!["plot", "--out", "chart.pdf"], ".svg"),
    ] {
        let (_, err) = exits(2, &args);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with("jllm: ") && err.contains(hint),
            "{args:?}: {err}"
        );
    }
}

/// The chart's marks, from `list --variants` (the chart's own rule): per
/// family with a year, one per release date of its sized checkpoints (a
/// checkpoint's own date where a source gives one, else the family's).
fn plottable(args: &[&str]) -> usize {
    let mut all = vec![
        "list",
        "--variants",
        "--json",
        "family,params,released,released_source,year",
    ];
    all.extend_from_slice(args);
    let v = json(&all);
    let mut dates: std::collections::HashMap<String, std::collections::HashSet<String>> =
        std::collections::HashMap::new();
    for r in v.as_array().expect("array") {
        if r["params"].is_null() || r["year"].is_null() {
            continue;
        }
        let date = if r["released_source"] == "the list's year for the family" {
            "the family's year".to_string()
        } else {
            r["released"].as_str().unwrap_or("").to_string()
        };
        dates
            .entry(r["family"].as_str().expect("family").to_string())
            .or_default()
            .insert(date);
    }
    dates.values().map(|d| d.len()).sum()
}

#[test]
fn svg_has_one_mark_per_family_and_release_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    for filters in [
        vec![],
        vec!["--category", "text-generation", "--since", "2024"],
    ] {
        let path = dir.path().join("params.svg");
        let mut args = vec!["plot", "--out", path.to_str().expect("utf-8 path")];
        args.extend_from_slice(&filters);
        exits(0, &args);
        let text = std::fs::read_to_string(&path).expect("svg written");
        let doc = roxmltree::Document::parse(&text).expect("valid XML");
        let marks = doc
            .descendants()
            .filter(|n| n.has_tag_name("circle"))
            .count();
        assert_eq!(marks, plottable(&filters), "{filters:?}");
        assert!(text.contains("Japanese LLMs: parameters by release date"));
        assert!(text.contains("Release date"));
        // Sarashina2-8x70B (line 41, 465b) is among the largest: labelled.
        if filters.is_empty() {
            assert!(text.contains("Sarashina2-8x70B 465B"));
        }
    }
}

// The largest 2024 model in the list: Sarashina2-8x70B, 465b (line 41).
#[test]
fn text_chart_per_year() {
    let (text, _) = exits(0, &["plot", "--category", "text-generation"]);
    let line = text
        .lines()
        .find(|l| l.starts_with("2024 "))
        .expect("a 2024 bar");
    assert!(
        line.contains("465B") && line.contains("Sarashina2-8x70B"),
        "{line}"
    );
    assert!(text.lines().last().unwrap_or_default().contains("families"));
}

/// The stated context of every checkpoint, by repo (lower case): its exact
/// length, or a lower bound (`≥ N`); `None` where the list states none.
fn stated_contexts() -> std::collections::HashMap<String, Option<(u64, bool)>> {
    let rows = json(&["list", "--variants", "--json"]);
    rows.as_array()
        .expect("array")
        .iter()
        .filter(|v| v["params"].is_u64())
        .filter_map(|v| {
            let hf = v["hf"].as_str()?.to_ascii_lowercase();
            let stated = match (v["context_length"].as_u64(), &v["context_bound"]) {
                (Some(c), _) => Some((c, true)),
                (None, b) if b["kind"] == "min" => b["value"].as_u64().map(|c| (c, true)),
                (None, b) if b.is_object() => b["value"].as_u64().map(|c| (c, false)),
                _ => None,
            };
            Some((hf, stated))
        })
        .collect()
}

// LLM-jp-3 13B instruct3 (en/README.md:60): context 4,096, under 8k. A
// checkpoint whose context is unknown is never shown at the asked 8192.
#[test]
fn fit_context_admits_only_stated_contexts_that_reach_it() {
    let args = [
        "fit",
        "--vram",
        "24GB",
        "--quant",
        "q4_k_m",
        "--context",
        "8k",
    ];
    let rows = json(&[&args[..], &["--json"]].concat());
    let rows = rows.as_array().expect("array");
    assert!(!rows.is_empty());
    assert!(row(&Value::Array(rows.clone()), "llm-jp/llm-jp-3-13b-instruct3").is_none());
    let stated = stated_contexts();
    for r in rows {
        let hf = r["hf"].as_str().expect("hf").to_ascii_lowercase();
        let c = stated.get(&hf).copied().flatten();
        assert!(
            c.is_some_and(|(c, proves)| proves && c >= 8192),
            "{hf}: stated context {c:?}"
        );
        assert_eq!(r["context"], 8192, "{hf}");
    }
    // The footer counts those of unknown context (one per repo) left out.
    let unknown = stated.values().filter(|c| c.is_none()).count();
    assert!(unknown > 0);
    let (text, _) = exits(0, &args);
    let expected = format!("{unknown} checkpoints of known size and unknown context left out; --assume-base-context admits those whose base model reaches 8192.");
    assert!(text.lines().any(|l| l == expected), "{text}");
    // Llama 3.1 Swallow 8B (en/README.md:162) states no context; its base
    // model's window (131,072, catalog/sizes.toml) reaches 8k when asked to.
    let assumed = json(&[&args[..], &["--assume-base-context", "--json"]].concat());
    assert!(row(&assumed, "tokyotech-llm/Llama-3.1-Swallow-8B-v0.1").is_some());
    assert!(row(
        &Value::Array(rows.clone()),
        "tokyotech-llm/Llama-3.1-Swallow-8B-v0.1"
    )
    .is_none());
    // Without a context to reach, the opt-in means nothing: an error.
    exits(2, &["fit", "--vram", "24GB", "--assume-base-context"]);
}

// Tanuki-8×8B (en/README.md:53, 47b) scores 0.7789 on pfgen-bench
// (../shared/evals/pfgen-bench/README.md:103) and fits 24 GB only at q2_k:
// 47e9 × 0.328125 + … < 21.6 GiB. Sorted by that score it ranks among the
// checkpoints that fit on the GPU by its score, not after every 4-bit one.
#[test]
fn fit_sort_by_score_ranks_within_each_verdict() {
    let (text, _) = exits(
        0,
        &[
            "fit",
            "--vram",
            "24GB",
            "--sort",
            "score:pfgen",
            "--format",
            "tsv",
        ],
    );
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let (hf, quant, score, verdict) = (
        col("checkpoint"),
        col("quant"),
        col("score:pfgen"),
        col("verdict"),
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    let mut last: Option<(&str, Option<f64>)> = None;
    for r in &rows {
        let s = r[score].parse::<f64>().ok();
        if let Some((v, prev)) = last {
            if v == r[verdict] {
                // Best first; unscored last.
                match (prev, s) {
                    (Some(p), Some(s)) => assert!(p >= s, "{r:?} after {p}"),
                    (None, Some(_)) => panic!("{r:?} after an unscored row"),
                    _ => {}
                }
            }
        }
        last = Some((r[verdict], s));
    }
    let tanuki = rows
        .iter()
        .position(|r| r[hf] == "weblab-GENIAC/Tanuki-8x8B-dpo-v1.0")
        .expect("Tanuki-8x8B fits");
    let t = &rows[tanuki];
    assert_eq!(
        (t[quant], t[score], t[verdict]),
        ("q2_k", "0.7789", "fits on GPU")
    );
    // Every row above it fits on the GPU and scores at least as well.
    for r in &rows[..tanuki] {
        assert_eq!(r[verdict], "fits on GPU");
        assert!(r[score].parse::<f64>().is_ok_and(|s| s >= 0.7789), "{r:?}");
    }
    let help = exits(0, &["fit", "--help"])
        .0
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        help.contains("within each verdict, best score on SUITE first at any quantization"),
        "{help}"
    );
}
