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
}

impl<'a> Prepared<'a> {
    /// Normalises the own texts of every family of `cat`.
    pub fn new(cat: &'a Catalog) -> Prepared<'a> {
        let mut p = Prepared {
            arena: String::new(),
            texts: Vec::new(),
            first: Vec::with_capacity(cat.models.len() + 1),
            address: Vec::with_capacity(cat.models.len()),
        };
        for f in cat.models.iter() {
            p.first.push(p.texts.len());
            p.address.push(f as *const Family as usize);
            for (own, text) in own_texts(f) {
                let before = p.arena.len();
                p.arena.extend(norm_chars(text));
                let chars = p.arena[before..].chars().count();
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
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every family of the built-in catalog is found in the index at its
    /// position, with the texts `own_texts` gives, each normalised as
    /// search normalises it (`norm_chars`) with its length in chars; a
    /// family asked at another position is not.
    #[test]
    fn the_index_holds_each_familys_texts_normalised() {
        let cat = crate::catalog::load::embedded();
        let p = Prepared::new(&cat);
        let mut texts = 0;
        for (i, f) in cat.models.iter().enumerate() {
            let held: Vec<_> = p.family(f, i).expect("the family at its place").collect();
            let own: Vec<_> = own_texts(f).collect();
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
    }
}
