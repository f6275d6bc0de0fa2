//! Hostile and broken catalog files, each case run on the real binary with
//! its exit code and message checked: malformed or mistyped TOML, duplicate
//! and unknown ids, huge, empty, unreadable and non-UTF-8 files. The cases
//! tests/cli.rs already covers are not repeated here.

mod common;

use common::hostile::*;
use common::jllm;
use predicates::prelude::*;

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
