//! What a value typed after a flag means (issue 11): the entry whose id,
//! name or alias equals it in any language, else the one entry that a name
//! begins with it or contains it. Several candidates or none is an error
//! (exit 2) that lists them or the nearest names by edit distance: a close
//! name may be suggested, never used in the value's place (`rinnna` is not
//! Tohoku University).

use std::ffi::OsStr;

use anyhow::{anyhow, Result};
use clap::builder::{PossibleValue, TypedValueParser};

use crate::catalog::index::{self, norm, norm_chars};
use crate::catalog::schema::Catalog;
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

/// The ids `value` means among `entries`, or an error naming the
/// candidates (ambiguous) or the nearest names (no match). `what` names
/// the kind of entry in messages ("developer").
pub fn resolve<'a>(what: &str, value: &str, entries: &[Entry<'a>]) -> Result<Vec<&'a str>> {
    let nv = norm(value);
    if nv.is_empty() {
        return Err(anyhow!("empty {what}: give a {what} id or name"));
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
        0 => {
            let near = index::nearest(
                value,
                entries.iter().map(|e| (e.label(), e.names.clone())),
                5,
            );
            if near.is_empty() {
                Err(anyhow!("no {what} matches '{value}'"))
            } else {
                Err(anyhow!(
                    "no {what} matches '{value}'; did you mean {}?",
                    or_list(&near)
                ))
            }
        }
        n => {
            let shown: Vec<String> = candidates.iter().take(5).map(|e| e.label()).collect();
            let more = if n > 5 {
                format!(" and {} more", n - 5)
            } else {
                String::new()
            };
            Err(anyhow!(
                "'{value}' could mean {n} {what}s: {}{more}; give one of them",
                shown.join(", ")
            ))
        }
    }
}

/// The developer ids that `values` mean (each resolved as above).
pub fn developers(cat: &Catalog, values: &[String]) -> Result<Vec<String>> {
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
        out.extend(
            resolve("developer", v, &entries)?
                .into_iter()
                .map(str::to_string),
        );
    }
    Ok(out)
}

/// `a`, `a or b`, `a, b or c`.
pub fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
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
/// show the ids.
#[derive(Clone)]
pub struct LabelParser {
    what: &'static str,
    table: &'static [Labels],
}

impl LabelParser {
    pub fn new(what: &'static str, table: &'static [Labels]) -> LabelParser {
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
            .ok_or_else(|| fail(format!("the {} is not valid UTF-8", self.what)))?;
        let entries = label_entries(self.table);
        let ids = resolve(self.what, text, &entries).map_err(|e| {
            let e = e.to_string();
            if e.starts_with("no ") {
                let valid: Vec<&str> = self.table.iter().map(|(id, _)| *id).collect();
                fail(format!("{e}; valid {}s: {}", self.what, valid.join(", ")))
            } else {
                fail(e)
            }
        })?;
        // Exact words are unique per table (tested in labels), so one id.
        ids.first()
            .map(|id| id.to_string())
            .ok_or_else(|| fail(format!("no {} matches '{text}'", self.what)))
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

    fn one(table: &'static [Labels], v: &str) -> Result<Vec<&'static str>> {
        resolve("task", v, &label_entries(table))
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
