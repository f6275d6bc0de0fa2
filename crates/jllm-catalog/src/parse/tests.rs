//! Tests of the catalog parser: slicing big files, file lines of errors
//! and locating entries in the committed catalog.

use super::*;

const ENTRY: &str = "[[model]]\nid = \"a\"\nname = \"A\"\nname_ja = \"A\"\ncategory = \"text-generation\"\n[[model.variants]]\nname = \"x\"\nurl = \"u\"\n";

#[test]
fn chunks_start_at_top_level_entries_only() {
    let text = format!(
        "{ENTRY}[[model]]\nid = \"b\"\nname = \"\"\"\n[[model]]\n\"\"\"\nname_ja = \"B\"\ncategory = \"encoder\"\n{ENTRY}"
    );
    let chunks = entry_chunks(&text, 1);
    let starts: Vec<usize> = chunks.iter().map(|c| c.0).collect();
    // Entries begin on lines 1, 9 and 16; the `[[model]]` inside the
    // multi-line string (line 12) and `[[model.variants]]` are not cuts.
    assert_eq!(starts, vec![1, 9, 16]);
    assert_eq!(chunks.iter().map(|c| c.1).collect::<String>(), text);
    for (_, c) in &chunks {
        assert!(c.starts_with("[[model]]"), "{c}");
    }
}

/// The cases a line-based splitter gets wrong: `"""` in a
/// comment, `[[model]]` in a multi-line literal string and in an
/// array, a sub-table of an earlier array, a top-level key.
#[test]
fn chunks_never_cut_inside_strings_comments_or_arrays() {
    let tricky = [
        "[[model]]\nid = \"a\" # a \"\"\" in a comment\n",
        "[[model]]\nid = '''\n[[model]]\n'''\n",
        "[[model]]\nid = \"\"\"x\"\"\"\"\n[[model]]\n\"\"\"\n",
        "[[model]]\nid = \"\\\"\"\"\"\n[[model]]\n\"\"\"\n",
        "[[model]]\nx = [\n[[1]]\n]\n",
        "[[model]]\n[[benchmark]]\n[[model.variants]]\n",
        "a = 1\n[[model]]\n",
        "[[model]]\n[meta]\n",
    ];
    for text in tricky {
        let whole: Vec<_> = text.split_inclusive('\n').collect();
        let chunks = entry_chunks(text, 1);
        assert_eq!(chunks.iter().map(|c| c.1).collect::<String>(), text);
        for (_, c) in &chunks[1..] {
            assert!(
                c.starts_with("[[model]]") || c.starts_with("[[benchmark]]"),
                "{text:?}: {c:?}"
            );
        }
        let parsed = |t: &str| toml::from_str::<toml::Table>(t).map_err(|_| ());
        let sliced: Result<Vec<_>, ()> = chunks.iter().map(|c| parsed(c.1)).collect();
        assert_eq!(
            parsed(text).is_ok(),
            sliced.is_ok(),
            "{text:?} ({} lines) in {} slices",
            whole.len(),
            chunks.len()
        );
    }
}

#[test]
fn errors_in_later_slices_keep_file_lines() {
    let entries = 300 * 1024 / ENTRY.len() + 1;
    let mut text = ENTRY.repeat(entries);
    let bad_line = text.lines().count() + 3;
    text.push_str("[[model]]\nid = \"zz\"\nname = 5\n");
    let err = parse_str(&text).expect_err("name = 5 is not a string");
    assert!(err.starts_with(&format!("{bad_line}:8: ")), "{err}");
    let ok = parse_str(&ENTRY.repeat(entries)).expect("valid");
    assert_eq!(ok.models.len(), entries);
}

/// The indexed lookup finds what the search it replaced found (the
/// first `id = "…"` in the last file that has it), for every entry of
/// the committed catalog's files, each file overlaid on the others.
#[test]
fn locator_finds_what_the_text_search_found() {
    // The committed catalog, at the workspace's root.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalog");
    let mut sources = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("catalog dir") {
            let p = e.expect("entry").path();
            // catalog/results holds evaluation results, another schema.
            if p.is_dir() && !p.ends_with("results") {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "toml") {
                let text = std::fs::read_to_string(&p).expect("read");
                sources.push(Source { path: p, text });
            }
        }
    }
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    let old = |p: &Problem| -> Option<(PathBuf, usize)> {
        let needle = match p.kind {
            "text" => format!("text = {}", toml_quote(&p.id)),
            "size" => format!("hf = {}", toml_quote(&p.id)),
            "footnote" => format!("id = {}", p.id),
            _ => format!("id = {}", toml_quote(&p.id)),
        };
        sources.iter().rev().find_map(|s| {
            s.text
                .find(&needle)
                .map(|off| (s.path.clone(), line_col(&s.text, off).0))
        })
    };
    let mut cat = Catalog::default();
    for s in &sources {
        cat.append(parse_str(&s.text).expect("valid"));
    }
    let problem = |kind: &'static str, id: String| Problem {
        kind,
        id,
        message: String::new(),
    };
    let problems: Vec<Problem> = (cat
        .models
        .iter()
        .map(|m| problem("model", m.id.to_string())))
    .chain(
        cat.benchmarks
            .iter()
            .map(|b| problem("benchmark", b.id.to_string())),
    )
    .chain(
        cat.developers
            .iter()
            .map(|d| problem("developer", d.id.to_string())),
    )
    .chain(
        cat.licenses
            .iter()
            .map(|l| problem("license", l.id.to_string())),
    )
    .chain(
        cat.license_texts
            .iter()
            .map(|t| problem("text", t.text.to_string())),
    )
    .chain(
        cat.footnotes
            .iter()
            .map(|f| problem("footnote", f.id.to_string())),
    )
    .chain(
        cat.size_facts
            .iter()
            .map(|f| problem("size", f.hf.to_string())),
    )
    .collect();
    assert!(problems.len() > 500, "{} entries", problems.len());
    let locator = Locator::new(&sources);
    for p in &problems {
        let new = locator
            .locate(p)
            .map(|(path, line)| (path.to_path_buf(), line));
        assert!(new.is_some(), "{} {} not found", p.kind, p.id);
        assert_eq!(new, old(p), "{} {}", p.kind, p.id);
    }
}

#[test]
fn entry_keys_end_with_their_value() {
    assert_eq!(entry_key("id = \"a\\\"b\" # c"), Some("id = \"a\\\"b\""));
    assert_eq!(entry_key("id = 12 # c"), Some("id = 12"));
    assert_eq!(entry_key("hf = \"x/y\""), Some("hf = \"x/y\""));
    assert_eq!(entry_key("name = \"x\""), None);
}
