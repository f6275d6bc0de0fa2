//! The columns of a model family, defined once: each [`Column`] has its
//! name (what `--columns` takes, CSV and TSV print as header and shell
//! completion offers), its header in tables and Markdown (the name through
//! `i18n::header`), the JSON key holding what it shows, whether it may be
//! empty (else an empty cell says "unknown"), whether its words are kept
//! whole on a terminal (ids), and its cell. [`COLUMNS`], the parsers and
//! completion of `--columns` and every renderer of family rows derive from
//! the one table in `columns!` below.

use std::borrow::Cow;
use std::fmt::Write;

use super::labels::{
    commercial_label, domain_label, name, push_context_label, push_developer_names,
    push_license_labels, push_sizes, push_tokens_label, UNKNOWN,
};
use crate::catalog::schema::{Catalog, Family, Lang};
use crate::i18n;

/// Whether an empty cell of a column stays empty or says "unknown".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Empty {
    /// Empty is an answer (no task, no Hugging Face repo, no URL) or cannot
    /// happen (every family has an id, a name and a category).
    Blank,
    /// Empty means the sources do not say: the cell reads "unknown".
    Unknown,
}

/// What one column is, besides its cell ([`Column::write`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    /// The name `--columns` takes, and CSV/TSV headers print.
    pub key: &'static str,
    /// The key of the family's JSON object (`--json FIELDS`) holding what
    /// the column shows.
    pub json: &'static str,
    pub empty: Empty,
    /// An id, never cut with "…" on a terminal.
    pub whole: bool,
}

macro_rules! columns {
    ($($variant:ident = $key:literal, json $json:literal, $empty:ident, whole $whole:literal;)*) => {
        /// A column of a model family's row; `Score` is a suite's best
        /// score (`score:SUITE`, query::scores).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Column<'a> {
            $($variant,)*
            Score(&'a str),
        }

        impl Column<'_> {
            /// The columns other than the scores, in the order `--columns`
            /// lists them (the tests hold [`COLUMNS`] and [`Column::fixed`]
            /// to it).
            #[cfg(test)]
            pub const FIXED: &'static [Column<'static>] = &[$(Column::$variant),*];

            /// The column's definition.
            pub fn spec(&self) -> Spec {
                match self {
                    $(Column::$variant => Spec {
                        key: $key,
                        json: $json,
                        empty: Empty::$empty,
                        whole: $whole,
                    },)*
                    Column::Score(_) => Spec {
                        key: "score",
                        json: "variants",
                        empty: Empty::Unknown,
                        whole: false,
                    },
                }
            }

            /// The fixed column named `key`: a `match` on the names, which
            /// compiles to a few integer compares (it runs for every cell).
            fn fixed(key: &str) -> Option<Column<'static>> {
                match key {
                    $($key => Some(Column::$variant),)*
                    _ => None,
                }
            }
        }

        /// Columns `list`, `search` and `compare` can show, then each
        /// suite's `score:SUITE` (the best checkpoint's best score,
        /// query::scores).
        pub const COLUMNS: &[&str] = crate::query::scores::with_score_columns![$($key),*];
    };
}

columns! {
    Id = "id", json "id", Blank, whole true;
    Name = "name", json "name", Blank, whole false;
    NameJa = "name_ja", json "name_ja", Blank, whole false;
    Sizes = "sizes", json "variants", Unknown, whole false;
    Params = "params", json "params", Unknown, whole false;
    Arch = "arch", json "architecture", Unknown, whole false;
    Architecture = "architecture", json "architecture", Unknown, whole false;
    Base = "base", json "base_model", Unknown, whole false;
    Developer = "developer", json "developers", Unknown, whole false;
    License = "license", json "license", Unknown, whole false;
    Commercial = "commercial", json "license", Unknown, whole false;
    Year = "year", json "year", Unknown, whole false;
    Released = "released", json "released", Unknown, whole false;
    Context = "context", json "context_length", Unknown, whole false;
    Category = "category", json "category", Blank, whole false;
    Task = "task", json "task", Blank, whole false;
    Approach = "approach", json "approach", Blank, whole false;
    Domain = "domain", json "domain", Blank, whole false;
    Tokens = "tokens", json "training_tokens", Unknown, whole false;
    Checkpoints = "checkpoints", json "variants", Unknown, whole false;
    Hf = "hf", json "variants", Blank, whole true;
    Url = "url", json "url", Blank, whole false;
}

impl<'a> Column<'a> {
    /// The column named `key` (`score:SUITE` for any suite), None for a
    /// name no family column has.
    pub fn parse(key: &'a str) -> Option<Column<'a>> {
        if let Some(suite) = key.strip_prefix("score:") {
            return Some(Column::Score(suite));
        }
        Column::fixed(key)
    }

    /// The name `--columns` takes.
    pub fn key(&self) -> Cow<'a, str> {
        match self {
            Column::Score(suite) => Cow::Owned(format!("score:{suite}")),
            c => Cow::Borrowed(c.spec().key),
        }
    }

    /// The header of tables and Markdown in `lang`.
    pub fn header(&self, lang: Lang) -> String {
        i18n::header(lang, &self.key()).into_owned()
    }

    /// The cell of `f` showing the checkpoints at `variants` (all, or those
    /// a size filter kept), appended to `out` without a `String` of its own
    /// (this runs for every cell of every `list`).
    pub fn write(
        &self,
        out: &mut String,
        cat: &Catalog,
        f: &Family,
        variants: &[usize],
        lang: Lang,
    ) {
        let start = out.len();
        let opt = |out: &mut String, s: Option<&str>| out.push_str(s.unwrap_or(""));
        match *self {
            Column::Id => out.push_str(&f.id),
            Column::Name => out.push_str(name(f, lang)),
            Column::NameJa => out.push_str(&f.name_ja),
            Column::Sizes => push_sizes(out, f, variants),
            Column::Params => {
                if let Some(p) = f.max_params(variants) {
                    let _ = write!(out, "{p}");
                }
            }
            Column::Arch => opt(out, f.architecture.as_deref().or(f.base_model.as_deref())),
            Column::Architecture => opt(out, f.architecture.as_deref()),
            Column::Base => opt(out, f.base_model.as_deref()),
            Column::Developer => push_developer_names(out, cat, f, lang),
            Column::License => push_license_labels(out, cat, f, variants, lang),
            Column::Commercial => out.push_str(&commercial_label(f, variants, lang)),
            Column::Year => {
                if let Some(y) = f.year {
                    let _ = write!(out, "{y}");
                }
            }
            Column::Released => opt(out, f.released.as_deref()),
            Column::Context => push_context_label(out, f, variants, lang),
            Column::Category => out.push_str(i18n::tr(lang, f.category.as_str())),
            Column::Task => opt(out, f.task.as_deref()),
            Column::Approach => opt(out, f.approach.map(|a| i18n::tr(lang, a.as_str()))),
            Column::Domain => out.push_str(&domain_label(cat, f, lang)),
            Column::Tokens => push_tokens_label(out, f, lang),
            Column::Checkpoints => {
                let _ = write!(out, "{}", variants.len());
            }
            Column::Hf => {
                let repos = variants
                    .iter()
                    .filter_map(|&i| f.variants.get(i)?.hf.as_deref());
                for (n, repo) in repos.enumerate() {
                    if n > 0 {
                        out.push('\n');
                    }
                    out.push_str(repo);
                }
            }
            Column::Url => opt(out, f.url.as_deref()),
            Column::Score(suite) => {
                if let Some((_, s)) = crate::query::scores::best_of_family(f, variants, suite) {
                    out.push_str(&crate::query::scores::format(s.score));
                }
            }
        }
        if out.len() == start && self.spec().empty == Empty::Unknown {
            out.push_str(i18n::tr(lang, UNKNOWN));
        }
    }
}

/// One cell by column name (nothing for a name no family column has).
/// `variants` are the checkpoints to show (all, or those a size filter
/// kept).
pub fn cell(cat: &Catalog, f: &Family, variants: &[usize], column: &str, lang: Lang) -> String {
    let mut out = String::new();
    write_cell(&mut out, cat, f, variants, column, lang);
    out
}

/// [`cell`], appended to `out`.
pub fn write_cell(
    out: &mut String,
    cat: &Catalog,
    f: &Family,
    variants: &[usize],
    column: &str,
    lang: Lang,
) {
    if let Some(c) = Column::parse(column) {
        c.write(out, cat, f, variants, lang);
    }
}
