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
    /// 1-based line number of the header row.
    pub line: usize,
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
    /// `(line, why)` of each line that looks like a table row but is not one
    /// GitHub renders (or is a row without `|`): reported, never imported.
    pub stray: Vec<(usize, String)>,
}

/// Splits a table line into cells on `|` not escaped with a backslash.
pub fn split_cells(line: &str) -> Vec<String> {
    let body = line.trim();
    let body = body.strip_prefix('|').unwrap_or(body);
    let body = body.strip_suffix('|').unwrap_or(body);
    // By byte: `|` and `\` never occur inside a multi-byte character.
    let mut cells = Vec::new();
    let mut start = 0;
    let mut prev_backslash = false;
    for (i, b) in body.bytes().enumerate() {
        if b == b'|' && !prev_backslash {
            cells.push(body[start..i].trim().to_string());
            start = i + 1;
        }
        prev_backslash = b == b'\\';
    }
    cells.push(body[start..].trim().to_string());
    cells
}

/// A delimiter row (`|---|:--:|`, the outer pipes optional) and its number
/// of cells, as GitHub reads it.
fn separator_cells(line: &str) -> Option<usize> {
    let t = line.trim();
    if !t.contains('-') || leading_spaces(line) >= 4 {
        return None;
    }
    let cells = split_cells(t);
    let ok = cells.iter().all(|c| {
        let c = c.trim();
        let c = c.strip_prefix(':').unwrap_or(c);
        let c = c.strip_suffix(':').unwrap_or(c);
        !c.is_empty() && c.chars().all(|ch| ch == '-')
    });
    // A single dash-only cell with no pipe is a setext underline or a rule.
    (ok && (t.contains('|') || cells.len() > 1)).then_some(cells.len())
}

fn leading_spaces(line: &str) -> usize {
    line.chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// Whether a line starts a block that ends a table in GitHub's renderer
/// (cmark-gfm): a heading, quote, list item, fence, HTML block (comments
/// too), footnote definition, rule or indented code. Checked with cmark-gfm
/// 0.29 on the cases of the tests below.
fn ends_table(line: &str) -> bool {
    if leading_spaces(line) >= 4 {
        return true;
    }
    let t = line.trim_start();
    let mut chars = t.chars();
    let first = chars.next();
    let second = chars.next();
    heading_level(t).is_some()
        || t == "#"
        || t.starts_with('>')
        || t.starts_with("```")
        || t.starts_with("~~~")
        || (t.starts_with('<')
            && second.is_some_and(|c| c.is_ascii_alphabetic() || c == '!' || c == '/'))
        || (t.starts_with("[^") && t.contains("]:"))
        || (matches!(first, Some('-' | '*' | '+')) && matches!(second, None | Some(' ')))
        || {
            let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
            digits > 0
                && digits < 10
                && t[digits..].starts_with(['.', ')'])
                && t[digits + 1..].chars().next().is_none_or(|c| c == ' ')
        }
}

/// Parses the README into tables and footnotes. Lines that start with `|`
/// but are not part of a table as GitHub renders it, and rows GitHub shows
/// as one cell without a `|`, go to [`Document::stray`] with the reason.
pub fn parse(text: &str) -> Document {
    let mut doc = Document::default();
    let mut headings: Vec<(usize, String)> = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    let mut in_comment = false;
    // Why the last table ended, for the lines after it that look like rows.
    let mut ended: Option<(usize, &'static str)> = None;
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
        let header_cells = (line.contains('|') && leading_spaces(line) < 4 && i + 1 < lines.len())
            .then(|| split_cells(line).len());
        let sep = header_cells.and_then(|_| separator_cells(lines[i + 1]));
        if let Some(level) = heading_level(trimmed) {
            let title = trimmed[level..].trim().to_string();
            headings.retain(|(l, _)| *l < level);
            headings.push((level, title));
            ended = None;
        } else if let Some(rest) = trimmed.strip_prefix("[^") {
            if let Some((num, body)) = rest.split_once("]:") {
                if let Ok(n) = num.parse::<u32>() {
                    doc.footnotes.push((n, body.trim().to_string()));
                }
            }
        } else if header_cells.is_some() && header_cells == sep {
            let header = split_cells(line);
            let mut table = Table {
                headings: headings
                    .iter()
                    .filter(|(l, _)| *l >= 2)
                    .map(|(_, t)| t.clone())
                    .collect(),
                line: i + 1,
                header,
                rows: Vec::new(),
            };
            i += 2;
            while i < lines.len() && !lines[i].trim().is_empty() && !ends_table(lines[i]) {
                if lines[i].contains('|') {
                    table.rows.push(Row {
                        line: i + 1,
                        cells: split_cells(lines[i]),
                    });
                } else {
                    doc.stray.push((
                        i + 1,
                        "a line without `|` inside a table (GitHub shows it as a row of one cell); not a model row".to_string(),
                    ));
                }
                i += 1;
            }
            ended = Some((
                i + 1,
                match lines.get(i) {
                    None => "the end of the file",
                    Some(l) if l.trim().is_empty() => "a blank line",
                    Some(l) if l.trim_start().starts_with("<!--") => "an HTML comment",
                    Some(_) => "a line that starts another block",
                },
            ));
            doc.tables.push(table);
            continue;
        } else if trimmed.starts_with('|') {
            let why = match ended {
                Some((at, what)) => format!(
                    "starts with `|` but is not a table row as GitHub renders it: the table above ended at line {at} ({what})"
                ),
                None => "starts with `|` but is not a table row as GitHub renders it (no header and delimiter row above)".to_string(),
            };
            doc.stray.push((i + 1, why));
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
    // Written into one string (no line vector and join): a third of the
    // import's calls go through here.
    let mut out = String::with_capacity(s.len());
    for line in s.split('\n') {
        let before = out.len();
        if before > 0 {
            out.push('\n');
        }
        let start = out.len();
        let mut space = false;
        for ch in line.chars() {
            if SPACES.contains(&ch) {
                space = true;
            } else if matches!(ch, '\u{200b}' | '\u{feff}') {
                // Zero-width spaces slipped into a few cells; they only make
                // names that look equal compare unequal.
            } else {
                if space && out.len() > start {
                    out.push(' ');
                }
                space = false;
                out.push(ch);
            }
        }
        if out.len() == start {
            out.truncate(before);
        }
    }
    out
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

/// The plain versions the fast readers are checked against.
#[cfg(test)]
pub mod reference;

#[cfg(test)]
mod tests;
