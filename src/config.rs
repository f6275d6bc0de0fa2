//! The plain configuration the commands read, decided once from the parsed
//! command line and the environment (as fd does): language, colour, terminal
//! width, and where the catalog comes from.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Result;

use crate::catalog::schema::{Catalog, Lang};
use crate::catalog::{installed, load};
use crate::cli::{Cli, ColorChoice, LangArg};

pub struct Config {
    pub lang: Lang,
    /// Whether to emit ANSI colours.
    pub color: bool,
    /// Whether stdout is a terminal (tables fit its width, --json alone lists fields).
    pub tty: bool,
    catalogs: Vec<PathBuf>,
    no_builtin: bool,
}

impl Config {
    pub fn from_cli(cli: &Cli) -> Config {
        let tty = std::io::stdout().is_terminal();
        let color = match cli.global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        };
        let lang = match cli.global.lang {
            Some(LangArg::Ja) => Lang::Ja,
            Some(LangArg::En) => Lang::En,
            None => lang_from_locale(),
        };
        Config {
            lang,
            color,
            tty,
            catalogs: cli.global.catalog.clone(),
            no_builtin: cli.global.no_builtin,
        }
    }

    /// A configuration for unit tests: English, the built-in catalog.
    #[cfg(test)]
    pub fn for_tests(tty: bool, color: bool) -> Config {
        Config {
            lang: Lang::En,
            color,
            tty,
            catalogs: Vec::new(),
            no_builtin: false,
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
    /// overlays (precedence: src/catalog/installed.rs).
    /// It lives until the process exits and is never freed: a 100k-family
    /// overlay took a tenth of a run to free, just before exit did it anyway.
    pub fn catalog(&self) -> Result<&'static Catalog> {
        let base = if self.no_builtin {
            Catalog::default()
        } else {
            with_installed(load::embedded())?
        };
        Ok(Box::leak(Box::new(load::with_overlays(
            base,
            &self.catalogs,
        )?)))
    }
}

/// The built-in catalog with the installed update, if any: one failed
/// `open` when there is none. Without a home directory or JLLM_DATA_DIR
/// nothing can be installed, so the built-in catalog is the answer.
fn with_installed(base: Catalog) -> Result<Catalog> {
    let Ok(dir) = installed::data_dir() else {
        return Ok(base);
    };
    match installed::read(&dir)? {
        Some(update) => installed::apply(base, update.catalog, &dir.join(installed::FILE)),
        None => Ok(base),
    }
}

/// `ja*` in the first set of LC_ALL, LC_MESSAGES, LANG means Japanese.
fn lang_from_locale() -> Lang {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            if !v.is_empty() {
                return if v.starts_with("ja") {
                    Lang::Ja
                } else {
                    Lang::En
                };
            }
        }
    }
    Lang::En
}
