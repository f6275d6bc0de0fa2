//! `jllm schema COMMAND` against the real output of COMMAND: every command
//! that prints JSON is run on the embedded catalog with real queries, and
//! what it prints validates against the schema it names (draft 2020-12,
//! the `jsonschema` crate). The fields `--json FIELDS` accepts are the
//! keys the schema describes, and `fit --json` carries the score asked for.

mod common;

use std::collections::BTreeSet;

use common::{jllm, json};
use serde_json::Value;

/// The schema `jllm schema WORDS…` prints.
fn schema(command: &str) -> Value {
    let mut args = vec!["schema"];
    args.extend(command.split(' '));
    json(&args)
}

/// Validates `instance` against `schema`, failing with every error.
fn assert_valid(schema: &Value, instance: &Value, what: &str) {
    let validator = jsonschema::draft202012::new(schema)
        .unwrap_or_else(|e| panic!("{what}: the schema does not compile: {e}"));
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .take(10)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}:\n{}", errors.join("\n"));
}

/// Runs `args`, validates its JSON against `jllm schema COMMAND` and
/// returns it.
fn checked(command: &str, args: &[&str]) -> Value {
    let out = json(args);
    assert_valid(&schema(command), &out, &format!("jllm {}", args.join(" ")));
    out
}

/// The real invocations, each with the schema that describes it: every
/// command that prints JSON at least once.
const RUNS: &[(&str, &[&str])] = &[
    ("list", &["list", "--json"]),
    (
        "list",
        &[
            "list",
            "--license",
            "apache",
            "--min-params",
            "7b",
            "--json",
        ],
    ),
    ("list --variants", &["list", "--variants", "--json"]),
    ("show", &["show", "swallow-70b", "--json"]),
    (
        "show",
        &[
            "show",
            "tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3",
            "--json",
        ],
    ),
    // Columns are for grids: JSON is the family object.
    (
        "show",
        &[
            "show",
            "swallow-70b",
            "--columns",
            "checkpoint,memory",
            "--json",
        ],
    ),
    // An API offering: no license in the list, no repo id.
    ("show", &["show", "tsuzumi", "--json"]),
    ("search", &["search", "swallow", "--json"]),
    ("search", &["search", "音声認識", "--json"]),
    (
        "compare",
        &["compare", "swallow-70b", "llm-jp-3-172b-alpha", "--json"],
    ),
    ("stats", &["stats", "--by", "license", "--json"]),
    ("stats", &["stats", "--by", "year", "--json"]),
    ("fit", &["fit", "--vram", "24GB", "--json"]),
    (
        "recommend",
        &[
            "recommend",
            "--vram",
            "24GB",
            "--commercial",
            "--task",
            "chat",
            "--json",
        ],
    ),
    (
        "recommend",
        &[
            "recommend",
            "--gpu",
            "rtx-4090",
            "--task",
            "generation",
            "--json",
        ],
    ),
    ("plan", &["plan", "swallow-70b", "--json"]),
    (
        "fit",
        &[
            "fit",
            "--vram",
            "24GB",
            "--sort",
            "score:pfgen",
            "--all",
            "--json",
        ],
    ),
    (
        "fit",
        &[
            "fit",
            "--vram",
            "8GB",
            "--context",
            "8k",
            "--ram",
            "32GB",
            "--json",
        ],
    ),
    ("results", &["results", "--suite", "pfgen", "--json"]),
    (
        "results",
        &[
            "results",
            "--suite",
            "swallow-ja-post",
            "--include-reference",
            "--json",
        ],
    ),
    ("results", &["results", "swallow-70b", "--tasks", "--json"]),
    // rinna's paper: a table, notes, and a suite where lower is better.
    (
        "results",
        &[
            "results",
            "--suite",
            "paper-csj-eval1",
            "--include-reference",
            "--json",
        ],
    ),
    ("show", &["show", "rinna-gpt-en-ja-bilingual", "--json"]),
    ("benchmarks", &["benchmarks", "--json"]),
    ("benchmark", &["benchmark", "jglue", "--json"]),
    ("catalog info", &["catalog", "info", "--json"]),
    (
        "catalog info",
        &["--no-builtin", "catalog", "info", "--json"],
    ),
];

#[test]
fn every_command_output_validates_against_its_schema() {
    for (command, args) in RUNS {
        let out = checked(command, args);
        // A run that printed nothing would validate against anything.
        let records = out.as_array().map_or(1, Vec::len);
        assert!(records > 0, "jllm {}: nothing printed", args.join(" "));
    }
}

/// The commands `jllm schema` knows, as its error lists them.
fn schema_commands() -> BTreeSet<String> {
    let out = jllm()
        .args(["schema", "no-such-command"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    let (_, list) = err
        .split_once("commands that print JSON: ")
        .unwrap_or_else(|| panic!("{err}"));
    list.trim().split(", ").map(str::to_string).collect()
}

#[test]
fn every_command_with_a_schema_is_run() {
    let run: BTreeSet<String> = RUNS.iter().map(|(c, _)| c.to_string()).collect();
    assert_eq!(schema_commands(), run);
}

#[test]
fn json_lines_are_the_array_items() {
    let out = jllm()
        .args(["list", "--variants", "--format", "jsonl"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let array = schema("list --variants");
    let rows = json(&["list", "--variants", "--json"]);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    // Each line against the array schema as an array of one.
    let mut lines = 0;
    for line in text.lines() {
        let one: Value = serde_json::from_str(line).expect("a JSON line");
        assert_valid(&array, &Value::Array(vec![one]), line);
        lines += 1;
    }
    assert_eq!(lines, rows.as_array().map_or(0, Vec::len));
}

/// The keys one record of `command` has, as its schema describes them.
fn described(command: &str) -> BTreeSet<String> {
    let s = schema(command);
    let record = if s["type"] == "array" {
        &s["items"]
    } else {
        &s
    };
    record["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .cloned()
        .collect()
}

/// The fields `--json FIELDS` accepts, as its error names them.
fn accepted(args: &[&str]) -> BTreeSet<String> {
    let mut args = args.to_vec();
    args.extend(["--json", "no_such_field"]);
    let out = jllm().args(&args).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    let (_, list) = err
        .split_once("valid fields: ")
        .unwrap_or_else(|| panic!("{err}"));
    list.trim().split(", ").map(str::to_string).collect()
}

#[test]
fn json_fields_are_the_keys_the_schema_describes() {
    for (command, args) in [
        ("list", &["list"][..]),
        ("list --variants", &["list", "--variants"]),
        ("show", &["show", "swallow-70b"]),
        ("search", &["search", "swallow"]),
        ("compare", &["compare", "swallow-70b", "tsuzumi"]),
        ("stats", &["stats"]),
        ("fit", &["fit", "--vram", "24GB"]),
        ("recommend", &["recommend", "--vram", "24GB"]),
        ("plan", &["plan", "swallow-70b"]),
        ("results", &["results", "--suite", "pfgen"]),
        ("benchmarks", &["benchmarks"]),
        ("benchmark", &["benchmark", "jglue"]),
    ] {
        assert_eq!(accepted(args), described(command), "{command}");
    }
}

/// A checkpoint is one object: in `list --variants` (after its family's
/// keys) and in `show --json`'s `variants`, the same keys and values.
#[test]
fn a_checkpoint_is_the_same_object_in_list_and_show() {
    let hf = "tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3";
    let rows = json(&["list", "--variants", "--json"]);
    let mut row = rows
        .as_array()
        .expect("array")
        .iter()
        .find(|r| r["hf"] == hf)
        .expect("the checkpoint")
        .clone();
    let shown = json(&["show", hf, "--json"]);
    let m = row.as_object_mut().expect("object");
    for family_key in ["family", "family_name", "year", "developers"] {
        assert!(m.remove(family_key).is_some(), "{family_key}");
    }
    let in_variants = shown["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .find(|v| v["hf"] == hf)
        .expect("in variants");
    // Compact bytes: the same keys in the same order with the same values.
    let bytes = |v: &Value| serde_json::to_string(v).expect("serializes");
    assert_eq!(bytes(&row), bytes(in_variants));
    assert_eq!(bytes(&row), bytes(&shown["selected_variant"]));
}

// Tanuki-8×8B scores 0.7789 on pfgen-bench
// (../shared/evals/pfgen-bench/README.md:103, catalog/results/pfgen.toml)
// and fits 24 GB at q2_k (tests/fit_plot.rs).
#[test]
fn fit_json_carries_the_score_asked_for() {
    let tanuki = "weblab-GENIAC/Tanuki-8x8B-dpo-v1.0";
    let find = |rows: &Value| -> Value {
        rows.as_array()
            .expect("array")
            .iter()
            .find(|r| r["hf"] == tanuki)
            .unwrap_or_else(|| panic!("{tanuki} fits"))
            .clone()
    };
    let sorted = checked(
        "fit",
        &["fit", "--vram", "24GB", "--sort", "score:pfgen", "--json"],
    );
    assert_eq!(
        find(&sorted)["score"],
        serde_json::json!({ "suite": "pfgen", "value": 0.7789 })
    );
    // A score column names the suite too; `--json hf,score` keeps it.
    let picked = json(&[
        "fit",
        "--vram",
        "24GB",
        "--columns",
        "checkpoint,score:pfgen",
        "--json",
        "hf,score",
    ]);
    assert_eq!(
        find(&picked),
        serde_json::json!({ "hf": tanuki, "score": { "suite": "pfgen", "value": 0.7789 } })
    );
    // A checkpoint without a pfgen result: the suite, and a null value.
    let unscored = sorted
        .as_array()
        .expect("array")
        .iter()
        .find(|r| r["score"]["value"].is_null())
        .expect("an unscored checkpoint");
    assert_eq!(unscored["score"]["suite"], "pfgen");
    // No score asked: null.
    let plain = json(&["fit", "--vram", "24GB", "--json"]);
    assert!(find(&plain)["score"].is_null());
    // `--json score` with no suite says how to name one.
    let out = jllm()
        .args(["fit", "--vram", "24GB", "--json", "hf,score"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--sort score:SUITE") && err.contains("pfgen"),
        "{err}"
    );
}

#[test]
fn bare_schema_is_the_family_object() {
    let bare = json(&["schema"]);
    assert_eq!(bare["title"], "jllm model family");
    assert_eq!(
        schema("list")["items"]["properties"],
        bare["properties"],
        "list --json is an array of family objects"
    );
}
