//! The curated tables as the importer consults them: developer names and
//! aliases, license texts with their commercial-use class, and size facts
//! by Hugging Face repo, each indexed once per import.

use std::collections::HashMap;

use super::markdown;
use super::Report;
use crate::catalog::schema::{AsStr, Catalog, Commercial, Developer, License, List, SizeFact, Str};

pub(super) struct Lookup<'a> {
    pub(super) developers: HashMap<String, &'a Developer>,
    pub(super) licenses: HashMap<&'a str, LicenseRow<'a>>,
    /// License ids to their entries (reason, canonical URL).
    pub(super) license_ids: HashMap<&'a str, &'a License>,
    pub(super) sizes: HashMap<String, &'a SizeFact>,
}

/// How a license text of the list reads: ids, class, and why.
#[derive(Debug, Clone, Copy)]
pub(super) struct LicenseRow<'a> {
    pub(super) ids: &'a [Str],
    pub(super) class: Commercial,
    /// The text's own reason where it sets the class, else the reason of the
    /// most restrictive of its licenses.
    pub(super) reason: Option<&'a str>,
}

impl Lookup<'_> {
    /// The canonical URL of a text made of exactly one well-known license.
    pub(super) fn license_url(&self, ids: &[Str]) -> Option<Str> {
        match ids {
            [one] => self
                .license_ids
                .get(one.as_str())
                .and_then(|l| l.url.clone()),
            _ => None,
        }
    }
}

impl<'a> Lookup<'a> {
    pub(super) fn new(curated: &'a Catalog) -> Self {
        // Names first, aliases second: an alias shared with another
        // developer's own name (the LLM-jp centre answers to "LLM-jp") must
        // not capture cells that name that developer.
        let mut developers = HashMap::new();
        for d in curated.developers.iter() {
            for name in [&d.name_ja, &d.name] {
                developers.entry(name.to_lowercase()).or_insert(d);
            }
        }
        for d in curated.developers.iter() {
            for name in d.aliases.iter() {
                developers.entry(name.to_lowercase()).or_insert(d);
            }
        }
        let license_ids: HashMap<&str, &License> = curated
            .licenses
            .iter()
            .map(|l| (l.id.as_str(), l))
            .collect();
        let licenses = curated
            .license_texts
            .iter()
            .map(|t| {
                let of = |id: &Str| license_ids.get(id.as_str()).copied();
                let class = t.commercial.unwrap_or_else(|| {
                    Commercial::joint(
                        t.ids
                            .iter()
                            .map(|id| of(id).map(|l| l.commercial).unwrap_or_default()),
                    )
                });
                let reason = match t.commercial {
                    Some(_) => t.reason.as_deref(),
                    None => t
                        .ids
                        .iter()
                        .filter_map(of)
                        .filter(|l| l.commercial == class)
                        .find_map(|l| l.reason.as_deref()),
                };
                (
                    &*t.text,
                    LicenseRow {
                        ids: &t.ids[..],
                        class,
                        reason,
                    },
                )
            })
            .collect();
        let sizes = curated
            .size_facts
            .iter()
            .map(|s| (s.hf.to_ascii_lowercase(), s))
            .collect();
        Lookup {
            developers,
            licenses,
            license_ids,
            sizes,
        }
    }

    pub(super) fn developers(&self, ja_cell: &str, line: usize, report: &mut Report) -> List<Str> {
        let mut ids = Vec::new();
        let cleaned = markdown::strip_footnotes(&markdown::clean(ja_cell));
        for part in markdown::split_top(&cleaned) {
            match self.developers.get(&part.to_lowercase()) {
                Some(d) => {
                    if !ids.contains(&d.id) {
                        ids.push(d.id.clone());
                    }
                }
                None => report.unknown_developers.push((line, part)),
            }
        }
        ids.into()
    }
}
