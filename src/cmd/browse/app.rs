//! The browser's state and what each key does to it, with no terminal:
//! the rows come from the same code as the commands (the filters of
//! `jllm list` resolved and applied by `query::filter`, list's sort
//! (`SortArgs::apply`), search's ranking (`cmd::search::ranked`), list's
//! checkpoint rows), so a view is always what `jllm list …` would print.
//! A key returns an [`Effect`] (copy, open, quit) that the event loop in
//! `mod.rs` carries out, so the tests drive every key without a terminal
//! and without opening anything.

use crate::i18n;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::catalog::schema::{Catalog, Family, Lang};
use crate::cmd::list::{self, SortArgs, SortKey};
use crate::estimate::{Machine, Precision};
use crate::query::filter::{Filter, Filters, FILTERS};

use super::form;
use super::search::{Done, Job, Searcher};
use crate::query::filter::Hit;
use std::sync::mpsc::Sender;

/// One row of the list pane: a family (with the checkpoints the filters
/// kept), or one checkpoint of it.
pub struct Row<'a> {
    pub family: &'a Family,
    pub variants: Vec<usize>,
    pub checkpoint: Option<usize>,
}

/// What has the keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// Typing a search (each key re-ranks the list).
    Search,
    /// The filter panel: the filter under the cursor, and the value being
    /// typed for it, if any.
    Filters {
        at: usize,
        input: Option<String>,
    },
    /// The sort menu, its cursor on a key of [`App::sort_keys`].
    Sort {
        at: usize,
    },
    /// The machine form: the field being typed (VRAM, RAM, quantization,
    /// GPU).
    Machine {
        field: usize,
    },
    Help,
    Compare,
    /// `jllm recommend`'s answer for the view ([`App::recommended`]).
    Recommend,
}

/// What the event loop does after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Nothing,
    /// Put this text on the clipboard (OSC 52).
    Copy(String),
    /// Open this URL with the desktop's opener.
    Open(String),
    Quit,
}

pub struct App<'a> {
    pub cat: &'a Catalog,
    pub lang: Lang,
    pub filters: Filters,
    pub sort: Option<SortKey>,
    pub reverse: bool,
    pub limit: Option<usize>,
    /// One row per checkpoint instead of per family.
    pub variants: bool,
    pub query: String,
    pub rows: Vec<Row<'a>>,
    /// Benchmarks the search matched (search lists them; the list pane
    /// holds families only, so they are counted in the title).
    pub benchmarks: usize,
    pub selected: usize,
    /// First row shown in the list pane.
    pub offset: usize,
    pub detail_scroll: u16,
    /// The detail pane fills the screen.
    pub zoom: bool,
    pub marked: Vec<&'a Family>,
    pub machine: Option<Machine>,
    pub quant: Option<Precision>,
    /// The machine form's texts: VRAM, RAM, quantization, GPU, as typed.
    pub machine_text: [String; 4],
    /// The form's texts that set `machine`, `quant` and `bandwidth_gb_s`
    /// (the last applied; Esc in the form goes back to them).
    pub machine_set: [String; 4],
    /// The memory bandwidth of the GPU set (GB/s), for the speed column.
    pub bandwidth_gb_s: Option<u64>,
    /// The run's configuration, for `R` (the terminal's width); none in
    /// tests that do not press it.
    pub cfg: Option<&'a crate::config::Config>,
    /// What `jllm recommend` prints for the view, shown by `R`.
    pub recommended: String,
    /// The words of the command line that printed `recommended` (its
    /// title), from the filters and machine it was ranked with.
    pub recommended_words: Vec<String>,
    pub mode: Mode,
    /// One line for the status bar: an error, or what a key did.
    pub status: Option<String>,
    /// Rows the list pane showed at the last draw (for paging and mouse).
    pub page: usize,
    /// Runs searches here when no worker thread takes them.
    pub searcher: Searcher<'a>,
    /// The worker thread's inbox, when the event loop started one.
    pub worker: Option<Sender<Job<'a>>>,
    /// The number of the latest search handed to the worker.
    pub generation: u64,
    /// A search is on the worker and its rows are not shown yet.
    pub pending: bool,
}

impl<'a> App<'a> {
    pub fn new(cat: &'a Catalog, lang: Lang, filters: Filters, sort: &SortArgs) -> App<'a> {
        let mut app = App {
            cat,
            lang,
            filters,
            sort: sort.sort,
            reverse: sort.reverse,
            limit: sort.limit,
            variants: false,
            query: String::new(),
            rows: Vec::new(),
            benchmarks: 0,
            selected: 0,
            offset: 0,
            detail_scroll: 0,
            zoom: false,
            marked: Vec::new(),
            machine: None,
            quant: None,
            machine_text: Default::default(),
            machine_set: Default::default(),
            bandwidth_gb_s: None,
            cfg: None,
            recommended: String::new(),
            recommended_words: Vec::new(),
            mode: Mode::Normal,
            status: None,
            page: 10,
            searcher: Searcher::default(),
            worker: None,
            generation: 0,
            pending: false,
        };
        app.refresh();
        app
    }

    /// The sort keys the menu offers: the list's order, list's fields,
    /// then the best score on each suite.
    pub fn sort_keys() -> Vec<Option<SortKey>> {
        let mut keys = vec![
            None,
            Some(SortKey::Params),
            Some(SortKey::Year),
            Some(SortKey::Name),
            Some(SortKey::Context),
            Some(SortKey::Developer),
        ];
        keys.extend(
            crate::query::scores::suites()
                .iter()
                .map(|s| Some(SortKey::Score(&s.id))),
        );
        keys
    }

    pub fn selected_row(&self) -> Option<&Row<'a>> {
        self.rows.get(self.selected)
    }

    /// Filters, sorts or ranks, and rebuilds the rows; the selection stays
    /// on the same family (or checkpoint) when it is still there. A filter
    /// the catalog rejects leaves the rows as they were and says why.
    pub fn refresh(&mut self) {
        let filter = match Filter::new(&self.filters, self.cat) {
            Ok(f) => f,
            Err(e) => {
                self.status = Some(crate::sanitize::line(&format!("{e:#}")));
                return;
            }
        };
        let mut hits = filter.apply(self.cat);
        self.generation += 1;
        self.pending = false;
        if self.query.trim().is_empty() {
            self.sort_args().apply(self.cat, &mut hits);
            self.show(hits, 0, false);
            return;
        }
        if let Some(worker) = &self.worker {
            let job = Job {
                generation: self.generation,
                hits,
                query: self.query.clone(),
            };
            if worker.send(job).is_ok() {
                self.pending = true;
                return;
            }
            // The worker is gone: search here from now on.
            self.worker = None;
            return self.refresh();
        }
        let (hits, benchmarks) = self.searcher.rank(self.cat, hits, &self.query);
        self.show(hits, benchmarks, true);
    }

    /// The worker's answer: shown when it answers the latest search.
    pub fn searched(&mut self, done: Done<'a>) {
        if self.pending && done.generation == self.generation {
            self.pending = false;
            self.show(done.hits, done.benchmarks, true);
        }
    }

    /// Rebuilds the rows from `hits` (ranked when `searching`).
    fn show(&mut self, mut hits: Vec<Hit<'a>>, benchmarks: usize, searching: bool) {
        let keep = self
            .selected_row()
            .map(|r| (r.family as *const Family, r.checkpoint));
        self.benchmarks = benchmarks;
        if searching {
            if let Some(n) = self.limit {
                hits.truncate(n);
            }
        }
        self.rows = if self.variants {
            let by_row = match self.sort {
                Some(k @ (SortKey::Score(_) | SortKey::Released)) if !searching => {
                    Some((k, self.reverse))
                }
                _ => None,
            };
            list::checkpoint_rows(&hits, by_row)
                .into_iter()
                .map(|(family, i)| Row {
                    family,
                    variants: vec![i],
                    checkpoint: Some(i),
                })
                .collect()
        } else {
            hits.into_iter()
                .map(|h| Row {
                    family: h.family,
                    variants: h.variants,
                    checkpoint: None,
                })
                .collect()
        };
        self.selected = keep
            .and_then(|(f, c)| {
                self.rows
                    .iter()
                    .position(|r| std::ptr::eq(r.family, f) && (c.is_none() || r.checkpoint == c))
            })
            .or_else(|| {
                keep.and_then(|(f, _)| self.rows.iter().position(|r| std::ptr::eq(r.family, f)))
            })
            .unwrap_or(0);
        if searching {
            // A new search starts at its best match.
            self.selected = 0;
        }
        self.offset = self.offset.min(self.selected);
        self.detail_scroll = 0;
    }

    pub fn sort_args(&self) -> SortArgs {
        SortArgs {
            sort: self.sort,
            reverse: self.reverse,
            limit: self.limit,
        }
    }

    /// Moves the selection by `delta` rows, within the list.
    pub fn step(&mut self, delta: isize) {
        if self.rows.is_empty() {
            return;
        }
        let last = self.rows.len() - 1;
        let at = self.selected.saturating_add_signed(delta).min(last);
        if at != self.selected {
            self.selected = at;
            self.detail_scroll = 0;
        }
    }

    /// Selects row `i` of the list (a click), if there is one.
    pub fn select(&mut self, i: usize) {
        if i < self.rows.len() {
            self.selected = i;
            self.detail_scroll = 0;
        }
    }

    /// What a key does in the current mode.
    pub fn key(&mut self, key: KeyEvent) -> Effect {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            return Effect::Quit;
        }
        match self.mode.clone() {
            Mode::Normal => self.normal(key),
            Mode::Search => {
                match key.code {
                    KeyCode::Enter => self.mode = Mode::Normal,
                    KeyCode::Esc => {
                        self.query.clear();
                        self.mode = Mode::Normal;
                        self.refresh();
                    }
                    KeyCode::Backspace => {
                        self.query.pop();
                        self.refresh();
                    }
                    KeyCode::Up => self.step(-1),
                    KeyCode::Down => self.step(1),
                    KeyCode::Char(c) => {
                        self.query.push(c);
                        self.refresh();
                    }
                    _ => {}
                }
                Effect::Nothing
            }
            Mode::Filters { at, input } => {
                form::filters_key(self, key, at, input);
                Effect::Nothing
            }
            Mode::Sort { at } => {
                form::sort_key(self, key, at);
                Effect::Nothing
            }
            Mode::Machine { field } => {
                form::machine_key(self, key, field);
                Effect::Nothing
            }
            Mode::Compare | Mode::Recommend => {
                match key.code {
                    KeyCode::Up | KeyCode::Char('k') | KeyCode::Char('K') => {
                        self.detail_scroll = self.detail_scroll.saturating_sub(1)
                    }
                    KeyCode::Down | KeyCode::Char('j') | KeyCode::Char('J') => {
                        self.detail_scroll = self.detail_scroll.saturating_add(1)
                    }
                    KeyCode::PageUp => self.detail_scroll = self.detail_scroll.saturating_sub(10),
                    KeyCode::PageDown => self.detail_scroll = self.detail_scroll.saturating_add(10),
                    _ => {
                        self.detail_scroll = 0;
                        self.mode = Mode::Normal;
                    }
                }
                Effect::Nothing
            }
            Mode::Help => {
                self.mode = Mode::Normal;
                Effect::Nothing
            }
        }
    }

    fn normal(&mut self, key: KeyEvent) -> Effect {
        self.status = None;
        let page = self.page.max(1) as isize;
        match key.code {
            KeyCode::Char('q') | KeyCode::Esc => return Effect::Quit,
            KeyCode::Up | KeyCode::Char('k') => self.step(-1),
            KeyCode::Down | KeyCode::Char('j') => self.step(1),
            KeyCode::PageUp => self.step(-page),
            KeyCode::PageDown => self.step(page),
            KeyCode::Home | KeyCode::Char('g') => self.step(isize::MIN / 2),
            KeyCode::End | KeyCode::Char('G') => self.step(isize::MAX / 2),
            KeyCode::Char('K') => self.detail_scroll = self.detail_scroll.saturating_sub(5),
            KeyCode::Char('J') => self.detail_scroll = self.detail_scroll.saturating_add(5),
            KeyCode::Enter => self.zoom = !self.zoom,
            KeyCode::Tab => {
                self.variants = !self.variants;
                self.refresh();
            }
            KeyCode::Char('/') => self.mode = Mode::Search,
            KeyCode::Char('f') => self.mode = Mode::Filters { at: 0, input: None },
            KeyCode::Char('s') => {
                let at = Self::sort_keys()
                    .iter()
                    .position(|k| *k == self.sort)
                    .unwrap_or(0);
                self.mode = Mode::Sort { at };
            }
            KeyCode::Char('r') => {
                self.reverse = !self.reverse;
                self.refresh();
            }
            KeyCode::Char('c') => {
                if let Some(f) = self.selected_row().map(|r| r.family) {
                    match self.marked.iter().position(|m| std::ptr::eq(*m, f)) {
                        Some(i) => {
                            self.marked.remove(i);
                        }
                        None => self.marked.push(f),
                    }
                }
            }
            KeyCode::Char('C') => {
                if self.marked.len() >= 2 {
                    self.detail_scroll = 0;
                    self.mode = Mode::Compare;
                } else {
                    self.status =
                        Some(i18n::tr(self.lang, "mark two families or more with c").into());
                }
            }
            KeyCode::Char('R') => {
                // The pane inside its borders, as wide as the terminal.
                let width = self.cfg.map_or(80, |c| c.width).saturating_sub(2);
                self.recommended = super::recommend::text(self, width);
                self.recommended_words = super::recommend::words(self);
                self.detail_scroll = 0;
                self.mode = Mode::Recommend;
            }
            KeyCode::Char('v') => self.mode = Mode::Machine { field: 0 },
            KeyCode::Char('?') => self.mode = Mode::Help,
            KeyCode::Char('y') => {
                return match self.copy_text() {
                    Some(s) => {
                        self.status = Some(i18n::trf(self.lang, "copied: {0}", &[&s]));
                        Effect::Copy(s)
                    }
                    None => {
                        self.status = Some(i18n::tr(self.lang, "nothing to copy").into());
                        Effect::Nothing
                    }
                }
            }
            KeyCode::Char('o') => {
                return match self.url() {
                    Some(u) => {
                        self.status = Some(i18n::trf(self.lang, "opening: {0}", &[&u]));
                        Effect::Open(u)
                    }
                    None => {
                        self.status = Some(i18n::tr(self.lang, "no URL").into());
                        Effect::Nothing
                    }
                }
            }
            _ => {}
        }
        Effect::Nothing
    }

    /// What `y` copies: the checkpoint's repo id in the checkpoint view,
    /// else the family id.
    pub fn copy_text(&self) -> Option<String> {
        let r = self.selected_row()?;
        match r.checkpoint {
            Some(i) => r.family.variants.get(i)?.hf.as_deref().map(str::to_string),
            None => Some(r.family.id.to_string()),
        }
    }

    /// What `o` opens: the checkpoint's URL, else the family's.
    pub fn url(&self) -> Option<String> {
        let r = self.selected_row()?;
        let from_checkpoint = r
            .checkpoint
            .and_then(|i| r.family.variants.get(i))
            .map(|v| v.url.to_string())
            .filter(|u| !u.is_empty());
        from_checkpoint.or_else(|| r.family.url.as_deref().map(str::to_string))
    }

    /// The arguments of `jllm list` that give this view: the filters as
    /// typed, `--variants`, the sort.
    pub fn list_args(&self) -> Vec<String> {
        let mut args = form::filter_tokens(&self.filters);
        if self.variants {
            args.push("--variants".into());
        }
        if let Some(k) = self.sort {
            args.push("--sort".into());
            args.push(k.column());
        }
        if self.reverse {
            args.push("--reverse".into());
        }
        if let Some(n) = self.limit {
            args.push("--limit".into());
            args.push(n.to_string());
        }
        args
    }

    /// The command line printed on exit: `jllm list …`, and the search
    /// with the same filters when one is active.
    pub fn command_lines(&self) -> Vec<String> {
        let quote = |a: &str| form::shell_quote(a);
        let mut lines = vec![std::iter::once("jllm list".to_string())
            .chain(self.list_args().iter().map(|a| quote(a)))
            .collect::<Vec<_>>()
            .join(" ")];
        if !self.query.trim().is_empty() {
            let filters = form::filter_tokens(&self.filters);
            lines.push(
                ["jllm search".to_string(), quote(&self.query)]
                    .into_iter()
                    .chain(filters.iter().map(|a| quote(a)))
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        lines
    }

    /// The filters of [`FILTERS`] with a value, for the title bar.
    pub fn filters_shown(&self) -> String {
        FILTERS
            .iter()
            .filter(|d| (d.set)(&self.filters))
            .map(|d| d.as_typed(&self.filters))
            .collect::<Vec<_>>()
            .join(" ")
    }
}
