//! The one table writer: cells gathered in one buffer and columns padded
//! by display width, streamed line by line; with colours on, headers or
//! keys bold and commercial-use marks coloured, the escapes around the
//! text only, so a painted table is as wide as the plain one.

use super::{display_width, pad};
use crate::sanitize;

/// Lines wider than this (display columns) do not widen their column in
/// [`plain`] output: they stick out of it, and only their own line is
/// longer. So no row is padded to another row's long cell: piped, a
/// 252-character developer list made every row of a filtered `list` 526
/// columns wide; one 10 MB name in an overlay made `list > file`
/// gigabytes. A row is at most its own text plus this much padding per
/// cell. Most cells of the list (names, sizes, licenses, years, nine repo
/// ids in ten) are shorter, so most rows stay aligned; a table whose cells
/// are all under it is comfy-table's, byte for byte (tested below).
/// Aligned columns rather than TSV when piped: `jllm list | less` stays a
/// table a person reads, `grep` still sees whole values, and the README's
/// piped examples keep their shape; `--format tsv` is there for programs.
pub const PAD_LIMIT: usize = 48;

/// The cells of a plain table, row by row, in one buffer: escaped (as
/// [`sanitize::text`] escapes) and measured once, as they are added. A
/// filtered `list` adds ~700 cells; one `String` each, sanitized and
/// measured again when padded, was a quarter of its run (0.56M of 2.1M
/// instructions, and the heap pages behind them).
pub struct Cells {
    text: String,
    spans: Vec<Span>,
    /// Cells wider than this do not widen their column: [`PAD_LIMIT`]
    /// piped; no limit for cells fitted to a terminal.
    limit: usize,
    /// Colours, when on.
    paint: Paint,
}

/// How a table is painted when colours are on (`--color`, a terminal).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paint {
    /// No escapes at all.
    #[default]
    None,
    /// A grid: the header row bold; cells ending with a commercial-use
    /// mark green (✓), yellow (~) or red (✗), "unknown" grey.
    Grid,
    /// Key/value lines: the keys (first column) bold, values as in a grid.
    Pairs,
}

/// The SGR escapes a cell is written between, by what it says.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Bold,
    Green,
    Yellow,
    Red,
    Grey,
}

impl Style {
    /// The style of a value cell (escaped text, whole).
    fn of(cell: &str) -> Style {
        if cell == "unknown" {
            return Style::Grey;
        }
        match cell.chars().next_back() {
            Some('✓') => Style::Green,
            Some('~') => Style::Yellow,
            Some('✗') => Style::Red,
            _ => Style::Plain,
        }
    }

    /// The escapes before and after the text.
    fn codes(self) -> (&'static str, &'static str) {
        match self {
            Style::Plain => ("", ""),
            Style::Bold => ("\u{1b}[1m", "\u{1b}[0m"),
            Style::Green => ("\u{1b}[38;5;10m", "\u{1b}[39m"),
            Style::Yellow => ("\u{1b}[38;5;11m", "\u{1b}[39m"),
            Style::Red => ("\u{1b}[38;5;9m", "\u{1b}[39m"),
            Style::Grey => ("\u{1b}[38;5;8m", "\u{1b}[39m"),
        }
    }
}

#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    /// Display width when the cell is one line.
    width: usize,
    /// The widest line no wider than [`PAD_LIMIT`]: what the column takes.
    pad_width: usize,
    one_line: bool,
}

impl Cells {
    pub fn with_capacity(cells: usize) -> Self {
        Cells {
            text: String::with_capacity(cells * 24),
            spans: Vec::with_capacity(cells),
            limit: PAD_LIMIT,
            paint: Paint::None,
        }
    }

    /// Paints the table as `paint` says (colours on).
    pub fn paint(&mut self, paint: Paint) {
        self.paint = paint;
    }

    /// Adds the cell `write` appends to the buffer.
    pub fn push_with(&mut self, write: impl FnOnce(&mut String)) {
        let start = self.text.len();
        write(&mut self.text);
        let cell = &self.text[start..];
        // Printable ASCII (most cells): nothing to escape, one column a byte.
        if sanitize::is_printable_ascii(cell.as_bytes()) {
            let width = cell.len();
            self.spans.push(Span {
                start,
                end: self.text.len(),
                width,
                pad_width: if width <= self.limit { width } else { 0 },
                one_line: true,
            });
            return;
        }
        if let std::borrow::Cow::Owned(safe) = sanitize::text(cell) {
            self.text.truncate(start);
            self.text.push_str(&safe);
        }
        let cell = &self.text[start..];
        let mut pad_width = 0;
        let mut lines = 0;
        let mut width = 0;
        for line in cell.split('\n') {
            width = display_width(line);
            if width <= self.limit {
                pad_width = pad_width.max(width);
            }
            lines += 1;
        }
        self.spans.push(Span {
            start,
            end: self.text.len(),
            width,
            pad_width,
            one_line: lines == 1,
        });
    }

    pub fn push(&mut self, cell: &str) {
        self.push_with(|t| t.push_str(cell));
    }

    fn text(&self, span: &Span) -> &str {
        &self.text[span.start..span.end]
    }
}

/// Writes `cells` as a plain table of `columns` columns (missing cells of
/// the last row are empty), the first row a header when `header` says so:
/// columns padded to their widest line by display width (CJK counts two),
/// ignoring lines wider than [`PAD_LIMIT`]; cells may hold several lines;
/// a rule under the header; lines trimmed. Streams: only one line is held.
pub fn write_plain(
    out: &mut impl std::io::Write,
    cells: &Cells,
    columns: usize,
    header: bool,
    gap: usize,
) -> std::io::Result<()> {
    let columns = columns.max(1);
    let mut widths = vec![0; columns];
    for (i, span) in cells.spans.iter().enumerate() {
        let w = &mut widths[i % columns];
        *w = (*w).max(span.pad_width);
    }
    let empty = Span {
        start: 0,
        end: 0,
        width: 0,
        pad_width: 0,
        one_line: true,
    };
    let style = |r: usize, c: usize, span: &Span| match cells.paint {
        Paint::None => Style::Plain,
        Paint::Grid if r == 0 && header => Style::Bold,
        Paint::Pairs if c == 0 => Style::Bold,
        Paint::Grid | Paint::Pairs => Style::of(cells.text(span)),
    };
    let mut line = String::new();
    for (r, row) in cells.spans.chunks(columns).enumerate() {
        let cell = |c: usize| row.get(c).unwrap_or(&empty);
        let height = (0..columns)
            .map(|c| match cell(c) {
                s if s.one_line => 1,
                s => cells.text(s).split('\n').count(),
            })
            .max()
            .unwrap_or(1);
        for i in 0..height {
            line.clear();
            line.push(' ');
            for (c, w) in widths.iter().enumerate() {
                if c > 0 {
                    pad(&mut line, gap);
                }
                let span = cell(c);
                let (text, width) = if span.one_line {
                    if i == 0 {
                        (cells.text(span), span.width)
                    } else {
                        ("", 0)
                    }
                } else {
                    let text = cells.text(span).split('\n').nth(i).unwrap_or("");
                    (text, display_width(text))
                };
                match style(r, c, span) {
                    _ if text.is_empty() => {}
                    Style::Plain => line.push_str(text),
                    painted => {
                        let (on, off) = painted.codes();
                        line.push_str(on);
                        line.push_str(text);
                        line.push_str(off);
                    }
                }
                // The last column is not padded: the line is trimmed anyway
                // (trimming that padding was a fifth of this function).
                if c + 1 < columns {
                    pad(&mut line, w.saturating_sub(width));
                }
            }
            let end = line.trim_end().len();
            line.truncate(end);
            line.push('\n');
            out.write_all(line.as_bytes())?;
        }
        if r == 0 && header {
            let total = 2 + widths.iter().sum::<usize>() + gap * columns.saturating_sub(1);
            line.clear();
            const RULE: &str = "────────────────────────────────────────────────────────────────";
            let mut left = total;
            while left > 0 {
                let k = left.min(RULE.chars().count());
                line.push_str(&RULE[..k * '─'.len_utf8()]);
                left -= k;
            }
            line.push('\n');
            out.write_all(line.as_bytes())?;
        }
    }
    Ok(())
}

/// [`write_plain`] of a header and rows of strings, as a `String`.
pub(super) fn plain<'a>(
    header: Option<&[String]>,
    rows: impl Iterator<Item = &'a [String]>,
    gap: usize,
    limit: usize,
    paint: Paint,
) -> String {
    let rows: Vec<&[String]> = rows.collect();
    let columns = header
        .map(<[String]>::len)
        .into_iter()
        .chain(rows.iter().map(|r| r.len()))
        .max()
        .unwrap_or(0);
    let mut cells = Cells::with_capacity(columns * (rows.len() + 1));
    cells.limit = limit;
    cells.paint = paint;
    for row in header.into_iter().chain(rows) {
        for c in 0..columns {
            cells.push(row.get(c).map_or("", String::as_str));
        }
    }
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write_plain(&mut out, &cells, columns, header.is_some(), gap);
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
