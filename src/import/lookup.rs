//! The curated tables as the importer consults them: developer names and
//! aliases, license texts with their commercial-use class, and size facts
//! by Hugging Face repo, each indexed once per import.

use std::collections::HashMap;

use super::markdown;
use super::Report;
use crate::catalog::schema::{AsStr, Catalog, Commercial, Developer, List, SizeFact, Str};

pub(super) struct Lookup<'a> {
    pub(super) developers: HashMap<String, &'a Developer>,
    pub(super) licenses: HashMap<&'a str, (&'a [Str], Commercial)>,
    pub(super) sizes: HashMap<String, &'a SizeFact>,
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
        let classes: HashMap<&str, Commercial> = curated
            .licenses
            .iter()
            .map(|l| (l.id.as_str(), l.commercial))
            .collect();
        let licenses = curated
            .license_texts
            .iter()
            .map(|t| {
                let class = t.commercial.unwrap_or_else(|| {
                    Commercial::joint(
                        t.ids
                            .iter()
                            .map(|id| classes.get(id.as_str()).copied().unwrap_or_default()),
                    )
                });
                (&*t.text, (&t.ids[..], class))
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
