//! The checkpoint is the unit of truth: license, commercial class and
//! context length per checkpoint, on the real binary and the embedded
//! catalog. Every expected value is the list's own cell, quoted with its line
//! in ../shared/upstream (en/README.md unless said otherwise); the ignored
//! test at the end checks those quotes against the list itself.

mod common;

use common::{jllm, json};
use serde_json::Value;

fn variants_of<'a>(fams: &'a Value, family: &str) -> Vec<&'a Value> {
    fams.as_array()
        .expect("array")
        .iter()
        .filter(|f| f["id"] == family)
        .flat_map(|f| f["variants"].as_array().expect("variants").iter())
        .collect()
}

fn hf<'a>(vs: &[&'a Value]) -> Vec<&'a str> {
    vs.iter().map(|v| v["hf"].as_str().unwrap_or("")).collect()
}

/// en/README.md:67 PLaMo-13B: "Apache 2.0<br>(CC BY-NC 4.0 as for NC model)".
#[test]
fn license_filter_drops_the_non_commercial_checkpoint() {
    let out = json(&[
        "list",
        "--license",
        "apache",
        "--min-params",
        "7b",
        "--json",
    ]);
    let all: Vec<&str> = out
        .as_array()
        .expect("array")
        .iter()
        .flat_map(|f| f["variants"].as_array().expect("variants").iter())
        .filter_map(|v| v["hf"].as_str())
        .collect();
    assert!(!all.is_empty());
    assert!(!all.contains(&"pfnet/plamo-13b-instruct-nc"), "{all:?}");
    let plamo = variants_of(&out, "plamo-13b");
    assert_eq!(
        hf(&plamo),
        vec!["pfnet/plamo-13b", "pfnet/plamo-13b-instruct"]
    );
    for v in &plamo {
        assert_eq!(v["license"]["ids"], serde_json::json!(["apache-2.0"]));
        assert_eq!(v["license"]["commercial"], "yes");
    }
    // Asked for non-commercial checkpoints, PLaMo shows exactly the NC one.
    let nc = json(&["list", "--commercial=no", "--json"]);
    let plamo = variants_of(&nc, "plamo-13b");
    assert_eq!(hf(&plamo), vec!["pfnet/plamo-13b-instruct-nc"]);
    assert_eq!(
        plamo[0]["license"]["ids"],
        serde_json::json!(["cc-by-nc-4.0"])
    );
}

/// en/README.md:75 CALM2: context "base: 4,096<br>chat: 32,768".
#[test]
fn fit_uses_each_checkpoints_context() {
    let out = json(&[
        "fit",
        "--vram",
        "16GB",
        "--quant",
        "q4_k_m",
        "--context",
        "8192",
        "--min-context",
        "8192",
        "--json",
    ]);
    let repos: Vec<&str> = out
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|r| r["hf"].as_str())
        .collect();
    assert!(!repos.contains(&"cyberagent/calm2-7b"), "{repos:?}");
    assert!(repos.contains(&"cyberagent/calm2-7b-chat"), "{repos:?}");
    let all = json(&["show", "cyberagentlm2-calm2", "--json"]);
    let ctx: Vec<(&str, u64)> = all["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .map(|v| {
            (
                v["name"].as_str().expect("name"),
                v["context_length"].as_u64().expect("context"),
            )
        })
        .collect();
    assert_eq!(
        ctx,
        vec![
            ("7b", 4096),
            ("7b-chat", 32768),
            ("7b-chat-dpo-experimental", 32768)
        ]
    );
    // The family never claims more than its checkpoints: the smallest.
    assert_eq!(all["context_length"], 4096);
}

/// Every per-checkpoint form of the list, one family each, with the values
/// the cell gives each checkpoint.
#[test]
fn every_cell_form_reads_per_checkpoint() {
    // (checkpoint, license ids, class)
    type Expect<'a> = &'a [(&'a str, &'a [&'a str], &'a str)];
    let cases: &[(&str, &str, Expect)] = &[
        // en/README.md:71 "base: MIT<br>instruct: CC BY-NC-SA 4.0"
        (
            "stockmark-13b",
            "no",
            &[
                ("13b", &["mit"], "yes"),
                ("13b-instruct", &["cc-by-nc-sa-4.0"], "no"),
            ],
        ),
        // "base: Apache 2.0<br>instruct (v1): Research license<br>instruct (v2): Apache 2.0"
        (
            "japanese-stablelm-alpha",
            "no",
            &[
                ("base-alpha-7b", &["apache-2.0"], "yes"),
                ("instruct-alpha-7b", &["research-only"], "no"),
                ("instruct-alpha-7b-v2", &["apache-2.0"], "yes"),
            ],
        ),
        // "Pre-trained model: LLM-jp-3 172B Terms of Use<br>Post-trained model: llm-jp-3-172b-instruct3 Terms of Use"
        (
            "llm-jp-3-172b",
            "unknown",
            &[
                ("172b", &["llm-jp-3-172b-terms"], "unknown"),
                (
                    "172b-instruct3",
                    &["llm-jp-3-172b-instruct3-terms"],
                    "unknown",
                ),
            ],
        ),
        // "Llama 3.1 Community License<br>(Gemma Terms of Use is also applied to the Instruct model)"
        (
            "llama-3.1-swallow-8b",
            "conditional",
            &[
                ("8B-v0.1", &["llama-3.1"], "conditional"),
                ("8B-Instruct-v0.3", &["llama-3.1", "gemma"], "conditional"),
            ],
        ),
        // "base (v1, v2) & large: CC BY-SA 3.0<br>base (v3) & large (v2): Apache 2.0"
        (
            "tohokuuniversitybert",
            "yes",
            &[
                ("base (v2)", &["cc-by-sa-3.0"], "yes"),
                ("large", &["cc-by-sa-3.0"], "yes"),
                ("base (v3)", &["apache-2.0"], "yes"),
                ("large (v2)", &["apache-2.0"], "yes"),
            ],
        ),
    ];
    for (family, class, expected) in cases {
        let f = json(&["show", family, "--json"]);
        assert_eq!(f["license"]["mixed"], true, "{family}");
        assert_eq!(f["license"]["commercial"], *class, "{family}");
        let vs = f["variants"].as_array().expect("variants");
        for (name, ids, class) in expected.iter() {
            let v = vs
                .iter()
                .find(|v| v["name"] == *name)
                .unwrap_or_else(|| panic!("{family}: no checkpoint {name}"));
            assert_eq!(
                v["license"]["ids"],
                serde_json::json!(ids),
                "{family} {name}"
            );
            assert_eq!(v["license"]["commercial"], *class, "{family} {name}");
        }
    }
    // Context forms: "7b, 13b: 4,096<br>70b: 8,192" (Sarashina2),
    // "8k model: 8,192<br>others: 2,048" (rinna bilingual 4B),
    // "100m, 200m, 400m: 3,072<br>v2-100m: 4,096" (ByBERT-JP),
    // "4,096 or 8,192" with checkpoints sq4096/sq8192 (TohokuNLP BERT-alpha).
    let contexts: &[(&str, &[(&str, u64)])] = &[
        ("sarashina2", &[("7b", 4096), ("13b", 4096), ("70b", 8192)]),
        (
            "rinna-gpt-en-ja-bilingual",
            &[("4b(3.8b)", 2048), ("4b(3.8b)-8k", 8192)],
        ),
        ("bybert-jp", &[("400m", 3072), ("v2-100m", 4096)]),
        (
            "tohokunlp-bert-alpha-500m",
            &[("sq4096-alpha", 4096), ("sq8192-alpha", 8192)],
        ),
    ];
    for (family, expected) in contexts {
        let f = json(&["show", family, "--json"]);
        let vs = f["variants"].as_array().expect("variants");
        for (name, ctx) in expected.iter() {
            let v = vs
                .iter()
                .find(|v| v["name"] == *name)
                .unwrap_or_else(|| panic!("{family}: no checkpoint {name}"));
            assert_eq!(v["context_length"], *ctx, "{family} {name}");
        }
        let least = expected.iter().map(|(_, c)| *c).min();
        assert_eq!(f["context_length"].as_u64(), least, "{family}");
    }
}

/// `--min-context` keeps the checkpoints that reach it: Sarashina2's 70b.
#[test]
fn min_context_selects_checkpoints() {
    let out = json(&["list", "--min-context", "8192", "--json"]);
    let sarashina = variants_of(&out, "sarashina2");
    assert_eq!(hf(&sarashina), vec!["sbintuitions/sarashina2-70b"]);
    for f in out.as_array().expect("array") {
        for v in f["variants"].as_array().expect("variants") {
            assert!(
                v["context_length"].as_u64().is_some_and(|c| c >= 8192),
                "{v}"
            );
        }
    }
}

/// `list --variants` rows carry their own license and class, in the same
/// object as a checkpoint of `show --json` (catalog/models/text-generation
/// .toml: Stockmark-13b is MIT, its instruct checkpoint CC BY-NC-SA 4.0).
#[test]
fn variant_rows_have_their_own_license() {
    let rows = json(&["list", "--variants", "--developer", "stockmark", "--json"]);
    let rows = rows.as_array().expect("array");
    let row = |hf: &str| {
        rows.iter()
            .find(|r| r["hf"] == hf)
            .unwrap_or_else(|| panic!("no row {hf}"))
    };
    assert_eq!(
        row("stockmark/stockmark-13b")["license"]["commercial"],
        "yes"
    );
    assert_eq!(row("stockmark/stockmark-13b")["license"]["text"], "MIT");
    assert_eq!(
        row("stockmark/stockmark-13b-instruct")["license"]["commercial"],
        "no"
    );
    assert_eq!(
        row("stockmark/stockmark-13b-instruct")["license"]["ids"],
        serde_json::json!(["cc-by-nc-sa-4.0"])
    );
    // The same checkpoint object as in the family's `variants`.
    let family = json(&["show", "stockmark/stockmark-13b-instruct", "--json"]);
    let shown = family["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .find(|v| v["hf"] == "stockmark/stockmark-13b-instruct")
        .expect("the checkpoint");
    let row = row("stockmark/stockmark-13b-instruct");
    for (key, value) in shown.as_object().expect("object") {
        assert_eq!(&row[key], value, "{key}");
    }
}

/// `license` is an object for every family and checkpoint, also where the
/// list gives none (API offerings): class unknown, no ids, no text.
#[test]
fn license_is_never_null() {
    let all = json(&["list", "--json"]);
    let mut unknown = 0;
    for f in all.as_array().expect("array") {
        let objects = std::iter::once(&f["license"]).chain(
            f["variants"]
                .as_array()
                .expect("variants")
                .iter()
                .map(|v| &v["license"]),
        );
        for l in objects {
            assert!(l.is_object(), "{}: {l}", f["id"]);
            assert!(l["commercial"].is_string(), "{}: {l}", f["id"]);
            assert!(l["ids"].is_array(), "{}: {l}", f["id"]);
        }
        if f["license"]["ids"].as_array().is_some_and(|a| a.is_empty()) {
            assert_eq!(f["license"]["commercial"], "unknown", "{}", f["id"]);
            unknown += 1;
        }
    }
    assert!(unknown > 0, "the catalog has families without a license");
}

/// Tables say a family is mixed instead of printing one license.
#[test]
fn tables_show_mixed_families() {
    let out = jllm()
        .args([
            "list",
            "--developer",
            "stockmark",
            "--columns",
            "id,license,commercial",
        ])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let line = text
        .lines()
        .find(|l| l.contains("stockmark-13b ") || l.trim_start().starts_with("stockmark-13b"))
        .unwrap_or_else(|| panic!("no stockmark-13b row in\n{text}"));
    assert!(line.contains("MIT ✓ | CC-BY-NC-SA-4.0 ✗"), "{line}");
    assert!(line.contains("mixed (yes, no)"), "{line}");
    let show = String::from_utf8(
        jllm()
            .args(["show", "stockmark-13b"])
            .output()
            .expect("run")
            .stdout,
    )
    .expect("UTF-8");
    assert!(show.contains("commercial use: mixed (yes, no)"), "{show}");
    assert!(
        show.contains("https://opensource.org/license/mit"),
        "{show}"
    );
}

/// Sizes: the more exact figure wins and says where it comes from.
#[test]
fn sizes_are_exact_and_sourced() {
    let variant = |family: &str, hf: &str| -> Value {
        let f = json(&["show", family, "--json"]);
        f["variants"]
            .as_array()
            .expect("variants")
            .iter()
            .find(|v| v["hf"] == hf)
            .cloned()
            .unwrap_or_else(|| panic!("{family}: no {hf}"))
    };
    // README.md:294: "Qwen3 (**1.72b**)" for pfnet/Qwen3-1.7B-pfn-qfin.
    let q = variant("pfnet-qwen3-1.7b-pfn-qfin", "pfnet/Qwen3-1.7B-pfn-qfin");
    assert_eq!(q["params"], 1_720_000_000u64);
    assert!(q["params_source"]
        .as_str()
        .is_some_and(|s| s.contains("1.72B")));
    // rinna's paper (../shared/seeds, Table 1): japanese-gpt-1b has 1.3B;
    // the list's label says 1b.
    let r = variant("rinna-gpt-japanese-only", "rinna/japanese-gpt-1b");
    assert_eq!(r["params"], 1_300_000_000u64);
    assert!(r["params_source"]
        .as_str()
        .is_some_and(|s| s.contains("Sawada")));
    // Rakuten AI 2.0: "8x7B" checkpoints of base "Mistral-7B-v0.1 (7b)" are
    // not 7B; sizes.toml gives the Mixtral 8x7B layout's totals.
    let k = variant("rakuten-ai-2.0", "Rakuten/RakutenAI-2.0-8x7B");
    assert_eq!(k["params"], 46_700_000_000u64);
    assert_eq!(k["active_params"], 12_900_000_000u64);
    let fit = json(&["fit", "--vram", "24GB", "--quant", "f16", "--all", "--json"]);
    let row = fit
        .as_array()
        .expect("array")
        .iter()
        .find(|r| r["hf"] == "Rakuten/RakutenAI-2.0-8x7B")
        .cloned()
        .expect("rakuten in fit --all");
    assert_ne!(row["verdict"], "fits on GPU", "{row}");
}

/// Release dates from the list's CSV, matched on normalised URLs and names.
#[test]
fn csv_dates_match_normalised() {
    let released = |id: &str| json(&["show", id, "--json"])["released"].clone();
    // CSV: "Swallow,Swallow Project,70,2023/12/19,...,https://tokyotech-llm.github.io/blog/swallow-llama"
    assert_eq!(released("swallow-70b"), "2023-12-19");
    // CSV: "Swallow-MX,...,2024/03/11,...,https://tokyotech-llm.github.io/swallow-mistral"
    // (the list: https://swallow-llm.github.io/swallow-mistral.ja.html).
    assert_eq!(released("swallow-mx-8x7b"), "2024-03-11");
    // CSV: "Llama 3 Youko (Instruct),rinna,70,2024/07/25,..."
    assert_eq!(released("llama-3-youko-70b"), "2024-07-25");
}

/// Base-model context windows are shown apart and used only when asked.
#[test]
fn base_context_is_kept_apart() {
    // The list states no context for Llama 3.1 Swallow 8B; its base model is
    // Llama 3.1, whose model card states 128k (config: 131,072).
    let f = json(&["show", "llama-3.1-swallow-8b", "--json"]);
    assert_eq!(f["context_length"], Value::Null);
    assert_eq!(f["base_context_length"], 131_072);
    assert!(f["base_context_source"]
        .as_str()
        .is_some_and(|s| s.contains("Llama 3.1")));
    let plain = json(&["list", "--min-context", "100000", "--json"]);
    let assumed = json(&[
        "list",
        "--min-context",
        "100000",
        "--assume-base-context",
        "--json",
    ]);
    let ids = |v: &Value| -> Vec<String> {
        v.as_array()
            .expect("array")
            .iter()
            .map(|f| f["id"].as_str().expect("id").to_string())
            .collect()
    };
    assert!(!ids(&plain).contains(&"llama-3.1-swallow-8b".to_string()));
    assert!(ids(&assumed).contains(&"llama-3.1-swallow-8b".to_string()));
    // Every family --min-context admits states a length that reaches it.
    for f in plain.as_array().expect("array") {
        assert!(
            f["context_length"].as_u64().is_some_and(|c| c >= 100_000),
            "{f}"
        );
    }
    let text = String::from_utf8(
        jllm()
            .args(["show", "llama-3.1-swallow-8b"])
            .output()
            .expect("run")
            .stdout,
    )
    .expect("UTF-8");
    assert!(text.contains("unknown (base model: 131,072)"), "{text}");
}

/// The quotes above are the list's cells, read from the list.
#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn quoted_cells_are_the_lists() {
    let dir = std::env::var("JLLM_LIST_DIR").expect("JLLM_LIST_DIR");
    let en = std::fs::read_to_string(std::path::Path::new(&dir).join("en/README.md"))
        .expect("en/README.md");
    for cell in [
        "Apache 2.0<br>(CC BY-NC 4.0 as for NC model)",
        "base: 4,096<br>chat: **32,768**",
        "base: MIT<br>instruct: CC BY-NC-SA 4.0",
        "Pre-trained model: LLM-jp-3 172B Terms of Use<br>Post-trained model: llm-jp-3-172b-instruct3 Terms of Use",
        "Llama 3.1 Community License<br>(Gemma Terms of Use is also applied to the Instruct model)",
        "7b, 13b: 4,096<br>70b: 8,192",
        "8k model: 8,192<br>others: 2,048",
        "100m, 200m, 400m: 3,072<br>v2-100m: **4,096**",
    ] {
        assert!(en.contains(cell), "en/README.md has no cell {cell:?}");
    }
    assert!(en.contains(
        "base (v1, v2) & large: CC BY&#x2011;SA 3.0<br>base (v3) & large (v2): Apache 2.0"
    ));
}
