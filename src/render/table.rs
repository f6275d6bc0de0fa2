//! Tables for people, with comfy-table: CJK text measured by display width,
//! columns fitted to the terminal, and nothing cut when stdout is not a
//! terminal. Colours only when the config says so. Fitting is ours, not
//! comfy-table's: cells wrap at spaces (CJK between characters, closing
//! punctuation kept with what it closes) and headers at spaces only, so a
//! header is never broken inside a word in any language. Columns have a
//! priority: the first one and those answering the flags given
//! ([`FitOpts::keep`]) are never left out; the others are kept left to
//! right while they fit, and one dim line names those left out. A cell too
//! long for its column is cut with "…" (at most [`MAX_LINES`] lines), except
//! in the columns holding ids and repo ids ([`FitOpts::whole`]), which stay
//! whole so they can be copied; `--wide` prints every cell whole.
//!
//! Piped, a column is padded to its widest cell of at most [`PAD_LIMIT`]
//! columns: a longer cell is printed whole and pushes only the rest of its
//! own row to the right, so no row is padded to another row's long cell.

use comfy_table::{
    presets, Attribute, Cell, Color, ContentArrangement, LineStyle, Table, TableStyle,
};

/// Columns separated by spaces, one rule under the header: compact, and
/// still readable when a long cell wraps.
const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction('─'));

use crate::catalog::schema::Commercial;
use crate::config::Config;
use crate::sanitize;

fn base(cfg: &Config) -> Table {
    let mut t = Table::new();
    t.load_style(STYLE);
    // Cells arrive fitted (see `fit`): comfy-table must not wrap them again.
    t.set_content_arrangement(ContentArrangement::Disabled);
    t.force_no_tty();
    if cfg.color {
        t.enforce_styling();
    }
    t
}

/// Which columns of a table must stay, and which must stay uncut.
#[derive(Clone, Debug, Default)]
pub struct FitOpts {
    /// Columns never left out (besides the first, which always stays).
    pub keep: Vec<usize>,
    /// Columns whose words are never cut with "…" (ids, repo ids), besides
    /// the first.
    pub whole: Vec<usize>,
}

/// `--wide`: on a terminal, cells are printed whole, not cut to fit.
static WIDE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sets `--wide` for the tables of this run (`OutputArgs::resolve`).
pub fn set_wide(wide: bool) {
    WIDE.store(wide, std::sync::atomic::Ordering::Relaxed);
}

/// Whether `--wide` was given.
pub fn wide() -> bool {
    WIDE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Lines a cut cell keeps on a terminal; the last ends with "…".
pub const MAX_LINES: usize = 3;

/// A table with a header row, fitted to the terminal when there is one.
pub fn grid(header: &[String], rows: &[Vec<String>], cfg: &Config) -> String {
    grid_with(header, rows, cfg, &FitOpts::default())
}

/// [`grid`] with the columns `opts` keeps and keeps whole.
pub fn grid_with(header: &[String], rows: &[Vec<String>], cfg: &Config, opts: &FitOpts) -> String {
    if plain_is_enough(cfg) || (wide() && !cfg.color) {
        return plain(
            Some(header),
            rows.iter().map(|r| r.as_slice()),
            GRID_GAP,
            PAD_LIMIT,
        );
    }
    if !cfg.tty || wide() {
        return comfy_grid(header, rows, cfg);
    }
    let fitted = fit(Some(header), rows, cfg.width, GRID_GAP, opts);
    let header = fitted.header.unwrap_or_default();
    let mut s = if cfg.color {
        comfy_grid(&header, &fitted.rows, cfg)
    } else {
        plain(
            Some(&header),
            fitted.rows.iter().map(|r| r.as_slice()),
            GRID_GAP,
            fitted.widest,
        )
    };
    if !fitted.dropped.is_empty() {
        s.push_str(&dropped_line(&fitted.dropped, cfg));
    }
    s
}

/// The one line saying which columns did not fit, dim when colours are on.
fn dropped_line(dropped: &[String], cfg: &Config) -> String {
    // A header wrapped over lines is named on one.
    let names: Vec<String> = dropped.iter().map(|d| d.replace('\n', " ")).collect();
    let text = crate::i18n::trf(
        cfg.lang,
        "(not shown to fit {0} columns: {1}; see --columns)",
        &[&cfg.width, &names.join(", ")],
    );
    dim(&note(&text, cfg), cfg)
}

/// `text` dim when colours are on.
fn dim(text: &str, cfg: &Config) -> String {
    if cfg.color && !text.is_empty() {
        let body = text.strip_suffix('\n').unwrap_or(text);
        format!("\u{1b}[2m{body}\u{1b}[0m\n")
    } else {
        text.to_string()
    }
}

/// A note or footer under a table: on a terminal, wrapped at word
/// boundaries to its width (the terminal would break it mid-word); piped,
/// one line per line as written, so that `grep` finds a footer whole. Each
/// line ends with a newline.
pub fn note(text: &str, cfg: &Config) -> String {
    let mut out = String::new();
    if !cfg.tty {
        for line in text.lines() {
            out.push_str(line);
            out.push('\n');
        }
        return out;
    }
    for line in text.lines() {
        // A line that fits is copied as is (its spacing kept).
        if display_width(line) < cfg.width {
            out.push_str(line);
        } else {
            let indent = line.len() - line.trim_start().len();
            let wrapped = wrap(line.trim_start(), cfg.width.saturating_sub(1 + indent));
            for (i, l) in wrapped.split('\n').enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(&line[..indent]);
                out.push_str(l);
            }
        }
        out.push('\n');
    }
    out
}

/// The legend of the symbols a table printed, as one line (on a terminal
/// only; `--help` and the man page explain them too): the commercial-use
/// marks, the selected checkpoint's ▶.
pub fn legend(printed: &str, cfg: &Config) -> String {
    if !cfg.tty {
        return String::new();
    }
    let lang = cfg.lang;
    let tr = |s| crate::i18n::tr(lang, s);
    let mut parts: Vec<String> = Vec::new();
    let marks = printed
        .lines()
        .skip(2)
        .any(|l| l.contains(" ✓") || l.contains(" ~") || l.contains(" ✗") || l.contains(" ?"));
    if marks {
        parts.push(format!(
            "✓ {} · ~ {} · ✗ {} · ? {}",
            tr("commercial use allowed"),
            tr("with conditions"),
            tr("not allowed"),
            tr("unknown")
        ));
    }
    if printed.contains('▶') {
        parts.push(format!("▶ {}", tr("the checkpoint asked for")));
    }
    if parts.is_empty() {
        return String::new();
    }
    dim(&note(&parts.join(" · "), cfg), cfg)
}

/// Cells fitted to a width: wrapped, and the columns that had to go.
pub struct Fitted {
    pub header: Option<Vec<String>>,
    pub rows: Vec<Vec<String>>,
    pub dropped: Vec<String>,
    /// The widest column: a line of a cell wider than this (an id on a line
    /// of its own) does not widen its column.
    pub widest: usize,
}

/// Fits cells into `width` terminal columns (a leading space and `gap`
/// between columns, as [`plain`] prints them). Columns that fit keep their
/// width; the others get the room left in proportion to what they lack,
/// and their text wraps at spaces. A column is never narrower than its
/// header's longest word, nor than the longest word of a column kept whole
/// (`opts.whole`, and the first); other words may be cut with "…". When
/// those minimums do not fit, columns are left out: never the first nor
/// those of `opts.keep`, then from the right.
pub fn fit(
    header: Option<&[String]>,
    rows: &[Vec<String>],
    width: usize,
    gap: usize,
    opts: &FitOpts,
) -> Fitted {
    let columns = header
        .map(<[String]>::len)
        .into_iter()
        .chain(rows.iter().map(Vec::len))
        .max()
        .unwrap_or(0);
    let whole = |c: usize| c == 0 || opts.whole.contains(&c);
    let mut natural = vec![0usize; columns];
    let mut least = vec![0usize; columns];
    let mut head_least = vec![0usize; columns];
    for (c, cell) in header.into_iter().flatten().enumerate() {
        let safe = sanitize::text(cell);
        for line in safe.split('\n') {
            natural[c] = natural[c].max(display_width(line));
            for word in line.split(' ') {
                head_least[c] = head_least[c].max(display_width(word));
            }
        }
    }
    for row in rows {
        for (c, cell) in row.iter().enumerate() {
            let safe = sanitize::text(cell);
            for line in safe.split('\n') {
                natural[c] = natural[c].max(display_width(line));
                for (token, _) in tokens(line) {
                    least[c] = least[c].max(display_width(token));
                }
            }
        }
    }
    // A word of a column that may be cut needs no more than this.
    const CUT_TO: usize = 12;
    // An id wider than this share of the width gets a line of its own,
    // whole, sticking out of its column (see below).
    let id_share = width * 2 / 5;
    for c in 0..columns {
        if !whole(c) {
            least[c] = least[c].min(CUT_TO).max(head_least[c]);
        }
    }
    // The ids of columns that must stay share what the others kept leave.
    let forced: Vec<usize> = (0..columns)
        .filter(|&c| c == 0 || opts.keep.contains(&c))
        .collect();
    let others: usize = forced
        .iter()
        .filter(|&&c| !whole(c))
        .map(|&c| least[c])
        .sum();
    let ids = forced.iter().filter(|&&c| whole(c)).count().max(1);
    let room_all = width.saturating_sub(2 + gap * forced.len().saturating_sub(1));
    let id_share = id_share.min(room_all.saturating_sub(others) / ids).max(8);
    for c in 0..columns {
        if whole(c) {
            least[c] = least[c].min(id_share).max(head_least[c]);
        }
    }
    // Columns by priority: the first and those kept, then left to right;
    // each kept if its narrowest form fits beside those kept before it.
    // A leading space, the gaps, and one more: the header's rule runs a
    // column past the last cell (as comfy-table draws it).
    let room = |n: usize| width.saturating_sub(2 + gap * n.saturating_sub(1));
    let mut kept: Vec<usize> = Vec::new();
    for c in 0..columns {
        if c == 0 || opts.keep.contains(&c) {
            kept.push(c);
        }
    }
    for c in 0..columns {
        if kept.contains(&c) {
            continue;
        }
        let need: usize = kept.iter().map(|&k| least[k]).sum::<usize>() + least[c];
        if need <= room(kept.len() + 1) {
            kept.push(c);
        }
    }
    kept.sort_unstable();
    let avail = room(kept.len());
    let mut widths: Vec<usize> = kept.iter().map(|&c| natural[c]).collect();
    let floor: Vec<usize> = kept.iter().map(|&c| least[c]).collect();
    let total: usize = widths.iter().sum();
    if total > avail {
        // Shrink wide columns toward their minimum, in proportion to the
        // room each could give up.
        let excess = total - avail;
        let slack: Vec<usize> = (0..kept.len()).map(|i| widths[i] - floor[i]).collect();
        let all_slack: usize = slack.iter().sum();
        let mut cut = 0;
        for i in 0..kept.len() {
            let give = if all_slack == 0 {
                0
            } else {
                (excess * slack[i]).div_ceil(all_slack).min(slack[i])
            };
            widths[i] -= give;
            cut += give;
        }
        // Rounding: take what is still over from the most shrinkable.
        let mut over = excess.saturating_sub(cut);
        while over > 0 {
            let Some(i) = (0..kept.len())
                .filter(|&i| widths[i] > floor[i])
                .max_by_key(|&i| widths[i] - floor[i])
            else {
                break;
            };
            widths[i] -= 1;
            over -= 1;
        }
    }
    let fit_cell = |c: usize, w: usize, cell: &str, head: bool| -> String {
        let safe = sanitize::text(cell);
        if display_width_max(&safe) <= w {
            return safe.into_owned();
        }
        if head {
            return wrap_at_spaces(&safe, w);
        }
        let wrapped = wrap(&safe, w);
        if whole(c) {
            return wrapped;
        }
        cut_lines(&wrapped, w)
    };
    let wrap_row = |row: &[String], head: bool| -> Vec<String> {
        kept.iter()
            .zip(&widths)
            .map(|(&c, &w)| fit_cell(c, w, row.get(c).map_or("", String::as_str), head))
            .collect()
    };
    let dropped = (0..columns)
        .filter(|c| !kept.contains(c))
        .map(|c| {
            header
                .and_then(|h| h.get(c).cloned())
                .unwrap_or_else(|| format!("column {}", c + 1))
        })
        .collect();
    // A row whose id is wider than its column prints the id alone on its
    // first line, and its other cells from the next one: only that line
    // is wider than the terminal, and the id stays whole.
    let rows = rows
        .iter()
        .map(|r| {
            let mut cells = wrap_row(r, false);
            let over = cells
                .iter()
                .zip(&widths)
                .any(|(cell, &w)| display_width_max(cell) > w);
            if over {
                // Each id that sticks out on lines of its own, one after
                // the other; the row's other cells below them all.
                let mut taken = 0;
                for (cell, &w) in cells.iter_mut().zip(&widths) {
                    if display_width_max(cell) > w {
                        let lines = cell.split('\n').count();
                        cell.insert_str(0, &"\n".repeat(taken));
                        taken += lines;
                    }
                }
                for (cell, &w) in cells.iter_mut().zip(&widths) {
                    if display_width_max(cell) <= w && !cell.is_empty() {
                        cell.insert_str(0, &"\n".repeat(taken));
                    }
                }
            }
            cells
        })
        .collect();
    Fitted {
        header: header.map(|h| wrap_row(h, true)),
        rows,
        dropped,
        widest: widths.iter().copied().max().unwrap_or(0),
    }
}

/// Lines of a wrapped cell cut to `width` columns and [`MAX_LINES`] lines,
/// with "…" where something was cut.
fn cut_lines(wrapped: &str, width: usize) -> String {
    let lines: Vec<&str> = wrapped.split('\n').collect();
    let more = lines.len() > MAX_LINES;
    let mut out = String::new();
    for (i, line) in lines.iter().take(MAX_LINES).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let last = i + 1 == MAX_LINES.min(lines.len());
        if display_width(line) > width || (last && more) {
            out.push_str(&cut(line, width));
        } else {
            out.push_str(line);
        }
    }
    out
}

/// `text` in at most `width` columns, ending with "…".
fn cut(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    out.push('…');
    out
}

/// Wraps a header at spaces only: a word, Japanese included, stays whole.
fn wrap_at_spaces(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut used = 0;
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            let w = display_width(word);
            if used > 0 && used + 1 + w > width {
                out.push('\n');
                used = 0;
            } else if used > 0 {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += w;
        }
    }
    out
}

/// The widest line of a cell.
fn display_width_max(cell: &str) -> usize {
    cell.split('\n').map(display_width).max().unwrap_or(0)
}

/// Whether a character is wide (CJK): a line may break before or after it.
fn is_wide(c: char) -> bool {
    !c.is_ascii() && unicode_width::UnicodeWidthChar::width(c) == Some(2)
}

/// Wide characters that never begin a line (closing brackets, Japanese
/// commas and full stops, the long-vowel mark): they stay with what
/// precedes them.
fn closes(c: char) -> bool {
    matches!(
        c,
        '）' | '」'
            | '』'
            | '】'
            | '〕'
            | '〉'
            | '》'
            | '、'
            | '。'
            | '，'
            | '．'
            | '：'
            | '！'
            | '？'
            | 'ー'
    )
}

/// The unbreakable pieces of a line, each with whether a space preceded
/// it: runs of non-space text, except that wide (CJK) characters stand
/// alone, and a closing character (see [`closes`]) stays with the piece
/// before it.
fn tokens(line: &str) -> Vec<(&str, bool)> {
    let mut out: Vec<(&str, bool)> = Vec::new();
    let mut start: Option<usize> = None;
    let mut space = false;
    // Where the last piece pushed ends, to extend it with a closing mark.
    let mut last_end: Option<usize> = None;
    for (i, c) in line.char_indices() {
        if c == ' ' {
            if let Some(s) = start.take() {
                out.push((&line[s..i], space));
                last_end = Some(i);
            }
            space = true;
        } else if is_wide(c) {
            if let Some(s) = start.take() {
                out.push((&line[s..i], space));
                space = false;
                last_end = Some(i);
            }
            let end = i + c.len_utf8();
            if closes(c) && last_end == Some(i) {
                if let Some((prev, sp)) = out.pop() {
                    let from = i - prev.len();
                    out.push((&line[from..end], sp));
                    last_end = Some(end);
                    continue;
                }
            }
            out.push((&line[i..end], space));
            last_end = Some(end);
            space = false;
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((&line[s..], space));
    }
    out
}

/// Wraps text to `width` at spaces and around CJK characters; a piece
/// wider than `width` gets a line of its own, whole.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut used = 0;
        for (token, space) in tokens(line) {
            let w = display_width(token);
            let sep = usize::from(space && used > 0);
            if used > 0 && used + sep + w > width {
                out.push('\n');
                used = 0;
            } else if sep == 1 {
                out.push(' ');
                used += 1;
            }
            out.push_str(token);
            used += w;
        }
    }
    out
}

pub(crate) fn comfy_grid(header: &[String], rows: &[Vec<String>], cfg: &Config) -> String {
    let mut t = base(cfg);
    t.set_header(header.iter().map(|h| {
        let c = Cell::new(h);
        if cfg.color {
            c.add_attribute(Attribute::Bold)
        } else {
            c
        }
    }));
    for r in rows {
        t.add_row(r.iter().map(|c| styled(c, cfg)));
    }
    trimmed(&t)
}

/// Key/value lines (show, benchmark): no header, no borders; on a
/// terminal, values wrap to its width.
pub fn pairs(rows: &[(String, String)], cfg: &Config) -> String {
    if plain_is_enough(cfg) {
        let rows: Vec<[String; 2]> = rows.iter().map(|(k, v)| [k.clone(), v.clone()]).collect();
        return plain(
            None,
            rows.iter().map(|r| r.as_slice()),
            PAIRS_GAP,
            PAD_LIMIT,
        );
    }
    if !cfg.tty {
        return comfy_pairs(rows, cfg);
    }
    // Keys keep their width; values wrap in what is left (never below 20
    // columns, and never inside a word: a long URL overflows whole).
    let key = rows
        .iter()
        .map(|(k, _)| display_width_max(&sanitize::text(k)))
        .max()
        .unwrap_or(0);
    let room = cfg.width.saturating_sub(1 + key + PAIRS_GAP).max(20);
    let rows: Vec<(String, String)> = rows
        .iter()
        .map(|(k, v)| {
            let v = sanitize::text(v);
            let v = if display_width_max(&v) > room {
                wrap(&v, room)
            } else {
                v.into_owned()
            };
            (k.clone(), v)
        })
        .collect();
    if cfg.color {
        comfy_pairs(&rows, cfg)
    } else {
        let rows: Vec<[String; 2]> = rows.into_iter().map(|(k, v)| [k, v]).collect();
        plain(
            None,
            rows.iter().map(|r| r.as_slice()),
            PAIRS_GAP,
            usize::MAX,
        )
    }
}

fn comfy_pairs(rows: &[(String, String)], cfg: &Config) -> String {
    let mut t = base(cfg);
    t.load_style(presets::NOTHING);
    for (k, v) in rows {
        let key = if cfg.color {
            Cell::new(k).add_attribute(Attribute::Bold)
        } else {
            Cell::new(k)
        };
        t.add_row(vec![key, styled(v, cfg)]);
    }
    trimmed(&t)
}

/// Space between columns: one padding space on each side of a cell, plus
/// the blank vertical rule of [`STYLE`] (grids) or none (`presets::NOTHING`).
pub const GRID_GAP: usize = 3;
const PAIRS_GAP: usize = 2;

/// Without a terminal to fit nor colours to apply, comfy-table only pads
/// columns; doing that here is 3× cheaper (its per-cell allocations were
/// most of a filtered `list`), and jllm runs in loops. The output is the
/// same, byte for byte (tested below).
pub fn plain_is_enough(cfg: &Config) -> bool {
    !cfg.tty && !cfg.color
}

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
        }
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
                line.push_str(text);
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
fn plain<'a>(
    header: Option<&[String]>,
    rows: impl Iterator<Item = &'a [String]>,
    gap: usize,
    limit: usize,
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

/// Columns a line takes on a terminal; printable ASCII (all that is left
/// after sanitizing, for most cells) is one each.
fn display_width(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        unicode_width::UnicodeWidthStr::width(s)
    }
}

fn pad(out: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
}

/// The table's lines without the padding comfy-table leaves at their ends.
fn trimmed(t: &Table) -> String {
    let mut s = String::new();
    for line in t.lines() {
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s
}

/// A cell with catalog text escaped, marks coloured and "unknown" dimmed.
fn styled(text: &str, cfg: &Config) -> Cell {
    let safe = sanitize::text(text).into_owned();
    let cell = Cell::new(&safe);
    if !cfg.color {
        return cell;
    }
    if safe == "unknown" {
        return cell.fg(Color::DarkGrey);
    }
    match safe.chars().last() {
        Some('✓') => cell.fg(Color::Green),
        Some('~') => cell.fg(Color::Yellow),
        Some('✗') => cell.fg(Color::Red),
        _ => cell,
    }
}

/// The mark printed after a license in tables.
pub fn mark(c: Commercial) -> &'static str {
    match c {
        Commercial::Yes => "✓",
        Commercial::Conditional => "~",
        Commercial::No => "✗",
        Commercial::Unknown => "?",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_and_between_cjk_characters_only() {
        assert_eq!(
            wrap("Research and Development Center", 12),
            "Research and\nDevelopment\nCenter"
        );
        // A word wider than the column stays whole on its own line.
        assert_eq!(
            wrap("hf: tokyotech-llm/Swallow-70b-hf", 10),
            "hf:\ntokyotech-llm/Swallow-70b-hf"
        );
        assert_eq!(wrap("大規模言語モデル", 6), "大規模\n言語モ\nデル");
        assert_eq!(wrap("東工大GPT model", 8), "東工大\nGPT\nmodel");
        assert_eq!(wrap("a\nb c", 1), "a\nb\nc");
    }

    /// Wrapping only moves line breaks: the text without spaces and line
    /// breaks is unchanged, at any width, for hostile text too.
    #[test]
    fn wrap_keeps_every_character() {
        let texts = [
            "",
            " ",
            "   leading and trailing   ",
            "\n\n",
            "İİİ ẞ ｗｉｄｅ 全角 mixed東工大GPT",
            "tokyotech-llm/Swallow-70b-instruct-v0.1 and more words here",
            "\u{1b}[31m red \u{202e} bidi",
        ];
        for text in texts {
            for width in [0, 1, 2, 5, 13, 80] {
                let wrapped = wrap(text, width);
                let strip = |s: &str| s.replace([' ', '\n'], "");
                assert_eq!(strip(&wrapped), strip(text), "{text:?} at {width}");
            }
        }
    }

    /// Every family of the catalog in the default list columns, fitted to
    /// 40–200 columns: lines fit unless one unbreakable piece is wider;
    /// every id and repo id appears whole on one line.
    #[test]
    fn fitted_tables_fit_and_keep_ids_whole() {
        let cfg = Config::for_tests(false, false);
        let cat = load::embedded();
        let header: Vec<String> = [
            "id",
            "name",
            "sizes",
            "developer",
            "license",
            "year",
            "context",
        ]
        .iter()
        .map(|c| c.to_string())
        .collect();
        let rows: Vec<Vec<String>> = cat
            .models
            .iter()
            .map(|f| {
                let all: Vec<usize> = (0..f.variants.len()).collect();
                header
                    .iter()
                    .map(|c| family::cell(&cat, f, &all, c, cfg.lang))
                    .collect()
            })
            .collect();
        for width in [40, 60, 80, 120, 200, 1000] {
            let fitted = fit(Some(&header), &rows, width, GRID_GAP, &FitOpts::default());
            let h = fitted.header.clone().unwrap_or_default();
            let text = plain(
                Some(&h),
                fitted.rows.iter().map(|r| r.as_slice()),
                GRID_GAP,
                fitted.widest,
            );
            let widest_id = cat.models.iter().map(|f| f.id.len()).max().unwrap_or(0);
            for line in text.lines().skip(2) {
                assert!(
                    display_width(line) <= width.max(widest_id + 1),
                    "{width}: {line}"
                );
            }
            for f in cat.models.iter() {
                assert!(
                    text.lines()
                        .any(|l| l.split_whitespace().any(|w| w == &*f.id)),
                    "{width}: {} broken",
                    f.id
                );
            }
            // The id column is never dropped; at 1000 nothing is.
            assert_eq!(h.first().map(String::as_str), Some("id"));
            if width == 1000 {
                assert!(fitted.dropped.is_empty(), "{:?}", fitted.dropped);
            }
        }
        let narrow = fit(Some(&header), &rows, 40, GRID_GAP, &FitOpts::default());
        assert!(!narrow.dropped.is_empty());
        // The license column (what `--license` asks about) stays at 40.
        let opts = FitOpts {
            keep: vec![4],
            whole: Vec::new(),
        };
        let narrow = fit(Some(&header), &rows, 40, GRID_GAP, &opts);
        assert!(!narrow.dropped.contains(&"license".to_string()));
        let h = narrow.header.unwrap_or_default();
        assert!(h.contains(&"license".to_string()), "{h:?}");
    }
    use crate::catalog::load;
    use crate::render::family;

    /// The plain renderer must print what comfy-table prints, on real data:
    /// every family of the catalog in every list column (CJK names,
    /// multi-line cells, hostile characters escaped).
    #[test]
    fn plain_output_is_comfy_tables_byte_for_byte() {
        let cfg = Config::for_tests(false, false);
        let cat = load::embedded();
        let header: Vec<String> = family::COLUMNS.iter().map(|c| c.to_string()).collect();
        let rows: Vec<Vec<String>> = cat
            .models
            .iter()
            .map(|f| {
                let all: Vec<usize> = (0..f.variants.len()).collect();
                family::COLUMNS
                    .iter()
                    .map(|c| family::cell(&cat, f, &all, c, cfg.lang))
                    .collect()
            })
            .collect();
        // Cells under PAD_LIMIT: the table comfy-table draws; the wider
        // ones stick out of their column (tested below).
        let rows: Vec<Vec<String>> = rows
            .into_iter()
            .filter(|r| r.iter().all(|c| display_width_max(c) <= PAD_LIMIT))
            .collect();
        assert!(rows.len() > 30, "{}", rows.len());
        assert!(rows.iter().flatten().any(|c| c.contains('\n')));
        let plain = grid(&header, &rows, &cfg);
        assert_eq!(plain, comfy_grid(&header, &rows, &cfg));
        let pairs: Vec<(String, String)> = cat
            .models
            .iter()
            .filter(|f| display_width(&f.name_ja) <= PAD_LIMIT)
            .take(40)
            .map(|f| {
                let data = f.training_data.as_ref().and_then(|t| t.ja.as_deref());
                (
                    f.name_ja.to_string(),
                    data.unwrap_or("\u{1b}[31m").to_string(),
                )
            })
            .collect();
        assert_eq!(super::pairs(&pairs, &cfg), comfy_pairs(&pairs, &cfg));
    }

    /// Headers wrap at spaces only: a Japanese header stays whole however
    /// narrow its column, and "）" never starts a line of a cell.
    #[test]
    fn headers_are_never_broken_inside_a_word() {
        assert_eq!(wrap_at_spaces("アーキテクチャ", 4), "アーキテクチャ");
        assert_eq!(
            wrap_at_spaces("メモリ（f16 / q8_0 / q4_k_m、4096 トークン）", 12),
            "メモリ（f16\n/ q8_0 /\nq4_k_m、4096\nトークン）"
        );
        // In cells, closing marks stay with what they close.
        assert_eq!(wrap("（東工大）", 2), "（\n東\n工\n大）");
        let header: Vec<String> = ["id", "アーキテクチャ", "開発元"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let rows = vec![vec![
            "swallow-70b".to_string(),
            "Llama".to_string(),
            "東京科学大学 岡崎研究室 横田研究室 産業技術総合研究所".to_string(),
        ]];
        for width in [20, 30, 40, 80, 200] {
            let f = fit(Some(&header), &rows, width, GRID_GAP, &FitOpts::default());
            for h in f.header.unwrap_or_default() {
                assert!(!h.contains('\n'), "{width}: {h:?}");
            }
        }
    }

    /// On a terminal a long cell is cut with "…" to its column, at most
    /// MAX_LINES lines; a column kept whole wraps but is never cut.
    #[test]
    fn long_cells_are_cut_with_an_ellipsis_ids_are_not() {
        let header: Vec<String> = ["id", "developer"].iter().map(|s| s.to_string()).collect();
        let long = "Research and Development Center for Large Language Models ".repeat(4);
        let rows = vec![vec!["llm-jp-3-172b-instruct3".to_string(), long]];
        let f = fit(Some(&header), &rows, 60, GRID_GAP, &FitOpts::default());
        let cell = &f.rows[0][1];
        assert_eq!(cell.lines().count(), MAX_LINES, "{cell}");
        assert!(cell.ends_with('…'), "{cell}");
        assert_eq!(f.rows[0][0], "llm-jp-3-172b-instruct3");
        assert_eq!(cut("abcdef", 4), "abc…");
    }

    /// Footers wrap at word boundaries to the width.
    #[test]
    fn notes_wrap_at_words() {
        let cfg = Config::for_tests(true, false);
        let text = "417 of 490 checkpoints of known size fit in 21.6 GiB of 24.0 GiB VRAM at 4096 tokens (or the model's limit); 207 of unknown size skipped.";
        let wrapped = note(text, &cfg);
        for line in wrapped.lines() {
            assert!(display_width(line) < 80, "{line}");
        }
        assert!(wrapped.contains("tokens"), "{wrapped}");
        assert_eq!(wrapped.replace('\n', " ").trim_end(), text);
    }

    /// A cell wider than [`PAD_LIMIT`] sticks out of its column alone: the
    /// other rows keep the width of their own cells, and the output grows by
    /// the cell's size, not by rows × its size.
    #[test]
    fn wide_cells_do_not_pad_every_row() {
        let cfg = Config::for_tests(false, false);
        let header = vec!["name".to_string(), "year".to_string()];
        let wide = "w".repeat(100_000);
        let mut rows: Vec<Vec<String>> = (0..1000)
            .map(|i| vec![format!("n{i}"), "2024".to_string()])
            .collect();
        rows.push(vec![wide.clone(), "2025".to_string()]);
        let out = grid(&header, &rows, &cfg);
        assert!(out.len() < wide.len() + 1000 * 20, "{} bytes", out.len());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[2], " n0     2024");
        assert_eq!(lines[1002], format!(" {wide}   2025"));
    }

    /// Rendering time and size grow with the cells, not with rows × the
    /// widest cell.
    #[test]
    fn wide_cells_render_in_linear_time() {
        let cfg = Config::for_tests(false, false);
        let header = vec!["name".to_string(), "year".to_string()];
        crate::scaling::assert_linear("a table with one wide cell", 2_000, |n| {
            let mut rows: Vec<Vec<String>> = (0..n)
                .map(|i| vec![format!("n{i}"), "2024".to_string()])
                .collect();
            rows.push(vec!["w".repeat(50 * n), "2025".to_string()]);
            crate::scaling::cpu_time(|| {
                let _ = grid(&header, &rows, &cfg);
            })
        });
    }
}
