//! comfy-table drawing the same cells, kept as the oracle the table writer
//! is tested against: without colours, what `plain` writes must be what
//! comfy-table draws, byte for byte (`tests.rs`, `emit/tests.rs`).

use comfy_table::{presets, Cell, ContentArrangement, LineStyle, Table, TableStyle};

/// Columns separated by spaces, one rule under the header.
const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction('─'));

fn base() -> Table {
    let mut t = Table::new();
    t.load_style(STYLE);
    t.set_content_arrangement(ContentArrangement::Disabled);
    t.force_no_tty();
    t
}

/// A grid with a header row, as comfy-table draws it.
pub(crate) fn grid(header: &[String], rows: &[Vec<String>]) -> String {
    let mut t = base();
    t.set_header(header.iter().map(Cell::new));
    for r in rows {
        t.add_row(r.iter().map(|c| Cell::new(crate::sanitize::text(c))));
    }
    trimmed(&t)
}

/// Key/value lines, as comfy-table draws them.
pub(crate) fn pairs(rows: &[(String, String)]) -> String {
    let mut t = base();
    t.load_style(presets::NOTHING);
    for (k, v) in rows {
        t.add_row(vec![Cell::new(k), Cell::new(crate::sanitize::text(v))]);
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
