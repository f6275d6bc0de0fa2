//! What a value typed after a flag means: the entry whose id,
//! name or alias equals it in any language, else the one entry that a name
//! begins with it or contains it. Several candidates or none is an error
//! (exit 2) that lists them or the nearest names by edit distance: a close
//! name may be suggested, never used in the value's place (`rinnna` is not
//! Tohoku University).

use std::ffi::OsStr;

use anyhow::{anyhow, Result};
use clap::builder::{PossibleValue, TypedValueParser};

use crate::catalog::index::{self, norm, norm_chars};
use crate::catalog::schema::{Catalog, Lang};
use crate::i18n::{self, tr, trf};
use crate::query::labels::Labels;

/// One thing a value may name: its id, its name for messages, and the
/// names it answers to.
pub struct Entry<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub names: Vec<&'a str>,
}

impl<'a> Entry<'a> {
    pub fn new(id: &'a str, name: &'a str, names: Vec<&'a str>) -> Entry<'a> {
        Entry { id, name, names }
    }

    /// `id (name)`, or just `id` when they read the same (only built for
    /// messages).
    pub fn label(&self) -> String {
        if self.name.is_empty() || norm(self.name) == norm(self.id) {
            self.id.to_string()
        } else {
            format!("{} ({})", self.id, self.name)
        }
    }
}

/// Why a value resolved to nothing.
pub enum Miss {
    /// The value is empty (or only spaces and dashes).
    Empty,
    /// No entry: the nearest names, best first (maybe none).
    None(Vec<String>),
    /// Several entries: how many, and the labels of the first five.
    Many(usize, Vec<String>),
}

/// What a value names, for messages: each kind has its own sentences, so
/// that Japanese and French read naturally (French nouns have a gender).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Developer,
    Domain,
    Category,
    Task,
    Approach,
    BenchmarkCategory,
    License,
    Architecture,
    BaseModel,
}

impl What {
    /// The message for `miss`, in `lang`.
    pub fn message(self, lang: Lang, value: &str, miss: &Miss) -> String {
        match miss {
            Miss::Empty => self.empty(lang).to_string(),
            Miss::None(near) => self.no_match_near(lang, value, near),
            Miss::Many(n, labels) => {
                let mut shown = labels.join(", ");
                if *n > labels.len() {
                    shown.push_str(&trf(lang, " and {0} more", &[&(n - labels.len())]));
                }
                self.could_mean(lang, value, *n, &shown)
            }
        }
    }

    /// `no domain matches 'x'`.
    pub fn no_match(self, lang: Lang, value: &str) -> String {
        let v: &[&dyn std::fmt::Display] = &[&value];
        match self {
            What::Developer => trf(lang, "no developer matches '{0}'", v),
            What::Domain => trf(lang, "no domain matches '{0}'", v),
            What::Category => trf(lang, "no category matches '{0}'", v),
            What::Task => trf(lang, "no task matches '{0}'", v),
            What::Approach => trf(lang, "no approach matches '{0}'", v),
            What::BenchmarkCategory => trf(lang, "no benchmark category matches '{0}'", v),
            What::License => trf(lang, "no license matches '{0}'", v),
            What::Architecture => trf(lang, "no architecture matches '{0}'", v),
            What::BaseModel => trf(lang, "no base model matches '{0}'", v),
        }
    }

    /// `no domain matches 'x'`, with the nearest names when there are some.
    pub fn no_match_near(self, lang: Lang, value: &str, near: &[String]) -> String {
        let none = self.no_match(lang, value);
        if near.is_empty() {
            none
        } else {
            trf(
                lang,
                "{0}; did you mean {1}?",
                &[&none, &or_list(lang, near)],
            )
        }
    }

    /// `no domain matches 'x'`, with the nearest names; when none is near,
    /// the catalog's values (`vocabulary`): all of them when there are
    /// few, else how many and the command that counts them.
    pub fn no_match_explained(
        self,
        lang: Lang,
        value: &str,
        near: &[String],
        vocabulary: &[String],
    ) -> String {
        if !near.is_empty() || vocabulary.is_empty() {
            return self.no_match_near(lang, value, near);
        }
        let none = self.no_match(lang, value);
        if vocabulary.len() <= VOCABULARY_SHOWN {
            let all = vocabulary.join(", ");
            let v: &[&dyn std::fmt::Display] = &[&none, &all];
            return match self {
                What::Developer => trf(lang, "{0}; the catalog's developers are: {1}", v),
                What::Domain => trf(lang, "{0}; the catalog's domains are: {1}", v),
                What::License => trf(lang, "{0}; the catalog's licenses are: {1}", v),
                What::Architecture => trf(lang, "{0}; the catalog's architectures are: {1}", v),
                What::BaseModel => trf(lang, "{0}; the catalog's base models are: {1}", v),
                _ => self.valid(lang, &none, &all),
            };
        }
        let n = vocabulary.len();
        let v: &[&dyn std::fmt::Display] = &[&none, &n];
        match self {
            What::Developer => trf(
                lang,
                "{0}; the catalog has {1} developers: jllm stats --by developer lists them",
                v,
            ),
            What::License => trf(
                lang,
                "{0}; the catalog has {1} licenses: jllm stats --by license lists those in use",
                v,
            ),
            What::Architecture => trf(
                lang,
                "{0}; the catalog has {1} architecture and base model names: jllm stats --by architecture and --by base list them",
                v,
            ),
            What::BaseModel => trf(
                lang,
                "{0}; the catalog has {1} base models: jllm stats --by base lists them",
                v,
            ),
            _ => none,
        }
    }

    /// `'x' could mean 3 tasks: a, b, c; give one of them`.
    fn could_mean(self, lang: Lang, value: &str, n: usize, shown: &str) -> String {
        let v: &[&dyn std::fmt::Display] = &[&value, &n, &shown];
        match self {
            What::Developer => trf(
                lang,
                "'{0}' could mean {1} developers: {2}; give one of them",
                v,
            ),
            What::Domain => trf(
                lang,
                "'{0}' could mean {1} domains: {2}; give one of them",
                v,
            ),
            What::Category => trf(
                lang,
                "'{0}' could mean {1} categories: {2}; give one of them",
                v,
            ),
            What::Task => trf(lang, "'{0}' could mean {1} tasks: {2}; give one of them", v),
            What::Approach => trf(
                lang,
                "'{0}' could mean {1} approaches: {2}; give one of them",
                v,
            ),
            What::BenchmarkCategory => trf(
                lang,
                "'{0}' could mean {1} benchmark categories: {2}; give one of them",
                v,
            ),
            What::License => trf(
                lang,
                "'{0}' could mean {1} licenses: {2}; give one of them",
                v,
            ),
            What::Architecture => trf(
                lang,
                "'{0}' could mean {1} architectures: {2}; give one of them",
                v,
            ),
            What::BaseModel => trf(
                lang,
                "'{0}' could mean {1} base models: {2}; give one of them",
                v,
            ),
        }
    }

    /// An empty value.
    fn empty(self, lang: Lang) -> &'static str {
        match self {
            What::Developer => tr(lang, "empty developer: give a developer id or name"),
            What::Domain => tr(lang, "empty domain: give a domain id or name"),
            What::Category => tr(lang, "empty category: give a category id or name"),
            What::Task => tr(lang, "empty task: give a task id or name"),
            What::Approach => tr(lang, "empty approach: give an approach id or name"),
            What::BenchmarkCategory => tr(
                lang,
                "empty benchmark category: give a benchmark category id or name",
            ),
            What::License => tr(lang, "empty license: give a license id or name"),
            What::Architecture => tr(lang, "empty architecture: give an architecture name"),
            What::BaseModel => tr(lang, "empty base model: give a base model name"),
        }
    }

    /// `message; valid categories: a, b, c`.
    pub fn valid(self, lang: Lang, message: &str, ids: &str) -> String {
        let v: &[&dyn std::fmt::Display] = &[&message, &ids];
        match self {
            What::Category => trf(lang, "{0}; valid categories: {1}", v),
            What::Task => trf(lang, "{0}; valid tasks: {1}", v),
            What::Approach => trf(lang, "{0}; valid approaches: {1}", v),
            _ => trf(lang, "{0}; valid: {1}", v),
        }
    }

    /// A value that is not UTF-8 (clap hands value parsers an `OsStr`).
    fn not_utf8(self, lang: Lang) -> &'static str {
        match self {
            What::Category => tr(lang, "the category is not valid UTF-8"),
            What::Task => tr(lang, "the task is not valid UTF-8"),
            What::Approach => tr(lang, "the approach is not valid UTF-8"),
            _ => tr(lang, "the value is not valid UTF-8"),
        }
    }
}

/// How many values a message lists in full when none is near the one typed.
const VOCABULARY_SHOWN: usize = 30;

/// The ids `value` means among `entries`, or why none.
pub fn find<'a>(value: &str, entries: &[Entry<'a>]) -> std::result::Result<Vec<&'a str>, Miss> {
    let nv = norm(value);
    if nv.is_empty() {
        return Err(Miss::Empty);
    }
    let ids = |hit: &dyn Fn(&str) -> bool| -> Vec<&Entry<'a>> {
        let mut found: Vec<&Entry<'a>> = Vec::new();
        for e in entries {
            if e.names.iter().any(|n| hit(&norm(n))) && !found.iter().any(|f| f.id == e.id) {
                found.push(e);
            }
        }
        found
    };
    // Exact names first, compared without normalising a copy of each.
    let mut exact: Vec<&Entry<'a>> = Vec::new();
    for e in entries {
        if e.names.iter().any(|n| norm_chars(n).eq(nv.chars()))
            && !exact.iter().any(|f| f.id == e.id)
        {
            exact.push(e);
        }
    }
    if !exact.is_empty() {
        return Ok(exact.into_iter().map(|e| e.id).collect());
    }
    let prefix = ids(&|n| n.starts_with(&nv));
    let candidates = if prefix.is_empty() {
        // One CJK character is a word; one Latin letter is not.
        let long_enough = nv.chars().count() >= 2 || !nv.is_ascii();
        if long_enough {
            ids(&|n| n.contains(&nv))
        } else {
            Vec::new()
        }
    } else {
        prefix
    };
    match candidates.len() {
        1 => Ok(vec![candidates[0].id]),
        0 => Err(Miss::None(index::nearest(
            value,
            entries.iter().map(|e| (e.label(), e.names.clone())),
            5,
        ))),
        n => Err(Miss::Many(
            n,
            candidates.iter().take(5).map(|e| e.label()).collect(),
        )),
    }
}

/// The developer ids that `values` mean (each resolved as above).
pub fn developers(cat: &Catalog, values: &[String], lang: Lang) -> Result<Vec<String>> {
    let mut out = Vec::new();
    if values.is_empty() {
        return Ok(out);
    }
    let entries: Vec<Entry> = cat
        .developers
        .iter()
        .map(|d| Entry::new(&d.id, &d.name, index::developer_names(d).collect()))
        .collect();
    for v in values {
        match find(v, &entries) {
            Ok(ids) => out.extend(ids.into_iter().map(str::to_string)),
            Err(Miss::None(near)) => {
                let ids: Vec<String> = cat.developers.iter().map(|d| d.id.to_string()).collect();
                return Err(anyhow!(
                    "{}",
                    What::Developer.no_match_explained(lang, v, &near, &ids)
                ));
            }
            Err(miss) => return Err(anyhow!("{}", What::Developer.message(lang, v, &miss))),
        }
    }
    Ok(out)
}

/// `a`, `a or b`, `a, b or c`.
pub fn or_list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => trf(lang, "{0} or {1}", &[&init.join(", "), last]),
    }
}

/// The entries of a label table (categories, tasks, approaches).
pub fn label_entries(table: &'static [Labels]) -> Vec<Entry<'static>> {
    table
        .iter()
        .map(|(id, words)| Entry {
            id,
            name: "",
            names: std::iter::once(*id).chain(words.iter().copied()).collect(),
        })
        .collect()
}

/// A clap value parser for a fixed set of values with words in several
/// languages: the value resolves as above to one id; help and completion
/// show the ids. Its messages are in [`i18n::lang`], read ahead of `Config`.
#[derive(Clone)]
pub struct LabelParser {
    what: What,
    table: &'static [Labels],
}

impl LabelParser {
    pub fn new(what: What, table: &'static [Labels]) -> LabelParser {
        LabelParser { what, table }
    }
}

impl TypedValueParser for LabelParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        let fail = |msg: String| {
            clap::Error::raw(clap::error::ErrorKind::InvalidValue, format!("{msg}\n")).with_cmd(cmd)
        };
        let text = value
            .to_str()
            .ok_or_else(|| fail(self.what.not_utf8(i18n::lang()).to_string()))?;
        let entries = label_entries(self.table);
        match find(text, &entries) {
            // Exact words are unique per table (tested in labels), so one id.
            Ok(ids) => ids
                .first()
                .map(|id| id.to_string())
                .ok_or_else(|| fail(self.what.no_match(i18n::lang(), text))),
            Err(miss) => {
                let lang = i18n::lang();
                let message = self.what.message(lang, text, &miss);
                Err(fail(if matches!(miss, Miss::None(_)) {
                    let valid: Vec<&str> = self.table.iter().map(|(id, _)| *id).collect();
                    self.what.valid(lang, &message, &valid.join(", "))
                } else {
                    message
                }))
            }
        }
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            self.table.iter().map(|(id, _)| PossibleValue::new(*id)),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::labels;

    /// The ids `value` means among `entries`, or an error naming the
    /// candidates (ambiguous) or the nearest names (no match), in `lang`.
    fn resolve<'a>(
        lang: Lang,
        what: What,
        value: &str,
        entries: &[Entry<'a>],
    ) -> Result<Vec<&'a str>> {
        find(value, entries).map_err(|miss| anyhow!("{}", what.message(lang, value, &miss)))
    }

    fn one(table: &'static [Labels], v: &str) -> Result<Vec<&'static str>> {
        resolve(Lang::En, What::Task, v, &label_entries(table))
    }

    #[test]
    fn words_in_every_language_prefixes_and_typos() {
        assert_eq!(one(labels::TASKS, "音声認識").unwrap(), ["asr"]);
        assert_eq!(one(labels::TASKS, "speech recognition").unwrap(), ["asr"]);
        assert_eq!(one(labels::TASKS, "Synthèse vocale").unwrap(), ["tts"]);
        assert_eq!(one(labels::CATEGORIES, "embed").unwrap(), ["embedding"]);
        // `text` begins text-generation, text-to-image and text-to-video.
        let e = one(labels::TASKS, "text").unwrap_err().to_string();
        assert!(
            e.contains("could mean") && e.contains("text-to-image"),
            "{e}"
        );
        let e = one(labels::TASKS, "asrr").unwrap_err().to_string();
        assert!(e.contains("did you mean asr"), "{e}");
        assert!(one(labels::TASKS, "").is_err());
    }
}
