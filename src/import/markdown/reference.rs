//! The plain versions of the cell readers that the fast ones replaced
//! (quadratic on nested `[`, `[^`, `<`, `&`; a line vector and a join;
//! splitting by character), kept so that the property tests check every
//! fast path against the simple reading it replaces.

use super::{Link, SPACES};

pub fn links(cell: &str) -> Vec<Link> {
    let bytes = cell.as_bytes();
    let mut out = Vec::new();
    let mut depth: usize = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b'[' if bytes.get(i + 1) != Some(&b'^') => {
                if let Some(link) = link_at(cell, i, depth) {
                    i = link.end;
                    out.push(link);
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn link_at(cell: &str, start: usize, depth: usize) -> Option<Link> {
    let rest = &cell[start + 1..];
    let close = rest.find("](")?;
    let text = &rest[..close];
    if text.contains('[') {
        return None;
    }
    let url_start = start + 1 + close + 2;
    let url_len = cell[url_start..].find(')')?;
    let url = cell[url_start..url_start + url_len].trim();
    if url.contains(char::is_whitespace) {
        return None;
    }
    Some(Link {
        text: text.to_string(),
        url: url.to_string(),
        start,
        end: url_start + url_len + 1,
        depth,
    })
}

pub fn footnote_refs(cell: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut rest = cell;
    while let Some(pos) = rest.find("[^") {
        rest = &rest[pos + 2..];
        if let Some(end) = rest.find(']') {
            if let Ok(n) = rest[..end].parse::<u32>() {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
    }
    out
}

pub fn strip_footnotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find("[^") {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 2..];
        match after.find(']') {
            Some(end) if after[..end].chars().all(|c| c.is_ascii_digit()) && end > 0 => {
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str("[^");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    tidy(&out)
}
/// Spaces collapsed line by line into a vector, then joined.
pub fn tidy(s: &str) -> String {
    let mut lines = Vec::new();
    for line in s.split('\n') {
        let mut out = String::with_capacity(line.len());
        let mut space = false;
        for ch in line.chars() {
            if SPACES.contains(&ch) {
                space = true;
            } else if matches!(ch, '\u{200b}' | '\u{feff}') {
            } else {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(ch);
            }
        }
        if !out.is_empty() {
            lines.push(out);
        }
    }
    lines.join("\n")
}

/// Cells split by character.
pub fn split_cells(line: &str) -> Vec<String> {
    let body = line.trim();
    let body = body.strip_prefix('|').unwrap_or(body);
    let body = body.strip_suffix('|').unwrap_or(body);
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut prev_backslash = false;
    for ch in body.chars() {
        if ch == '|' && !prev_backslash {
            cells.push(cur.trim().to_string());
            cur.clear();
        } else {
            cur.push(ch);
        }
        prev_backslash = ch == '\\';
    }
    cells.push(cur.trim().to_string());
    cells
}
