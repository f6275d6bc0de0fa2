//! Reading the list's Markdown: tables with their heading path, table cells,
//! links inside cells, footnotes, and cleaning a cell into plain text.
//!
//! The list is hand-written, so this is a tolerant reader of exactly the
//! Markdown it uses (pipe tables, inline links, `<br>`, `**bold**`, `[^N]`
//! footnote markers, a few HTML entities), not a general Markdown parser.

/// One pipe table and the headings above it.
#[derive(Debug, Clone)]
pub struct Table {
    /// Headings from level 2 down, e.g. `["Text Generation Models", "Merged models"]`.
    pub headings: Vec<String>,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line number in the file.
    pub line: usize,
    /// Raw cell contents, trimmed.
    pub cells: Vec<String>,
}

/// A `[text](url)` link inside a cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub text: String,
    pub url: String,
    /// Byte offset of the `[` in the cell.
    pub start: usize,
    /// Byte offset just past the `)`.
    pub end: usize,
    /// How many parentheses enclose the link in the cell.
    pub depth: usize,
}

/// A parsed README: its tables and footnotes.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub tables: Vec<Table>,
    /// `(number, raw text)` of each `[^N]: …` line.
    pub footnotes: Vec<(u32, String)>,
}

/// Splits a table line into cells on `|` not escaped with a backslash.
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

fn is_separator(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') && t.contains('-') && t.chars().all(|c| matches!(c, '|' | ':' | '-' | ' '))
}

/// Parses the README into tables and footnotes.
pub fn parse(text: &str) -> Document {
    let mut doc = Document::default();
    let mut headings: Vec<(usize, String)> = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    let mut in_comment = false;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        if in_comment {
            if line.contains("-->") {
                in_comment = false;
            }
            i += 1;
            continue;
        }
        if trimmed.starts_with("<!--") {
            in_comment = !line.contains("-->");
            i += 1;
            continue;
        }
        if let Some(level) = heading_level(trimmed) {
            let title = trimmed[level..].trim().to_string();
            headings.retain(|(l, _)| *l < level);
            headings.push((level, title));
        } else if let Some(rest) = trimmed.strip_prefix("[^") {
            if let Some((num, body)) = rest.split_once("]:") {
                if let Ok(n) = num.parse::<u32>() {
                    doc.footnotes.push((n, body.trim().to_string()));
                }
            }
        } else if trimmed.starts_with('|') && i + 1 < lines.len() && is_separator(lines[i + 1]) {
            let header = split_cells(line);
            let mut table = Table {
                headings: headings
                    .iter()
                    .filter(|(l, _)| *l >= 2)
                    .map(|(_, t)| t.clone())
                    .collect(),
                header,
                rows: Vec::new(),
            };
            i += 2;
            while i < lines.len() && lines[i].trim_start().starts_with('|') {
                table.rows.push(Row {
                    line: i + 1,
                    cells: split_cells(lines[i]),
                });
                i += 1;
            }
            doc.tables.push(table);
            continue;
        }
        i += 1;
    }
    doc
}

fn heading_level(line: &str) -> Option<usize> {
    let level = line.chars().take_while(|&c| c == '#').count();
    (level > 0 && line[level..].starts_with(' ')).then_some(level)
}

/// Finds the `[text](url)` links of a cell, with their parenthesis depth.
/// Footnote markers `[^N]` are not links.
///
/// Linear in the cell (a cell of 100k nested `[` took 72 s when each `[`
/// searched to the end): each `[` scans only up to the next `[` or `](`, a
/// search that finds nothing ends the loop (no later `[` can succeed), and
/// the closing `)` of a URL is found once for all the `[` before it
/// ([`UrlEnds`]). `links_reference` in the tests is the old, plain
/// version, and a property test holds the two equal.
pub fn links(cell: &str) -> Vec<Link> {
    let bytes = cell.as_bytes();
    let mut out = Vec::new();
    let mut depth: usize = 0;
    let mut ends = UrlEnds::default();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b'[' if bytes.get(i + 1) != Some(&b'^') => match link_at(cell, i, depth, &mut ends) {
                Found::Link(link) => {
                    i = link.end;
                    out.push(link);
                    continue;
                }
                Found::NotHere => {}
                Found::NoMore => break,
            },
            _ => {}
        }
        i += 1;
    }
    out
}

enum Found {
    Link(Link),
    /// Not a link at this `[`; a later one may be.
    NotHere,
    /// No `](` or no `)` after this `[`: no later `[` can be a link either.
    NoMore,
}

/// The `)` that ends URLs starting at or before it, with what the URL
/// check needs, found once and reused by every `[` whose URL it closes.
#[derive(Default)]
struct UrlEnds {
    /// Where the last search started, and the `)` it found.
    from: usize,
    close: Option<usize>,
    /// End of the URL text trimmed, and the last whitespace before it
    /// (searched from `from`).
    trimmed_end: usize,
    last_space: Option<usize>,
}

impl UrlEnds {
    /// The first `)` at or after `start`; `start` never decreases.
    fn close(&mut self, cell: &str, start: usize) -> Option<usize> {
        if self.close.is_some_and(|c| c >= start) {
            return self.close;
        }
        let close = start + cell[start..].find(')')?;
        let url = &cell[start..close];
        let trimmed_end = start + url.trim_end().len();
        let last_space = cell[start..trimmed_end]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map(|(k, _)| start + k);
        *self = UrlEnds {
            from: start,
            close: Some(close),
            trimmed_end,
            last_space,
        };
        Some(close)
    }

    /// Whether the URL from `start` (its leading spaces skipped at `first`)
    /// to the current `)` has whitespace inside once trimmed.
    fn has_space(&self, first: usize) -> bool {
        debug_assert!(first >= self.from);
        self.last_space
            .is_some_and(|w| w >= first && w < self.trimmed_end)
    }
}

fn link_at(cell: &str, start: usize, depth: usize, ends: &mut UrlEnds) -> Found {
    // Link texts never nest brackets in the list, so the first `](` closes
    // it, and a `[` before it means this `[` starts no link.
    let rest = &cell.as_bytes()[start + 1..];
    let Some(stop) = rest
        .iter()
        .enumerate()
        .position(|(k, &b)| b == b'[' || (b == b']' && rest.get(k + 1) == Some(&b'(')))
    else {
        return Found::NoMore;
    };
    if rest[stop] == b'[' {
        return Found::NotHere;
    }
    let close = stop;
    let text = &cell[start + 1..start + 1 + close];
    let url_start = start + 1 + close + 2;
    let Some(url_end) = ends.close(cell, url_start) else {
        return Found::NoMore;
    };
    let raw = &cell[url_start..url_end];
    let url = raw.trim();
    let first = url_start + (raw.len() - raw.trim_start().len());
    if !url.is_empty() && ends.has_space(first) {
        return Found::NotHere;
    }
    Found::Link(Link {
        text: text.to_string(),
        url: url.to_string(),
        start,
        end: url_end + 1,
        depth,
    })
}

/// Footnote numbers cited in a cell (`[^12]`), each once, in order.
pub fn footnote_refs(cell: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut closes = NextByte::new(b']');
    let mut at = 0;
    while let Some(pos) = cell[at..].find("[^") {
        at += pos + 2;
        if let Some(end) = closes.at_or_after(cell, at) {
            if let Ok(n) = cell[at..end].parse::<u32>() {
                if seen.insert(n) {
                    out.push(n);
                }
            }
        }
    }
    out
}

/// The next occurrence of one byte at or after positions that never
/// decrease, found once for all of them: `[^[^[^…` searched to the end
/// once per `[^`, quadratic, before.
struct NextByte {
    byte: u8,
    found: Option<Option<usize>>,
}

impl NextByte {
    fn new(byte: u8) -> NextByte {
        NextByte { byte, found: None }
    }

    fn at_or_after(&mut self, text: &str, from: usize) -> Option<usize> {
        match self.found {
            Some(None) => return None,
            Some(Some(p)) if p >= from => return Some(p),
            _ => {}
        }
        let p = text.as_bytes()[from..]
            .iter()
            .position(|&b| b == self.byte)
            .map(|p| from + p);
        self.found = Some(p);
        p
    }
}

/// Removes footnote markers `[^N]` from a text.
pub fn strip_footnotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut closes = NextByte::new(b']');
    let mut at = 0;
    while let Some(pos) = text[at..].find("[^") {
        out.push_str(&text[at..at + pos]);
        let after = at + pos + 2;
        match closes.at_or_after(text, after) {
            Some(end) if end > after && text[after..end].chars().all(|c| c.is_ascii_digit()) => {
                at = end + 1;
            }
            _ => {
                out.push_str("[^");
                at = after;
            }
        }
    }
    out.push_str(&text[at..]);
    tidy(&out)
}

/// Turns a cell into plain text: links become their text, `<br>` a newline,
/// bold markers and HTML entities go, spaces collapse. Footnote markers stay
/// (license texts are keyed with them); see [`strip_footnotes`].
pub fn clean(cell: &str) -> String {
    let mut s = String::with_capacity(cell.len());
    let mut last = 0;
    for link in links(cell) {
        s.push_str(&cell[last..link.start]);
        s.push_str(&link.text);
        last = link.end;
    }
    s.push_str(&cell[last..]);
    let s = replace_br(&s)
        .replace("**", "")
        .replace("\\*", "*")
        .replace("\\|", "|");
    tidy(&decode_entities(&s))
}

/// `<br>` in any spelling as a newline, anchors dropped, other tags kept;
/// linear in the text.
pub fn replace_br(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // The `>` that ends a tag, found once for every `<` before it.
    let mut closes = NextByte::new(b'>');
    while let Some(pos) = rest.find('<') {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        let lower: String = tail
            .chars()
            .take(4)
            .collect::<String>()
            .to_ascii_lowercase();
        let is_break = lower.starts_with("<br");
        // Anchors (`<a id="…"></a>`) carry no text.
        let is_anchor = lower.starts_with("<a ") || lower.starts_with("</a>");
        if is_break || is_anchor {
            let offset = s.len() - tail.len();
            if let Some(end) = closes.at_or_after(s, offset).map(|e| e - offset) {
                if is_break {
                    out.push('\n');
                }
                rest = &tail[end + 1..];
                continue;
            }
        }
        out.push('<');
        rest = &tail[1..];
    }
    out.push_str(rest);
    out
}

/// Decodes the HTML entities the list uses. `&#x2011;` (a non-breaking
/// hyphen used to keep "CC BY-SA" on one line) becomes a plain hyphen so that
/// searches and license matching see the same text in every row.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        // Entities are short: look for `;` in the next 10 bytes only (a
        // search to the end for each `&` was quadratic in `&&&…`).
        let end = tail.as_bytes()[..tail.len().min(11)]
            .iter()
            .position(|&b| b == b';');
        let decoded = end.and_then(|e| {
            let name = &tail[1..e];
            let ch = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "nbsp" => Some(' '),
                "#x2011" | "#8209" => Some('-'),
                _ => {
                    if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
                    } else if let Some(dec) = name.strip_prefix('#') {
                        dec.parse::<u32>().ok().and_then(char::from_u32)
                    } else {
                        None
                    }
                }
            };
            ch.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The spaces [`tidy`] collapses: space, tab and the ideographic space.
pub const SPACES: [char; 3] = [' ', '\t', '\u{3000}'];

/// Collapses runs of spaces (including the ideographic space) within each
/// line, trims lines and drops empty ones.
pub fn tidy(s: &str) -> String {
    let mut lines = Vec::new();
    for line in s.split('\n') {
        let mut out = String::with_capacity(line.len());
        let mut space = false;
        for ch in line.chars() {
            if SPACES.contains(&ch) {
                space = true;
            } else if matches!(ch, '\u{200b}' | '\u{feff}') {
                // Zero-width spaces slipped into a few cells; they only make
                // names that look equal compare unequal.
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

/// Splits on top-level `,` and `、` (outside parentheses), trimming parts.
pub fn split_top(s: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth: i32 = 0;
    let mut cur = String::new();
    for ch in s.chars() {
        match ch {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            _ => {}
        }
        if (ch == ',' || ch == '、') && depth <= 0 {
            parts.push(std::mem::take(&mut cur));
            continue;
        }
        cur.push(ch);
    }
    parts.push(cur);
    parts
        .into_iter()
        .map(|p| p.replace('\n', " ").trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The plain versions the linear ones replaced (quadratic on nested `[`,
/// `[^`, `<`, `&`), kept to test the fast ones against.
#[cfg(test)]
pub mod reference {
    use super::{tidy, Link};

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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_split_on_unescaped_pipes() {
        assert_eq!(split_cells("| a | b\\|c |  |"), vec!["a", "b\\|c", ""]);
    }

    #[test]
    fn links_know_their_depth() {
        // A real cell from the list (Sarashina2, architecture column).
        let cell = "Llama<br>([**7b**](https://huggingface.co/sbintuitions/sarashina2-7b), [**13b**](https://huggingface.co/sbintuitions/sarashina2-13b))";
        let l = links(cell);
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].text, "**7b**");
        assert_eq!(
            l[0].url,
            "https://huggingface.co/sbintuitions/sarashina2-7b"
        );
        assert_eq!(l[0].depth, 1);
        assert_eq!(clean(cell), "Llama\n(7b, 13b)");
    }

    #[test]
    fn footnote_markers_are_not_links() {
        let cell = "Apache 2.0[^25]";
        assert!(links(cell).is_empty());
        assert_eq!(footnote_refs(cell), vec![25]);
        assert_eq!(strip_footnotes(cell), "Apache 2.0");
    }

    #[test]
    fn entities_and_breaks() {
        assert_eq!(clean("CC BY&#x2011;SA 4.0"), "CC BY-SA 4.0");
        assert_eq!(
            clean("Megagon Labs <br> (Recruit Co.,Ltd.)"),
            "Megagon Labs\n(Recruit Co.,Ltd.)"
        );
    }

    #[test]
    fn top_level_split_keeps_parenthesised_commas() {
        assert_eq!(
            split_top("個人 (山田育矢, 李凌寒), 東北大、富士通"),
            vec!["個人 (山田育矢, 李凌寒)", "東北大", "富士通"]
        );
    }

    /// Nested `[`, `[^`, `<br` and `&` in one cell: 10x the input costs
    /// at most ~12x the time (it cost 100x: 100k `[` took 72 s).
    #[test]
    fn cells_are_read_in_linear_time() {
        for unit in ["[", "[a](", "[a](b ", "[^", "[^1", "<br", "&", "(["] {
            let time = |n: usize| {
                let cell = unit.repeat(n) + ")]";
                crate::scaling::cpu_time(|| {
                    let _ = links(&cell);
                    let _ = footnote_refs(&cell);
                    let _ = clean(&cell);
                    let _ = strip_footnotes(&cell);
                })
            };
            crate::scaling::assert_linear(unit, 20_000, time);
        }
    }
}
