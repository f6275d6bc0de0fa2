//! Catalog validation, shared by build.rs (a broken embedded catalog fails
//! the build) and `jllm catalog validate` / `--catalog` (a broken user file
//! gets a clear message). Depends only on the schema and std, so build.rs can
//! include it by path.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use super::schema::{AsStr, Catalog, Category};

/// One problem, with the entry it belongs to so callers can point at a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `model`, `benchmark`, `developer`, `license`, `text`, `domain`.
    pub kind: &'static str,
    /// The entry's id (or license text), to find its line.
    pub id: String,
    pub message: String,
}

/// Years a release can plausibly have: the list starts in 2019.
pub const YEARS: std::ops::RangeInclusive<u16> = 2015..=2035;

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.' || c == '_'
        })
}

/// Checks the whole catalog and returns every problem found, in entry order.
pub fn validate(cat: &Catalog) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut push = |kind: &'static str, id: &str, message: String| {
        out.push(Problem {
            kind,
            id: id.to_string(),
            message,
        })
    };

    let developers: HashSet<&str> = cat.developers.iter().map(|d| d.id.as_str()).collect();
    let licenses: HashSet<&str> = cat.licenses.iter().map(|l| l.id.as_str()).collect();
    let domains: HashSet<&str> = cat.domains.iter().map(|d| d.id.as_str()).collect();
    let footnotes: HashSet<u32> = cat.footnotes.iter().map(|f| f.id).collect();

    let mut seen = HashSet::new();
    for d in cat.developers.iter() {
        if !is_slug(&d.id) {
            push(
                "developer",
                &d.id,
                format!(
                    "developer id '{}' must be lowercase letters, digits, '-', '.' or '_'",
                    d.id
                ),
            );
        }
        if !seen.insert(d.id.as_str()) {
            push(
                "developer",
                &d.id,
                format!("duplicate developer id '{}'", d.id),
            );
        }
    }
    let mut seen = HashSet::new();
    for l in cat.licenses.iter() {
        if !is_slug(&l.id) {
            push(
                "license",
                &l.id,
                format!(
                    "license id '{}' must be lowercase letters, digits, '-', '.' or '_'",
                    l.id
                ),
            );
        }
        if !seen.insert(l.id.as_str()) {
            push("license", &l.id, format!("duplicate license id '{}'", l.id));
        }
    }
    let mut seen = HashSet::new();
    for t in cat.license_texts.iter() {
        if !seen.insert(t.text.as_str()) {
            push(
                "text",
                &t.text,
                format!("license text {:?} is listed twice", t.text),
            );
        }
        for id in t.ids.iter() {
            if !licenses.contains(id.as_str()) {
                push(
                    "text",
                    &t.text,
                    format!("license text {:?} names unknown license id '{id}'", t.text),
                );
            }
        }
        if t.commercial.is_some() && t.reason.as_deref().is_none_or(str::is_empty) {
            push(
                "text",
                &t.text,
                format!(
                    "license text {:?} overrides the commercial class without a reason",
                    t.text
                ),
            );
        }
    }

    let mut ids = HashSet::new();
    let mut repos: HashMap<String, &str> = HashMap::new();
    for m in cat.models.iter() {
        let id = m.id.as_str();
        if !is_slug(id) {
            push(
                "model",
                id,
                format!("model id '{id}' must be lowercase letters, digits, '-', '.' or '_'"),
            );
        }
        if !ids.insert(id) {
            push("model", id, format!("duplicate model id '{id}'"));
        }
        if m.name.trim().is_empty() {
            push("model", id, format!("model '{id}' has an empty name"));
        }
        for d in m.developers.iter() {
            if !developers.contains(d.as_str()) {
                push(
                    "model",
                    id,
                    format!(
                        "model '{id}' names unknown developer id '{d}' (add it to developers.toml)"
                    ),
                );
            }
        }
        if let Some(lic) = &m.license {
            for l in lic.ids.iter() {
                if !licenses.contains(l.as_str()) {
                    push(
                        "model",
                        id,
                        format!(
                            "model '{id}' names unknown license id '{l}' (add it to licenses.toml)"
                        ),
                    );
                }
            }
        }
        if let Some(y) = m.year {
            if !YEARS.contains(&y) {
                push(
                    "model",
                    id,
                    format!(
                        "model '{id}' has year {y}, outside {}..={}",
                        YEARS.start(),
                        YEARS.end()
                    ),
                );
            }
        }
        if m.context_length == Some(0) {
            push(
                "model",
                id,
                format!("model '{id}' has a context length of 0"),
            );
        }
        if m.domain != "general" && !domains.contains(m.domain.as_str()) {
            push(
                "model",
                id,
                format!("model '{id}' names unknown domain '{}'", m.domain),
            );
        }
        if let Some(task) = &m.task {
            let tasks = m.category.tasks();
            if !tasks.contains(&task.as_str()) {
                let valid = if tasks.is_empty() {
                    "none".to_string()
                } else {
                    tasks.join(", ")
                };
                push(
                    "model",
                    id,
                    format!(
                        "model '{id}' has task '{task}', not one of {} tasks: {valid}",
                        m.category.as_str()
                    ),
                );
            }
        }
        if m.category != Category::TextGeneration
            && m.category != Category::Vision
            && m.approach.is_some()
        {
            push(
                "model",
                id,
                format!("model '{id}': approach applies to text-generation and vision models only"),
            );
        }
        for n in m.notes.iter() {
            if !footnotes.is_empty() && !footnotes.contains(n) {
                push(
                    "model",
                    id,
                    format!("model '{id}' cites footnote {n}, which the catalog does not have"),
                );
            }
        }
        for v in m.variants.iter() {
            if v.name.trim().is_empty() {
                push(
                    "model",
                    id,
                    format!("model '{id}' has a variant with an empty name"),
                );
            }
            if v.params == Some(0) || v.active_params == Some(0) {
                push(
                    "model",
                    id,
                    format!("model '{id}' variant '{}' has a size of 0", v.name),
                );
            }
            if let (Some(total), Some(active)) = (v.params, v.active_params) {
                if active > total {
                    push(
                        "model",
                        id,
                        format!(
                            "model '{id}' variant '{}' has more active than total parameters",
                            v.name
                        ),
                    );
                }
            }
            if let Some(hf) = &v.hf {
                let parts: Vec<&str> = hf.split('/').collect();
                if parts.len() != 2 || parts.iter().any(|p| p.is_empty()) {
                    push("model", id, format!("model '{id}' variant '{}' has Hugging Face id '{hf}', expected owner/repo", v.name));
                }
                if let Some(other) = repos.insert(hf.to_ascii_lowercase(), id) {
                    push(
                        "model",
                        id,
                        format!("Hugging Face repo '{hf}' appears twice (also in '{other}')"),
                    );
                }
            }
        }
    }

    let mut ids = HashSet::new();
    for b in cat.benchmarks.iter() {
        if !is_slug(&b.id) {
            push(
                "benchmark",
                &b.id,
                format!(
                    "benchmark id '{}' must be lowercase letters, digits, '-', '.' or '_'",
                    b.id
                ),
            );
        }
        if !ids.insert(b.id.as_str()) {
            push(
                "benchmark",
                &b.id,
                format!("duplicate benchmark id '{}'", b.id),
            );
        }
        for d in b.developers.iter() {
            if !developers.contains(d.as_str()) {
                push(
                    "benchmark",
                    &b.id,
                    format!("benchmark '{}' names unknown developer id '{d}'", b.id),
                );
            }
        }
    }
    let mut seen = HashSet::new();
    for f in cat.size_facts.iter() {
        if !seen.insert(f.hf.to_ascii_lowercase()) {
            push(
                "size",
                &f.hf,
                format!("size fact for '{}' is listed twice", f.hf),
            );
        }
    }
    let mut seen = HashSet::new();
    for p in cat.papers.iter() {
        if !seen.insert(p.id.as_str()) {
            push("paper", &p.id, format!("duplicate paper id '{}'", p.id));
        }
    }
    let mut seen = HashSet::new();
    for d in cat.domains.iter() {
        if !seen.insert(d.id.as_str()) {
            push("domain", &d.id, format!("duplicate domain id '{}'", d.id));
        }
    }
    let mut seen = HashSet::new();
    for n in cat.footnotes.iter() {
        if !seen.insert(n.id) {
            push(
                "footnote",
                &n.id.to_string(),
                format!("duplicate footnote {}", n.id),
            );
        }
    }
    out
}

/// Line and column (1-based) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Parses catalog TOML; the error starts with `line:col: `.
pub fn parse_str(text: &str) -> std::result::Result<Catalog, String> {
    // A catalog is a list of top-level `[[table]]` entries, so it can be
    // parsed a slice of entries at a time. The TOML parser tokenises its
    // whole input first (about 25 bytes of tokens per byte of text: 1.1 GB
    // for a 46 MB, 100k-model file); slices of ~32 KB keep those tokens in
    // cache and memory flat (measured: 32 KB 0.9 s, 256 KB 1.0 s, 1 MB 1.2 s,
    // whole file 1.9 s, for 100k models on 2 cores).
    let chunks = entry_chunks(text, 32 * 1024);
    let parse = |group: &[(usize, &str)]| -> std::result::Result<Catalog, String> {
        let mut catalog = Catalog::default();
        for &(first_line, chunk) in group {
            let part = toml::from_str::<Catalog>(chunk).map_err(|e| {
                let (line, col) = e.span().map_or((1, 1), |s| line_col(chunk, s.start));
                let msg = e.message().trim().replace('\n', " ");
                format!("{}:{col}: {msg}", first_line + line - 1)
            })?;
            append(&mut catalog, part);
        }
        Ok(catalog)
    };
    // Large files are parsed on every core, in contiguous groups of slices
    // joined in order; a small one (every real catalog) on this thread.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(chunks.len())
        .min(8);
    if threads <= 1 {
        return parse(&chunks);
    }
    let per = chunks.len().div_ceil(threads);
    let results: Vec<std::result::Result<Catalog, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .chunks(per)
            .map(|group| scope.spawn(move || parse(group)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("the TOML parser failed".to_string()))
            })
            .collect()
    });
    let mut catalog = Catalog::default();
    for part in results {
        append(&mut catalog, part?);
    }
    Ok(catalog)
}

/// Adds the entries of `part` after those of `catalog`.
pub fn append(catalog: &mut Catalog, part: Catalog) {
    fn add<T: Clone>(to: &mut super::schema::List<T>, from: super::schema::List<T>) {
        if to.is_empty() {
            *to = from;
        } else if !from.is_empty() {
            to.to_mut().extend(from.into_owned());
        }
    }
    add(&mut catalog.models, part.models);
    add(&mut catalog.benchmarks, part.benchmarks);
    add(&mut catalog.developers, part.developers);
    add(&mut catalog.licenses, part.licenses);
    add(&mut catalog.license_texts, part.license_texts);
    add(&mut catalog.footnotes, part.footnotes);
    add(&mut catalog.papers, part.papers);
    add(&mut catalog.domains, part.domains);
    add(&mut catalog.size_facts, part.size_facts);
    add(&mut catalog.base_contexts, part.base_contexts);
}

/// How many `"""` and `'''` delimiters a line has.
fn triple_quotes(line: &str) -> usize {
    let b = line.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i + 2 < b.len() {
        if (b[i] == b'"' || b[i] == b'\'') && b[i + 1] == b[i] && b[i + 2] == b[i] {
            n += 1;
            i += 3;
        } else {
            i += 1;
        }
    }
    n
}

/// Splits a catalog's text into slices of at least `size` bytes that each
/// start at a top-level `[[name]]` header (never `[[name.sub]]`, which
/// belongs to the entry before it, nor inside a multi-line string), with the
/// 1-based line each slice starts on.
pub fn entry_chunks(text: &str, size: usize) -> Vec<(usize, &str)> {
    let mut chunks = Vec::new();
    let (mut start, mut start_line) = (0, 1);
    let (mut offset, mut line) = (0, 1);
    let mut in_multiline = false;
    for l in text.split_inclusive('\n') {
        let head = l.trim_start();
        let top_level = head.starts_with("[[")
            && head[2..]
                .split("]]")
                .next()
                .is_some_and(|name| !name.contains('.') && !name.contains('"'));
        if !in_multiline && top_level && offset - start >= size {
            chunks.push((start_line, &text[start..offset]));
            start = offset;
            start_line = line;
        }
        if (l.contains('"') || l.contains('\'')) && triple_quotes(l) % 2 == 1 {
            in_multiline = !in_multiline;
        }
        offset += l.len();
        line += 1;
    }
    chunks.push((start_line, &text[start..]));
    chunks
}

/// A parsed file with its text, kept to point problems at lines.
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

/// Where an entry is defined: the last file (overlays win) whose text has
/// `id = "…"` (or `text = "…"`), and that line.
pub fn locate(sources: &[Source], problem: &Problem) -> Option<(PathBuf, usize)> {
    let needle = match problem.kind {
        "text" => format!("text = {}", toml_quote(&problem.id)),
        "size" => format!("hf = {}", toml_quote(&problem.id)),
        "footnote" => format!("id = {}", problem.id),
        _ => format!("id = {}", toml_quote(&problem.id)),
    };
    sources.iter().rev().find_map(|s| {
        s.text
            .find(&needle)
            .map(|off| (s.path.clone(), line_col(&s.text, off).0))
    })
}

fn toml_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Formats problems as `file:line: message`, one per line.
pub fn describe(sources: &[Source], problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| match locate(sources, p) {
            Some((path, line)) => format!("{}:{line}: {}", path.display(), p.message),
            None => p.message.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
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
}
