//! Finding entries by what people type: an id, a Hugging Face repo id (in
//! any case, or its URL), a name in English, Japanese or French, a developer
//! or license by id, name or alias. Shared by `show`, `compare`, the
//! filters and completion.

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

/// [`norm`] as a stream of characters, without allocating.
pub fn norm_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '.' | '\u{3000}' | '・'))
        .flat_map(char::to_lowercase)
}

/// Whether [`norm`]`(s)` begins with `prefix` (already normalised),
/// without allocating: resolving `--license` compares ~100 names.
pub fn norm_starts_with(s: &str, prefix: &str) -> bool {
    let mut chars = norm_chars(s);
    prefix.chars().all(|p| chars.next() == Some(p))
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
    // Then the families an id or name begins with it, else contains it
    // (`swallow`: every Swallow family, listed; one alone is the answer).
    if !nq.is_empty() {
        let keys = |f: &'a Family| std::iter::once(f.id.as_str()).chain(names(f)).map(norm);
        let prefix: Vec<&Family> = cat
            .models
            .iter()
            .filter(|f| keys(f).any(|k| k.starts_with(&nq)))
            .collect();
        if prefix.len() == 1 {
            return Resolved::One(prefix[0], None);
        }
        let mut candidates = prefix;
        if nq.chars().count() >= 3 || !nq.is_ascii() {
            for f in cat.models.iter() {
                if keys(f).any(|k| k.contains(&nq)) && !candidates.iter().any(|c| c.id == f.id) {
                    candidates.push(f);
                }
            }
        }
        if let Some(found) = one_or_many(candidates) {
            return found;
        }
    }
    Resolved::None(nearest(
        q,
        cat.models.iter().map(|f| {
            (
                f.id.to_string(),
                std::iter::once(f.id.as_str()).chain(names(f)).collect(),
            )
        }),
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
        .filter(|l| keys(l).any(|n| norm_starts_with(n, &nv)))
        .collect();
    if !by_key.is_empty() {
        return by_key;
    }
    cat.licenses
        .iter()
        .filter(|l| norm(&l.name).contains(&nv))
        .collect()
}

/// Edit distance between two strings by characters (optimal string
/// alignment: insertions, deletions, substitutions and swaps of two
/// neighbours cost one), so `retreiva` is one edit from `retrieva`; at most
/// `limit + 1`, which means "more than `limit`".
pub fn distance(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut rows = Default::default();
    edits(&a, &b, &mut rows, limit).map_or(limit + 1, |row| row[b.len()].min(limit + 1))
}

/// Optimal-string-alignment distances from `a` to every prefix of `b`
/// (the last row of the table: entry j is the distance to `b[..j]`), or
/// None once every entry must exceed `limit`. The one edit distance of
/// jllm: hand-written rather than `strsim::osa_distance` because search
/// needs every prefix's distance from one table and stops early past the
/// limit (a test checks it against `strsim`).
pub fn edits<'r>(
    a: &[char],
    b: &[char],
    rows: &'r mut [Vec<usize>; 3],
    limit: usize,
) -> Option<&'r [usize]> {
    let width = b.len() + 1;
    for r in rows.iter_mut() {
        r.clear();
        r.resize(width, 0);
    }
    let [back, prev, cur] = rows;
    for (j, x) in prev.iter_mut().enumerate() {
        *x = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(back[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(back, prev);
        std::mem::swap(prev, cur);
    }
    Some(prev.as_slice())
}

/// How many edits a typed word of `len` characters may hold and still be
/// taken for a name: none below four characters (`rin` is no typo of
/// `rinna`), one up to seven, then one more per four characters.
pub fn typo_budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        n => 1 + (n - 4) / 4,
    }
}

/// "Did you mean": up to `n` entries whose names are closest to `query` by
/// normalised edit distance (a name it begins counts as close), best first.
/// `entries` gives each entry's label and the names it answers to. Entries
/// that are nowhere near are left out: a suggestion must be plausible. The
/// floor: at most a third of the typed word wrong (one edit below six
/// characters), some of it right, and the start of a name only for a word
/// of four characters or more with the name's first letter (`law` is not
/// the start of `language`).
pub fn nearest<'a>(
    query: &str,
    entries: impl Iterator<Item = (String, Vec<&'a str>)>,
    n: usize,
) -> Vec<String> {
    let nq = norm(query);
    let len = nq.chars().count();
    if len == 0 {
        return Vec::new();
    }
    let limit = (len / 3).max(1);
    let q_chars: Vec<char> = nq.chars().collect();
    let mut rows = Default::default();
    let mut scored: Vec<(usize, usize, String)> = Vec::new();
    for (label, names) in entries {
        let mut best = usize::MAX;
        for name in names {
            let nn = norm(name);
            let whole = distance(&nq, &nn, limit);
            let whole = if whole <= limit && whole < len.min(nn.chars().count()) {
                whole
            } else {
                usize::MAX
            };
            // The start of a name, of any length within the edits allowed,
            // beginning with the same letter: `swalow` for `swallow-70b`,
            // `tanukkkki` for `tanuki-8b`, not `rinnna` for `cinnamon`.
            let start = if len >= 4 && nn.chars().next() == nq.chars().next() {
                let head: Vec<char> = nn.chars().take(len + limit).collect();
                edits(&q_chars, &head, &mut rows, limit)
                    .and_then(|row| {
                        row.iter()
                            .enumerate()
                            .filter(|&(k, _)| k > 0 && k + limit >= len)
                            .map(|(_, &d)| d)
                            .min()
                    })
                    .filter(|&d| d <= limit)
                    .map_or(usize::MAX, |d| d + 1)
            } else {
                usize::MAX
            };
            let contains = if len >= 3 && nn.contains(&nq) {
                1
            } else {
                usize::MAX
            };
            best = best.min(whole).min(start).min(contains);
        }
        if best != usize::MAX {
            let key = label.chars().count();
            scored.push((best, key, label));
        }
    }
    scored.sort();
    let mut out: Vec<String> = Vec::new();
    for (_, _, label) in scored {
        if !out.contains(&label) {
            out.push(label);
        }
        if out.len() == n {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The allocation-free prefix test agrees with `norm(..).starts_with`
    /// on every license key of the catalog, for prefixes of each and for
    /// values people type.
    #[test]
    fn norm_starts_with_is_norm_then_starts_with() {
        let cat = crate::catalog::load::embedded();
        let keys: Vec<&str> = cat
            .licenses
            .iter()
            .flat_map(|l| {
                [l.id.as_str(), l.name.as_str()]
                    .into_iter()
                    .chain(l.spdx.as_deref())
                    .chain(l.aliases.iter().map(std::ops::Deref::deref))
            })
            .chain(["", "İstanbul", "ＡＰＡＣＨＥ", "Llama・3"])
            .collect();
        let mut typed: Vec<String> = ["apache", "cc-by-nc", "llama3", "mit", "i̇", "ｇ", "x"]
            .iter()
            .map(|v| norm(v))
            .collect();
        for k in &keys {
            let n = norm(k);
            for cut in [1, 3, n.chars().count()] {
                typed.push(n.chars().take(cut).collect());
            }
        }
        let mut matched = 0;
        for k in &keys {
            for t in &typed {
                let expected = norm(k).starts_with(t.as_str());
                assert_eq!(norm_starts_with(k, t), expected, "{k:?} {t:?}");
                matched += usize::from(expected);
            }
        }
        assert!(
            keys.len() > 80 && matched > keys.len(),
            "{} {matched}",
            keys.len()
        );
    }
}
