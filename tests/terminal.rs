//! Issue 11, item 7: on a terminal, tables fit its width, else `COLUMNS`,
//! else 80 (a terminal reporting 0 columns printed one character per line);
//! ids and repo ids are never cut; dropped columns are named in one line.
//! The terminal is a pseudo-terminal from util-linux `script`, with stdin
//! closed so it reports 0 columns and the fallbacks are what is tested.

mod common;

use std::process::{Command, Stdio};

/// Runs jllm on a pseudo-terminal with `COLUMNS` set (or unset): stdout.
fn on_terminal(args: &str, columns: Option<&str>) -> String {
    let bin = assert_cmd::cargo::cargo_bin("jllm");
    let mut cmd = Command::new("script");
    cmd.args([
        "-qec",
        &format!("{} {args} --color never", bin.display()),
        "/dev/null",
    ])
    .env("LANG", "C")
    .env_remove("JLLM_CATALOG")
    .env_remove("LC_ALL")
    .stdin(Stdio::null());
    match columns {
        Some(c) => cmd.env("COLUMNS", c),
        None => cmd.env_remove("COLUMNS"),
    };
    let out = cmd
        .output()
        .expect("util-linux `script` runs jllm on a pseudo-terminal");
    assert!(
        out.status.success(),
        "{args}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).replace('\r', "")
}

fn widest(text: &str) -> usize {
    text.lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

#[test]
fn tables_fit_columns_and_keep_repo_ids_whole() {
    // Swallow 70B's checkpoints as the list gives them.
    let repos = [
        "tokyotech-llm/Swallow-70b-hf",
        "tokyotech-llm/Swallow-70b-instruct-hf",
        "tokyotech-llm/Swallow-70b-NVE-instruct-hf",
    ];
    for columns in ["100", "140"] {
        let out = on_terminal(
            "list --variants --developer swallow-project --columns family,hf,params,license,year",
            Some(columns),
        );
        let width: usize = columns.parse().unwrap_or_default();
        assert!(widest(&out) <= width, "{columns}:\n{out}");
        for repo in repos {
            assert!(
                out.lines().any(|l| l.split_whitespace().any(|w| w == repo)),
                "{repo} cut at {columns}:\n{out}"
            );
        }
    }
    // `show` at 60: values wrap at spaces; what cannot fit is named.
    let out = on_terminal("show swallow-70b", Some("60"));
    assert!(out.contains("not shown to fit 60 columns"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.trim_start().starts_with("70b-NVE-instruct-hf ")),
        "{out}"
    );
}

#[test]
fn zero_or_unknown_width_means_80() {
    let at_80 = on_terminal("list --limit 5", Some("80"));
    assert!(widest(&at_80) <= 80, "{at_80}");
    // One character per line was the bug: the first row holds the id whole.
    assert!(at_80
        .lines()
        .nth(2)
        .unwrap_or_default()
        .contains("sarashina2-8x70b"));
    assert_eq!(on_terminal("list --limit 5", Some("0")), at_80);
    assert_eq!(on_terminal("list --limit 5", None), at_80);
    assert_eq!(on_terminal("list --limit 5", Some("lots")), at_80);
    // At 80 the default list cannot show every column: one line says which.
    let dropped: Vec<&str> = at_80
        .lines()
        .filter(|l| l.contains("not shown to fit"))
        .collect();
    assert_eq!(dropped.len(), 1, "{at_80}");
}
