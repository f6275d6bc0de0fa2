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
