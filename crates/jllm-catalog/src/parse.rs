//! Reading catalog TOML text into a [`Catalog`] and mapping entries back to
//! file lines (the rules are in [`super::validate`]). Shared by build.rs
//! and the binary's `--catalog` and `catalog validate|import`.
//!
//! Big files are parsed a slice of entries at a time ([`entry_chunks`]).
//! The slicing is exact: a small TOML scanner follows comments, all four
//! string forms and bracket depth, and cuts only before a top-level
//! `[[name]]` header; when the file has anything that could tie one slice to
//! another (top-level keys, `[table]` headers, a sub-table of an earlier
//! array) the file is parsed whole. A property test holds the sliced parse
//! equal to the whole-file parse, errors included.

use std::collections::HashMap;
use std::path::PathBuf;

use super::schema::{table_of, Catalog, KeyField, TABLES};
use super::validate::Problem;

/// Line and column (1-based) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Bytes of entries parsed at a time. The TOML parser tokenises its whole
/// input first (about 25 bytes of tokens per byte of text: 1.1 GB for a
/// 46 MB, 100k-model file); slices of ~32 KB keep those tokens in cache and
/// memory flat (measured: 32 KB 0.9 s, 256 KB 1.0 s, 1 MB 1.2 s, whole file
/// 1.9 s, for 100k models on 2 cores).
pub const CHUNK_BYTES: usize = 32 * 1024;

/// Parses catalog TOML; the error starts with `line:col: `.
pub fn parse_str(text: &str) -> Result<Catalog, String> {
    parse_in_chunks(text, CHUNK_BYTES)
}

/// [`parse_str`] with slices of at least `size` bytes (tests use 1).
pub fn parse_in_chunks(text: &str, size: usize) -> Result<Catalog, String> {
    let chunks = entry_chunks(text, size);
    let parse = |group: &[(usize, &str)]| -> Result<Catalog, String> {
        let mut catalog = Catalog::default();
        for &(first_line, chunk) in group {
            let part = toml::from_str::<Catalog>(chunk).map_err(|e| {
                let (line, col) = e.span().map_or((1, 1), |s| line_col(chunk, s.start));
                let msg = e.message().trim().replace('\n', " ");
                format!("{}:{col}: {msg}", first_line + line - 1)
            })?;
            catalog.append(part);
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
    let results: Vec<Result<Catalog, String>> = std::thread::scope(|scope| {
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
        catalog.append(part?);
    }
    Ok(catalog)
}

/// Where the scanner is, between bytes of TOML.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Code,
    Comment,
    Basic,
    Literal,
    MultiBasic,
    MultiLiteral,
}

/// Splits a catalog's text into slices of at least `size` bytes that each
/// start at a top-level `[[name]]` header, with the 1-based line each slice
/// starts on. Parsing the slices one by one gives what parsing the whole
/// text gives: cuts are made only at the start of a line outside any
/// string, comment or bracket, before an array-of-tables header with one
/// bare key; and the whole text is one slice when a later slice could
/// depend on an earlier one (a key/value before the first header, a
/// `[table]` header, or `[x.y]`/`[[x.y]]` where `x` is not the array of the
/// latest `[[x]]`).
pub fn entry_chunks(text: &str, size: usize) -> Vec<(usize, &str)> {
    let whole = vec![(1, text)];
    let b = text.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let (mut start, mut line) = (0usize, 1usize);
    let mut state = State::Code;
    let mut depth = 0usize;
    // The array of the latest `[[x]]` header, None before any header.
    let mut root: Option<String> = None;
    let mut line_start = true;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            line += 1;
            line_start = true;
            if matches!(state, State::Comment | State::Basic | State::Literal) {
                // A single-line string cannot span lines (the parser reports
                // it); the scanner goes on as the parser would resume.
                state = State::Code;
            }
            i += 1;
            continue;
        }
        match state {
            State::Code => {
                if line_start && depth == 0 {
                    if c == b' ' || c == b'\t' || c == b'\r' {
                        i += 1;
                        continue;
                    }
                    line_start = false;
                    if c == b'[' {
                        let Some(header) = header_at(text, i) else {
                            return whole;
                        };
                        match (header.array, header.keys.as_slice()) {
                            (true, [one]) => {
                                if header.bare && i - start >= size && root.is_some() {
                                    cuts.push((i, line));
                                    start = i;
                                }
                                root = Some(one.clone());
                            }
                            (_, [first, _, ..]) if root.as_deref() == Some(first.as_str()) => {}
                            _ => return whole,
                        }
                        i = header.end;
                        continue;
                    }
                    if c != b'#' && root.is_none() {
                        // A top-level key: it could name an array a later
                        // slice appends to.
                        return whole;
                    }
                }
                line_start = false;
                match c {
                    b'#' => state = State::Comment,
                    b'"' if b[i..].starts_with(b"\"\"\"") => {
                        state = State::MultiBasic;
                        i += 3;
                        continue;
                    }
                    b'\'' if b[i..].starts_with(b"'''") => {
                        state = State::MultiLiteral;
                        i += 3;
                        continue;
                    }
                    b'"' => state = State::Basic,
                    b'\'' => state = State::Literal,
                    b'[' | b'{' => depth += 1,
                    b']' | b'}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            State::Comment => {}
            State::Basic => match c {
                // Skip the escaped byte, but never a newline (counted above).
                b'\\' if b.get(i + 1).is_some_and(|&n| n != b'\n') => i += 1,
                b'"' => state = State::Code,
                _ => {}
            },
            State::Literal => {
                if c == b'\'' {
                    state = State::Code;
                }
            }
            State::MultiBasic | State::MultiLiteral => {
                let quote = if state == State::MultiBasic {
                    b'"'
                } else {
                    b'\''
                };
                if c == b'\\' && state == State::MultiBasic {
                    if b.get(i + 1).is_some_and(|&n| n != b'\n') {
                        i += 1;
                    }
                } else if c == quote {
                    // A run of 3 to 5 quotes closes the string (up to two
                    // quotes may end its content).
                    let run = b[i..].iter().take_while(|&&x| x == quote).count();
                    if run >= 3 {
                        state = State::Code;
                    }
                    i += run;
                    continue;
                }
            }
        }
        i += 1;
    }
    slices(text, cuts)
}

/// `text` cut before each of `cuts` (byte offset, line), with the line each
/// slice starts on.
fn slices(text: &str, cuts: Vec<(usize, usize)>) -> Vec<(usize, &str)> {
    let mut chunks = Vec::with_capacity(cuts.len() + 1);
    let (mut from, mut from_line) = (0, 1);
    for (at, at_line) in cuts {
        chunks.push((from_line, &text[from..at]));
        from = at;
        from_line = at_line;
    }
    chunks.push((from_line, &text[from..]));
    chunks
}

/// A table header: its keys (unquoted), whether it is `[[…]]`, whether its
/// keys are all bare, and the offset just past it.
struct Header {
    keys: Vec<String>,
    array: bool,
    bare: bool,
    end: usize,
}

/// Reads the header starting at `text[at] == '['`; None when it is not a
/// well-formed header (the parser will say why; the file is parsed whole).
fn header_at(text: &str, at: usize) -> Option<Header> {
    let b = text.as_bytes();
    let array = b.get(at + 1) == Some(&b'[');
    let mut i = at + if array { 2 } else { 1 };
    let mut keys = Vec::new();
    let mut bare = true;
    loop {
        while matches!(b.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        match b.get(i)? {
            b'"' => {
                bare = false;
                let mut key = String::new();
                i += 1;
                loop {
                    match *b.get(i)? {
                        b'"' => break,
                        b'\n' => return None,
                        b'\\' => return None, // escapes in header keys: parse whole
                        _ => {}
                    }
                    let ch = text[i..].chars().next()?;
                    key.push(ch);
                    i += ch.len_utf8();
                }
                i += 1;
                keys.push(key);
            }
            b'\'' => {
                bare = false;
                let close = text[i + 1..].find(['\'', '\n'])?;
                if b[i + 1 + close] != b'\'' {
                    return None;
                }
                keys.push(text[i + 1..i + 1 + close].to_string());
                i += close + 2;
            }
            _ => {
                let len = b[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c == b'-')
                    .count();
                if len == 0 {
                    return None;
                }
                keys.push(text[i..i + len].to_string());
                i += len;
            }
        }
        while matches!(b.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        match b.get(i)? {
            b'.' => i += 1,
            b']' => break,
            _ => return None,
        }
    }
    i += 1;
    if array {
        if b.get(i) != Some(&b']') {
            return None;
        }
        i += 1;
    }
    Some(Header {
        keys,
        array,
        bare,
        end: i,
    })
}

/// A parsed file with its text, kept to point problems at lines.
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

/// Where entries are defined, indexed once: the lines that set a table's
/// key field (`id = "…"`, `text = "…"`, `hf = "…"`, [`KeyField`]) in every
/// source (the last file wins, as overlays do; in a file, the first line).
/// Looking up N problems costs N hash lookups; searching every file's text
/// per problem made 20k problems take 45 s.
pub struct Locator<'a> {
    at: HashMap<&'a str, (usize, usize)>,
    sources: &'a [Source],
}

impl<'a> Locator<'a> {
    pub fn new(sources: &'a [Source]) -> Locator<'a> {
        let mut at = HashMap::new();
        for (s, source) in sources.iter().enumerate() {
            for (n, line) in source.text.lines().enumerate() {
                if let Some(key) = entry_key(line.trim()) {
                    match at.get(key) {
                        Some(&(earlier, _)) if earlier == s => {}
                        _ => {
                            at.insert(key, (s, n + 1));
                        }
                    }
                }
            }
        }
        Locator { at, sources }
    }

    /// The file and line of the entry a problem is about: the line that
    /// sets the key field of its table's rows to the problem's id.
    pub fn locate(&self, problem: &Problem) -> Option<(&'a std::path::Path, usize)> {
        let needle = match table_of(problem.kind)?.key {
            KeyField::Quoted(field) => format!("{field} = {}", toml_quote(&problem.id)),
            KeyField::Bare(field) => format!("{field} = {}", problem.id),
            KeyField::None => return None,
        };
        self.at
            .get(needle.as_str())
            .map(|&(s, line)| (self.sources[s].path.as_path(), line))
    }
}

/// `id = "x"` of a line `id = "x"  # comment` (a basic string or a number
/// after `FIELD = ` where FIELD is a table's key field), or None.
fn entry_key(line: &str) -> Option<&str> {
    let (field, value) = line.split_once(" = ")?;
    let is_key = |k: &KeyField| matches!(k, KeyField::Quoted(f) | KeyField::Bare(f) if *f == field);
    if !TABLES.iter().any(|t| is_key(&t.key)) {
        return None;
    }
    let prefix = field.len() + " = ".len();
    let len = if let Some(rest) = value.strip_prefix('"') {
        let mut escaped = false;
        let end = rest.char_indices().find_map(|(k, c)| {
            let close = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            close.then_some(k)
        })?;
        end + 2
    } else {
        value
            .find(|c: char| c.is_whitespace() || c == '#')
            .unwrap_or(value.len())
    };
    Some(&line[..prefix + len])
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
    let locator = Locator::new(sources);
    problems
        .iter()
        .map(|p| match locator.locate(p) {
            Some((path, line)) => format!("{}:{line}: {}", path.display(), p.message),
            None => p.message.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests;
