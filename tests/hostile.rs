//! Hostile and broken input, each case run on the real binary with its exit
//! code and message checked: malformed or mistyped catalog TOML, duplicate
//! and unknown ids, huge, empty, unreadable and non-UTF-8 files, terminal
//! escapes in names, an importer input that is not the list, imports onto an
//! existing catalog, invalid flag values and output into closed pipes. The
//! cases tests/cli.rs already covers are not repeated here.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command as Std, Stdio};

use common::jllm;
use predicates::prelude::*;

/// A small list-shaped document (10 tables in the list's sections, two
/// footnotes): the seed of the `markdown` fuzz target.
const MINI_LIST: &str = include_str!("../fuzz/seeds/markdown/list-shaped.md");

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&path, content).expect("write");
    path
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

/// A checkout of the list in `dir` with the same text in all three languages.
fn list_dir(dir: &Path, text: &[u8]) -> PathBuf {
    let list = dir.join("list");
    for f in ["README.md", "en/README.md", "fr/README.md"] {
        write(&list, f, text);
    }
    list
}

/// Every file below `dir` with its content, for before/after comparisons.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let content = std::fs::read(&p).expect("read");
                out.push((p, content));
            }
        }
    }
    out.sort();
    out
}

/// No temporary file below `dir`, nor a staging directory beside it.
fn no_temp_files(dir: &Path) {
    let beside = std::fs::read_dir(dir.parent().expect("parent"))
        .expect("read_dir")
        .map(|e| e.expect("entry").path());
    for p in snapshot(dir).into_iter().map(|(p, _)| p).chain(beside) {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        assert!(!name.contains(".tmp"), "left behind: {}", p.display());
    }
}

/// Runs jllm with `args` and a catalog file, expecting exit 2 and `needle`
/// in stderr.
fn fails(args: &[&str], needle: &str) {
    jllm()
        .args(args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(needle))
        .stderr(predicate::str::contains("panicked").not());
}

const MODEL: &str = "[[model]]\nid = \"mine\"\nname = \"Mine\"\nname_ja = \"私の\"\ncategory = \"text-generation\"\n";

#[test]
fn malformed_toml_names_file_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = write(dir.path(), "bad.toml", "[[model]]\nid = \"x\"\nname = \n");
    let msg = "bad.toml:3:8: string values must be quoted";
    fails(&["--catalog", s(&bad), "list"], msg);
    fails(&["catalog", "validate", s(&bad)], msg);
    let unclosed = write(dir.path(), "unclosed.toml", "[[model]\nid = \"x\"\n");
    fails(&["--catalog", s(&unclosed), "list"], "unclosed.toml:1:");
}

#[test]
fn wrong_types_name_the_expected_type() {
    let dir = tempfile::tempdir().expect("tempdir");
    let year = write(dir.path(), "year.toml", format!("{MODEL}year = \"2024\"\n"));
    fails(
        &["--catalog", s(&year), "list"],
        "year.toml:6:8: invalid type: string \"2024\", expected u16",
    );
    let cat = write(
        dir.path(),
        "cat.toml",
        MODEL.replace("\"text-generation\"", "\"robots\""),
    );
    fails(
        &["--catalog", s(&cat), "list"],
        "cat.toml:5:12: unknown variant `robots`",
    );
    let models = write(dir.path(), "models.toml", "model = 3\n");
    fails(&["catalog", "validate", s(&models)], "models.toml:1:9:");
}

#[test]
fn duplicate_ids_in_one_file_are_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dup = write(dir.path(), "dup.toml", format!("{MODEL}\n{MODEL}"));
    fails(
        &["--catalog", s(&dup), "list"],
        "dup.toml:2: duplicate model id 'mine'",
    );
    jllm()
        .args(["catalog", "validate", s(&dup)])
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "dup.toml:2: duplicate model id 'mine'",
        ));
    let dev = "[[developer]]\nid = \"me\"\nname = \"Me\"\nname_ja = \"私\"\n";
    let devs = write(dir.path(), "devs.toml", format!("{dev}{dev}"));
    fails(
        &["--catalog", s(&devs), "list"],
        "devs.toml:2: duplicate developer id 'me'",
    );
    let paper = "[[paper]]\nid = \"p\"\nname = \"P\"\nkind = \"architecture\"\ntitle = \"T\"\n";
    let papers = write(dir.path(), "papers.toml", format!("{paper}{paper}"));
    fails(
        &["--catalog", s(&papers), "list"],
        "papers.toml:2: duplicate paper id 'p'",
    );
    // An id of the built-in catalog is an overlay that replaces, not a duplicate.
    let over = write(
        dir.path(),
        "over.toml",
        "[[developer]]\nid = \"cyberagent\"\nname = \"CA\"\nname_ja = \"CA\"\n",
    );
    jllm()
        .args([
            "--catalog",
            s(&over),
            "list",
            "--developer",
            "CA",
            "--format",
            "ids",
        ])
        .assert()
        .success();
}

#[test]
fn unknown_license_and_developer_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lic = write(
        dir.path(),
        "lic.toml",
        format!("{MODEL}license = {{ ids = [\"no-such-license\"], commercial = \"yes\" }}\n"),
    );
    fails(
        &["--catalog", s(&lic), "list"],
        "lic.toml:2: model 'mine' names unknown license id 'no-such-license' (add it to licenses.toml)",
    );
    let dev = write(
        dir.path(),
        "dev.toml",
        format!("{MODEL}developers = [\"cyberagent\", \"nobody\"]\n"),
    );
    fails(
        &["--catalog", s(&dev), "list"],
        "dev.toml:2: model 'mine' names unknown developer id 'nobody'",
    );
}

#[test]
fn a_100_mb_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("big.toml");
    // Sparse: 100 MB on paper, nothing on disk.
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(100_000_000))
        .expect("sparse file");
    fails(
        &["--catalog", s(&big), "list"],
        "big.toml: file is 95 MiB; catalog files are limited to 64 MiB",
    );
    let list = list_dir(dir.path(), MINI_LIST.as_bytes());
    std::fs::File::create(list.join("README.md"))
        .and_then(|f| f.set_len(100_000_000))
        .expect("sparse file");
    let out = dir.path().join("out");
    fails(
        &["catalog", "import", s(&list), "--out", s(&out)],
        "README.md: file is 95 MiB; list files are limited to 64 MiB",
    );
    assert!(!out.exists());
}

#[test]
fn directories_and_unreadable_paths() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    fails(
        &["--catalog", s(&empty), "list"],
        "empty: no .toml files in this directory",
    );
    // A path through a file.
    let file = write(dir.path(), "file.toml", MODEL);
    fails(
        &["--catalog", &format!("{}/x.toml", s(&file)), "list"],
        "file.toml/x.toml: cannot read catalog",
    );
    // A catalog directory with a dangling link among its files.
    let linked = dir.path().join("linked");
    write(&linked, "a.toml", MODEL);
    std::os::unix::fs::symlink(dir.path().join("gone.toml"), linked.join("b.toml"))
        .expect("symlink");
    fails(
        &["catalog", "validate", s(&linked)],
        "b.toml: cannot read catalog",
    );
    // A list directory that is a file.
    fails(
        &["catalog", "import", s(&file), "--out", s(&empty)],
        "file.toml: is a regular file; expected the directory of a checkout of the awesome-japanese-llm list",
    );
    // A directory without the list.
    fails(
        &["catalog", "import", s(&empty), "--out", s(&empty)],
        "no README.md here; expected a checkout of the awesome-japanese-llm list",
    );
}

#[test]
fn non_utf8_bytes_name_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bin = write(dir.path(), "bin.toml", b"[[model]]\nid = \"ab\xff\"\n");
    fails(
        &["catalog", "validate", s(&bin)],
        "bin.toml:2:9: not valid UTF-8 (catalog files are UTF-8 TOML)",
    );
    let mut text = MINI_LIST.as_bytes().to_vec();
    text.splice(0..0, b"ok\n\xc3(\n".iter().copied());
    let list = list_dir(dir.path(), &text);
    let out = dir.path().join("out");
    fails(
        &["catalog", "import", s(&list), "--out", s(&out)],
        "README.md:2:1: not valid UTF-8 (the list is UTF-8 Markdown)",
    );
    assert!(!out.exists());
}

#[test]
fn empty_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = write(dir.path(), "empty.toml", "");
    let with = jllm()
        .args(["--catalog", s(&empty), "list", "--format", "ids"])
        .output()
        .expect("run");
    let without = jllm()
        .args(["list", "--format", "ids"])
        .output()
        .expect("run");
    assert_eq!(with.status.code(), Some(0));
    assert_eq!(with.stdout, without.stdout);
    let list = list_dir(dir.path(), b"");
    let out = dir.path().join("out");
    fails(
        &["catalog", "import", s(&list), "--out", s(&out)],
        "README.md: found 0 tables and 0 footnotes; this does not look like the awesome-japanese-llm list",
    );
    assert!(!out.exists());
}

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
        // Issue 11: a count without a unit below a million is a forgotten `b`.
        (
            &["list", "--min-params", "7"],
            "invalid size '7': 7 parameters? write 7b",
        ),
        // `k` is 1024 wherever it is accepted, so never a parameter unit.
        (
            &["list", "--max-params", "32k"],
            "k is not a unit of parameters (32k means 32,768 tokens)",
        ),
        // Issue 10: reported as "must be greater than zero".
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
