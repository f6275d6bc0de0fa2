//! Tables for people, with comfy-table: CJK text measured by display width,
//! columns fitted to the terminal (long cells wrap), and nothing cut when
//! stdout is not a terminal. Colours only when the config says so.

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
    if cfg.tty {
        t.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.set_content_arrangement(ContentArrangement::Disabled);
        t.force_no_tty();
    }
    if cfg.color {
        t.enforce_styling();
    }
    t
}

/// A table with a header row.
pub fn grid(header: &[String], rows: &[Vec<String>], cfg: &Config) -> String {
    if plain_is_enough(cfg) {
        return plain(Some(header), rows.iter().map(|r| r.as_slice()), GRID_GAP);
    }
    comfy_grid(header, rows, cfg)
}

fn comfy_grid(header: &[String], rows: &[Vec<String>], cfg: &Config) -> String {
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

/// Key/value lines (show, benchmark): no header, no borders.
pub fn pairs(rows: &[(String, String)], cfg: &Config) -> String {
    if plain_is_enough(cfg) {
        let rows: Vec<[String; 2]> = rows.iter().map(|(k, v)| [k.clone(), v.clone()]).collect();
        return plain(None, rows.iter().map(|r| r.as_slice()), PAIRS_GAP);
    }
    comfy_pairs(rows, cfg)
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
const GRID_GAP: usize = 3;
const PAIRS_GAP: usize = 2;

/// Without a terminal to fit nor colours to apply, comfy-table only pads
/// columns; doing that here is 3× cheaper (its per-cell allocations were
/// most of a filtered `list`), and jllm runs in loops. The output is the
/// same, byte for byte (tested below).
fn plain_is_enough(cfg: &Config) -> bool {
    !cfg.tty && !cfg.color
}

/// Lines wider than this (display columns) do not widen their column in
/// [`plain`] output: they stick out of it, and only their own line is
/// longer. Without the limit one 10 MB name in an overlay padded every row
/// of `list > file` to 10 MB (gigabytes for the table); with it the output
/// is at most its text plus this much padding per cell. The list's widest
/// cells (long developer and license lists) stay under it, so real tables
/// are unchanged (tested below against comfy-table).
pub const PAD_LIMIT: usize = 1000;

/// Columns padded to their widest line by display width (CJK counts two),
/// ignoring lines wider than [`PAD_LIMIT`]; cells may hold several lines; a
/// rule under the header; lines trimmed.
fn plain<'a>(
    header: Option<&[String]>,
    rows: impl Iterator<Item = &'a [String]>,
    gap: usize,
) -> String {
    let safe: Vec<Vec<std::borrow::Cow<str>>> = rows
        .map(|r| r.iter().map(|c| sanitize::text(c)).collect())
        .collect();
    let columns = header
        .map(<[String]>::len)
        .into_iter()
        .chain(safe.iter().map(Vec::len))
        .max()
        .unwrap_or(0);
    let mut widths = vec![0; columns];
    let header_cells = header.map(|h| {
        h.iter()
            .map(|c| std::borrow::Cow::Borrowed(c.as_str()))
            .collect::<Vec<_>>()
    });
    for row in header_cells.iter().chain(safe.iter()) {
        for (w, cell) in widths.iter_mut().zip(row) {
            for line in cell.split('\n') {
                let width = display_width(line);
                if width <= PAD_LIMIT {
                    *w = (*w).max(width);
                }
            }
        }
    }
    let mut out = String::new();
    if let Some(h) = &header_cells {
        plain_row(&mut out, h, &widths, gap);
        let total = 2 + widths.iter().sum::<usize>() + gap * columns.saturating_sub(1);
        out.push_str(&"─".repeat(total));
        out.push('\n');
    }
    for row in &safe {
        plain_row(&mut out, row, &widths, gap);
    }
    out
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

/// One row of [`plain`], as many lines as its tallest cell.
fn plain_row(out: &mut String, row: &[std::borrow::Cow<str>], widths: &[usize], gap: usize) {
    let height = row
        .iter()
        .map(|c| c.bytes().filter(|&b| b == b'\n').count() + 1)
        .max()
        .unwrap_or(1);
    for i in 0..height {
        let start = out.len();
        out.push(' ');
        for (c, w) in widths.iter().enumerate() {
            if c > 0 {
                pad(out, gap);
            }
            let cell = row.get(c).map_or("", |c| c.as_ref());
            // Most cells are one line: no splitting then.
            let text = if height == 1 {
                cell
            } else {
                cell.split('\n').nth(i).unwrap_or("")
            };
            out.push_str(text);
            pad(out, w.saturating_sub(display_width(text)));
        }
        let end = start + out[start..].trim_end().len();
        out.truncate(end);
        out.push('\n');
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
        assert!(rows.iter().flatten().any(|c| c.contains('\n')));
        let plain = grid(&header, &rows, &cfg);
        assert_eq!(plain, comfy_grid(&header, &rows, &cfg));
        let pairs: Vec<(String, String)> = cat
            .models
            .iter()
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
