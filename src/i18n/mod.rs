//! Every fixed string a person reads, in English, Japanese and French, in
//! one table split by area into this module's files: table headers, the values jllm itself writes
//! (`unknown`, commercial classes, fit verdicts, category and approach
//! labels), footers, and the fixed parts of the common messages on stderr.
//! Names and texts from the catalog are not here: they come in the
//! catalog's own languages (`Text`, `name_ja`, `name_fr`).
//!
//! The English text is the key: `tr(lang, "fits on GPU")`. English is
//! returned as is, without a lookup; Japanese and French are a `match` on
//! the string per area, tried in turn and compiled by rustc (no table built or parsed at start-up:
//! jllm runs in shell completion). Templates number their holes `{0}`,
//! `{1}`… so a translation can put them in its own order ([`trf`]).
//!
//! French typography: a no-break space (U+00A0, written `\u{a0}`) comes
//! before `:`, `;`, `?` and `!`, and never a plain space, so the
//! punctuation cannot start a line when a terminal or a table wraps. U+00A0
//! rather than the narrow U+202F that print typography prefers before `;`,
//! `?` and `!`: in a terminal every character takes a whole cell anyway,
//! every monospace font has U+00A0 (not all have U+202F), and one character
//! everywhere keeps the rule testable. Both are one column wide for
//! unicode-width, so tables align either way. Japanese keeps the ASCII
//! colon after a label (`もしかして:`), as the existing entries do. Only
//! what the table holds follows these rules: `jllm:` and `path:line:`
//! prefixes are Unix conventions, not sentences.
//!
//! Messages raised where no `Config` is at hand (a flag's value resolved
//! against the catalog, a unit, a suite) read the process's language with
//! [`lang`]: `Config` sets it; clap's value parsers, which run before,
//! read it ahead from the command line and the environment, on failure
//! only (the success path of a run never scans the command line twice).
//!
//! Completeness is tested: every entry has a Japanese and a French text,
//! no English key appears twice in the whole table (within an area a
//! duplicate is also an unreachable match arm, which `clippy -D warnings`
//! rejects), and every string literal the
//! source passes to `tr`/`trf`/`header` is an entry (a test scans src/;
//! see `tests.rs`).
//! JSON, ids and `--help` stay English.

use std::sync::atomic::{AtomicU8, Ordering};

use crate::catalog::schema::Lang;

/// An area's entries: `English => Japanese, French;`. Makes the area's
/// `lookup` and, for the tests, its `TABLE`.
macro_rules! table {
    ($( $en:literal => $ja:literal, $fr:literal; )*) => {
        /// (English, Japanese, French), in the order of the source.
        #[cfg(test)]
        pub const TABLE: &[(&str, &str, &str)] = &[ $( ($en, $ja, $fr), )* ];

        pub(super) fn lookup(en: &str) -> Option<(&'static str, &'static str)> {
            match en {
                $( $en => Some(($ja, $fr)), )*
                _ => None,
            }
        }
    };
}

mod browse;
mod catalog;
mod columns;
mod filters;
mod licenses;
mod machine;
mod mcp;
mod messages;
#[cfg(test)]
mod tests;

/// The whole table, every area in turn (English, Japanese, French).
#[cfg(test)]
pub static TABLE: std::sync::LazyLock<Vec<(&str, &str, &str)>> = std::sync::LazyLock::new(|| {
    [
        columns::TABLE,
        messages::TABLE,
        filters::TABLE,
        catalog::TABLE,
        licenses::TABLE,
        machine::TABLE,
        browse::TABLE,
        mcp::TABLE,
    ]
    .concat()
});

/// The Japanese and French of `en`, from the area that has it.
fn lookup(en: &str) -> Option<(&'static str, &'static str)> {
    columns::lookup(en)
        .or_else(|| messages::lookup(en))
        .or_else(|| filters::lookup(en))
        .or_else(|| catalog::lookup(en))
        .or_else(|| licenses::lookup(en))
        .or_else(|| machine::lookup(en))
        .or_else(|| browse::lookup(en))
        .or_else(|| mcp::lookup(en))
}

/// `en` in `lang`; English, and a string the table lacks, as given.
#[inline]
pub fn tr(lang: Lang, en: &str) -> &str {
    match lang {
        Lang::En => en,
        Lang::Ja => lookup(en).map_or(en, |(ja, _)| ja),
        Lang::Fr => lookup(en).map_or(en, |(_, fr)| fr),
    }
}

/// A column's header in `lang`: its translation, or the column name itself
/// (`score:pfgen`).
#[inline]
pub fn header(lang: Lang, column: &str) -> std::borrow::Cow<'_, str> {
    match column.strip_prefix("score:") {
        Some(suite) if lang == Lang::Ja => std::borrow::Cow::Owned(format!("スコア:{suite}")),
        _ => std::borrow::Cow::Borrowed(tr(lang, column)),
    }
}

/// A license reason from the catalog in `lang`: the fixed reasons are
/// entries of the table; the two forms naming classes or checkpoints
/// (`Checkpoints have different licenses, all of class yes; …`,
/// `Checkpoints differ (yes: 13b; no: 13b-instruct); …`) are templates;
/// a reason the table lacks stays as the catalog states it.
pub fn reason(lang: Lang, text: &str) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    const CLASS: (&str, &str) = (
        "Checkpoints have different licenses, all of class ",
        "; each checkpoint carries its own.",
    );
    const DIFFER: (&str, &str) = (
        "Checkpoints differ (",
        "); each checkpoint carries its own license.",
    );
    if let Some(class) = text
        .strip_prefix(CLASS.0)
        .and_then(|r| r.strip_suffix(CLASS.1))
    {
        return trf(
            lang,
            "Checkpoints have different licenses, all of class {0}; each checkpoint carries its own.",
            &[&tr(lang, class)],
        );
    }
    if let Some(which) = text
        .strip_prefix(DIFFER.0)
        .and_then(|r| r.strip_suffix(DIFFER.1))
    {
        // `yes: a, b; no: c`: the classes translated, the names kept.
        let parts: Vec<String> = which
            .split("; ")
            .map(|part| match part.split_once(": ") {
                Some((class, names)) => {
                    let colon = if lang == Lang::Fr { "\u{a0}: " } else { ": " };
                    format!("{}{colon}{names}", tr(lang, class))
                }
                None => part.to_string(),
            })
            .collect();
        let sep = if lang == Lang::Fr { "\u{a0}; " } else { "; " };
        return trf(
            lang,
            "Checkpoints differ ({0}); each checkpoint carries its own license.",
            &[&parts.join(sep)],
        );
    }
    tr(lang, text).to_string()
}

/// A template translated, with `{0}`, `{1}`… filled from `args`.
pub fn trf(lang: Lang, en: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(en.len() + 16 * args.len());
    trf_into(&mut out, lang, en, args);
    out
}

/// [`trf`], appended to `out` (table cells are written into one buffer).
pub fn trf_into(out: &mut String, lang: Lang, en: &str, args: &[&dyn std::fmt::Display]) {
    use std::fmt::Write;
    let template = tr(lang, en);
    let mut rest = template;
    // Braces are ASCII, so a byte search finds them in UTF-8 text (and is
    // cheaper than `str::find`'s char searcher on these short templates).
    let at = |s: &str, b: u8| s.bytes().position(|x| x == b);
    while let Some(open) = at(rest, b'{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let hole =
            at(after, b'}').and_then(|close| Some((after[..close].parse::<usize>().ok()?, close)));
        match hole.and_then(|(i, close)| Some((args.get(i)?, close))) {
            Some((arg, close)) => {
                let _ = write!(out, "{arg}");
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The language of the process, once decided: 0 while undecided, else
/// [`code`] of it.
static LANG: AtomicU8 = AtomicU8::new(0);

fn code(lang: Lang) -> u8 {
    match lang {
        Lang::En => 1,
        Lang::Ja => 2,
        Lang::Fr => 3,
    }
}

/// Records the language `Config` decided (`--lang`, `JLLM_LANG`, the
/// locale), for the messages raised where no `Config` is at hand.
pub fn set_lang(lang: Lang) {
    LANG.store(code(lang), Ordering::Relaxed);
}

/// The language of messages raised where no `Config` is at hand: flag
/// values resolved against the catalog (`--domain`, `--developer`), the
/// units (`--min-params 7q`), suites. Before `Config` exists (clap's value
/// parsers run while the command line is parsed) it is read ahead from the
/// command line and the environment as `Config` will decide it, and only
/// then: the success path of a run never reads it.
pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::En,
        2 => Lang::Ja,
        3 => Lang::Fr,
        _ => {
            let lang = read_ahead();
            set_lang(lang);
            lang
        }
    }
}

/// `--lang` as the command line gives it, else `JLLM_LANG`, else the locale.
/// Unit tests read English whatever the machine's locale.
fn read_ahead() -> Lang {
    if cfg!(test) {
        return Lang::En;
    }
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .filter_map(|a| a.into_string().ok())
        .collect();
    lang_in_args(&args)
        .or_else(|| std::env::var("JLLM_LANG").ok().as_deref().and_then(parse))
        .unwrap_or_else(from_locale)
}

/// A `--lang` value as clap takes it (`en`, `ja`, `fr`).
fn parse(value: &str) -> Option<Lang> {
    match value {
        "en" => Some(Lang::En),
        "ja" => Some(Lang::Ja),
        "fr" => Some(Lang::Fr),
        _ => None,
    }
}

/// The value of `--lang X` or `--lang=X` among `args` (options, not
/// operands: the scan stops at `--`). A value clap would refuse counts as
/// none: clap says so in English.
fn lang_in_args(args: &[String]) -> Option<Lang> {
    let mut found = None;
    let mut words = args.iter();
    while let Some(w) = words.next() {
        match w.as_str() {
            "--" => break,
            "--lang" => found = words.next().and_then(|v| parse(v)),
            _ => {
                if let Some(v) = w.strip_prefix("--lang=") {
                    found = parse(v);
                }
            }
        }
    }
    found
}

/// `ja*` in the first set of LC_ALL, LC_MESSAGES, LANG means Japanese,
/// `fr*` French, anything else (`C`, `en_US.UTF-8`) English.
pub fn from_locale() -> Lang {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            if !v.is_empty() {
                return if v.starts_with("ja") {
                    Lang::Ja
                } else if v.starts_with("fr") {
                    Lang::Fr
                } else {
                    Lang::En
                };
            }
        }
    }
    Lang::En
}
