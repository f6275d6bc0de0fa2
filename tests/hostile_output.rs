//! Hostile input on its way out and into the importer, each case run on the
//! real binary with its exit code and message checked: terminal escapes in
//! names, an importer input that is not the list, imports onto an existing
//! catalog, invalid flag values, output into closed pipes and formulas in
//! CSV cells. The cases tests/cli.rs already covers are not repeated here.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command as Std, Stdio};

use common::hostile::*;
use common::jllm;
use predicates::prelude::*;

/// Characters a terminal acts on: ESC (colour, title), BEL, DEL, CSI as a
/// C1 control, a right-to-left override and an isolate.
const HOSTILE: &str = "Evil\u{1b}]0;pwned\u{7}\u{1b}[31mRED\u{7f}\u{9b}2J\u{202e}txt.exe\u{2066}";

fn hostile_catalog(dir: &Path) -> PathBuf {
    let toml_str = |v: &str| toml_escape(v);
    write(
        dir,
        "evil.toml",
        format!(
            "[[model]]\nid = \"evil\"\nname = {}\nname_ja = {}\ncategory = \"text-generation\"\nyear = 2024\narchitecture = {}\n\n[[model.variants]]\nname = {}\nhf = {}\nurl = {}\nparams = 7000000000\n",
            toml_str(HOSTILE),
            toml_str(HOSTILE),
            toml_str(HOSTILE),
            toml_str(HOSTILE),
            toml_str(&format!("evil/{HOSTILE}")),
            toml_str(&format!("https://x.test/{HOSTILE}")),
        ),
    )
}

/// A TOML basic string with every non-printable character as `\uXXXX`.
fn toml_escape(v: &str) -> String {
    let mut out = String::from("\"");
    for c in v.chars() {
        if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

fn inert(text: &str) -> bool {
    !text.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

#[test]
fn terminal_escapes_in_names_are_escaped_in_every_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cat = hostile_catalog(dir.path());
    let cat = s(&cat);
    let runs: &[&[&str]] = &[
        &["list", "--format", "json"],
        &["list", "--format", "jsonl"],
        &["list", "--json", "id,name,name_ja,architecture"],
        &["list", "--variants", "--format", "json"],
        &["list", "--variants", "--format", "ids"],
        &["list", "--variants", "--format", "tsv"],
        &[
            "list",
            "--columns",
            "id,name,name_ja,arch,hf,url",
            "--format",
            "table",
        ],
        &["show", "evil"],
        &["show", "evil", "--format", "json"],
        &["show", "evil", "--format", "jsonl"],
        &["search", "evil", "--format", "json"],
        &["search", "pwned"],
        &["compare", "evil", "swallow-70b"],
        &["fit", "--vram", "24GB", "--arch", "evil", "--format", "ids"],
        &["fit", "--vram", "24GB", "--arch", "evil"],
        &["plot", "--arch", "evil"],
    ];
    for args in runs {
        let out = jllm()
            .args(["--catalog", cat])
            .args(*args)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(text.to_lowercase().contains("evil"), "{args:?}: {text}");
        assert!(
            inert(&text),
            "{args:?} printed raw control characters: {text:?}"
        );
    }
    // JSON escapes them as \uXXXX: a JSON reader still gets the exact name.
    let out = jllm()
        .args(["--catalog", cat, "show", "evil", "--format", "json"])
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["name"], HOSTILE);
    assert_eq!(v["variants"][0]["hf"], format!("evil/{HOSTILE}"));
    // Messages on stderr too: a query echoed back, a problem in a file.
    let out = jllm()
        .args(["--catalog", cat, "show", "zz\u{1b}[2Jqq\u{202e}"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("no model matches") && inert(&err), "{err:?}");
    let bad_id = write(
        dir.path(),
        "bad-id.toml",
        MODEL.replace("\"mine\"", &toml_escape(HOSTILE)),
    );
    let out = jllm()
        .args(["catalog", "validate", s(&bad_id)])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("must be lowercase letters") && inert(&text),
        "{text:?}"
    );
    assert!(text.contains("\\u{1b}"), "{text:?}");
}

#[test]
fn importer_input_that_is_not_the_list_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let list = list_dir(
        dir.path(),
        b"# Shopping\n\n| a | b |\n|---|---|\n| milk | 2 |\n",
    );
    let out = dir.path().join("catalog");
    write(&out, "existing.toml", MODEL);
    let before = snapshot(&out);
    fails(
        &["catalog", "import", s(&list), "--out", s(&out)],
        "README.md: found 1 tables and 0 footnotes; this does not look like the awesome-japanese-llm list",
    );
    assert_eq!(snapshot(&out), before);
    // A translation without the Japanese file's tables is left out with a
    // warning, which --strict makes an error.
    let list = list_dir(dir.path(), MINI_LIST.as_bytes());
    write(&list, "en/README.md", "# English\n");
    fails(
        &["catalog", "import", s(&list), "--out", s(&out), "--strict"],
        "en/README.md: 0 tables where README.md has 10: English texts left out",
    );
    assert_eq!(snapshot(&out), before);
}

/// Found by the `markdown` fuzz target: a row with fewer cells than the
/// English header indexed past its end. A missing last cell reads as empty
/// (as GitHub shows it); cells merged by a lost `|` shift the columns, which
/// the importer reports instead of writing.
#[test]
fn importer_reads_rows_shorter_than_the_header() {
    let dir = tempfile::tempdir().expect("tempdir");
    let row = "| Llama (**7b**) | - | CyberAgent | Apache 2.0 |";
    assert!(MINI_LIST.contains(row));
    let short = MINI_LIST.replace(row, "| Llama (**7b**) | - | CyberAgent |");
    let list = list_dir(dir.path(), short.as_bytes());
    let out = dir.path().join("out");
    jllm()
        .args(["catalog", "import", s(&list), "--out", s(&out)])
        .assert()
        .success()
        .stdout(predicate::str::contains("wrote 10 models"));
    let models = std::fs::read_to_string(out.join("models/text-generation.toml")).expect("read");
    assert!(models.contains("name = \"Med\""), "{models}");
    let merged = MINI_LIST.replace("| Medicine | 2024 |", "| Medicine 2024 |");
    let list = list_dir(dir.path(), merged.as_bytes());
    let out = dir.path().join("out-merged");
    fails(
        &["catalog", "import", s(&list), "--out", s(&out), "--strict"],
        "README.md:17: unknown developer 'Apache 2.0'",
    );
    assert!(!out.exists());
    // Without --strict the shifted cell becomes a new developer, with a warning.
    jllm()
        .args(["catalog", "import", s(&list), "--out", s(&out)])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "README.md:17: unknown developer 'Apache 2.0': added as developer 'apache-2.0'",
        ));
}

#[test]
fn import_onto_an_existing_catalog_is_atomic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let list = list_dir(dir.path(), MINI_LIST.as_bytes());
    let out = dir.path().join("out");
    let import = || {
        let mut cmd = jllm();
        cmd.args(["catalog", "import", s(&list), "--out", s(&out)]);
        cmd
    };
    import().assert().success();
    no_temp_files(&out);
    let first = snapshot(&out);
    assert!(first.len() >= 9, "{first:?}");
    // Importing the same list again replaces the files with the same content.
    import().assert().success();
    assert_eq!(snapshot(&out), first);
    // A destination that cannot be replaced stops the import before any
    // file changes: the catalog is all old, never half new.
    let changed = MINI_LIST.replace("Sarashina2-8x70B", "Sarashina3-8x70B");
    list_dir(dir.path(), changed.as_bytes());
    let domains = out.join("domains.toml");
    std::fs::remove_file(&domains).expect("rm");
    std::fs::create_dir(&domains).expect("mkdir");
    let blocked = snapshot(&out);
    import().assert().code(2).stderr(predicate::str::contains(
        "domains.toml: is a directory; cannot replace it with a catalog file",
    ));
    assert_eq!(snapshot(&out), blocked);
    no_temp_files(&out);
    // Unblocked, the new list replaces every file.
    std::fs::remove_dir(&domains).expect("rmdir");
    import().assert().success();
    no_temp_files(&out);
    let text = std::fs::read_to_string(out.join("models/text-generation.toml")).expect("read");
    assert!(text.contains("Sarashina3-8x70B"));
}

#[test]
fn invalid_flag_values_list_the_valid_ones() {
    for (args, needle) in [
        (
            &["list", "--min-params", "abc"][..],
            "expected a number with a unit, like 7b, 1.5B or 500m",
        ),
        // A count without a unit below a million is a forgotten `b`.
        (
            &["list", "--min-params", "7"],
            "invalid size '7': 7 parameters? write 7b",
        ),
        // `k` is 1024 wherever it is accepted, so never a parameter unit.
        (
            &["list", "--max-params", "32k"],
            "k is not a unit of parameters (32k means 32,768 tokens)",
        ),
        // Too large, not "not greater than zero".
        (
            &["list", "--min-params", "1e400"],
            "invalid size '1e400': too large",
        ),
        (
            &["fit", "--vram", "1e400GB"],
            "invalid memory size '1e400GB': too large",
        ),
        (
            &["list", "--min-context", "7b"],
            "'b' is a unit of parameters",
        ),
        (
            &["list", "--min-params", "1e30"],
            "invalid size '1e30': too large",
        ),
        (&["list", "--min-params", "0"], "must be greater than zero"),
        (&["list", "--min-params=-5"], "must be greater than zero"),
        (&["list", "--since", "99999"], "2000..=2100"),
        (&["list", "--since", "1999"], "2000..=2100"),
        (
            &["list", "--format", "xml"],
            "[possible values: table, json, jsonl, csv, tsv, markdown, ids]",
        ),
        (&["list", "--lang", "xx"], "[possible values: en, ja, fr]"),
        (
            &["list", "--sort", "bogus"],
            "[possible values: params, year, released, name, context, developer]",
        ),
        (
            &["list", "--color", "sometimes"],
            "[possible values: auto, always, never]",
        ),
        (
            &["list", "--commercial=maybe"],
            "[possible values: yes, conditional, no, unknown]",
        ),
        (&["list", "--limit", "-1"], "unexpected argument '-1'"),
        (
            &["list", "--min-context", "lots"],
            "expected a number of tokens like 8192 or 32k",
        ),
        // Found while fuzzing the filters: overflowed instead of failing.
        (
            &["list", "--min-context", "18446744073709551615k"],
            "invalid context length '18446744073709551615k': too large",
        ),
        (&["list", "--task", "juggling"], "valid tasks: "),
        (
            &["list", "--json", "nope"],
            "unknown JSON field 'nope'; valid fields: ",
        ),
        (
            &["list", "--min-params", "70b", "--max-params", "7b"],
            "--min-params 70B is larger than --max-params 7B",
        ),
    ] {
        fails(args, needle);
    }
}

/// Commands whose output can fill a pipe, in every format.
const PIPED: &[&[&str]] = &[
    &["list"],
    &["list", "--format", "json"],
    &["list", "--format", "jsonl"],
    &["list", "--format", "csv"],
    &["list", "--format", "tsv"],
    &["list", "--format", "markdown"],
    &["list", "--format", "ids"],
    &["list", "--json", "id,name"],
    &["list", "--variants", "--format", "json"],
    &["search", "llama", "--format", "json"],
    &["search", "llama"],
    &["show", "swallow-70b"],
    &["show", "swallow-70b", "--format", "json"],
    &["compare", "swallow-70b", "ruri-v3"],
    &["stats", "--by", "license"],
    &["benchmarks", "--format", "json"],
    &["schema"],
    &["completions", "bash"],
    &["fit", "--vram", "24GB", "--all"],
    &["plot"],
    &["man"],
    &["--help"],
];

fn piped(args: &[&str], read_first: usize) -> std::process::Output {
    let mut child = Std::new(assert_cmd::cargo::cargo_bin("jllm"))
        .args(args)
        .env("LANG", "C")
        .env_remove("JLLM_CATALOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut head = vec![0; read_first];
    stdout.read_exact(&mut head).expect("first bytes");
    drop(stdout);
    child.wait_with_output().expect("wait")
}

#[test]
fn output_into_a_closed_pipe_exits_quietly() {
    for args in PIPED {
        // `jllm … | head -c 10`: ten bytes read, then the pipe closes.
        for read_first in [0, 10] {
            let out = piped(args, read_first);
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{args:?} after {read_first}: {err}"
            );
            assert!(err.is_empty(), "{args:?} after {read_first}: {err}");
        }
    }
}

#[test]
fn validation_problems_into_a_closed_pipe_exit_quietly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let many: String = (0..3000)
        .map(|i| MODEL.replace("\"mine\"", &format!("\"m{i}\"")) + "developers = [\"nobody\"]\n")
        .collect();
    let file = write(dir.path(), "many.toml", many);
    // 3000 problem lines overflow the pipe's buffer: writing fails.
    let out = piped(&["catalog", "validate", s(&file)], 10);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
}

/// A name a spreadsheet would run as a formula is inert in CSV and TSV
/// (a leading `'`), whatever the catalog says; numbers stay numbers.
#[test]
fn formulas_in_cells_are_inert_in_csv_and_tsv() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = write(
        dir.path(),
        "f.toml",
        "[[model]]\nid = \"formula\"\nname = \"=HYPERLINK(\\\"http://x.example/\\\",\\\"y\\\")\"\nname_ja = \"@SUM(A1)\"\ncategory = \"encoder\"\ndevelopers = [\"rinna\"]\n",
    );
    for (format, sep) in [("csv", ','), ("tsv", '\t')] {
        let out = jllm()
            .args([
                "--catalog",
                s(&file),
                "list",
                "--developer",
                "rinna",
                "-f",
                format,
            ])
            .args(["--columns", "id,name"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{out:?}");
        let text = String::from_utf8(out.stdout).expect("utf8");
        let row = text
            .lines()
            .find(|l| l.starts_with("formula"))
            .unwrap_or_else(|| panic!("{format}: no row of the overlay's family: {text}"));
        let name = row.split(sep).nth(1).expect("name cell");
        assert!(
            name.starts_with("'=HYPERLINK") || name.starts_with("\"'=HYPERLINK"),
            "{format}: {row}"
        );
    }
    let out = jllm()
        .args([
            "--catalog",
            s(&file),
            "--lang",
            "ja",
            "list",
            "--developer",
            "rinna",
            "-f",
            "tsv",
        ])
        .args(["--columns", "id,name"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert!(text.contains("formula\t'@SUM(A1)"), "{text}");
}
