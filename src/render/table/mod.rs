//! Tables for people: CJK text measured by display width, columns fitted
//! to the terminal, and nothing cut when stdout is not a terminal. Colours
//! only when the config says so, and only around text: a painted table is
//! as wide as the plain one. One writer ([`write_plain`]) prints every
//! table; comfy-table, which draws the same bytes, is kept as the oracle
//! it is tested against (`comfy.rs`). Cells wrap at spaces (CJK between
//! characters, closing punctuation kept with what it closes) and headers
//! at spaces only, so a header is never broken inside a word in any
//! language. Columns have a priority: the first one and those answering the flags given
//! ([`FitOpts::keep`]) are never left out; the others are kept left to
//! right while they fit, and one dim line names those left out. A cell too
//! long for its column is cut with "…" (at most [`MAX_LINES`] lines), except
//! in the columns holding ids and repo ids ([`FitOpts::whole`]), which stay
//! whole so they can be copied; `--wide` prints every cell whole.
//!
//! Piped, a column is padded to its widest cell of at most [`PAD_LIMIT`]
//! columns: a longer cell is printed whole and pushes only the rest of its
//! own row to the right, so no row is padded to another row's long cell.

use crate::catalog::schema::Commercial;
use crate::config::Config;
use crate::sanitize;

#[cfg(test)]
pub(crate) mod comfy;
mod fit;
mod plain;
#[cfg(test)]
mod tests;
mod wrap;

pub use fit::fit;
use plain::plain;
pub use plain::{write_plain, Cells, Paint, PAD_LIMIT};
use wrap::display_width_max;
pub use wrap::wrap;

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

/// [`grid`] with the columns `opts` keeps and keeps whole. Outside a
/// terminal, or with `--wide`, cells are printed whole (columns padded to
/// at most [`PAD_LIMIT`]); on a terminal they are fitted to its width.
pub fn grid_with(header: &[String], rows: &[Vec<String>], cfg: &Config, opts: &FitOpts) -> String {
    let paint = paint(cfg, Paint::Grid);
    if !cfg.tty || wide() {
        return plain(
            Some(header),
            rows.iter().map(|r| r.as_slice()),
            GRID_GAP,
            PAD_LIMIT,
            paint,
        );
    }
    let fitted = fit(Some(header), rows, cfg.width, GRID_GAP, opts);
    let header = fitted.header.unwrap_or_default();
    let mut s = plain(
        Some(&header),
        fitted.rows.iter().map(|r| r.as_slice()),
        GRID_GAP,
        fitted.widest,
        paint,
    );
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
    let printed = crate::sanitize::unpainted(printed);
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

/// Key/value lines (show, benchmark): no header, no borders; on a
/// terminal, values wrap to its width.
pub fn pairs(rows: &[(String, String)], cfg: &Config) -> String {
    let paint = paint(cfg, Paint::Pairs);
    let print = |rows: &[[String; 2]], limit: usize| {
        plain(
            None,
            rows.iter().map(|r| r.as_slice()),
            PAIRS_GAP,
            limit,
            paint,
        )
    };
    if !cfg.tty {
        let rows: Vec<[String; 2]> = rows.iter().map(|(k, v)| [k.clone(), v.clone()]).collect();
        return print(&rows, PAD_LIMIT);
    }
    // Keys keep their width; values wrap in what is left (never below 20
    // columns, and never inside a word: a long URL overflows whole).
    let key = rows
        .iter()
        .map(|(k, _)| display_width_max(&sanitize::text(k)))
        .max()
        .unwrap_or(0);
    let room = cfg.width.saturating_sub(1 + key + PAIRS_GAP).max(20);
    let rows: Vec<[String; 2]> = rows
        .iter()
        .map(|(k, v)| {
            let v = sanitize::text(v);
            let v = if display_width_max(&v) > room {
                wrap(&v, room)
            } else {
                v.into_owned()
            };
            [k.clone(), v]
        })
        .collect();
    print(&rows, usize::MAX)
}

/// Space between columns: one padding space on each side of a cell, plus
/// the blank vertical rule of [`STYLE`] (grids) or none (`presets::NOTHING`).
pub const GRID_GAP: usize = 3;
const PAIRS_GAP: usize = 2;

/// Without a terminal to fit, a table's cells go straight into one buffer
/// ([`Cells`]) and are streamed: no cell is fitted, so nothing needs them
/// all as strings first; jllm runs in loops.
pub fn streams(cfg: &Config) -> bool {
    !cfg.tty
}

/// `painted` when `cfg` has colours on, else [`Paint::None`].
pub fn paint(cfg: &Config, painted: Paint) -> Paint {
    if cfg.color {
        painted
    } else {
        Paint::None
    }
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

/// The mark printed after a license in tables.
pub fn mark(c: Commercial) -> &'static str {
    match c {
        Commercial::Yes => "✓",
        Commercial::Conditional => "~",
        Commercial::No => "✗",
        Commercial::Unknown => "?",
    }
}
