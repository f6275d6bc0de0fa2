//! The best match of one family as search builds it field by field
//! ([`Best`]), and the scores of what families share ([`Shared`]): each
//! developer, task, category and domain is scored once per search, and a
//! family's are read by its values (hash maps) or, with a prepared index
//! (`search_index`), by their positions in the index's lists (vectors).

use std::collections::HashMap;

use crate::catalog::schema::{Catalog, Family};
use crate::query::labels;
use crate::query::search::{best_of, is_typo, weight, Query};
use crate::query::search_index::{FamilyKeys, Keys};

/// The best match of one family so far: score (weighted), field, text,
/// whether by a typo. A later field replaces it only by scoring higher.
#[derive(Default)]
pub(crate) struct Best<'a>(pub(crate) Option<(i64, &'static str, &'a str, bool)>);

impl<'a> Best<'a> {
    pub(crate) fn consider(&mut self, field: &'static str, hit: Option<(i64, &'a str)>) {
        if let Some((s, text)) = hit {
            let typo = is_typo(s);
            let s = s + weight(field);
            if self.0.is_none_or(|b| s > b.0) {
                self.0 = Some((s, field, text, typo));
            }
        }
    }
}

/// The score of a shared value, with the text that scored it.
type Scored<'a> = Option<(i64, &'a str)>;

/// The scores of what families share (developers, tasks, categories,
/// domains), each scored once per search.
pub(crate) struct Shared<'a> {
    developers: HashMap<&'a str, Scored<'a>>,
    tasks: HashMap<&'static str, (i64, &'static str)>,
    categories: HashMap<&'static str, (i64, &'static str)>,
    domains: HashMap<&'a str, (i64, &'a str)>,
    /// The same scores read once for each of a prepared index's keys
    /// (`search_index::Keys`), position by position.
    at: Option<[Vec<Scored<'a>>; 4]>,
}

impl<'a> Shared<'a> {
    /// Scores every developer, task, category and domain of `cat` once,
    /// and reads the score of each of `keys` (a prepared index's).
    pub(crate) fn new(cat: &'a Catalog, q: &Query, keys: Option<&Keys<'a>>) -> Shared<'a> {
        let mut shared = Shared::scored(cat, q);
        shared.at = keys.map(|k| {
            let read = |list: &[&'a str], get: &dyn Fn(&str) -> Scored<'a>| -> Vec<Scored<'a>> {
                list.iter().map(|v| get(v)).collect()
            };
            [
                read(&k.developers, &|v| {
                    shared.developers.get(v).copied().flatten()
                }),
                read(&k.tasks, &|v| shared.tasks.get(v).copied()),
                read(&k.categories, &|v| shared.categories.get(v).copied()),
                read(&k.domains, &|v| shared.domains.get(v).copied()),
            ]
        });
        shared
    }

    /// The scores of every developer, task, category and domain of `cat`.
    fn scored(cat: &'a Catalog, q: &Query) -> Shared<'a> {
        let developers: HashMap<&str, Option<(i64, &str)>> = cat
            .developers
            .iter()
            .map(|d| {
                let names = [&d.name, &d.name_ja]
                    .into_iter()
                    .map(|s| &**s)
                    .chain(d.name_fr.as_deref())
                    .chain(d.aliases.iter().map(|a| &**a));
                (&*d.id, best_of(q, names))
            })
            .collect();
        let label_scores =
            |table: &'static [labels::Labels]| -> HashMap<&'static str, (i64, &'static str)> {
                table
                    .iter()
                    .filter_map(|(id, _)| best_of(q, labels::words(table, id)).map(|b| (*id, b)))
                    .collect()
            };
        let tasks = label_scores(labels::TASKS);
        let categories = label_scores(labels::CATEGORIES);
        let mut domains: HashMap<&str, (i64, &str)> = label_scores(labels::DOMAINS);
        for d in cat.domains.iter() {
            let texts = [&d.label.en, &d.label.ja, &d.label.fr]
                .into_iter()
                .flatten()
                .map(|s| &**s)
                .chain(labels::words(labels::DOMAINS, &d.id));
            if let Some(b) = best_of(q, texts) {
                domains.insert(&d.id, b);
            }
        }
        Shared {
            developers,
            tasks,
            categories,
            domains,
            at: None,
        }
    }

    /// Considers `f`'s developers, task, category and domain, in order.
    pub(crate) fn consider(&self, best: &mut Best<'a>, f: &'a Family) {
        for d in f.developers.iter() {
            best.consider("developer", self.developers.get(&**d).copied().flatten());
        }
        if let Some(t) = &f.task {
            best.consider("task", self.tasks.get(&**t).copied());
        }
        best.consider(
            "category",
            self.categories.get(f.category.as_str()).copied(),
        );
        best.consider("domain", self.domains.get(&*f.domain).copied());
    }

    /// [`Shared::consider`] for the family whose shared values are `k`
    /// (positions in the prepared index's keys): the same scores, read
    /// from the vectors `new` filled; [`Shared::consider`] of `f` when
    /// there are none.
    pub(crate) fn consider_at(&self, best: &mut Best<'a>, f: &'a Family, k: &FamilyKeys) {
        let Some([developers, tasks, categories, domains]) = &self.at else {
            return self.consider(best, f);
        };
        let read = |v: &[Scored<'a>], i: usize| v.get(i).copied().flatten();
        for &d in k.developers {
            best.consider("developer", read(developers, d));
        }
        if let Some(t) = k.task {
            best.consider("task", read(tasks, t));
        }
        best.consider("category", read(categories, k.category));
        best.consider("domain", read(domains, k.domain));
    }
}
