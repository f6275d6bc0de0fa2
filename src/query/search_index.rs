//! The texts search scores on each family of a catalog, normalised once
//! (`catalog::index::norm`) so that a search typed key by key does not
//! normalise them again at every key: on a 100,000-family catalog that
//! normalising, and walking each family's fields to find its texts, was
//! most of a search's time. Built where searches repeat (the browser's
//! search thread, before its first search), never on the way to an
//! ordinary command's answer. `query::search` reads a family's texts here
//! when it is the family the index was built from, and walks and
//! normalises them itself otherwise: the scores are the same either way.
//! Which texts those are, and in which order, is [`own_texts`], here for
//! search and the index alike.
//!
//! What a family shares with others (its developers, task, category and
//! domain) search scores once per search, not once per family: the index
//! holds each family's as positions in lists of the distinct values
//! ([`Keys`]), so that a search reads a family's scores from vectors at
//! those positions instead of looking its values up in hash maps.

use std::collections::HashMap;

use crate::catalog::index::norm_chars;
use crate::catalog::schema::{Catalog, Family};

/// Which field a family's own text is, as search weighs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Own {
    /// `name`, `id`, `name_ja`, `name_fr` or `checkpoint`.
    Field(&'static str),
    /// A repo id.
    Hf,
    /// The repo id's name without its owner.
    HfName,
    Architecture,
    BaseModel,
}

/// The texts of a family's own that search scores, in the order it scores
/// them: the name first (reported when the id reads the same), the id, the
/// other names, each repo id and its name without the owner
/// (`Llama-3.1-Swallow-8B` begins the repo's name, not the repo id), the
/// checkpoints' names, the architecture, the base model. The prepared
/// index normalises these, in this order.
pub fn own_texts(f: &Family) -> impl Iterator<Item = (Own, &str)> {
    let names = [
        (Own::Field("name"), &*f.name),
        (Own::Field("id"), &*f.id),
        (Own::Field("name_ja"), &*f.name_ja),
    ]
    .into_iter()
    .chain(f.name_fr.as_deref().map(|n| (Own::Field("name_fr"), n)));
    let repos = f
        .variants
        .iter()
        .filter_map(|v| v.hf.as_deref())
        .flat_map(|h| {
            [
                (Own::Hf, h),
                (Own::HfName, h.rsplit('/').next().unwrap_or(h)),
            ]
        });
    let checkpoints = f
        .variants
        .iter()
        .map(|v| (Own::Field("checkpoint"), &*v.name));
    let rest = f
        .architecture
        .as_deref()
        .map(|a| (Own::Architecture, a))
        .into_iter()
        .chain(f.base_model.as_deref().map(|b| (Own::BaseModel, b)));
    names.chain(repos).chain(checkpoints).chain(rest)
}

/// One own text of a family: its field, the text, and its normalised
/// form with that form's length in characters when it was prepared.
pub type OwnText<'a, 'p> = (Own, &'a str, Option<(&'p str, usize)>);

/// Every family's own texts ([`own_texts`], in that order), with
/// their normalised forms one after another in one string.
pub struct Prepared<'a> {
    /// The normalised texts, end to end.
    arena: String,
    /// Per text: its field, the text, the end of its normalised form in
    /// `arena` (which starts where the one before ends) and that form's
    /// length in characters.
    texts: Vec<(Own, &'a str, usize, usize)>,
    /// Per family of the catalog, in order: its first text in `texts`;
    /// one more entry closes the last family.
    first: Vec<usize>,
    /// Per family: its address, to recognise it.
    address: Vec<usize>,
    /// The distinct values families share.
    keys: Keys<'a>,
    /// Per family: its shared values, as positions in `keys`.
    shared: Vec<SharedAt>,
    /// The positions in `keys.developers` of every family's developers,
    /// family after family (`SharedAt::developers` is a range of it).
    developers: Vec<usize>,
}

/// The distinct values of what families share, each list in the order
/// of first appearance in the catalog: developer ids, tasks, categories
/// and domains, as the family's fields give them.
#[derive(Default)]
pub struct Keys<'a> {
    pub developers: Vec<&'a str>,
    pub tasks: Vec<&'a str>,
    pub categories: Vec<&'a str>,
    pub domains: Vec<&'a str>,
}

/// A family's shared values as positions in [`Keys`]: its developers (a
/// range of `Prepared::developers`), its task if any, its category and
/// its domain.
#[derive(Clone, Copy)]
struct SharedAt {
    developers: (usize, usize),
    task: Option<usize>,
    category: usize,
    domain: usize,
}

/// A family's shared values as positions in the lists of [`Keys`]: each
/// developer in the family's order, the task if any, the category, the
/// domain.
pub struct FamilyKeys<'p> {
    pub developers: &'p [usize],
    pub task: Option<usize>,
    pub category: usize,
    pub domain: usize,
}

/// Appends `norm_chars(text)` to `arena` and returns its length in
/// characters. An ASCII text (most of the catalog) is normalised byte by
/// byte: of its characters, `norm_chars` drops the same four (space,
/// hyphen, underscore, dot; the others it drops are not ASCII) and
/// lower-cases the rest to one ASCII character each, so the form is the
/// same and its length in characters is its length in bytes.
fn push_norm(arena: &mut String, text: &str) -> usize {
    let before = arena.len();
    if text.is_ascii() {
        for part in text.split([' ', '-', '_', '.']) {
            arena.push_str(part);
        }
        if let Some(added) = arena.get_mut(before..) {
            added.make_ascii_lowercase();
        }
        arena.len() - before
    } else {
        arena.extend(norm_chars(text));
        arena.get(before..).map_or(0, |t| t.chars().count())
    }
}

/// Gives distinct values their positions in a list, in order of first
/// appearance.
#[derive(Default)]
struct Interner<'a> {
    at: HashMap<&'a str, usize>,
}

impl<'a> Interner<'a> {
    /// The position of `value` in `list`, pushed there the first time.
    fn at(&mut self, list: &mut Vec<&'a str>, value: &'a str) -> usize {
        *self.at.entry(value).or_insert_with(|| {
            list.push(value);
            list.len() - 1
        })
    }
}

impl<'a> Prepared<'a> {
    /// Normalises the own texts of every family of `cat`.
    pub fn new(cat: &'a Catalog) -> Prepared<'a> {
        let mut p = Prepared {
            arena: String::new(),
            texts: Vec::new(),
            first: Vec::with_capacity(cat.models.len() + 1),
            address: Vec::with_capacity(cat.models.len()),
            keys: Keys::default(),
            shared: Vec::with_capacity(cat.models.len()),
            developers: Vec::new(),
        };
        let mut interners: [Interner; 4] = Default::default();
        for f in cat.models.iter() {
            p.first.push(p.texts.len());
            p.address.push(f as *const Family as usize);
            let [devs, tasks, categories, domains] = &mut interners;
            let from = p.developers.len();
            for d in f.developers.iter() {
                let at = devs.at(&mut p.keys.developers, d);
                p.developers.push(at);
            }
            let to = p.developers.len();
            p.shared.push(SharedAt {
                developers: (from, to),
                task: f.task.as_deref().map(|t| tasks.at(&mut p.keys.tasks, t)),
                category: categories.at(&mut p.keys.categories, f.category.as_str()),
                domain: domains.at(&mut p.keys.domains, &f.domain),
            });
            for (own, text) in own_texts(f) {
                let chars = push_norm(&mut p.arena, text);
                p.texts.push((own, text, p.arena.len(), chars));
            }
        }
        p.first.push(p.texts.len());
        p
    }

    /// The own texts of `f`, the family at position `at` of the catalog,
    /// as [`own_texts`] gives them, each with its normalised form
    /// and that form's length; None unless `f` is the family the index
    /// holds there.
    pub fn family(&self, f: &Family, at: usize) -> Option<impl Iterator<Item = OwnText<'a, '_>>> {
        let address = *self.address.get(at)?;
        if address != f as *const Family as usize {
            return None;
        }
        let (from, to) = (*self.first.get(at)?, *self.first.get(at + 1)?);
        let start = match from.checked_sub(1) {
            Some(j) => self.texts.get(j)?.2,
            None => 0,
        };
        let texts = self.texts.get(from..to)?;
        Some(texts.iter().scan(start, |start, &(own, text, end, chars)| {
            let normed = self.arena.get(*start..end).map(|t| (t, chars));
            *start = end;
            Some((own, text, normed))
        }))
    }

    /// The normalised own texts of `f`, the family at position `at` of
    /// the catalog, end to end; None unless `f` is the family the index
    /// holds there.
    pub fn span(&self, f: &Family, at: usize) -> Option<&str> {
        if *self.address.get(at)? != f as *const Family as usize {
            return None;
        }
        let (from, to) = (*self.first.get(at)?, *self.first.get(at + 1)?);
        let start = match from.checked_sub(1) {
            Some(j) => self.texts.get(j)?.2,
            None => 0,
        };
        let end = match to.checked_sub(1) {
            Some(j) => self.texts.get(j)?.2,
            None => 0,
        };
        self.arena.get(start..end.max(start))
    }

    /// The distinct shared values that [`Prepared::shared`] points into.
    pub fn keys(&self) -> &Keys<'a> {
        &self.keys
    }

    /// The shared values of `f`, the family at position `at` of the
    /// catalog, as positions in [`Prepared::keys`]; None unless `f` is
    /// the family the index holds there.
    pub fn shared(&self, f: &Family, at: usize) -> Option<FamilyKeys<'_>> {
        if *self.address.get(at)? != f as *const Family as usize {
            return None;
        }
        let s = self.shared.get(at)?;
        let (from, to) = s.developers;
        Some(FamilyKeys {
            developers: self.developers.get(from..to)?,
            task: s.task,
            category: s.category,
            domain: s.domain,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every family of the built-in catalog is found in the index at its
    /// position, with the texts `own_texts` gives, each normalised as
    /// search normalises it (`norm_chars`) with its length in chars, and
    /// its span is those forms end to end; a family asked at another
    /// position is not.
    #[test]
    fn the_index_holds_each_familys_texts_normalised() {
        let cat = crate::catalog::load::embedded();
        let p = Prepared::new(&cat);
        let mut texts = 0;
        for (i, f) in cat.models.iter().enumerate() {
            let held: Vec<_> = p.family(f, i).expect("the family at its place").collect();
            let own: Vec<_> = own_texts(f).collect();
            let span: String = own.iter().flat_map(|(_, t)| norm_chars(t)).collect();
            assert_eq!(p.span(f, i), Some(span.as_str()), "{}", f.id);
            assert_eq!(held.len(), own.len(), "{}", f.id);
            for ((o, text, normed), (own, want)) in held.into_iter().zip(own) {
                assert_eq!((o, text), (own, want), "{}", f.id);
                let expected: String = norm_chars(want).collect();
                assert_eq!(normed, Some((expected.as_str(), expected.chars().count())));
                texts += 1;
            }
        }
        assert!(texts > cat.models.len(), "{texts} texts");
        assert!(p.family(&cat.models[0], 1).is_none());
        assert!(p.family(&cat.models[0], cat.models.len()).is_none());
        assert!(p.span(&cat.models[0], 1).is_none());
    }

    /// Every family of the built-in catalog and of an overlay of texts
    /// chosen for it is found at its position with the developers, task,
    /// category and domain its fields give (what search reads of a family
    /// without the index), each through the index's lists of distinct
    /// values; those lists hold each value once; a family asked at
    /// another position is not found.
    #[test]
    fn the_index_holds_each_familys_shared_values() {
        let cat = crate::catalog::load::embedded();
        let p = Prepared::new(&cat);
        let keys = p.keys();
        for (i, f) in cat.models.iter().enumerate() {
            let k = p.shared(f, i).expect("the family at its place");
            let developers: Vec<&str> = k.developers.iter().map(|&d| keys.developers[d]).collect();
            let own: Vec<&str> = f.developers.iter().map(|d| &**d).collect();
            assert_eq!(developers, own, "{}", f.id);
            assert_eq!(k.task.map(|t| keys.tasks[t]), f.task.as_deref(), "{}", f.id);
            assert_eq!(keys.categories[k.category], f.category.as_str(), "{}", f.id);
            assert_eq!(keys.domains[k.domain], &*f.domain, "{}", f.id);
        }
        for list in [
            &keys.developers,
            &keys.tasks,
            &keys.categories,
            &keys.domains,
        ] {
            let distinct: std::collections::HashSet<_> = list.iter().collect();
            assert_eq!(distinct.len(), list.len());
        }
        // The catalog has several of each, so positions are exercised.
        assert!(keys.developers.len() > 50 && keys.tasks.len() > 3);
        assert!(keys.categories.len() > 1 && keys.domains.len() > 1);
        assert!(p.shared(&cat.models[0], 1).is_none());
        assert!(p.shared(&cat.models[0], cat.models.len()).is_none());
    }

    /// The index's normalising gives `norm_chars`'s form and its length
    /// in characters, on ASCII texts (each character it drops, case) and
    /// on others (a full-width space, `・`, accents, `İ` whose lower case
    /// is two characters).
    #[test]
    fn push_norm_normalises_as_norm_chars() {
        let texts = [
            "Llama-3.1-Swallow-8B-Instruct_v0.2",
            "tokyotech-llm/Swallow 7b",
            "  A.B-C_D  ",
            "",
            "日本語\u{3000}モデル・ベース",
            "Synthèse Élyza",
            "İSTANBUL-2",
        ];
        let mut arena = String::from("before");
        for t in texts {
            let start = arena.len();
            let n = push_norm(&mut arena, t);
            let want: String = norm_chars(t).collect();
            assert_eq!(&arena[start..], want, "{t:?}");
            assert_eq!(n, want.chars().count(), "{t:?}");
        }
        assert!(arena.starts_with("before"));
    }
}
