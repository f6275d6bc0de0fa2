//! The browser's panels that take input: the filter panel (one row per
//! entry of `query::filter::FILTERS`, each value checked by the flag's own
//! clap parser and then against the catalog, as on the command line), the
//! sort menu, and the machine form (VRAM and RAM read by `units::parse_bytes`
//! and the quantization by `estimate::parse_quant`, as `fit` reads its
//! flags). Values are completed from the catalog (`Def::completions`).

use crate::i18n;
use clap::{Args as _, FromArgMatches as _};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::cmd::filters::FilterArgs;
use crate::estimate::{self, Machine};
use crate::query::filter::{Def, Filters, FILTERS};
use crate::units;

use super::app::{App, Mode};

/// Completions shown under the value being typed, at most.
pub const COMPLETIONS: usize = 8;

/// The filters as command-line words: `--license apache --hf`.
pub fn filter_tokens(f: &Filters) -> Vec<String> {
    let mut out = Vec::new();
    for d in FILTERS.iter().filter(|d| (d.set)(f)) {
        let values = (d.shown)(f);
        if values.is_empty() {
            out.push(d.flag());
        }
        for v in values {
            out.push(d.flag());
            out.push(v);
        }
    }
    out
}

/// A word as a POSIX shell reads it back: bare when it is safe, else in
/// single quotes.
pub fn shell_quote(s: &str) -> String {
    let safe = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.,:=/+@%".contains(c));
    if safe {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The filters read from command-line words by the same clap arguments as
/// `jllm list`'s (so every value goes through its flag's parser).
pub fn parse_filters(words: &[String]) -> Result<Filters, String> {
    let cmd = FilterArgs::augment_args(clap::Command::new("jllm").no_binary_name(true));
    let m = cmd
        .try_get_matches_from(words)
        .map_err(|e| first_line(&e.to_string()))?;
    FilterArgs::from_arg_matches(&m)
        .map(|f| f.to_filters())
        .map_err(|e| first_line(&e.to_string()))
}

fn first_line(s: &str) -> String {
    s.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default()
        .trim_start_matches("error: ")
        .to_string()
}

/// The filters without `d`'s values.
fn without(f: &Filters, d: &Def) -> Filters {
    let mut out = Filters::default();
    for other in FILTERS.iter().filter(|o| o.id != d.id) {
        (other.copy)(f, &mut out);
    }
    out
}

/// The catalog's values for the filter, those containing what is typed
/// (any case) first by where it starts, at most [`COMPLETIONS`].
pub fn completions(app: &App, d: &Def, typed: &str) -> Vec<String> {
    let want = typed.to_lowercase();
    let mut all: Vec<(usize, String)> = d
        .completions(app.cat)
        .into_iter()
        .filter_map(|v| v.to_lowercase().find(&want).map(|at| (at, v)))
        .collect();
    all.sort_by_key(|(at, _)| *at);
    all.into_iter().take(COMPLETIONS).map(|(_, v)| v).collect()
}

/// Sets a filter from the panel: `value` added to a repeatable filter's
/// values, in place of another's; a switch toggled. The new filters are
/// parsed and resolved against the catalog first: an invalid value is
/// said on the status line and changes nothing.
pub fn set_filter(app: &mut App, d: &Def, value: Option<&str>) -> Result<(), String> {
    let base = if d.repeat {
        app.filters.clone()
    } else {
        without(&app.filters, d)
    };
    let mut words = filter_tokens(&base);
    match (d.value_name, value) {
        (None, _) => {
            if (d.set)(&app.filters) {
                words = filter_tokens(&without(&app.filters, d));
            } else {
                words.push(d.flag());
            }
        }
        (Some(_), Some(v)) => {
            words.push(d.flag());
            words.push(v.to_string());
        }
        (Some(_), None) => return Ok(()),
    }
    let filters = parse_filters(&words)?;
    crate::query::filter::Filter::new(&filters, app.cat).map_err(|e| format!("{e:#}"))?;
    app.filters = filters;
    app.refresh();
    Ok(())
}

pub fn filters_key(app: &mut App, key: KeyEvent, at: usize, input: Option<String>) {
    let Some(d) = FILTERS.get(at) else {
        app.mode = Mode::Normal;
        return;
    };
    match input {
        None => match key.code {
            KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('f') => app.mode = Mode::Normal,
            KeyCode::Up | KeyCode::Char('k') => {
                app.mode = Mode::Filters {
                    at: at.saturating_sub(1),
                    input: None,
                }
            }
            KeyCode::Down | KeyCode::Char('j') => {
                app.mode = Mode::Filters {
                    at: (at + 1).min(FILTERS.len() - 1),
                    input: None,
                }
            }
            KeyCode::Delete | KeyCode::Backspace => {
                app.filters = without(&app.filters, d);
                app.refresh();
            }
            KeyCode::Enter | KeyCode::Char(' ') => {
                if d.value_name.is_none() {
                    if let Err(e) = set_filter(app, d, None) {
                        app.status = Some(e);
                    }
                } else {
                    app.mode = Mode::Filters {
                        at,
                        input: Some(String::new()),
                    };
                }
            }
            _ => {}
        },
        Some(mut text) => {
            match key.code {
                KeyCode::Esc => text.clear(),
                KeyCode::Enter => {
                    match set_filter(app, d, Some(text.trim())) {
                        Ok(()) => app.status = None,
                        Err(e) => app.status = Some(crate::sanitize::line(&e)),
                    }
                    app.mode = Mode::Filters { at, input: None };
                    return;
                }
                KeyCode::Tab => {
                    if let Some(first) = completions(app, d, &text).into_iter().next() {
                        text = first;
                    }
                }
                KeyCode::Backspace => {
                    text.pop();
                }
                KeyCode::Char(c) => text.push(c),
                _ => {}
            }
            let input = (key.code != KeyCode::Esc).then_some(text);
            app.mode = Mode::Filters { at, input };
        }
    }
}

pub fn sort_key(app: &mut App, key: KeyEvent, at: usize) {
    let keys = App::sort_keys();
    match key.code {
        KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('s') => app.mode = Mode::Normal,
        KeyCode::Up | KeyCode::Char('k') => {
            app.mode = Mode::Sort {
                at: at.saturating_sub(1),
            }
        }
        KeyCode::Down | KeyCode::Char('j') => {
            app.mode = Mode::Sort {
                at: (at + 1).min(keys.len() - 1),
            }
        }
        KeyCode::Enter => {
            app.sort = keys.get(at).copied().flatten();
            app.mode = Mode::Normal;
            app.refresh();
        }
        _ => {}
    }
}

pub fn machine_key(app: &mut App, key: KeyEvent, field: usize) {
    let n = app.machine_text.len();
    let field = field.min(n - 1);
    match key.code {
        KeyCode::Esc => {
            app.machine_text = app.machine_set.clone();
            app.mode = Mode::Normal;
        }
        KeyCode::Tab | KeyCode::Down => {
            app.mode = Mode::Machine {
                field: (field + 1) % n,
            }
        }
        KeyCode::BackTab | KeyCode::Up => {
            app.mode = Mode::Machine {
                field: (field + n - 1) % n,
            }
        }
        KeyCode::Backspace => {
            app.machine_text[field].pop();
        }
        KeyCode::Char(c) => app.machine_text[field].push(c),
        KeyCode::Enter => match read_machine(&app.machine_text) {
            Ok(m) => {
                app.machine = m.machine;
                app.quant = m.quant;
                app.bandwidth_gb_s = m.bandwidth_gb_s;
                app.machine_set = app.machine_text.clone();
                app.status = None;
                app.mode = Mode::Normal;
            }
            Err(e) => app.status = Some(crate::sanitize::line(&e)),
        },
        _ => {}
    }
}

/// What the machine form sets.
pub struct MachineForm {
    pub machine: Option<Machine>,
    pub quant: Option<estimate::Precision>,
    /// The GPU's memory bandwidth (GB/s) when the table states it.
    pub bandwidth_gb_s: Option<u64>,
}

/// The machine form's texts as fit reads its `--vram`, `--ram`, `--quant`
/// and `--gpu` (`cmd::machine`'s table): a GPU gives its bandwidth, and its
/// memory when no VRAM is typed; neither means no verdict (RAM alone is
/// refused, as fit requires `--vram` or `--gpu`).
pub fn read_machine(text: &[String; 4]) -> Result<MachineForm, String> {
    let [vram, ram, quant, gpu] = text.each_ref().map(|s| s.trim());
    let gpu = (!gpu.is_empty())
        .then(|| crate::cmd::machine::find_gpu(gpu, crate::i18n::lang()))
        .transpose()
        .map_err(|e| format!("--gpu: {e:#}"))?;
    let ram = (!ram.is_empty())
        .then(|| units::parse_bytes(ram).map_err(|e| format!("--ram: {e}")))
        .transpose()?;
    let quant = (!quant.is_empty())
        .then(|| estimate::parse_quant(quant).map_err(|e| format!("--quant: {e}")))
        .transpose()?;
    let bandwidth_gb_s = gpu.and_then(|g| g.bandwidth_gb_s);
    if vram.is_empty() && gpu.is_none() {
        if ram.is_some() || quant.is_some() {
            return Err(i18n::tr(
                crate::i18n::lang(),
                "VRAM is needed with RAM or a quantization",
            )
            .into());
        }
        return Ok(MachineForm {
            machine: None,
            quant: None,
            bandwidth_gb_s: None,
        });
    }
    let vram = match gpu {
        Some(g) if vram.is_empty() => g.memory_bytes(),
        _ => units::parse_bytes(vram).map_err(|e| format!("--vram: {e}"))?,
    };
    Ok(MachineForm {
        machine: Some(Machine { vram, ram }),
        quant,
        bandwidth_gb_s,
    })
}
