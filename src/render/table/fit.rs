//! Fitting a table to a terminal's width: which columns stay, how wide
//! each is, and each cell wrapped or cut with "…" to its width.

use super::wrap::{display_width_max, tokens, wrap, wrap_at_spaces};
use super::{display_width, FitOpts, MAX_LINES};
use crate::sanitize;

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
    let (natural, mut least, head_least) = measure(header, rows, columns);
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
    shrink(&mut widths, &floor, avail);
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
    let rows = rows
        .iter()
        .map(|r| {
            let mut cells = wrap_row(r, false);
            stick_out(&mut cells, &widths);
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
pub(super) fn cut(text: &str, width: usize) -> String {
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

/// Per column: its natural width (widest line of header or cell), the
/// least its cells need (their widest unbreakable piece) and the least its
/// header needs (its widest word).
fn measure(
    header: Option<&[String]>,
    rows: &[Vec<String>],
    columns: usize,
) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
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
    (natural, least, head_least)
}

/// Shrinks `widths` to `avail` in all: wide columns give toward their
/// `floor`, in proportion to the room each could give up.
fn shrink(widths: &mut [usize], floor: &[usize], avail: usize) {
    let total: usize = widths.iter().sum();
    if total > avail {
        let excess = total - avail;
        let slack: Vec<usize> = (0..widths.len()).map(|i| widths[i] - floor[i]).collect();
        let all_slack: usize = slack.iter().sum();
        let mut cut = 0;
        for i in 0..widths.len() {
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
            let Some(i) = (0..widths.len())
                .filter(|&i| widths[i] > floor[i])
                .max_by_key(|&i| widths[i] - floor[i])
            else {
                break;
            };
            widths[i] -= 1;
            over -= 1;
        }
    }
}

/// A row whose id is wider than its column prints the id alone on its
/// first line, and its other cells from the next one: only that line is
/// wider than the terminal, and the id stays whole.
fn stick_out(cells: &mut [String], widths: &[usize]) {
    let over = cells
        .iter()
        .zip(widths)
        .any(|(cell, &w)| display_width_max(cell) > w);
    if over {
        // Each id that sticks out on lines of its own, one after
        // the other; the row's other cells below them all.
        let mut taken = 0;
        for (cell, &w) in cells.iter_mut().zip(widths) {
            if display_width_max(cell) > w {
                let lines = cell.split('\n').count();
                cell.insert_str(0, &"\n".repeat(taken));
                taken += lines;
            }
        }
        for (cell, &w) in cells.iter_mut().zip(widths) {
            if display_width_max(cell) <= w && !cell.is_empty() {
                cell.insert_str(0, &"\n".repeat(taken));
            }
        }
    }
}
