//! A qualified number of the list stays qualified: `≤ 2,048` is a bound,
//! `約180B` approximate, never an exact value. The ignored test scans the
//! three README files of the list for every number a qualifier goes with in
//! the size, context and training-data columns, and checks how the catalog
//! holds each; the others check what the commands do with the one bounded
//! context of the list (README.md:81, rinna GPT (Japanese only): `≤ 2,048`)
//! and with approximate token counts, on the real binary.

mod common;

use std::collections::BTreeMap;

use common::{jllm, json, list_dir};
use serde_json::Value;

/// Words before a number that qualify it, read by this test on its own (not
/// by the importer's table), and the kind each means.
const BEFORE: &[(&str, &str)] = &[
    ("≤", "max"),
    ("≦", "max"),
    ("<", "max"),
    ("up to", "max"),
    ("less than", "max"),
    ("moins de", "max"),
    ("jusqu'à", "max"),
    ("≥", "min"),
    ("≧", "min"),
    (">", "min"),
    ("over", "min"),
    ("more than", "min"),
    ("plus de", "min"),
    ("約", "approx"),
    ("~", "approx"),
    ("〜", "approx"),
    ("～", "approx"),
    ("≈", "approx"),
    ("about", "approx"),
    ("approx.", "approx"),
    ("approximately", "approx"),
    ("around", "approx"),
    ("environ", "approx"),
];

/// Words after a number that qualify it.
const AFTER: &[(&str, &str)] = &[
    ("以下", "max"),
    ("未満", "max"),
    ("以上", "min"),
    ("超", "min"),
];

/// One qualified number of the list.
#[derive(Debug)]
struct Found {
    file: &'static str,
    line: usize,
    column: &'static str,
    form: String,
    kind: &'static str,
    /// The number with its unit as written (`2,048`, `180B`).
    text: String,
    /// Its value (units read: `180B` → 180e9); None where it has a decimal
    /// comma or another unit.
    value: Option<u64>,
}

/// The column a header names: the size (architecture, base model), context
/// and training-data columns, in the list's three languages.
fn role(header: &str) -> Option<&'static str> {
    let h = header.to_lowercase();
    if h.contains("context")
        || h.contains("input length")
        || h.contains("トークン数")
        || h.contains("contexte")
        || h.contains("longueur d'entrée")
    {
        Some("context")
    } else if h.contains("training")
        || h.contains("学習")
        || h.contains("entraînement")
        || h.contains("données")
    {
        Some("training")
    } else if h.contains("architecture")
        || h.contains("アーキテクチャ")
        || h.contains("base")
        || h.contains("ベース")
    {
        Some("size")
    } else {
        None
    }
}

/// A cell as text: links as their text, `<br>` as a space, no bold.
fn text_of(cell: &str) -> String {
    let mut out = String::new();
    let mut rest = cell;
    while let Some(at) = rest.find("](") {
        out.push_str(&rest[..at]);
        rest = &rest[at + 2..];
        rest = rest.find(')').map_or("", |e| &rest[e + 1..]);
    }
    out.push_str(rest);
    out.replace("<br>", " ")
        .replace("<br/>", " ")
        .replace("**", "")
        .replace(['[', ']'], "")
}

fn unit(c: char) -> Option<u64> {
    match c {
        'k' | 'K' => Some(1_000),
        'm' | 'M' => Some(1_000_000),
        'b' | 'B' => Some(1_000_000_000),
        't' | 'T' => Some(1_000_000_000_000),
        _ => None,
    }
}

/// Whether `s` (spaces aside) ends with a number, a unit letter allowed.
fn ends_with_number(s: &str) -> bool {
    let s = s.trim_end();
    let s = s.strip_suffix(|c: char| unit(c).is_some()).unwrap_or(s);
    s.ends_with(|c: char| c.is_ascii_digit())
}

/// The qualified numbers of one cell.
fn scan(cell: &str, file: &'static str, line: usize, column: &'static str, out: &mut Vec<Found>) {
    let text = text_of(cell);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let starts = c.is_ascii_digit()
            && (i == 0 || {
                let p = chars[i - 1].1;
                // Not inside a word or a name (`v0.3`, `FineMath-4+`).
                !(p.is_ascii_alphanumeric() || p == '.' || p == ',' || p == '-')
            });
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len()
            && (chars[j].1.is_ascii_digit()
                || ((chars[j].1 == ',' || chars[j].1 == '.')
                    && chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit())))
        {
            j += 1;
        }
        let digits: String = chars[i..j].iter().map(|c| c.1).collect();
        // A unit letter right after the number, not the start of a word.
        let mut k = j;
        let mut mult = 1;
        if let Some(m) = chars.get(j).and_then(|c| unit(c.1)) {
            if !chars.get(j + 1).is_some_and(|c| c.1.is_ascii_alphabetic()) {
                mult = m;
                k = j + 1;
            }
        }
        let end = chars.get(k).map_or(text.len(), |c| c.0);
        let before = text[..at].trim_end();
        let after = &text[end..];
        let mut hit = None;
        for (word, kind) in BEFORE {
            if let Some(rest) = before.to_lowercase().strip_suffix(word) {
                let alpha = word
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '.');
                let boundary = !alpha || !rest.ends_with(|c: char| c.is_alphanumeric());
                // `2,400 ~ 8,192` is a range; `a<b` or `<sup>` no bound.
                let range = matches!(*word, "~" | "〜" | "～") && ends_with_number(rest);
                let tag = matches!(*word, "<" | ">")
                    && rest.ends_with(|c: char| c.is_alphanumeric() || c == '-' || c == '"');
                if boundary && !range && !tag {
                    hit = Some((word.to_string(), *kind));
                    break;
                }
            }
        }
        if hit.is_none() {
            if let Some(rest) = after.strip_prefix('+') {
                // `2T+` is at least 2T; `8B + 384` a sum.
                if !rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
                    hit = Some(("N+".to_string(), "min"));
                }
            }
        }
        if hit.is_none() {
            let a = after.trim_start();
            hit = AFTER
                .iter()
                .find(|(w, _)| a.starts_with(w))
                .map(|(w, k)| (format!("N {w}"), *k));
        }
        if let Some((form, kind)) = hit {
            let value = if digits.contains(',')
                && digits.rsplit(',').next().is_some_and(|g| g.len() != 3)
            {
                None
            } else {
                let plain = digits.replace(',', "");
                plain
                    .parse::<f64>()
                    .ok()
                    .map(|n| (n * mult as f64).round() as u64)
            };
            out.push(Found {
                file,
                line,
                column,
                form,
                kind,
                text: chars[i..k].iter().map(|c| c.1).collect(),
                value,
            });
        }
        i = k.max(i + 1);
    }
}

/// Every qualified number in the size, context and training-data columns of
/// the model tables of README.md, en/README.md and fr/README.md.
fn qualified_numbers() -> Vec<Found> {
    let dir = list_dir();
    let mut found = Vec::new();
    for file in ["README.md", "en/README.md", "fr/README.md"] {
        let text = std::fs::read_to_string(dir.join(file)).expect("README");
        let lines: Vec<&str> = text.lines().collect();
        let mut roles: Vec<Option<&'static str>> = Vec::new();
        for (n, line) in lines.iter().enumerate() {
            if !line.starts_with('|') {
                roles.clear();
                continue;
            }
            let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
            if lines
                .get(n + 1)
                .is_some_and(|next| next.starts_with("|:") || next.starts_with("|-"))
            {
                roles = cells.iter().map(|c| role(c)).collect();
                continue;
            }
            for (i, cell) in cells.iter().enumerate() {
                if let Some(Some(column)) = roles.get(i) {
                    scan(cell, file, n + 1, column, &mut found);
                }
            }
        }
    }
    found
}

/// Each qualified number is held with its kind: a context as a bound, never
/// as an exact length; the token count a family's training tokens come from
/// marked with its qualifier; a size never (the catalog has no qualified
/// size, so one in the list fails here).
#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn every_qualified_number_of_the_list_keeps_its_kind() {
    let found = qualified_numbers();
    let all = json(&["list", "--json"]);
    let by_line: BTreeMap<u64, &Value> = all
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|f| Some((f["source_line"].as_u64()?, f)))
        .collect();
    let mut forms: BTreeMap<(&str, &str, &str, &str), usize> = BTreeMap::new();
    for f in &found {
        *forms
            .entry((f.file, f.column, f.form.as_str(), f.kind))
            .or_default() += 1;
    }
    for ((file, column, form, kind), n) in &forms {
        eprintln!("{file}\t{column}\t{form}\t{kind}\t{n}");
    }
    // README.md:81, rinna GPT (Japanese only): "≤ 2,048" in each language.
    for file in ["README.md", "en/README.md", "fr/README.md"] {
        assert!(
            found.iter().any(|f| f.file == file
                && f.line == 81
                && f.column == "context"
                && f.kind == "max"
                && f.value == Some(2048)),
            "{file}:81: no ≤ 2,048 found"
        );
    }
    assert!(found
        .iter()
        .any(|f| f.column == "training" && f.form == "約"));

    for f in &found {
        let where_ = format!("{}:{} {} {:?} {}", f.file, f.line, f.column, f.form, f.text);
        let fam = by_line
            .get(&(f.line as u64))
            .unwrap_or_else(|| panic!("{where_}: no family from this line"));
        match f.column {
            "context" => {
                let n = f.value.expect("a context is a whole number");
                let variants = fam["variants"].as_array().expect("variants");
                let exact = std::iter::once(&fam["context_length"])
                    .chain(variants.iter().map(|v| &v["context_length"]))
                    .any(|c| c.as_u64() == Some(n));
                assert!(!exact, "{where_}: imported as an exact length");
                let bound = std::iter::once(&fam["context_bound"])
                    .chain(variants.iter().map(|v| &v["context_bound"]))
                    .any(|b| b["value"].as_u64() == Some(n) && b["kind"] == f.kind);
                assert!(bound, "{where_}: no context_bound {} {n}", f.kind);
            }
            "training" => {
                if f.value.is_some() && fam["training_tokens"].as_u64() == f.value {
                    assert_eq!(
                        fam["training_tokens_qualifier"], f.kind,
                        "{where_}: the training tokens lost their qualifier"
                    );
                }
            }
            _ => panic!("{where_}: a qualified size, which the catalog cannot hold"),
        }
    }
    // And no family claims a qualifier the list does not write.
    for fam in all.as_array().expect("array") {
        let Some(kind) = fam["training_tokens_qualifier"].as_str() else {
            continue;
        };
        let line = fam["source_line"].as_u64().expect("line") as usize;
        assert!(
            found.iter().any(|f| f.line == line
                && f.column == "training"
                && f.kind == kind
                && f.value == fam["training_tokens"].as_u64()),
            "{}: training_tokens_qualifier {kind} from no cell of line {line}",
            fam["id"]
        );
        assert!(fam["training_tokens"].is_u64(), "{}", fam["id"]);
    }
    for fam in all.as_array().expect("array") {
        if let Some(b) = fam["context_bound"].as_object() {
            let line = fam["source_line"].as_u64().expect("line") as usize;
            assert!(
                found.iter().any(|f| f.line == line
                    && f.column == "context"
                    && f.kind == b["kind"]
                    && f.value == b["value"].as_u64()),
                "{}: context_bound from no cell of line {line}",
                fam["id"]
            );
        }
    }
}

fn stdout(args: &[&str]) -> String {
    let out = jllm().args(args).output().expect("run jllm");
    assert!(
        out.status.success(),
        "jllm {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// README.md:81 rinna GPT (Japanese only), context cell "≤ 2,048": at most
/// 2,048, for each of its seven checkpoints.
#[test]
fn an_upper_bound_is_kept_as_one() {
    let fams = json(&["show", "rinna-gpt-japanese-only", "--json"]);
    let f = fams.as_array().map_or(&fams, |a| &a[0]);
    assert_eq!(f["context_length"], Value::Null);
    assert_eq!(
        f["context_bound"],
        serde_json::json!({"kind": "max", "value": 2048})
    );
    assert_eq!(f["context_text"], "≤ 2,048");
    let variants = f["variants"].as_array().expect("variants");
    assert_eq!(variants.len(), 7);
    for v in variants {
        assert_eq!(v["context_length"], Value::Null, "{}", v["hf"]);
        assert_eq!(v["context_bound"]["kind"], "max", "{}", v["hf"]);
        assert_eq!(v["context_bound"]["value"], 2048, "{}", v["hf"]);
    }
    let shown = stdout(&["show", "rinna-gpt-japanese-only"]);
    let line = shown
        .lines()
        .find(|l| l.contains("Context length"))
        .expect("a context line");
    assert!(line.contains("≤ 2,048"), "{line}");
}

/// "≤ 2,048" proves no context of 2,048 or more, and proves one of at most
/// 2,048.
#[test]
fn context_filters_read_the_bound() {
    let ids = |args: &[&str]| -> Vec<String> {
        json(args)
            .as_array()
            .expect("array")
            .iter()
            .map(|f| f["id"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let min = ids(&[
        "list",
        "--min-context",
        "2048",
        "--developer",
        "rinna",
        "--json",
    ]);
    assert!(!min.is_empty());
    assert!(
        !min.contains(&"rinna-gpt-japanese-only".to_string()),
        "{min:?}"
    );
    let max = ids(&[
        "list",
        "--max-context",
        "2048",
        "--developer",
        "rinna",
        "--json",
    ]);
    assert!(
        max.contains(&"rinna-gpt-japanese-only".to_string()),
        "{max:?}"
    );
    // A bound of 2,048 is not within 1,024.
    let max = ids(&[
        "list",
        "--max-context",
        "1024",
        "--developer",
        "rinna",
        "--json",
    ]);
    assert!(
        !max.contains(&"rinna-gpt-japanese-only".to_string()),
        "{max:?}"
    );
    let table = stdout(&["list", "--developer", "rinna", "--columns", "id,context"]);
    let row = table
        .lines()
        .find(|l| l.contains("rinna-gpt-japanese-only"))
        .expect("row");
    assert!(row.contains("≤ 2048"), "{row}");
}

/// fit estimates a bounded context at the bound and marks it; `--context`
/// above the bound leaves the checkpoints out.
#[test]
fn fit_marks_an_estimate_at_a_bound() {
    let rows = json(&["fit", "--vram", "8GB", "--developer", "rinna", "--json"]);
    let xsmall = rows
        .as_array()
        .expect("array")
        .iter()
        .find(|r| r["hf"] == "rinna/japanese-gpt2-xsmall")
        .expect("xsmall fits in 8 GB");
    assert_eq!(xsmall["context"], 2048);
    assert_eq!(xsmall["context_qualifier"], "max");
    let table = stdout(&["fit", "--vram", "8GB", "--developer", "rinna"]);
    let row = table
        .lines()
        .find(|l| l.contains("rinna/japanese-gpt2-xsmall"))
        .expect("row");
    assert!(row.contains("≤ 2048"), "{row}");
    let rows = json(&[
        "fit",
        "--vram",
        "8GB",
        "--developer",
        "rinna",
        "--context",
        "2048",
        "--json",
    ]);
    assert!(
        !rows
            .as_array()
            .expect("array")
            .iter()
            .any(|r| r["hf"] == "rinna/japanese-gpt2-xsmall"),
        "a bound of 2,048 does not prove 2,048"
    );
}

/// en/README.md:451 LLM-jp-4-VL 9B beta: "~180B tokens"; README.md:451
/// "約180Bトークン".
#[test]
fn approximate_token_counts_show_as_approximate() {
    let fams = json(&["show", "llm-jp-4-vl-9b-beta", "--json"]);
    let f = fams.as_array().map_or(&fams, |a| &a[0]);
    assert_eq!(f["training_tokens"], 180_000_000_000u64);
    assert_eq!(f["training_tokens_qualifier"], "approx");
    let en = stdout(&["show", "llm-jp-4-vl-9b-beta"]);
    let line = en
        .lines()
        .find(|l| l.contains("Training tokens"))
        .expect("line");
    assert!(line.contains("~180B"), "{line}");
    let ja = stdout(&["show", "llm-jp-4-vl-9b-beta", "--lang", "ja"]);
    let line = ja
        .lines()
        .find(|l| l.contains("学習トークン数"))
        .expect("line");
    assert!(line.contains("約180B"), "{line}");
}

/// A user's catalog file states a bound the way the built-in one does, and
/// one context cannot be both a length and a bound.
#[test]
fn a_catalog_file_states_a_bound_or_a_length_not_both() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ok = dir.path().join("ok.toml");
    std::fs::write(
        &ok,
        "[[model]]\nid = \"b\"\nname = \"B\"\nname_ja = \"B\"\ncategory = \"music\"\ncontext_bound = { kind = \"min\", value = 8192 }\n",
    )
    .expect("write");
    let path = ok.to_str().expect("utf8");
    let out = json(&[
        "--catalog",
        path,
        "list",
        "--min-context",
        "8192",
        "--category",
        "music",
        "--json",
    ]);
    assert!(
        out.as_array()
            .expect("array")
            .iter()
            .any(|f| f["id"] == "b"),
        "≥ 8192 proves 8192: {out}"
    );
    let both = dir.path().join("both.toml");
    std::fs::write(
        &both,
        "[[model]]\nid = \"c\"\nname = \"C\"\nname_ja = \"C\"\ncategory = \"music\"\ncontext_length = 2048\ncontext_bound = { kind = \"max\", value = 2048 }\n",
    )
    .expect("write");
    let out = jllm()
        .args(["catalog", "validate", both.to_str().expect("utf8")])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("model 'c' states a context both as a length and as a bound"),
        "{text}"
    );
}
