//! On a terminal, tables fit its width, else `COLUMNS`, else 80 (a terminal
//! reporting 0 columns printed one character per line); ids and repo ids
//! are never cut; the columns answering the flags stay; headers are never
//! broken inside a word; dropped columns are named in one line; output
//! taller than the screen goes through the pager. The terminal is a
//! pseudo-terminal from util-linux `script`, with stdin closed so it
//! reports 0 columns and 0 lines, and `COLUMNS` and `LINES` are what is
//! tested.

mod common;

use std::process::{Command, Stdio};

/// `jllm ARGS --color never` (unless ARGS choose `--color`) run by
/// util-linux `script` on a pseudo-terminal, in the C locale, without a
/// user catalog or stdin.
fn script(args: &str) -> Command {
    let bin = assert_cmd::cargo::cargo_bin("jllm");
    let color = if args.contains("--color") {
        ""
    } else {
        " --color never"
    };
    let mut cmd = Command::new("script");
    cmd.args([
        "-qec",
        &format!("{} {args}{color}", bin.display()),
        "/dev/null",
    ])
    .env("LANG", "C")
    .env_remove("JLLM_CATALOG")
    .env_remove("LC_ALL")
    .stdin(Stdio::null());
    cmd
}

/// Runs jllm on a pseudo-terminal with `COLUMNS` set (or unset): stdout.
fn on_terminal(args: &str, columns: Option<&str>) -> String {
    let mut cmd = script(args);
    // Paging has its own test: here every line reaches the test.
    cmd.env("JLLM_PAGER", "cat");
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

/// Runs jllm on a pseudo-terminal of `columns` × `lines` with extra
/// environment variables: its status and what the terminal shows.
fn on_screen(args: &str, columns: usize, lines: usize, env: &[(&str, &str)]) -> (bool, String) {
    let mut cmd = script(args);
    cmd.env("COLUMNS", columns.to_string())
        .env("LINES", lines.to_string())
        .env("JLLM_DATA_DIR", "/nonexistent/jllm-test-data")
        .env_remove("JLLM_PAGER")
        .env_remove("PAGER");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .output()
        .expect("util-linux `script` runs jllm on a pseudo-terminal");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).replace('\r', ""),
    )
}

/// What jllm prints piped (the ids the terminal must show whole).
fn piped(args: &[&str]) -> String {
    let out = Command::new(assert_cmd::cargo::cargo_bin("jllm"))
        .args(args)
        .env("JLLM_DATA_DIR", "/nonexistent/jllm-test-data")
        .env_remove("JLLM_CATALOG")
        .output()
        .expect("jllm runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The header of the first table: the lines before its rule.
fn header_lines(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text.lines().collect();
    match lines.iter().position(|l| l.starts_with('─')) {
        Some(rule) => lines[..rule]
            .iter()
            .rev()
            .take_while(|l| !l.trim().is_empty())
            .copied()
            .collect(),
        None => Vec::new(),
    }
}

/// list, show, fit, compare, results and search at 80 and 200 columns in
/// English, Japanese and French (in colour too, as a terminal shows them
/// by default: the same characters): no line wider than the terminal (but a
/// repo id wider than a column, alone on its line, whole), no id broken,
/// the columns the flags name present, and headers whole. The headers'
/// words are the i18n table's (src/i18n/); the ids come from the same
/// command piped, where nothing is fitted.
#[test]
fn answers_fit_the_screen_in_every_language() {
    // (command, ids it prints, headers that must show: en, ja, fr)
    let fit_ids = piped(&["fit", "--vram", "24GB", "--format", "ids", "--limit", "40"]);
    let list_ids = piped(&[
        "list",
        "--license",
        "apache",
        "--min-params",
        "7b",
        "--format",
        "ids",
    ]);
    let ctx_ids = piped(&["list", "--min-context", "32k", "--format", "ids"]);
    let search_ids = piped(&["search", "swallow", "--format", "ids"]);
    let swallow = "tokyotech-llm/Swallow-70b-hf\ntokyotech-llm/Swallow-70b-instruct-hf\ntokyotech-llm/Swallow-70b-NVE-instruct-hf\nswallow-70b";
    let compared = "swallow-70b\nllama-3.1-swallow-70b\nsarashina2";
    type Case<'a> = (&'a str, &'a str, [&'a [&'a str]; 3]);
    let cases: [Case; 7] = [
        (
            "list --license apache --min-params 7b",
            &list_ids,
            [&["license"], &["ライセンス"], &["licence"]],
        ),
        (
            "list --min-context 32k",
            &ctx_ids,
            [&["context"], &["コンテキスト長"], &["contexte"]],
        ),
        ("show swallow-70b", swallow, [&[], &[], &[]]),
        (
            "fit --vram 24GB --limit 40",
            &fit_ids,
            [
                &["memory", "verdict"],
                &["メモリ", "判定"],
                &["mémoire", "verdict"],
            ],
        ),
        (
            "compare swallow-70b llama-3.1-swallow-70b sarashina2",
            compared,
            [&[], &[], &[]],
        ),
        (
            "results --suite swallow-ja-post --limit 10",
            "",
            [&["score"], &["スコア"], &["score"]],
        ),
        (
            "search swallow",
            &search_ids,
            [&["match"], &["一致"], &["correspondance"]],
        ),
    ];
    for columns in [80usize, 200] {
        for (l, lang) in ["en", "ja", "fr"].iter().enumerate() {
            for (args, ids, headers) in &cases {
                let (ok, out) = on_screen(&format!("{args} --lang {lang}"), columns, 1000, &[]);
                let at = format!("{args} --lang {lang} at {columns}");
                assert!(ok, "{at}:\n{out}");
                assert!(!out.trim().is_empty(), "{at}: nothing printed");
                // In colour (a terminal's default) the same characters.
                if *lang != "fr" {
                    let colored = format!("{args} --lang {lang} --color always");
                    let (ok, painted) = on_screen(&colored, columns, 1000, &[]);
                    assert!(
                        ok && painted.contains('\u{1b}'),
                        "{at} in colour:\n{painted}"
                    );
                    assert!(
                        jllm::sanitize::unpainted(&painted) == out,
                        "{at} in colour:\n{painted}"
                    );
                }
                for line in out.lines() {
                    let w = unicode_width::UnicodeWidthStr::width(line);
                    let alone = line.split_whitespace().count() == 1;
                    assert!(w <= columns || alone, "{at}: {w} columns:\n{line}\n{out}");
                }
                for id in ids.lines().filter(|i| !i.is_empty()) {
                    assert!(
                        out.lines().any(|l| l.split_whitespace().any(|w| w == id)),
                        "{at}: {id} broken or missing:\n{out}"
                    );
                }
                let head = header_lines(&out).join("\n");
                for word in headers[l].iter() {
                    assert!(
                        head.split_whitespace()
                            .any(|w| w == *word || w.starts_with(&format!("{word}:"))),
                        "{at}: header {word} missing or broken:\n{head}\n{out}"
                    );
                }
                // At 200 columns every default column shows: the Japanese
                // headers whole.
                if columns == 200 && *lang == "ja" && args.starts_with("list") {
                    for word in ["アーキテクチャ", "開発元", "コンテキスト長"] {
                        assert!(
                            head.split_whitespace().any(|w| w == word),
                            "{at}: header {word} missing or broken:\n{head}"
                        );
                    }
                }
                // A header line never starts with the tail of a word cut
                // from the line above (CJK or closing punctuation alone).
                for h in header_lines(&out) {
                    let first = h.trim_start().chars().next();
                    assert!(
                        !matches!(first, Some('）' | ')' | 'ャ' | '元' | '長')),
                        "{at}: header broken:\n{h}"
                    );
                }
            }
        }
    }
}

/// Output taller than the screen goes through JLLM_PAGER (here one that
/// marks every line it reads) on a terminal of 10 lines; shorter output,
/// `--no-pager`, piped output and a pager that cannot start are printed
/// as they are.
#[test]
fn tall_output_goes_through_the_pager() {
    let marker = [("JLLM_PAGER", "sed 's/^/PAGED: /'")];
    let (ok, out) = on_screen("list --limit 20", 80, 10, &marker);
    assert!(ok, "{out}");
    let lines: Vec<&str> = out.lines().filter(|l| !l.is_empty()).collect();
    assert!(lines.len() > 10, "{out}");
    assert!(lines.iter().all(|l| l.starts_with("PAGED: ")), "{out}");
    // $PAGER when JLLM_PAGER is unset.
    let (ok, out) = on_screen("list --limit 20", 80, 10, &[("PAGER", "sed 's/^/P2: /'")]);
    assert!(
        ok && out.lines().all(|l| l.is_empty() || l.starts_with("P2: ")),
        "{out}"
    );
    // Shorter than the screen: no pager.
    let (ok, out) = on_screen("list --limit 3 --columns id", 80, 10, &marker);
    assert!(ok && !out.contains("PAGED"), "{out}");
    assert!(out.contains("sarashina2-8x70b"), "{out}");
    // --no-pager.
    let (ok, out) = on_screen("list --limit 20 --no-pager", 80, 10, &marker);
    assert!(
        ok && !out.contains("PAGED") && out.contains("sarashina2-8x70b"),
        "{out}"
    );
    // A pager that cannot start: the output, unpaged.
    let (ok, out) = on_screen(
        "list --limit 20",
        80,
        10,
        &[("JLLM_PAGER", "/nonexistent/pager --flag")],
    );
    assert!(ok && out.contains("sarashina2-8x70b"), "{out}");
    // A pager that quits at once (`head -1`): a quiet exit 0.
    let (ok, out) = on_screen("list", 80, 10, &[("JLLM_PAGER", "head -1")]);
    assert!(ok, "{out}");
    assert_eq!(out.lines().count(), 1, "{out}");
    // Piped: never paged.
    let out = Command::new(assert_cmd::cargo::cargo_bin("jllm"))
        .args(["list", "--limit", "20"])
        .env("JLLM_PAGER", "sed 's/^/PAGED: /'")
        .env("LINES", "10")
        .output()
        .expect("jllm runs");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("PAGED"));
}

/// `--wide` prints cut cells whole; without it a long developer list is
/// cut with "…" on a terminal. `show --columns checkpoint,memory` prints
/// one row per checkpoint.
#[test]
fn wide_prints_whole_cells_and_show_takes_checkpoint_columns() {
    let long = "list --license apache --min-params 7b --columns id,developer";
    let (ok, cut) = on_screen(long, 80, 1000, &[]);
    assert!(ok && cut.contains('…'), "{cut}");
    let (ok, wide) = on_screen(&format!("{long} --wide"), 80, 1000, &[]);
    assert!(ok && !wide.contains('…'), "{wide}");
    let developers = piped(&[
        "list",
        "--license",
        "apache",
        "--min-params",
        "7b",
        "--format",
        "tsv",
        "--columns",
        "developer",
    ]);
    for d in developers.lines().skip(1) {
        assert!(wide.contains(d.trim()), "{d} not whole:\n{wide}");
    }
    let (ok, out) = on_screen(
        "show swallow-70b --columns checkpoint,memory",
        80,
        1000,
        &[],
    );
    assert!(ok, "{out}");
    for name in ["70b-hf", "70b-instruct-hf", "70b-NVE-hf"] {
        assert!(
            out.lines()
                .any(|l| l.split_whitespace().next() == Some(name) && l.contains("GiB")),
            "{name}:\n{out}"
        );
    }
}
