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

#[test]
fn the_tour_is_what_the_binary_prints() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let start = readme.find("### A tour (real output").expect("the tour");
    let end = start + readme[start..].find("\n### ").expect("the tour's end");
    let tour = &readme[start..end];
    let mut checked = 0;
    for block in tour.split("```console\n").skip(1) {
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
                "README tour: `{line}` prints something else"
            );
            checked += 1;
        }
    }
    assert!(checked >= 6, "{checked} commands checked");
}
