//! The panels drawn over the panes: the help (every key), the filter panel
//! (every filter of `jllm list`, its values and the catalog's completions
//! for the one being typed), the sort menu and the machine form.

use crate::i18n;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use crate::catalog::schema::Lang;
use crate::query::filter::FILTERS;

use super::app::App;
use super::form;
use super::view::{centered, filter_line, panel, sort_label, Styles};

/// Every key, with what it does (English keys of [`super::text`]).
pub const KEYS: &[(&str, &str)] = &[
    ("↑ ↓ j k", "move the selection"),
    ("PgUp PgDn", "a page up or down"),
    ("Home End g G", "first or last row"),
    ("J K", "scroll the detail pane"),
    ("Enter", "detail pane full screen, and back"),
    ("Tab", "families or checkpoints"),
    ("/", "search as jllm search (Enter keeps, Esc clears)"),
    ("f", "filters (every filter of jllm list)"),
    ("s", "sort by a key"),
    ("r", "reverse the order"),
    ("c", "mark or unmark the family"),
    ("C", "compare the marked families side by side"),
    (
        "v",
        "VRAM, RAM, quantization, GPU for the fit verdict and the speed",
    ),
    ("R", "jllm recommend for the filters and the machine"),
    ("y", "copy the id or repo id (OSC 52)"),
    ("o", "open the URL"),
    ("?", "this help"),
    ("q Esc", "quit, printing the jllm list command of the view"),
    ("", "mouse: the wheel scrolls, a click selects"),
];

pub fn help(frame: &mut Frame, lang: Lang, size: Rect, styles: Styles) {
    let area = centered(size, 100, KEYS.len() as u16 + 2);
    let block = panel(frame, area, i18n::tr(lang, "help").to_string());
    let lines: Vec<Line> = KEYS
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(format!("{k:<13}"), styles_header(styles)),
                Span::raw(i18n::tr(lang, what).to_string()),
            ])
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

fn styles_header(styles: Styles) -> Style {
    let s = Style::default().add_modifier(ratatui::style::Modifier::BOLD);
    if styles.color {
        s.fg(ratatui::style::Color::Cyan)
    } else {
        s
    }
}

fn selected(styles: Styles) -> Style {
    if styles.color {
        Style::default()
            .bg(ratatui::style::Color::Blue)
            .fg(ratatui::style::Color::White)
    } else {
        Style::default().add_modifier(ratatui::style::Modifier::REVERSED)
    }
}

pub fn filters(
    frame: &mut Frame,
    app: &App,
    at: usize,
    input: Option<&str>,
    size: Rect,
    styles: Styles,
) {
    let lang = app.lang;
    let area = centered(size, 100, FILTERS.len() as u16 + 5);
    let hint = match input {
        Some(_) => i18n::tr(lang, "Enter apply · Tab complete · Esc cancel"),
        None => i18n::tr(lang, "Enter edit · Del clear · Esc close"),
    };
    let block = panel(frame, area, i18n::tr(lang, "filters").to_string())
        .title_bottom(Line::from(hint.to_string()));
    let mut lines: Vec<Line> = FILTERS
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let style = if i == at {
                selected(styles)
            } else {
                Style::default()
            };
            Line::styled(filter_line(app, d), style)
        })
        .collect();
    if let Some(d) = FILTERS.get(at) {
        match input {
            Some(text) => {
                lines.push(Line::from(vec![
                    Span::styled(d.flag(), styles_header(styles)),
                    Span::raw(format!(" {}▏", crate::sanitize::line(text))),
                ]));
                let values = form::completions(app, d, text);
                lines.push(Line::from(format!(
                    "{} {}",
                    i18n::tr(lang, "values:"),
                    values.join(" · ")
                )));
            }
            None => lines.push(Line::from(Span::styled(
                d.help.to_string(),
                styles_header(styles),
            ))),
        }
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

pub fn sort(frame: &mut Frame, app: &App, at: usize, size: Rect, styles: Styles) {
    let lang = app.lang;
    let keys = App::sort_keys();
    let area = centered(size, 40, keys.len() as u16 + 3);
    let block = panel(frame, area, i18n::tr(lang, "sort").to_string());
    let mut lines: Vec<Line> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let mark = if *k == app.sort { "● " } else { "  " };
            let style = if i == at {
                selected(styles)
            } else {
                Style::default()
            };
            Line::styled(format!("{mark}{}", sort_label(lang, *k)), style)
        })
        .collect();
    lines.push(Line::from(i18n::tr(lang, "Enter choose · Esc close")));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

pub fn machine(frame: &mut Frame, app: &App, field: usize, size: Rect, styles: Styles) {
    let lang = app.lang;
    let area = centered(size, 72, 11);
    let block = panel(frame, area, i18n::tr(lang, "machine").to_string());
    let labels = [
        "VRAM (24GB; empty: none)",
        "RAM (64GB; empty: no offload)",
        "quantization (q4_k_m; empty: the highest that fits)",
        "GPU (rtx-4090: its bandwidth for the speed; empty: none)",
    ];
    let mut lines = Vec::new();
    for (i, label) in labels.iter().enumerate() {
        lines.push(Line::from(Span::styled(
            i18n::tr(lang, label).to_string(),
            styles_header(styles),
        )));
        let cursor = if i == field { "▏" } else { "" };
        let style = if i == field {
            selected(styles)
        } else {
            Style::default()
        };
        lines.push(Line::styled(
            format!("  {}{cursor}", crate::sanitize::line(&app.machine_text[i])),
            style,
        ));
    }
    lines.push(Line::from(i18n::tr(
        lang,
        "Tab next field · Enter apply · Esc cancel",
    )));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
