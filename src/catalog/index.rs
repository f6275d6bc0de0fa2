//! Finding entries by what people type: an id, a Hugging Face repo id (in
//! any case, or its URL), a name in English, Japanese or French, a developer
//! or license by id, name or alias. Shared by `show`, `compare`, the
//! filters and completion.

use crate::catalog::schema::AsStr;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use super::schema::{Catalog, Developer, Family, License};

/// Lowercase with spaces, hyphens, underscores and dots removed, so that
/// `Llama 3.1`, `llama-3.1` and `LLAMA3.1` compare equal.
pub fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '.' | '\u{3000}' | '・'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// What a model query resolved to.
pub enum Resolved<'a> {
    /// One family; with the checkpoint's index when the query was a repo id.
    One(&'a Family, Option<usize>),
    /// Several equally good matches.
    Many(Vec<&'a Family>),
    /// Nothing: the closest names, best first.
    None(Vec<String>),
}

/// The `owner/repo` in a Hugging Face URL or id as typed.
fn repo_of(query: &str) -> &str {
    let q = query.trim().trim_end_matches('/');
    let q = q
        .strip_prefix("https://huggingface.co/")
        .or_else(|| q.strip_prefix("http://huggingface.co/"))
        .or_else(|| q.strip_prefix("huggingface.co/"))
        .unwrap_or(q);
    q
}

pub fn resolve<'a>(cat: &'a Catalog, query: &str) -> Resolved<'a> {
    let q = query.trim();
    let lower = q.to_lowercase();
    if let Some(f) = cat.models.iter().find(|f| f.id == lower) {
        return Resolved::One(f, None);
    }
    let repo = repo_of(q).to_ascii_lowercase();
    for f in cat.models.iter() {
        if let Some(i) = f.variants.iter().position(|v| {
            v.hf.as_deref()
                .is_some_and(|h| h.to_ascii_lowercase() == repo)
        }) {
            return Resolved::One(f, Some(i));
        }
    }
    let names = |f: &'a Family| {
        [
            Some(f.name.as_str()),
            Some(f.name_ja.as_str()),
            f.name_fr.as_deref(),
        ]
        .into_iter()
        .flatten()
    };
    let exact: Vec<&Family> = cat
        .models
        .iter()
        .filter(|f| names(f).any(|n| n.to_lowercase() == lower))
        .collect();
    if let Some(found) = one_or_many(exact) {
        return found;
    }
    let nq = norm(q);
    let normalised: Vec<&Family> = cat
        .models
        .iter()
        .filter(|f| norm(&f.id) == nq || names(f).any(|n| norm(n) == nq))
        .collect();
    if let Some(found) = one_or_many(normalised) {
        return found;
    }
    Resolved::None(suggest(
        q,
        cat.models
            .iter()
            .flat_map(|f| std::iter::once(f.id.as_str()).chain(names(f))),
        5,
    ))
}

/// Characters of a query [`suggest`] compares: longer than any name or id
/// in the list (the longest is under 100).
pub const SUGGEST_CHARS: usize = 200;

fn one_or_many(found: Vec<&Family>) -> Option<Resolved<'_>> {
    match found.len() {
        0 => None,
        1 => Some(Resolved::One(found[0], None)),
        _ => Some(Resolved::Many(found)),
    }
}

/// The `n` candidates closest to `query` by the fuzzy matcher, best first,
/// without repeats. Candidates that the matcher rejects are ranked by a
/// shared-prefix fallback so that typos still get suggestions.
///
/// Only the first [`SUGGEST_CHARS`] characters of the query are compared:
/// every step costs the query's length times each candidate's, so a 13 KB
/// query took 16 s in `show`; no name is that long, and the cut query
/// costs the same as any other.
pub fn suggest<'a>(
    query: &str,
    candidates: impl Iterator<Item = &'a str>,
    n: usize,
) -> Vec<String> {
    let query = match query.char_indices().nth(SUGGEST_CHARS) {
        Some((cut, _)) => &query[..cut],
        None => query,
    };
    let matcher = SkimMatcherV2::default();
    let nq = norm(query);
    let mut scored: Vec<(i64, &str)> = candidates
        .filter_map(|c| {
            let fuzzy = matcher
                .fuzzy_match(c, query)
                .or_else(|| matcher.fuzzy_match(&norm(c), &nq));
            let score = fuzzy.unwrap_or_else(|| {
                // Typos: count shared leading characters and shared bigrams.
                let nc = norm(c);
                let prefix = nc
                    .chars()
                    .zip(nq.chars())
                    .take_while(|(a, b)| a == b)
                    .count() as i64;
                let q_chars: Vec<char> = nq.chars().collect();
                let shared = q_chars
                    .windows(2)
                    .filter(|w| nc.contains(&w.iter().collect::<String>()))
                    .count() as i64;
                (prefix * 2 + shared) - 1000
            });
            (score > -998).then_some((score, c))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.len().cmp(&b.1.len())));
    let mut out: Vec<String> = Vec::new();
    for (_, c) in scored {
        if !out.iter().any(|o| o == c) {
            out.push(c.to_string());
        }
        if out.len() == n {
            break;
        }
    }
    out
}

/// Names a developer answers to.
pub fn developer_names(d: &Developer) -> impl Iterator<Item = &str> {
    [d.id.as_str(), d.name.as_str(), d.name_ja.as_str()]
        .into_iter()
        .chain(d.name_fr.as_deref())
        .chain(d.aliases.iter().map(std::ops::Deref::deref))
}

/// Developers a typed value means: exact (normalised) names first, then
/// names containing it, then a fuzzy match.
pub fn find_developers<'a>(cat: &'a Catalog, value: &str) -> Vec<&'a Developer> {
    let nv = norm(value);
    if nv.is_empty() {
        return Vec::new();
    }
    let exact: Vec<&Developer> = cat
        .developers
        .iter()
        .filter(|d| developer_names(d).any(|n| norm(n) == nv))
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    let contains: Vec<&Developer> = cat
        .developers
        .iter()
        .filter(|d| developer_names(d).any(|n| norm(n).contains(&nv)))
        .collect();
    if !contains.is_empty() {
        return contains;
    }
    let matcher = SkimMatcherV2::default();
    let nv_chars = nv.chars().count();
    let mut best: Vec<(i64, &Developer)> = cat
        .developers
        .iter()
        .filter_map(|d| {
            developer_names(d)
                .filter_map(|n| {
                    let n = norm(n);
                    // A pattern longer than the name cannot match; the
                    // matcher would still cost their lengths' product.
                    (n.len() * 3 >= nv_chars)
                        .then(|| matcher.fuzzy_match(&n, &nv))
                        .flatten()
                })
                .max()
                .map(|s| (s, d))
        })
        .collect();
    best.sort_by_key(|b| std::cmp::Reverse(b.0));
    // Only a confident fuzzy match counts: most of the query's characters in
    // order and close together.
    let threshold = (nv.chars().count() as i64) * 12;
    best.into_iter()
        .filter(|(s, _)| *s >= threshold)
        .take(1)
        .map(|(_, d)| d)
        .collect()
}

/// Names a license answers to.
pub fn license_names(l: &License) -> impl Iterator<Item = &str> {
    [l.id.as_str(), l.name.as_str()]
        .into_iter()
        .chain(l.spdx.as_deref())
        .chain(l.aliases.iter().map(std::ops::Deref::deref))
}

/// License ids a typed value means: an id, SPDX id or alias it equals or
/// begins (`apache`, `cc-by-nc` → both NC variants, `llama3` → every Llama 3.x
/// license), else licenses whose name contains it.
pub fn find_licenses<'a>(cat: &'a Catalog, value: &str) -> Vec<&'a License> {
    let nv = norm(value);
    if nv.is_empty() {
        return Vec::new();
    }
    let keys = |l: &'a License| {
        [l.id.as_str()]
            .into_iter()
            .chain(l.spdx.as_deref())
            .chain(l.aliases.iter().map(std::ops::Deref::deref))
    };
    let by_key: Vec<&License> = cat
        .licenses
        .iter()
        .filter(|l| keys(l).any(|n| norm(n).starts_with(&nv)))
        .collect();
    if !by_key.is_empty() {
        return by_key;
    }
    cat.licenses
        .iter()
        .filter(|l| norm(&l.name).contains(&nv))
        .collect()
}
