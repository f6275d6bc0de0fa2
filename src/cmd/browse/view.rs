//! Drawing the browser with ratatui: a title line, the list pane (list's
//! columns, cells from list's renderers), the detail pane (a summary, the
//! fit verdicts from fit's estimate, then the page `jllm show` prints,
//! fitted to the pane), a status line, and the panels over them. Wide
//! windows (120 columns and more) put the panes side by side, narrower ones
//! one above the other. Without colours (NO_COLOR, `--color never`) only
//! reverse video and bold mark the selection and the headers.

use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Clear, Paragraph, Row as TRow, Table, Wrap};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use crate::catalog::schema::Lang;
use crate::cmd::list;
use crate::config::Config;
use crate::i18n;
use crate::render::family;

use super::app::{App, Mode, Row};
use super::detail;

/// Where each part of the screen is.
pub struct Areas {
    pub title: Rect,
    pub list: Rect,
    pub detail: Rect,
    pub status: Rect,
}

/// A cell wider than this is cut by the table (ids and repo ids excepted).
const CELL_MAX: usize = 24;

/// The screen's parts for a window of `size`.
pub fn areas(size: Rect, zoom: bool) -> Areas {
    let [title, main, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(size);
    if zoom {
        return Areas {
            title,
            list: Rect::new(main.x, main.y, 0, 0),
            detail: main,
            status,
        };
    }
    let (direction, split) = if size.width >= 120 {
        (
            Direction::Horizontal,
            [Constraint::Percentage(50), Constraint::Min(20)],
        )
    } else {
        (
            Direction::Vertical,
            [Constraint::Percentage(42), Constraint::Min(5)],
        )
    };
    let parts = Layout::default()
        .direction(direction)
        .constraints(split)
        .split(main);
    Areas {
        title,
        list: parts[0],
        detail: parts[1],
        status,
    }
}

/// The styles of one run: coloured, or plain for NO_COLOR.
#[derive(Clone, Copy)]
pub struct Styles {
    pub color: bool,
}

impl Styles {
    fn header(self) -> Style {
        let s = Style::default().add_modifier(Modifier::BOLD);
        if self.color {
            s.fg(Color::Cyan)
        } else {
            s
        }
    }
    fn selected(self) -> Style {
        if self.color {
            Style::default().bg(Color::Blue).fg(Color::White)
        } else {
            Style::default().add_modifier(Modifier::REVERSED)
        }
    }
    fn accent(self) -> Style {
        if self.color {
            Style::default().fg(Color::Yellow)
        } else {
            Style::default().add_modifier(Modifier::BOLD)
        }
    }
    fn dim(self) -> Style {
        if self.color {
            Style::default().fg(Color::DarkGray)
        } else {
            Style::default()
        }
    }
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &mut App, styles: Styles) {
    let size = frame.area();
    let whole = matches!(app.mode, Mode::Compare | Mode::Recommend);
    let a = areas(size, app.zoom || whole);
    frame.render_widget(Paragraph::new(title(app)).style(styles.header()), a.title);
    if a.list.height > 0 {
        draw_list(frame, app, a.list, styles);
    }
    if whole {
        let (text, title) = if app.mode == Mode::Compare {
            let width = a.detail.width.saturating_sub(2) as usize;
            let title = i18n::tr(app.lang, "compare").to_string();
            (detail::compare(app, width), title)
        } else {
            // The command line that prints the same, to script the view.
            let title = format!("jllm {}", app.recommended_words.join(" "));
            (app.recommended.clone(), title)
        };
        let block = Block::default().borders(Borders::ALL).title(title);
        frame.render_widget(
            Paragraph::new(text)
                .block(block)
                .scroll((app.detail_scroll, 0)),
            a.detail,
        );
    } else {
        draw_detail(frame, app, a.detail);
    }
    frame.render_widget(status(app, styles), a.status);
    match &app.mode {
        Mode::Help => super::panels::help(frame, app.lang, size, styles),
        Mode::Filters { at, input } => {
            super::panels::filters(frame, app, *at, input.as_deref(), size, styles)
        }
        Mode::Sort { at } => super::panels::sort(frame, app, *at, size, styles),
        Mode::Machine { field } => super::panels::machine(frame, app, *field, size, styles),
        _ => {}
    }
}

/// The rows shown, counted: `366 families`, `702 checkpoints`.
fn count(app: &App) -> String {
    let what = if app.variants {
        "{0} checkpoints"
    } else {
        "{0} families"
    };
    i18n::trf(app.lang, what, &[&app.rows.len()])
}

fn title(app: &App) -> String {
    let lang = app.lang;
    let mut s = format!("jllm browse · {}", count(app));
    let filters = app.filters_shown();
    if !filters.is_empty() {
        s.push_str(&format!(" · {filters}"));
    }
    if !app.query.is_empty() {
        s.push_str(&format!(" · {} '{}'", i18n::tr(lang, "search"), app.query));
        if app.pending {
            // The rows are the previous search's until the worker answers.
            s.push_str(" …");
        }
    } else {
        let key = app.sort.map_or_else(
            || i18n::tr(lang, "the list's order").to_string(),
            |k| k.column(),
        );
        s.push_str(&format!(" · {}: {key}", i18n::tr(lang, "sort")));
        if app.reverse {
            s.push_str(&format!(" ({})", i18n::tr(lang, "reversed")));
        }
    }
    if !app.marked.is_empty() {
        s.push_str(&format!(
            " · {} {}",
            i18n::tr(lang, "marked"),
            app.marked.len()
        ));
    }
    if let Some(m) = app.machine {
        s.push_str(&format!(
            " · VRAM {}",
            crate::units::format_gib_in(m.vram, lang)
        ));
    }
    s
}

/// The list pane's columns: list's defaults, the sort key's and the
/// filters' columns when missing, and the fit verdict when a VRAM is set.
pub fn columns(app: &App) -> (Vec<String>, Vec<String>) {
    let default = if app.variants {
        list::VARIANT_DEFAULT
    } else {
        family::LIST_DEFAULT
    };
    let mut cols: Vec<String> = default.iter().map(|c| c.to_string()).collect();
    let args = crate::cmd::filters::FilterArgs::from(app.filters.clone());
    let mut keep = crate::cmd::output::flag_columns(&args);
    keep.extend(app.sort.map(|k| k.column()));
    let known: &[&str] = if app.variants {
        list::VARIANT_COLUMNS
    } else {
        family::COLUMNS
    };
    keep.retain(|c| known.contains(&c.as_str()));
    for k in &keep {
        if !cols.contains(k) {
            cols.push(k.clone());
        }
    }
    if app.machine.is_some() {
        cols.push("fit".into());
        keep.push("fit".into());
        if app.bandwidth_gb_s.is_some() {
            cols.push("speed".into());
            keep.push("speed".into());
        }
    }
    (cols, keep)
}

/// The text of one cell of the list pane.
pub fn cell<'a>(app: &App<'a>, row: &Row<'a>, column: &str) -> String {
    let cat = app.cat;
    if column == "fit" {
        return detail::fit_label(app, row);
    }
    if column == "speed" {
        return detail::speed_label(app, row);
    }
    match row.checkpoint {
        Some(i) => list::variant_cell(cat, row.family, i, column, app.lang),
        None => family::cell(cat, row.family, &row.variants, column, app.lang),
    }
}

fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Column widths for `inner` columns: each as wide as its widest visible
/// cell (ids whole, other cells up to [`CELL_MAX`]); the first column and
/// those in `keep` stay, the others are kept left to right while they fit.
fn fit_columns(
    cols: &[String],
    keep: &[String],
    cells: &[Vec<String>],
    header: &[String],
    inner: usize,
) -> Vec<(usize, u16)> {
    let want: Vec<usize> = cols
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let widest = cells.iter().map(|r| width(&r[i])).max().unwrap_or(0);
            let cap = if matches!(c.as_str(), "id" | "hf" | "family") {
                48
            } else {
                CELL_MAX
            };
            widest.min(cap).max(width(&header[i]).min(CELL_MAX)).max(1)
        })
        .collect();
    let mut chosen: Vec<usize> = vec![0];
    let mut used = want[0];
    for (i, c) in cols.iter().enumerate().skip(1) {
        if keep.contains(c) {
            chosen.push(i);
            used += want[i] + 1;
        }
    }
    for (i, w) in want.iter().enumerate().skip(1) {
        if !chosen.contains(&i) && used + w < inner {
            chosen.push(i);
            used += w + 1;
        }
    }
    chosen.sort_unstable();
    chosen
        .into_iter()
        .map(|i| (i, u16::try_from(want[i]).unwrap_or(u16::MAX)))
        .collect()
}

fn draw_list(frame: &mut Frame, app: &mut App, area: Rect, styles: Styles) {
    let lang = app.lang;
    let page = usize::from(area.height.saturating_sub(3)).max(1);
    app.page = page;
    if app.selected < app.offset {
        app.offset = app.selected;
    } else if app.selected >= app.offset + page {
        app.offset = app.selected + 1 - page;
    }
    let block = Block::default().borders(Borders::ALL).title(count(app));
    if app.rows.is_empty() {
        let why = crate::query::explain::why_empty(&app.filters, app.cat, lang)
            .unwrap_or_else(|| i18n::tr(lang, "no family matches").to_string());
        frame.render_widget(
            Paragraph::new(why).block(block).wrap(Wrap { trim: false }),
            area,
        );
        return;
    }
    let (cols, keep) = columns(app);
    let header: Vec<String> = cols
        .iter()
        .map(|c| match c.as_str() {
            "fit" => i18n::tr(lang, "fit").to_string(),
            c => i18n::header(lang, c).into_owned(),
        })
        .collect();
    let end = (app.offset + page).min(app.rows.len());
    let visible = &app.rows[app.offset..end];
    let cells: Vec<Vec<String>> = visible
        .iter()
        .map(|r| {
            cols.iter()
                .map(|c| crate::sanitize::line(&cell(app, r, c)))
                .collect()
        })
        .collect();
    let inner = usize::from(area.width.saturating_sub(4));
    let chosen = fit_columns(&cols, &keep, &cells, &header, inner);
    let rows = visible.iter().zip(&cells).enumerate().map(|(i, (r, c))| {
        let marked = app.marked.iter().any(|m| std::ptr::eq(*m, r.family));
        let mut style = if app.offset + i == app.selected {
            styles.selected()
        } else {
            Style::default()
        };
        if marked {
            style = style.patch(styles.accent());
        }
        let mark = if marked { "*" } else { " " };
        TRow::new(
            std::iter::once(Cell::from(mark))
                .chain(chosen.iter().map(|(j, _)| Cell::from(c[*j].clone()))),
        )
        .style(style)
    });
    let widths: Vec<Constraint> = std::iter::once(Constraint::Length(1))
        .chain(chosen.iter().map(|(_, w)| Constraint::Length(*w)))
        .collect();
    let head = TRow::new(
        std::iter::once(Cell::from(""))
            .chain(chosen.iter().map(|(j, _)| Cell::from(header[*j].clone()))),
    )
    .style(styles.header());
    let table = Table::new(rows, widths)
        .header(head)
        .block(block)
        .column_spacing(1);
    frame.render_widget(table, area);
}

fn draw_detail(frame: &mut Frame, app: &App, area: Rect) {
    let lang = app.lang;
    let block = Block::default()
        .borders(Borders::ALL)
        .title(i18n::tr(lang, "detail"));
    let Some(row) = app.selected_row() else {
        frame.render_widget(block, area);
        return;
    };
    let width = usize::from(area.width.saturating_sub(2));
    let text = detail::text(app, row, width);
    let lines: Vec<Line> = text.lines().map(|l| Line::from(l.to_string())).collect();
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((app.detail_scroll, 0)),
        area,
    );
}

fn status(app: &App, styles: Styles) -> Paragraph<'static> {
    let lang = app.lang;
    let line = match &app.mode {
        Mode::Search => {
            let mut spans = vec![
                Span::styled("/", styles.accent()),
                Span::raw(app.query.clone()),
                Span::styled("▏", styles.accent()),
            ];
            if app.benchmarks > 0 {
                spans.push(Span::styled(
                    format!("  (+{} benchmarks: jllm search)", app.benchmarks),
                    styles.dim(),
                ));
            }
            Line::from(spans)
        }
        _ => match &app.status {
            Some(s) => Line::from(Span::styled(s.clone(), styles.accent())),
            None => Line::from(Span::styled(
                format!(
                    "/ {} · f {} · s {} · v VRAM · {}",
                    i18n::tr(lang, "search"),
                    i18n::tr(lang, "filters"),
                    i18n::tr(lang, "sort"),
                    i18n::tr(lang, "? help · q quit")
                ),
                styles.dim(),
            )),
        },
    };
    Paragraph::new(line)
}

/// A centred rectangle of at most `w` × `h` in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Clears `area` and draws a bordered block titled `title` on it.
pub fn panel<'t>(frame: &mut Frame, area: Rect, title: String) -> Block<'t> {
    frame.render_widget(Clear, area);
    Block::default().borders(Borders::ALL).title(title)
}

/// `lang`'s label of the sort key `k`.
pub fn sort_label(lang: Lang, k: Option<list::SortKey>) -> String {
    k.map_or_else(
        || i18n::tr(lang, "the list's order").to_string(),
        |k| k.column(),
    )
}

/// The line of a filter in the panel: its flag and its values.
pub fn filter_line(app: &App, d: &crate::query::filter::Def) -> String {
    let values = (d.shown)(&app.filters);
    let set = (d.set)(&app.filters);
    let shown = if values.is_empty() && set {
        "✓".to_string()
    } else {
        values.join(", ")
    };
    format!("{:<22} {shown}", d.flag())
}

/// A pane configuration for `width` columns in `app`'s language.
pub fn pane(app: &App, width: usize) -> Config {
    Config::pane(app.lang, width)
}
