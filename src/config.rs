//! The plain configuration the commands read, decided once from the parsed
//! command line and the environment (as fd does): language, colour, terminal
//! width, and where the catalog comes from.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::Result;

use crate::catalog::schema::{Catalog, Lang};
use crate::catalog::{installed, load};

pub struct Config {
    pub lang: Lang,
    /// Whether to emit ANSI colours.
    pub color: bool,
    /// Whether stdout is a terminal (tables fit its width, --json alone lists fields).
    pub tty: bool,
    /// Columns tables fit on a terminal: the terminal's width, else
    /// `COLUMNS`, else 80 (a terminal that reports 0 columns, as some
    /// emulated ones do, got one character per line).
    pub width: usize,
    catalogs: Vec<PathBuf>,
    no_builtin: bool,
    /// The catalog, loaded on first use (see [`Config::catalog`]).
    catalog: OnceLock<Catalog>,
}

/// When to colour the output (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

impl Config {
    /// The configuration from the global options (`cli.rs` reads them) and
    /// the environment: `lang` None means the locale's.
    pub fn new(
        color: ColorWhen,
        lang: Option<Lang>,
        catalogs: Vec<PathBuf>,
        no_builtin: bool,
    ) -> Config {
        let tty = std::io::stdout().is_terminal();
        let color = match color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        };
        let lang = lang.unwrap_or_else(crate::i18n::from_locale);
        // Messages raised below `Config` (flag values resolved against the
        // catalog, units) read the language from i18n.
        crate::i18n::set_lang(lang);
        let width = if tty { terminal_width() } else { 80 };
        Config {
            lang,
            color,
            tty,
            width,
            catalogs,
            no_builtin,
            catalog: OnceLock::new(),
        }
    }

    /// A configuration for unit tests: English, the built-in catalog.
    #[cfg(test)]
    pub fn for_tests(tty: bool, color: bool) -> Config {
        Config {
            lang: Lang::En,
            color,
            tty,
            width: 80,
            catalogs: Vec::new(),
            no_builtin: false,
            catalog: OnceLock::new(),
        }
    }

    /// The configuration of a pane of `width` columns drawn by `jllm
    /// browse`: text fitted as on a terminal, without ANSI colours (the
    /// browser styles its own widgets), in `lang`; it has no catalog of its
    /// own (the browser holds the one of the run's configuration).
    pub fn pane(lang: Lang, width: usize) -> Config {
        Config {
            lang,
            color: false,
            tty: true,
            width: width.max(1),
            catalogs: Vec::new(),
            no_builtin: false,
            catalog: OnceLock::new(),
        }
    }

    pub fn no_builtin(&self) -> bool {
        self.no_builtin
    }

    /// The --catalog overlays, in order.
    pub fn overlays(&self) -> &[PathBuf] {
        &self.catalogs
    }

    /// The catalog: built-in (unless --no-builtin) with the update `jllm
    /// update` installed in place of its list-derived part, then --catalog
    /// overlays (precedence: src/catalog/installed.rs). Loaded on the first
    /// call and kept for the next ones. `cli::run` does not free the Config
    /// at exit: a 100k-family overlay took a tenth of a run to free, just
    /// before exit did it anyway.
    pub fn catalog(&self) -> Result<&Catalog> {
        if let Some(cat) = self.catalog.get() {
            return Ok(cat);
        }
        let base = if self.no_builtin {
            // No built-in anything: the embedded evaluation results go too.
            crate::catalog::results_data::install(Default::default());
            Catalog::default()
        } else {
            with_installed(load::embedded())?
        };
        let loaded = load::with_overlays(base, &self.catalogs)?;
        Ok(self.catalog.get_or_init(|| loaded))
    }
}

/// The height of the terminal on stdout, else `LINES`, else 24; zero
/// counts as unknown.
pub fn terminal_height() -> usize {
    let from_terminal = terminal_size::terminal_size_of(std::io::stdout())
        .map(|(_, h)| usize::from(h.0))
        .filter(|h| *h > 0);
    from_terminal
        .or_else(|| {
            std::env::var("LINES")
                .ok()
                .and_then(|c| c.trim().parse::<usize>().ok())
                .filter(|h| *h > 0)
        })
        .unwrap_or(24)
}

/// The width of the terminal on stdout, else `COLUMNS`, else 80; zero
/// counts as unknown. Only asked when stdout is a terminal (an ioctl).
fn terminal_width() -> usize {
    let from_terminal = terminal_size::terminal_size_of(std::io::stdout())
        .map(|(w, _)| usize::from(w.0))
        .filter(|w| *w > 0);
    from_terminal
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse::<usize>().ok())
                .filter(|w| *w > 0)
        })
        .unwrap_or(80)
}

/// The built-in catalog with the installed update, if any: one failed
/// `open` when there is none. Without a home directory or JLLM_DATA_DIR
/// nothing can be installed, so the built-in catalog is the answer.
fn with_installed(base: Catalog) -> Result<Catalog> {
    let Ok(dir) = installed::data_dir() else {
        return Ok(base);
    };
    match installed::read(&dir)? {
        Some(update) => {
            // Its evaluation results, joined to its checkpoints, replace
            // the embedded ones (older installs have none: embedded stay).
            if let Some(results) = update.results {
                crate::catalog::results_data::install(results);
            }
            installed::apply(base, update.catalog, &dir.join(installed::FILE))
        }
        None => Ok(base),
    }
}
