//! The examples of the README and of docs/ are real output. trycmd runs
//! every `$ jllm …` line of their console blocks on the real binary and
//! compares what it prints, stdout and stderr in one stream, with the text
//! under it; a `? N` line under the command is its exit status when that is
//! not 0, and `...` (whole lines) or `[..]` (part of a line) elide. A fence
//! marked `console`, or with no language at all, is run; a command that
//! cannot run here (`browse` needs a terminal, `update` the network, and
//! `plot --out` would write into the checkout) is fenced as `text`, and a
//! list of commands without their output as `sh`.
//!
//! The commands see `LANG=C`, pipes, and the built-in catalog: an empty data
//! directory, so no installed `jllm update`. When an output changes on
//! purpose, the Markdown gets what the binary prints
//! (`TRYCMD=overwrite cargo test --locked --test tour` writes it in place).

use std::path::Path;

/// The Markdown files whose examples are run, relative to the checkout.
const FILES: [&str; 2] = ["README.md", "docs/*.md"];

#[test]
fn the_readme_and_docs_examples_are_what_the_binary_prints() {
    let data_dir = tempfile::tempdir().expect("temporary data directory");
    let cases = trycmd::TestCases::new();
    cases
        .register_bin("jllm", Path::new(env!("CARGO_BIN_EXE_jllm")))
        // English whatever the machine's locale: LC_ALL comes first, and
        // jllm takes an empty JLLM_LANG or JLLM_CATALOG as unset.
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .env("JLLM_LANG", "")
        .env("JLLM_CATALOG", "")
        .env("JLLM_DATA_DIR", data_dir.path().to_string_lossy());
    for file in FILES {
        cases.case(file);
    }
    cases.run();
}

/// The `$ ` lines of `text` that trycmd runs: those in fences marked
/// `console` or `trycmd` (without `ignore`), or with no language.
fn run_commands(text: &str) -> Vec<&str> {
    let mut commands = Vec::new();
    let mut fence: Option<bool> = None;
    for line in text.lines() {
        if let Some(info) = line.strip_prefix("```") {
            fence = match fence {
                Some(_) => None,
                None => {
                    let mut words = info.trim().split(',');
                    let lang = words.next().unwrap_or("");
                    let run = matches!(lang, "" | "console" | "trycmd");
                    Some(run && !words.any(|w| w == "ignore"))
                }
            };
        } else if fence == Some(true) && line.starts_with("$ ") {
            commands.push(line);
        }
    }
    commands
}

/// The examples are run, not fenced away: the README's tour and the guide's
/// worked examples keep their commands in blocks trycmd runs, so the test
/// above cannot pass by checking nothing.
#[test]
fn the_tour_and_the_guides_examples_are_in_blocks_that_run() {
    let read = |path: &str| {
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
            .unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let readme = read("README.md");
    let guide = read("docs/guide.md");
    let (tour, guide_run) = (run_commands(&readme), run_commands(&guide));
    assert!(tour.len() >= 9, "README: {tour:?}");
    assert!(guide_run.len() >= 11, "docs/guide.md: {guide_run:?}");
    for line in tour.iter().chain(&guide_run) {
        assert!(line.starts_with("$ jllm "), "{line}");
    }
    assert!(tour.contains(&"$ jllm show swallow-70b"), "{tour:?}");
    assert!(
        guide_run.contains(&"$ jllm plan tokyotech-llm/Swallow-70b-instruct-hf --quant q4_k_m"),
        "{guide_run:?}"
    );
}
