//! The embedded catalog against the list it was made from: every table row
//! is one entry, every checkpoint link one variant, every row of the oldest
//! seed snapshot still in the list is present. The counting here is written
//! independently of the importer (plain line scanning of the Markdown).

mod common;

use std::collections::BTreeSet;

use common::{json, list_dir, seeds_dir};

/// Table rows of the README: (line, raw line, in the benchmark section).
fn rows(text: &str) -> Vec<(usize, String, bool)> {
    let mut out = Vec::new();
    let mut section = String::new();
    let lines: Vec<&str> = text.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        if let Some(h) = l.strip_prefix("## ") {
            section = h.to_string();
        }
        let is_row = l.starts_with('|') && !l.starts_with("|:");
        let is_header = lines.get(i + 1).is_some_and(|n| n.starts_with("|:"));
        if is_row && !is_header && !section.contains("原論文") {
            out.push((i + 1, l.to_string(), section.contains("評価")));
        }
    }
    out
}

/// Hugging Face model repos linked in a row, lowercased, without datasets,
/// spaces and collections, and without links in training-data, license and
/// merge-source columns (which point at data sets and license pages).
fn checkpoint_links(row: &str, header: &[String]) -> (Vec<String>, Option<String>, usize) {
    let cells: Vec<&str> = row.trim().trim_matches('|').split('|').collect();
    let mut links = Vec::new();
    let mut title = None;
    let mut top_level_hf = 0;
    for (c, raw) in cells.iter().enumerate() {
        let h = header.get(c).map(String::as_str).unwrap_or("");
        if h.contains("学習") || h.contains("ライセンス") || h.contains("マージ元") {
            continue;
        }
        let cell = raw.trim();
        // The title is the link the name cell starts with.
        let title_at = (c == 0 && cell.starts_with('['))
            .then(|| cell.find("]("))
            .flatten();
        let mut from = 0;
        while let Some(rel) = cell[from..].find("](https://huggingface.co/") {
            let p = from + rel;
            let before = &cell[..p];
            let depth = before.matches('(').count() as i64 - before.matches(')').count() as i64;
            let url_start = p + 2;
            let end = cell[url_start..]
                .find(')')
                .map_or(cell.len(), |e| url_start + e);
            let path = cell[url_start..end].trim_start_matches("https://huggingface.co/");
            let parts: Vec<&str> = path.split('/').collect();
            let model = parts.len() >= 2
                && !matches!(parts[0], "datasets" | "spaces" | "collections" | "blog");
            let repo = parts
                .iter()
                .take(2)
                .copied()
                .collect::<Vec<_>>()
                .join("/")
                .to_lowercase();
            if model && c == 0 && depth == 0 {
                top_level_hf += 1;
            }
            if title_at == Some(p) {
                if model {
                    title = Some(repo);
                }
            } else if model {
                links.push(repo);
            }
            from = end;
        }
    }
    (links, title, top_level_hf)
}

#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn every_row_is_one_entry_and_every_checkpoint_one_variant() {
    let dir = list_dir();
    let text = std::fs::read_to_string(dir.join("README.md")).expect("README.md");
    let all = rows(&text);
    let models: Vec<_> = all.iter().filter(|r| !r.2).collect();
    let benches: Vec<_> = all.iter().filter(|r| r.2).collect();
    assert_eq!(models.len(), 366, "model rows in the list");
    assert_eq!(benches.len(), 56, "benchmark rows in the list");

    // Checkpoints: the rule (title only when nothing else) gives 691;
    // rows listing several bare repo links in the name cell count their
    // first (title) link too.
    let lines: Vec<&str> = text.lines().collect();
    let mut naive = BTreeSet::new();
    let mut with_titles = BTreeSet::new();
    for (line, row, _) in &models {
        let header_line = (0..*line - 1)
            .rev()
            .find(|&i| lines.get(i + 1).is_some_and(|n| n.starts_with("|:")))
            .expect("header");
        let header: Vec<String> = lines[header_line]
            .trim()
            .trim_matches('|')
            .split('|')
            .map(|s| s.trim().to_string())
            .collect();
        let (links, title, top) = checkpoint_links(row, &header);
        let mut row_set: Vec<String> = links.clone();
        if row_set.is_empty() {
            row_set.extend(title.clone());
        }
        naive.extend(row_set.iter().cloned());
        with_titles.extend(row_set);
        if top > 1 {
            with_titles.extend(title);
        }
    }
    assert_eq!(naive.len(), 691, "distinct checkpoints by the simple rule");
    assert_eq!(
        with_titles.len(),
        697,
        "distinct checkpoints with multi-link titles"
    );

    let catalog = json(&["list", "--format", "json"]);
    let fams = catalog.as_array().expect("array");
    assert_eq!(fams.len(), 366);
    let lines_in_catalog: BTreeSet<u64> = fams
        .iter()
        .filter_map(|f| f["source_line"].as_u64())
        .collect();
    let lines_in_list: BTreeSet<u64> = models.iter().map(|r| r.0 as u64).collect();
    assert_eq!(
        lines_in_catalog, lines_in_list,
        "one entry per row, by line"
    );
    let repos: BTreeSet<String> = fams
        .iter()
        .flat_map(|f| f["variants"].as_array().expect("variants").iter())
        .filter_map(|v| v["hf"].as_str().map(str::to_lowercase))
        .collect();
    assert_eq!(
        repos, with_titles,
        "catalog checkpoints are the list's checkpoints"
    );

    let b = json(&["benchmarks", "--format", "json"]);
    assert_eq!(b.as_array().expect("array").len(), 56);
}

#[test]
#[ignore = "needs the seed snapshots: set JLLM_SEEDS_DIR"]
fn seed_snapshot_rows_are_present_except_the_two_removed() {
    let dir = seeds_dir();
    let text = std::fs::read_to_string(dir.join("000_18aaa30c0811abd0.txt")).expect("seed");
    let catalog = json(&["list", "--format", "json"]);
    let fams = catalog.as_array().expect("array");
    let names: BTreeSet<String> = fams
        .iter()
        .flat_map(|f| [f["name_ja"].as_str(), f["name"].as_str()])
        .flatten()
        .map(|s| s.to_string())
        .collect();
    let repos: BTreeSet<String> = fams
        .iter()
        .flat_map(|f| f["variants"].as_array().expect("variants").iter())
        .filter_map(|v| v["hf"].as_str().map(str::to_lowercase))
        .collect();
    let mut missing = Vec::new();
    for (_, row, bench) in rows(&text) {
        if bench {
            continue;
        }
        let Some(rest) = row.trim_start_matches('|').trim_start().strip_prefix('[') else {
            continue;
        };
        let Some(end) = rest.find("](") else { continue };
        let name = rest[..end].replace("**", "").replace("&#x2011;", "-");
        let name = name.trim().to_string();
        let linked: Vec<String> = row
            .split("huggingface.co/")
            .skip(1)
            .map(|s| {
                s.split([')', ' '])
                    .next()
                    .unwrap_or("")
                    .split('/')
                    .take(2)
                    .collect::<Vec<_>>()
                    .join("/")
                    .to_lowercase()
            })
            .collect();
        if !names.contains(&name) && !linked.iter().any(|l| repos.contains(l)) {
            missing.push(name);
        }
    }
    assert_eq!(
        missing,
        vec!["Solar mini chat ja".to_string(), "UTH-BERT".to_string()],
        "seed rows not in the catalog (README Data notes names them)"
    );
}
