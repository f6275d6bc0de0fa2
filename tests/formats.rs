//! One output pipeline: every command prints
//! every format (`table|json|jsonl|csv|tsv|markdown|ids`), checks
//! `--columns` against its own columns and keeps `--json FIELDS` in the
//! order asked. Run on the real binary and the embedded catalog; expected
//! values are the list's (README.md, line 133: "Swallow 70B", 2023, Llama 2,
//! Swallowプロジェクト, Llama 2 Community License; JMTEB by SB Intuitions).

mod common;

use common::jllm;

/// Every command that prints records, with arguments that find something.
const COMMANDS: &[&[&str]] = &[
    &["list", "--license", "apache", "--min-params", "7b"],
    &["list", "--variants", "--developer", "swallow"],
    &["show", "swallow-70b"],
    &["show", "tokyotech-llm/Swallow-70b-instruct-hf"],
    &["search", "elyza"],
    &["compare", "swallow-70b", "swallow-7b"],
    &["stats", "--by", "license"],
    &["fit", "--vram", "24GB"],
    &["results", "llama-3.1-swallow-8b"],
    &["results", "--suite", "swallow-ja-post", "--limit", "5"],
    &["benchmarks"],
    &["benchmark", "jmteb"],
];

const FORMATS: &[&str] = &["table", "json", "jsonl", "csv", "tsv", "markdown", "ids"];

fn run(args: &[&str]) -> (i32, String, String) {
    let out = jllm().args(args).output().expect("run jllm");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

/// Records of RFC 4180 CSV: quoted fields may hold commas, quotes (doubled)
/// and newlines.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quote in CSV:\n{text}");
    assert!(
        field.is_empty() && record.is_empty(),
        "CSV does not end with a newline"
    );
    records
}

/// Whether `text` looks like one of jllm's tables (the rule under a header).
fn is_table(text: &str) -> bool {
    text.contains("───")
}

/// Every command in every format exits 0 and prints that format, not the
/// table: CSV parses into a header and rows of its width, JSON parses,
/// JSON Lines is one object a line, Markdown has its `|---` row, ids one
/// token a line.
#[test]
fn every_command_prints_every_format() {
    let mut checked = 0;
    for command in COMMANDS {
        for format in FORMATS {
            let mut args = command.to_vec();
            args.extend(["--format", format]);
            let (code, out, err) = run(&args);
            let what = format!("jllm {}", args.join(" "));
            assert_eq!(code, 0, "{what}: exit {code}, stderr: {err}");
            assert!(!out.trim().is_empty(), "{what}: nothing printed");
            if *format != "table" {
                assert!(!is_table(&out), "{what} printed a table:\n{out}");
            }
            match *format {
                "table" => assert!(
                    is_table(&out) || command[0] == "benchmark",
                    "{what}:\n{out}"
                ),
                "json" => {
                    let v: serde_json::Value = serde_json::from_str(&out)
                        .unwrap_or_else(|e| panic!("{what}: not JSON ({e}):\n{out}"));
                    let one = matches!(command[0], "show" | "benchmark");
                    if one {
                        assert!(v.is_object(), "{what}: not an object");
                    } else {
                        let items = v
                            .as_array()
                            .unwrap_or_else(|| panic!("{what}: not an array"));
                        assert!(!items.is_empty(), "{what}: empty array");
                        assert!(items.iter().all(|i| i.is_object()), "{what}");
                    }
                }
                "jsonl" => {
                    assert!(out.ends_with('\n'), "{what}");
                    for line in out.lines() {
                        let v: serde_json::Value = serde_json::from_str(line)
                            .unwrap_or_else(|e| panic!("{what}: line not JSON ({e}): {line}"));
                        assert!(v.is_object(), "{what}: {line}");
                    }
                }
                "csv" => {
                    let records = parse_csv(&out);
                    assert!(records.len() >= 2, "{what}: no data row:\n{out}");
                    let width = records[0].len();
                    assert!(width >= 2, "{what}: header {:?}", records[0]);
                    assert!(
                        records.iter().all(|r| r.len() == width),
                        "{what}: ragged CSV:\n{out}"
                    );
                }
                "tsv" => {
                    let lines: Vec<&str> = out.lines().collect();
                    assert!(lines.len() >= 2, "{what}:\n{out}");
                    let tabs = lines[0].matches('\t').count();
                    assert!(tabs >= 1, "{what}: header {}", lines[0]);
                    for l in &lines {
                        assert_eq!(l.matches('\t').count(), tabs, "{what}: {l}");
                    }
                }
                "markdown" => {
                    let lines: Vec<&str> = out.lines().collect();
                    assert!(lines.len() >= 3, "{what}:\n{out}");
                    assert!(lines[1].starts_with("|---"), "{what}:\n{out}");
                    let pipes = lines[1].matches('|').count();
                    for l in &lines {
                        assert!(l.starts_with('|') && l.ends_with('|'), "{what}: {l}");
                        // Cells escape their pipes: count the unescaped ones.
                        let cells = l.matches('|').count() - l.matches("\\|").count();
                        assert_eq!(cells, pipes, "{what}: {l}");
                    }
                }
                "ids" => {
                    for line in out.lines() {
                        assert!(
                            !line.is_empty() && !line.contains(char::is_whitespace),
                            "{what}: not one token: {line:?}"
                        );
                    }
                }
                other => panic!("format {other} untested"),
            }
            checked += 1;
        }
    }
    assert_eq!(checked, COMMANDS.len() * FORMATS.len());
}

/// An empty result exits 1 in every format (the README says so): JSON is
/// `[]`, CSV, TSV and Markdown keep their header, the others print nothing.
#[test]
fn an_empty_result_exits_1_in_every_format() {
    for command in [
        &["list", "--since", "2030"][..],
        &["list", "--variants", "--since", "2030"],
        &["fit", "--vram", "24GB", "--since", "2030"],
        &["stats", "--since", "2030"],
        &["benchmarks", "--grep", "no-such-benchmark-text"],
    ] {
        for format in FORMATS {
            let mut args = command.to_vec();
            args.extend(["--format", format]);
            let (code, out, _) = run(&args);
            let what = format!("jllm {}", args.join(" "));
            assert_eq!(code, 1, "{what}");
            match *format {
                "json" => assert_eq!(out, "[]\n", "{what}"),
                "csv" | "tsv" => assert_eq!(out.lines().count(), 1, "{what}:\n{out}"),
                "markdown" => assert_eq!(out.lines().count(), 2, "{what}:\n{out}"),
                // stats and fit end a table with their totals.
                "table" if command[0] != "list" && command[0] != "benchmarks" => {
                    assert!(!is_table(&out), "{what}:\n{out}")
                }
                _ => assert_eq!(out, "", "{what}"),
            }
        }
    }
}

/// `show` printed its page whatever the format asked; now CSV, TSV and
/// Markdown are one row of the list's columns, with the list's values.
#[test]
fn show_prints_csv_tsv_and_markdown() {
    let (code, out, err) = run(&["show", "swallow-70b", "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let records = parse_csv(&out);
    assert_eq!(
        records[0],
        [
            "id",
            "name",
            "sizes",
            "arch",
            "developer",
            "license",
            "year",
            "context"
        ]
    );
    assert_eq!(records.len(), 2, "{out}");
    let row = &records[1];
    assert_eq!(row[0], "swallow-70b");
    assert_eq!(row[1], "Swallow 70B");
    assert_eq!(row[2], "70B");
    assert_eq!(row[3], "Llama 2");
    assert_eq!(row[4], "Swallow Project");
    assert!(row[5].starts_with("Llama 2 Community License"), "{row:?}");
    assert_eq!(row[6], "2023");

    let (code, out, _) = run(&["show", "swallow-70b", "--format", "tsv"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[1].starts_with("swallow-70b\tSwallow 70B\t70B\t"),
        "{out}"
    );

    let (code, out, _) = run(&["show", "swallow-70b", "--format", "markdown"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "| id | name | sizes | arch | developer | license | year | context |"
    );
    assert_eq!(lines[1], "|---|---|---|---|---|---|---|---|");
    assert!(
        lines[2].starts_with("| swallow-70b | Swallow 70B | 70B |"),
        "{out}"
    );
    assert_eq!(lines.len(), 3);

    // The page stays the table.
    let (code, out, _) = run(&["show", "swallow-70b"]);
    assert_eq!(code, 0);
    assert!(out.starts_with(" Name            Swallow 70B\n"), "{out}");
    // So does `benchmark`'s, and its CSV is a row.
    let records = parse_csv(&run(&["benchmark", "jmteb", "-f", "csv"]).1);
    assert_eq!(records[0], ["id", "name", "category", "developer"]);
    assert_eq!(records[1][0], "jmteb");
    assert_eq!(records[1][1], "JMTEB");
    assert_eq!(records[1][3], "SB Intuitions");
}

/// `show --columns` checks the family columns (it listed none) and prints
/// them; a wrong name lists them all.
#[test]
fn show_columns_are_the_family_columns() {
    let (code, out, err) = run(&["show", "swallow-70b", "--columns", "id"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(lines[0].trim(), "id");
    assert_eq!(lines[2].trim(), "swallow-70b");

    let (code, out, _) = run(&[
        "show",
        "swallow-70b",
        "-f",
        "csv",
        "--columns",
        "year,id,hf",
    ]);
    assert_eq!(code, 0);
    let records = parse_csv(&out);
    assert_eq!(records[0], ["year", "id", "hf"]);
    assert_eq!(records[1][0], "2023");
    assert_eq!(records[1][1], "swallow-70b");
    // The five checkpoints of the list's row, one a line in the cell.
    assert_eq!(records[1][2].lines().count(), 5, "{out}");
    assert!(records[1][2].contains("tokyotech-llm/Swallow-70b-NVE-instruct-hf"));

    let (code, out, err) = run(&["show", "swallow-70b", "--columns", "nope"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    let valid = possible_columns(&err);
    for c in ["id", "name", "sizes", "license", "hf", "score:pfgen"] {
        assert!(valid.contains(&c.to_string()), "{c} not in {err}");
    }

    // Every command names its valid columns.
    for command in COMMANDS {
        let mut args = command.to_vec();
        args.extend(["--columns", "nope"]);
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(possible_columns(&err).len() >= 3, "{args:?}: {err}");
    }
}

/// The columns clap names after a wrong `--columns` value.
fn possible_columns(err: &str) -> Vec<String> {
    let list = err
        .split("[possible values: ")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .unwrap_or_else(|| panic!("no possible values in {err}"));
    list.split(", ").map(|s| s.trim().to_string()).collect()
}

/// `--columns` is checked by clap (exit 2 before anything runs, shell
/// completion of the names), against every column a command has in any
/// mode; each name clap offers prints in at least one mode (`list` with or
/// without `--variants`, `results` ranking or not), as the header of the
/// CSV, and the columns of the other mode are refused by name.
#[test]
fn every_column_clap_offers_prints() {
    let modes: &[&[&[&str]]] = &[
        &[
            &["list", "--developer", "swallow"],
            &["list", "--variants", "--developer", "swallow"],
        ],
        &[&["show", "swallow-70b"]],
        &[&["search", "elyza"]],
        &[&["compare", "swallow-70b", "swallow-7b"]],
        &[&["stats", "--by", "license"]],
        &[&["fit", "--vram", "24GB"]],
        &[
            &["results", "llama-3.1-swallow-8b"],
            &["results", "--suite", "swallow-ja-post", "--limit", "5"],
        ],
        &[&["benchmarks"]],
        &[&["benchmark", "jmteb"]],
    ];
    let mut printed = 0;
    for command in modes {
        let mut args = command[0].to_vec();
        args.extend(["--columns", "nope"]);
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains("invalid value 'nope' for '--columns"), "{err}");
        let offered = possible_columns(&err);
        assert!(offered.len() >= 3, "{args:?}: {err}");
        for column in &offered {
            let mut accepted = false;
            for mode in command.iter() {
                let mut args = mode.to_vec();
                args.extend(["--format", "csv", "--columns", column]);
                let (code, out, err) = run(&args);
                if code == 0 {
                    let records = parse_csv(&out);
                    // compare is transposed: a row per column, named first.
                    let names: Vec<&str> = if mode[0] == "compare" {
                        records.iter().skip(1).map(|r| r[0].as_str()).collect()
                    } else {
                        records[0].iter().map(String::as_str).collect()
                    };
                    assert_eq!(names, [column.as_str()], "{args:?}");
                    accepted = true;
                } else {
                    assert_eq!(code, 2, "{args:?}: {err}");
                    assert!(err.contains(&format!("unknown column '{column}'")), "{err}");
                }
            }
            assert!(
                accepted,
                "{command:?}: clap offers {column}, no mode prints it"
            );
            printed += 1;
        }
    }
    assert!(printed > 100, "{printed}");
}

/// `--json a,b,c` keeps the keys in the order asked, in every JSON output.
#[test]
fn json_fields_keep_the_order_asked() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["list", "--developer", "swallow", "--json", "params,name,id"],
            &["params", "name", "id"],
        ),
        (
            &["show", "swallow-70b", "--json", "year,name,id"],
            &["year", "name", "id"],
        ),
        (
            &[
                "list",
                "--variants",
                "--developer",
                "swallow",
                "--json",
                "params,hf,family",
            ],
            &["params", "hf", "family"],
        ),
        (
            &["stats", "--json", "share,label,key,count"],
            &["share", "label", "key", "count"],
        ),
        (
            &["fit", "--vram", "24GB", "--json", "verdict,hf"],
            &["verdict", "hf"],
        ),
        (&["benchmarks", "--json", "url,id"], &["url", "id"]),
        (
            &[
                "results",
                "llama-3.1-swallow-8b",
                "--json",
                "score,suite,hf",
            ],
            &["score", "suite", "hf"],
        ),
        // search adds its match last.
        (
            &["search", "elyza", "--json", "name,id"],
            &["name", "id", "match"],
        ),
    ];
    for (args, keys) in cases {
        for jsonl in [false, true] {
            let mut args = args.to_vec();
            if jsonl {
                args.extend(["--format", "jsonl"]);
            }
            let (code, out, err) = run(&args);
            assert_eq!(code, 0, "{args:?}: {err}");
            // serde_json's Value sorts keys: read the order from the text.
            let first = out.trim_start_matches('[');
            let first = &first[..first.find('}').unwrap_or(first.len())];
            let mut at = 0;
            for k in keys.iter() {
                let pos = first[at..]
                    .find(&format!("\"{k}\":"))
                    .unwrap_or_else(|| panic!("{args:?}: {k} missing or out of order in {first}"));
                at += pos + 1;
            }
            let n = first.matches("\":").count();
            assert!(n >= keys.len(), "{args:?}: {first}");
            let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap_or(""))
                .or_else(|_| serde_json::from_str(&out))
                .expect("JSON");
            let obj = match &v {
                serde_json::Value::Array(a) => a[0].clone(),
                o => o.clone(),
            };
            assert_eq!(
                obj.as_object().map(|o| o.len()),
                Some(keys.len()),
                "{args:?}"
            );
        }
    }
    let v = common::json(&["list", "--developer", "swallow", "--json", "params,name,id"]);
    let first = &v[0];
    assert!(first["params"].is_u64() && first["name"].is_string() && first["id"].is_string());
}

/// `--format ids` prints ids and nothing else (item 9): family ids, repo
/// ids with `--variants`, in `fit` and `results`, each once; a checkpoint
/// without a repo id (API-only) is left out and counted on stderr.
#[test]
fn ids_are_ids_only() {
    // The list's API-only models (section "API") have no repo id.
    let (code, out, err) = run(&["list", "--variants", "--approach", "api", "-f", "ids"]);
    assert_eq!(code, 1, "only API checkpoints: nothing printed, {out}");
    assert_eq!(out, "");
    assert!(
        err.contains("without a Hugging Face repo id left out"),
        "{err}"
    );
    let (code, out, err) = run(&["list", "--variants", "-f", "ids"]);
    assert_eq!(code, 0);
    assert!(err.contains("left out"), "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.len() > 600, "{}", lines.len());
    for l in &lines {
        assert!(!l.contains("://") && l.contains('/'), "not a repo id: {l}");
    }
    assert!(lines.contains(&"tokyotech-llm/Swallow-70b-hf"));

    // Rows of fit and results share repos: each once.
    for args in [
        &["results", "llama-3.1-swallow-8b", "--tasks", "-f", "ids"][..],
        &["fit", "--vram", "80GB", "--all", "-f", "ids"],
    ] {
        let (code, out, _) = run(args);
        assert_eq!(code, 0, "{args:?}");
        let lines: Vec<&str> = out.lines().collect();
        let unique: std::collections::HashSet<&&str> = lines.iter().collect();
        assert!(!lines.is_empty());
        assert_eq!(unique.len(), lines.len(), "{args:?}: repeated ids");
    }
    // search prints families only, even when a benchmark matches.
    let (code, out, err) = run(&["search", "rakuda", "-f", "ids"]);
    assert_eq!(code, 1, "{out}");
    assert!(err.contains("rakuda-benchmark"), "{err}");
    let (_, out, _) = run(&["compare", "swallow-70b", "swallow-7b", "-f", "ids"]);
    assert_eq!(out, "swallow-70b\nswallow-7b\n");
    let (_, out, _) = run(&["show", "tokyotech-llm/Swallow-70b-instruct-hf", "-f", "ids"]);
    assert_eq!(out, "swallow-70b\n");
}
