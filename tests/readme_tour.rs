//! The README's tour is "real output": every `$ jllm …` line of its
//! console blocks is run here on the real binary (`LANG=C`, piped, the
//! built-in catalog), and what it prints, stdout then stderr, must be the
//! text under it. A line with a `#` comment (an exit code, a note) is shown
//! for its message and is checked by the tests of that behaviour instead.
//! When the catalog or the output changes on purpose, the README is
//! updated with what the binary prints, and a reader can check every line.

mod common;

use common::jllm;

/// The words of a command line: spaces split, double quotes group.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    out.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            c => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(word);
    }
    out
}

/// Runs every `$ jllm …` line of the console blocks in `text` and checks
/// that it prints the text under it; returns how many were checked.
fn check_console_blocks(text: &str, what: &str) -> usize {
    let mut checked = 0;
    for block in text.split("```console\n").skip(1) {
        let block = block.split("```").next().unwrap_or("");
        for item in block.split("$ ").filter(|s| !s.trim().is_empty()) {
            let (line, expected) = item.split_once('\n').unwrap_or((item, ""));
            if line.contains('#') {
                continue;
            }
            let args = words(line);
            assert_eq!(args.first().map(String::as_str), Some("jllm"), "{line}");
            let out = jllm().args(&args[1..]).output().expect("run jllm");
            let got = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(
                got.trim_end_matches('\n'),
                expected.trim_end_matches('\n'),
                "{what}: `{line}` prints something else"
            );
            checked += 1;
        }
    }
    checked
}

/// The part of `text` from the heading that starts with `heading` to the
/// next heading of the same level or above.
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading:?}"));
    let level = heading.chars().take_while(|&c| c == '#').count();
    let rest = &text[start + heading.len()..];
    let end = rest
        .match_indices("\n#")
        .find(|(i, _)| {
            let hashes = rest[i + 1..].chars().take_while(|&c| c == '#').count();
            hashes <= level && rest[i + 1 + hashes..].starts_with(' ')
        })
        .map_or(rest.len(), |(i, _)| i);
    &text[start..start + heading.len() + end]
}

#[test]
fn the_tour_is_what_the_binary_prints() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let checked = check_console_blocks(section(&readme, "### A tour (real output"), "README tour");
    assert!(checked >= 6, "{checked} commands checked");
}

/// The guide's worked examples of `recommend` and `plan` are real output
/// too (`LANG=C`, piped, the built-in catalog).
#[test]
fn the_guides_recommend_and_plan_examples_are_what_the_binary_prints() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/guide.md"))
        .expect("docs/guide.md");
    let text = section(&guide, "## Which one should I use?");
    let checked = check_console_blocks(text, "docs/guide.md");
    assert!(checked >= 3, "{checked} commands checked");
}
