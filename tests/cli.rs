//! The real binary on the embedded catalog: every command, the filters,
//! every format, error paths and exit codes, pipes, colour and hostile
//! catalogs. Expected values come from the list's own cells (line numbers
//! cited), not from jllm's output.

mod common;

use common::{jllm, json, stdout};
use predicates::prelude::*;

fn ids(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|f| f["id"].as_str().expect("id").to_string())
        .collect()
}

#[test]
fn show_swallow_70b_has_what_the_row_says() {
    // README.md:133: Swallow 70B, 2023, Llama 2 (70b), Swallow Project,
    // checkpoints 70b-hf, 70b-instruct-hf, …
    let f = json(&["show", "swallow-70b", "--format", "json"]);
    assert_eq!(f["id"], "swallow-70b");
    assert_eq!(f["name"], "Swallow 70B");
    assert_eq!(f["category"], "text-generation");
    assert_eq!(f["approach"], "continual-pretraining");
    assert_eq!(f["year"], 2023);
    assert_eq!(f["params"], 70_000_000_000u64);
    assert!(f["base_model"]
        .as_str()
        .expect("base")
        .starts_with("Llama 2"));
    let hf: Vec<&str> = f["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .filter_map(|v| v["hf"].as_str())
        .collect();
    assert!(hf.contains(&"tokyotech-llm/Swallow-70b-hf"), "{hf:?}");
    assert!(
        hf.contains(&"tokyotech-llm/Swallow-70b-instruct-hf"),
        "{hf:?}"
    );
    assert!(f["developers"]
        .as_array()
        .expect("devs")
        .iter()
        .any(|d| d["name"] == "Swallow Project"));
    assert!(f["license"]["text"]
        .as_str()
        .expect("license")
        .contains("Llama 2"));
}

#[test]
fn show_by_repo_in_any_case_selects_the_checkpoint() {
    let f = json(&[
        "show",
        "TOKYOTECH-LLM/llama-3.1-swallow-8b-instruct-v0.3",
        "--format",
        "json",
    ]);
    assert_eq!(
        f["selected_variant"]["hf"],
        "tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3"
    );
    assert_eq!(f["selected_variant"]["params"], 8_000_000_000u64);
    let url = json(&[
        "show",
        "https://huggingface.co/tokyotech-llm/Swallow-70b-hf",
        "--format",
        "json",
    ]);
    assert_eq!(url["id"], "swallow-70b");
}

#[test]
fn show_by_japanese_name() {
    // README.md:95: 東工大GPT is the Japanese name of TitechGPT.
    let f = json(&["show", "東工大GPT", "--format", "json"]);
    assert_eq!(f["name_ja"], "東工大GPT");
    assert_eq!(f["name"], "TitechGPT");
    let text = stdout(&["show", "東工大GPT", "--lang", "ja"]);
    assert!(text.contains("東工大 岡崎研"), "{text}");
}

#[test]
fn show_unknown_suggests_and_exits_1() {
    jllm()
        .args(["show", "swalow-70b"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("no model matches 'swalow-70b'")
                .and(predicate::str::contains("swallow-70b")),
        );
}

#[test]
fn show_human_page_lists_every_variant() {
    let text = stdout(&["show", "swallow-70b"]);
    for needle in [
        "Swallow 70B",
        "tokyotech-llm/Swallow-70b-hf",
        "70B",
        "Llama 2",
    ] {
        assert!(text.contains(needle), "missing {needle} in\n{text}");
    }
}

#[test]
fn list_apache_7b_and_up() {
    let v = json(&[
        "list",
        "--license",
        "apache",
        "--min-params",
        "7b",
        "--format",
        "json",
    ]);
    let fams = v.as_array().expect("array");
    assert!(fams.len() > 20, "{}", fams.len());
    for f in fams {
        assert!(
            f["license"]["ids"]
                .as_array()
                .expect("ids")
                .iter()
                .any(|i| i == "apache-2.0"),
            "{}",
            f["id"]
        );
        for var in f["variants"].as_array().expect("variants") {
            assert!(
                var["params"].as_u64().expect("sized") >= 7_000_000_000,
                "{} {}",
                f["id"],
                var["name"]
            );
        }
    }
    // README.md:48: Sarashina2-8x70B is MoE 465b but NonCommercial: not here.
    assert!(!ids(&v).contains(&"sarashina2-8x70b".to_string()));
    // README.md:126 (GPT-OSS Swallow 120B, Apache 2.0, 120b) is.
    assert!(
        ids(&v).contains(&"gpt-oss-swallow-120b".to_string()),
        "{:?}",
        ids(&v)
    );
}

#[test]
fn size_filters_apply_per_checkpoint() {
    // README.md:60: LLM-jp-3 13B instruct3 has 150m … 13b checkpoints.
    let v = json(&[
        "list",
        "--min-params",
        "1b",
        "--max-params",
        "2b",
        "--format",
        "json",
        "--developer",
        "llm-jp",
    ]);
    let fams = v.as_array().expect("array");
    // The loop must see a family: LLM-jp-3 13B instruct3 (README.md:60)
    // links 1.8b checkpoints.
    assert!(!fams.is_empty(), "no llm-jp family between 1b and 2b");
    for f in fams {
        let vars = f["variants"].as_array().expect("variants");
        assert!(!vars.is_empty(), "{}: no checkpoint kept", f["id"]);
        for var in vars {
            let p = var["params"].as_u64().expect("sized");
            assert!(
                (1_000_000_000..=2_000_000_000).contains(&p),
                "{} {}",
                f["id"],
                p
            );
        }
    }
}

#[test]
fn developer_filter_in_japanese() {
    let v = json(&[
        "list",
        "--developer",
        "サイバーエージェント",
        "--format",
        "json",
    ]);
    let all = ids(&v);
    assert!(all.contains(&"cyberagentlm3-calm3".to_string()), "{all:?}");
    for f in v.as_array().expect("array") {
        assert!(f["developers"]
            .as_array()
            .expect("devs")
            .iter()
            .any(|d| d["id"] == "cyberagent"));
    }
    let en = json(&["list", "--developer", "cyberagent", "--format", "json"]);
    assert_eq!(ids(&en), all);
    let table = stdout(&[
        "list",
        "--developer",
        "サイバーエージェント",
        "--lang",
        "ja",
    ]);
    assert!(table.contains("サイバーエージェント"), "{table}");
}

#[test]
fn commercial_embeddings_with_8k_context() {
    let v = json(&[
        "list",
        "--commercial",
        "--category",
        "embedding",
        "--min-context",
        "8192",
        "--format",
        "json",
    ]);
    assert!(!v.as_array().expect("array").is_empty());
    for f in v.as_array().expect("array") {
        assert_eq!(f["category"], "embedding");
        assert_eq!(f["license"]["commercial"], "yes");
        assert!(f["context_length"].as_u64().expect("context") >= 8192);
    }
    // README.md:393: Ruri-v3, Apache 2.0, 8,192 tokens.
    assert!(ids(&v).contains(&"ruri-v3".to_string()));
}

#[test]
fn search_elyza_finds_elyza_models_first() {
    let v = json(&["search", "elyza", "--format", "json"]);
    let fams = v.as_array().expect("array");
    assert!(fams.len() >= 5);
    assert!(fams[0]["name"]
        .as_str()
        .expect("name")
        .to_lowercase()
        .contains("elyza"));
    assert!(fams[0]["match"]["field"].is_string());
}

#[test]
fn stats_by_license_counts_every_family() {
    let v = json(&["stats", "--by", "commercial", "--format", "json"]);
    let total: u64 = v
        .as_array()
        .expect("array")
        .iter()
        .map(|r| r["count"].as_u64().expect("count"))
        .sum();
    assert_eq!(total, 366);
    let table = stdout(&["stats", "--by", "license"]);
    assert!(table.contains("█") && table.contains("Apache"), "{table}");
}

#[test]
fn compare_puts_families_side_by_side() {
    let out = stdout(&["compare", "swallow-70b", "swallow-7b"]);
    let header = out
        .lines()
        .find(|l| l.contains("swallow-70b"))
        .expect("header");
    assert!(header.contains("swallow-7b"));
    jllm()
        .args(["compare", "swallow-70b", "no-such-model"])
        .assert()
        .code(1);
}

#[test]
fn benchmarks_are_separate() {
    let v = json(&["benchmarks", "--category", "embedding", "--format", "json"]);
    let names: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|b| b["name"].as_str())
        .collect();
    // README.md:671-673: JMTEB, JQaRA, JaCWIR.
    assert_eq!(names, vec!["JMTEB", "JQaRA", "JaCWIR"]);
    let b = json(&["benchmark", "jmteb", "--format", "json"]);
    assert_eq!(b["developers"][0]["name"], "SB Intuitions");
    jllm().args(["benchmark", "nope"]).assert().code(1);
}

#[test]
fn every_format_prints() {
    for (format, check) in [
        ("table", "swallow-70b"),
        ("csv", "id,name,sizes"),
        ("tsv", "id\tname\tsizes"),
        ("markdown", "| id | name |"),
        ("ids", "swallow-70b\n"),
    ] {
        let out = stdout(&["list", "--developer", "swallow", "--format", format]);
        assert!(out.contains(check), "{format}: {out}");
    }
    let jsonl = stdout(&["list", "--developer", "swallow", "--format", "jsonl"]);
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("one object per line");
        assert!(v["id"].is_string());
    }
}

#[test]
fn json_field_selection() {
    let v = json(&["list", "--developer", "swallow", "--json", "id,params"]);
    for f in v.as_array().expect("array") {
        let keys: Vec<&String> = f.as_object().expect("object").keys().collect();
        assert_eq!(keys, vec!["id", "params"]);
    }
    jllm()
        .args(["list", "--json", "id,nonsense"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown JSON field 'nonsense'")
                .and(predicate::str::contains("params")),
        );
}

#[test]
fn columns_sort_and_limit() {
    let out = stdout(&[
        "list",
        "--columns",
        "id,params",
        "--sort",
        "params",
        "--limit",
        "3",
        "--format",
        "tsv",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "id\tparams");
    assert_eq!(lines.len(), 4);
    // README.md:181: Rakuten AI 3.0 is DeepSeek-V3 (671b), the largest stated size.
    assert!(lines[1].ends_with("671000000000"), "{out}");
}

#[test]
fn variants_rows() {
    let v = json(&[
        "list",
        "--variants",
        "--developer",
        "swallow",
        "--format",
        "json",
    ]);
    let rows = v.as_array().expect("array");
    assert!(rows
        .iter()
        .any(|r| r["hf"] == "tokyotech-llm/Swallow-70b-hf" && r["family"] == "swallow-70b"));
}

#[test]
fn bad_values_name_the_valid_ones() {
    for (args, needle) in [
        (vec!["list", "--min-params", "abc"], "7b"),
        (vec!["list", "--since", "99999"], "2000..=2100"),
        (vec!["list", "--format", "xml"], "table"),
        (
            vec!["list", "--license", "zzzz-nothing"],
            "no license matches",
        ),
        (
            vec!["list", "--developer", "qqqqqqq"],
            "no developer matches",
        ),
        (vec!["list", "--category", "robots"], "text-generation"),
        (
            vec!["list", "--columns", "id,bogus"],
            "[possible values: id, name,",
        ),
    ] {
        jllm()
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(needle));
    }
}

#[test]
fn empty_result_exits_1() {
    jllm()
        .args(["list", "--min-params", "900t"])
        .assert()
        .code(1);
}

#[test]
fn closed_pipe_is_quiet() {
    for format in ["table", "json", "csv", "jsonl"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("jllm"))
            .args(["list", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn");
        // Close the read end at once: every write hits a closed pipe.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert!(
            out.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn color_only_when_asked() {
    let plain = stdout(&["list", "--developer", "swallow", "--color", "never"]);
    assert!(!plain.contains('\u{1b}'));
    let forced = stdout(&["list", "--developer", "swallow", "--color", "always"]);
    assert!(forced.contains('\u{1b}'));
    let out = jllm()
        .args(["list", "--developer", "swallow"])
        .env("NO_COLOR", "1")
        .output()
        .expect("run");
    assert!(!out.stdout.contains(&0x1b));
}

#[test]
fn hostile_catalog_is_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("evil.toml");
    std::fs::write(
        &path,
        "[[model]]\nid = \"evil\"\nname = \"Evil\\u001b]0;pwned\\u0007\\u001b[31mRED\\u202e\"\nname_ja = \"悪\"\ncategory = \"text-generation\"\n",
    )
    .expect("write");
    for format in ["table", "csv", "tsv", "markdown"] {
        let out = jllm()
            .args([
                "--catalog",
                path.to_str().expect("utf8"),
                "list",
                "--format",
                format,
            ])
            .output()
            .expect("run");
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).expect("utf8");
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\u{202e}'),
            "{format}: {text:?}"
        );
        assert!(text.contains("\\u{1b}"), "{format}");
    }
    let show = stdout(&["--catalog", path.to_str().expect("utf8"), "show", "evil"]);
    assert!(!show.contains('\u{1b}'));
}

#[test]
fn user_catalog_overlays_and_no_builtin() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mine.toml");
    std::fs::write(
        &path,
        "[[model]]\nid = \"my-new-model\"\nname = \"My New Model\"\nname_ja = \"新モデル\"\ncategory = \"text-generation\"\nyear = 2026\ndevelopers = [\"cyberagent\"]\n\n[[model.variants]]\nname = \"8b\"\nhf = \"me/my-new-model-8b\"\nurl = \"https://huggingface.co/me/my-new-model-8b\"\nparams = 8000000000\n",
    )
    .expect("write");
    let p = path.to_str().expect("utf8");
    let v = json(&[
        "--catalog",
        p,
        "show",
        "me/my-new-model-8b",
        "--format",
        "json",
    ]);
    assert_eq!(v["id"], "my-new-model");
    // Without the built-in catalog the developer id it names does not exist.
    jllm()
        .args(["--no-builtin", "--catalog", p, "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "mine.toml:2: model 'my-new-model' names unknown developer id 'cyberagent'",
        ));
    let alone = dir.path().join("alone.toml");
    std::fs::write(
        &alone,
        "[[model]]\nid = \"my-new-model\"\nname = \"My New Model\"\nname_ja = \"新モデル\"\ncategory = \"text-generation\"\n",
    )
    .expect("write");
    let alone = alone.to_str().expect("utf8");
    let only = json(&[
        "--no-builtin",
        "--catalog",
        alone,
        "list",
        "--format",
        "json",
    ]);
    assert_eq!(ids(&only), vec!["my-new-model"]);
    assert_eq!(only[0]["developers"], serde_json::json!([]));
    assert_eq!(only[0]["params"], serde_json::Value::Null);
    let env = jllm()
        .env("JLLM_CATALOG", p)
        .args(["show", "my-new-model", "--format", "ids"])
        .output()
        .expect("run");
    assert_eq!(String::from_utf8_lossy(&env.stdout), "my-new-model\n");
}

#[test]
fn broken_catalogs_name_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[[model]]\nid = \"x\"\nname = \n").expect("write");
    jllm()
        .args(["--catalog", bad.to_str().expect("utf8"), "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml:3:"));
    let dup = dir.path().join("dup.toml");
    std::fs::write(
        &dup,
        "[[model]]\nid = \"a\"\nname = \"A\"\nname_ja = \"A\"\ncategory = \"music\"\ndevelopers = [\"nobody-at-all\"]\n",
    )
    .expect("write");
    jllm()
        .args(["catalog", "validate", dup.to_str().expect("utf8")])
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "dup.toml:2: model 'a' names unknown developer id 'nobody-at-all'",
        ));
    let empty = dir.path().join("empty.toml");
    std::fs::write(&empty, "").expect("write");
    jllm()
        .args(["catalog", "validate", empty.to_str().expect("utf8")])
        .assert()
        .success();
    let binary = dir.path().join("bin.toml");
    std::fs::write(&binary, b"[[model]]\nid = \"\xff\xfe\"\n").expect("write");
    jllm()
        .args(["--catalog", binary.to_str().expect("utf8"), "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bin.toml:2:").and(predicate::str::contains("UTF-8")));
    jllm()
        .args([
            "--catalog",
            dir.path().join("missing.toml").to_str().expect("utf8"),
            "list",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "missing.toml: cannot read catalog",
        ));
}
