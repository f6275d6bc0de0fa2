//! The curated tables as the importer consults them: developer names and
//! aliases, license texts with their commercial-use class, and size facts
//! by Hugging Face repo, each indexed once per import. A developer the
//! curated table does not know becomes a new developer entry (id from the
//! English name, names from the three files), reported in
//! [`Report::unknown_developers`].

use std::cell::RefCell;
use std::collections::HashMap;

use super::align::Aligned;
use super::cells::{cell, slug};
use super::markdown;
use super::Report;
use crate::catalog::schema::{Catalog, Commercial, Developer, License, List, SizeFact, Str};

pub(super) struct Lookup<'a> {
    pub(super) developers: HashMap<String, &'a Developer>,
    pub(super) licenses: HashMap<&'a str, LicenseRow<'a>>,
    /// License ids to their entries (reason, canonical URL).
    pub(super) license_ids: HashMap<&'a str, &'a License>,
    pub(super) sizes: HashMap<String, &'a SizeFact>,
    /// Developers the import had to add, and their index by lower-case name.
    added: RefCell<(Vec<Developer>, HashMap<String, usize>)>,
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
            added: RefCell::default(),
        }
    }

    /// The developer ids of a row's developer cell. A name neither the
    /// curated table nor an earlier row knows becomes a new developer: its id
    /// is the slug of the English name at the same place in the English cell
    /// (the Japanese name where there is none), made unique.
    pub(super) fn developers(&self, row: &Aligned, idx: usize, report: &mut Report) -> List<Str> {
        let line = row.ja.line;
        let parts = |c: Option<&str>| -> Vec<String> {
            c.map(|c| markdown::split_top(&markdown::strip_footnotes(&markdown::clean(c))))
                .unwrap_or_default()
        };
        let ja_parts = parts(cell(Some(row.ja), idx));
        let en_parts = parts(cell(row.en, idx));
        let fr_parts = parts(cell(row.fr, idx));
        // Translations name the same developers in the same order, or their
        // names are not used.
        let same = |p: &Vec<String>| p.len() == ja_parts.len();
        let mut ids = Vec::new();
        for (k, part) in ja_parts.iter().enumerate() {
            let key = part.to_lowercase();
            let id = match self.developers.get(&key) {
                Some(d) => d.id.clone(),
                None => {
                    let mut added = self.added.borrow_mut();
                    let (list, by_name) = &mut *added;
                    match by_name.get(&key) {
                        Some(&i) => list[i].id.clone(),
                        None => {
                            report.unknown_developers.push((line, part.clone()));
                            let en = same(&en_parts).then(|| en_parts[k].clone());
                            let fr = same(&fr_parts).then(|| fr_parts[k].clone());
                            let name = en.clone().unwrap_or_else(|| part.clone());
                            // A slug of a name in Japanese script keeps
                            // only its Latin fragments ("ai"): numbered instead.
                            let mut base = slug(&name);
                            if base.is_empty() || !name.is_ascii() {
                                base = format!("developer-{line}");
                            }
                            let taken = |id: &str| {
                                self.developers.values().any(|d| d.id == id)
                                    || list.iter().any(|d| d.id == id)
                            };
                            let mut id = base.clone();
                            let mut n = 1;
                            while taken(&id) {
                                n += 1;
                                id = format!("{base}-{n}");
                            }
                            list.push(Developer {
                                id: id.clone().into(),
                                name: name.clone().into(),
                                name_ja: part.clone().into(),
                                name_fr: fr.filter(|f| *f != name).map(Str::from),
                                aliases: Vec::new().into(),
                                kind: None,
                            });
                            by_name.insert(key, list.len() - 1);
                            id.into()
                        }
                    }
                }
            };
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids.into()
    }

    /// The developers the import added, in order of first appearance.
    pub(super) fn added_developers(&self) -> Vec<Developer> {
        self.added.borrow().0.clone()
    }
}
