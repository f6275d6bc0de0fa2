//! A model family as rows of the output pipeline: its cells (the typed
//! columns of [`columns`], from the labels of [`labels`]) and its JSON
//! object, written from build-time text where it can be.

use std::io::Write;

use crate::catalog::load::PrerenderedFamily;
use crate::catalog::schema::{Catalog, Family, Lang};

mod columns;
mod labels;
#[cfg(test)]
mod tests;

pub use columns::{cell, write_cell, Column, COLUMNS};
pub use labels::{
    commercial_label, context_label, developer_names, domain_label, license_label, name,
    push_tokens_label, UNKNOWN,
};

pub const LIST_DEFAULT: &[&str] = &[
    "id",
    "name",
    "sizes",
    "arch",
    "developer",
    "license",
    "year",
    "context",
];

/// A family as a record of the output pipeline (list, search, compare,
/// show): its cells from [`Column::write`], its JSON object from `json::family`.
pub struct FamilyRecord<'a> {
    pub cat: &'a Catalog,
    pub family: &'a Family,
    /// The checkpoints the cells show; None: all of them.
    pub variants: Option<&'a [usize]>,
    /// The checkpoints the JSON object keeps (None: all).
    pub json_variants: Option<&'a [usize]>,
    pub lang: Lang,
    /// The compact JSON object rendered at build time, when it applies
    /// (the built-in catalog, no `--json FIELDS`, not pretty).
    pub compact: Option<&'static PrerenderedFamily>,
}

impl<'a> FamilyRecord<'a> {
    /// A family with all its checkpoints.
    pub fn whole(cat: &'a Catalog, family: &'a Family, lang: Lang) -> Self {
        FamilyRecord {
            cat,
            family,
            variants: None,
            json_variants: None,
            lang,
            compact: None,
        }
    }
}

/// Writes a built-in family's compact JSON object from its build-time parts,
/// keeping the checkpoints at `only` (all when None): byte for byte what
/// `json::family(cat, f, only)` serializes (tested), at the cost of a copy.
/// Serializing the checkpoints' results was most of a filtered `list
/// --json` (figures in docs/performance.md).
pub fn write_prerendered(
    out: &mut dyn Write,
    f: &Family,
    parts: &PrerenderedFamily,
    only: Option<&[usize]>,
) -> std::io::Result<()> {
    let params = match only {
        Some(idx) => f.max_params(idx),
        None => f.variants.iter().filter_map(|v| v.params).max(),
    };
    out.write_all(parts.head.as_bytes())?;
    match params {
        Some(p) => write!(out, "{p}")?,
        None => out.write_all(b"null")?,
    }
    out.write_all(b",\"variants\":[")?;
    let mut first = true;
    let mut one = |text: &str| -> std::io::Result<()> {
        if !first {
            out.write_all(b",")?;
        }
        first = false;
        out.write_all(text.as_bytes())
    };
    match only {
        Some(idx) => {
            for text in idx.iter().filter_map(|&i| parts.variants.get(i)) {
                one(text)?;
            }
        }
        None => {
            for text in parts.variants.iter() {
                one(text)?;
            }
        }
    }
    out.write_all(b"]")?;
    out.write_all(parts.tail.as_bytes())
}

impl crate::render::emit::Record for FamilyRecord<'_> {
    type Json<'s>
        = crate::render::json::FamilyJson<'s>
    where
        Self: 's;

    fn json(&self) -> Self::Json<'_> {
        crate::render::json::family(self.cat, self.family, self.json_variants)
    }

    fn write_compact(&self, out: &mut dyn Write) -> Option<std::io::Result<()>> {
        let parts = self.compact?;
        Some(write_prerendered(
            out,
            self.family,
            parts,
            self.json_variants,
        ))
    }

    fn cell(&self, column: &str) -> String {
        let mut out = String::new();
        self.write_cell(column, &mut out);
        out
    }

    fn write_cell(&self, column: &str, out: &mut String) {
        match self.variants {
            Some(v) => write_cell(out, self.cat, self.family, v, column, self.lang),
            None => {
                let all: Vec<usize> = (0..self.family.variants.len()).collect();
                write_cell(out, self.cat, self.family, &all, column, self.lang)
            }
        }
    }

    fn id(&self) -> Option<std::borrow::Cow<'_, str>> {
        Some(std::borrow::Cow::Borrowed(&self.family.id))
    }

    fn header(column: &str, lang: Lang) -> String {
        match Column::parse(column) {
            Some(c) => c.header(lang),
            None => crate::i18n::header(lang, column).into_owned(),
        }
    }

    fn whole(column: &str) -> bool {
        Column::parse(column).is_some_and(|c| c.spec().whole)
    }
}
