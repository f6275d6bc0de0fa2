//! Fuzzy search over the catalog: names in every language, ids, Hugging
//! Face repo ids, developers, architecture and base model with the fuzzy
//! matcher; long texts (training data) by plain substring, because a fuzzy
//! subsequence of a short query is found in almost any paragraph.

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use std::collections::HashMap;

use crate::catalog::schema::{Catalog, Developer, Family};

/// One search result: the family, its score and the field that matched.
pub struct Found<'a> {
    pub family: &'a Family,
    /// Position of the family in the slice searched.
    pub index: usize,
    pub score: i64,
    pub field: &'static str,
    pub matched: String,
}

/// Scores every family and returns those that match, best first (ties in
/// catalog order).
pub fn search<'a>(cat: &'a Catalog, families: &[&'a Family], query: &str) -> Vec<Found<'a>> {
    let matcher = SkimMatcherV2::default().ignore_case();
    let q = query.trim();
    let lower = q.to_lowercase();
    let q_chars = q.chars().count();
    // Developers by id, once (a linear scan per family was most of a
    // 100k-family search).
    let developers: HashMap<&str, &Developer> =
        cat.developers.iter().map(|d| (&*d.id, d)).collect();
    let mut out: Vec<Found> = Vec::new();
    for (index, &f) in families.iter().enumerate() {
        let mut best: Option<(i64, &'static str, &'a str)> = None;
        let mut consider = |field: &'static str, text: &'a str, weight: i64| {
            // A query longer than the text (even folded: lowercase at most
            // doubles a char) matches neither as substring nor fuzzily;
            // asking the matcher cost the query's length times the text's,
            // and a 120 KB query took 21 s.
            if text.len() * 3 < q_chars {
                return;
            }
            let score = match contains_folded(text, &lower) {
                Some(true) => Some(10_000),
                // Substring hits rank above scattered fuzzy ones; shorter fields first.
                Some(false) => Some(5_000 - (text.chars().count() as i64).min(4_000)),
                None => matcher.fuzzy_match(text, q),
            };
            if let Some(s) = score {
                let s = s + weight;
                if best.is_none_or(|b| s > b.0) {
                    best = Some((s, field, text));
                }
            }
        };
        consider("id", &f.id, 30);
        consider("name", &f.name, 40);
        consider("name_ja", &f.name_ja, 40);
        if let Some(n) = &f.name_fr {
            consider("name_fr", n, 20);
        }
        for v in f.variants.iter() {
            if let Some(hf) = &v.hf {
                consider("hf", hf, 10);
            }
        }
        for d in f.developers.iter() {
            if let Some(dev) = developers.get(&**d) {
                consider("developer", &dev.name, 0);
                consider("developer", &dev.name_ja, 0);
                for a in dev.aliases.iter() {
                    consider("developer", a, 0);
                }
            }
        }
        if let Some(a) = &f.architecture {
            consider("architecture", a, 0);
        }
        if let Some(b) = &f.base_model {
            consider("base_model", b, 0);
        }
        let mut found = best.map(|(score, field, text)| (score, field, text.to_string()));
        if found.is_none() {
            if let Some(td) = &f.training_data {
                for text in [&td.en, &td.ja].into_iter().flatten() {
                    if let Some(pos) = text.to_lowercase().find(&lower) {
                        found = Some((100, "training_data", excerpt(text, pos, lower.len())));
                        break;
                    }
                }
            }
        }
        if let Some((score, field, matched)) = found {
            out.push(Found {
                family: f,
                index,
                score,
                field,
                matched,
            });
        }
    }
    out.sort_by_key(|f| std::cmp::Reverse(f.score));
    out
}

/// Whether `text`, case-folded, equals (`Some(true)`) or contains
/// (`Some(false)`) `lower`, an already lower-cased query; None if neither.
/// ASCII text (most ids and names) is compared in place, without lowering
/// a copy of every field of every family.
fn contains_folded(text: &str, lower: &str) -> Option<bool> {
    if text.is_ascii() && lower.is_ascii() {
        let (t, l) = (text.as_bytes(), lower.as_bytes());
        if t.eq_ignore_ascii_case(l) {
            return Some(true);
        }
        // Every text contains the empty query (`windows(0)` would panic).
        let hit = l.is_empty() || t.windows(l.len()).any(|w| w.eq_ignore_ascii_case(l));
        return hit.then_some(false);
    }
    let t = text.to_lowercase();
    if t == lower {
        Some(true)
    } else {
        t.contains(lower).then_some(false)
    }
}

/// A few words around a match in a long text. `pos` and `len` are bytes of
/// `text.to_lowercase()`, which can be longer than `text` (`İ` lowercases to
/// two characters), so they are mapped back one character at a time.
fn excerpt(text: &str, pos: usize, len: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let (mut start, mut end) = (chars.len(), chars.len());
    let mut lower_offset = 0;
    for (i, c) in chars.iter().enumerate() {
        if start == chars.len() && lower_offset >= pos {
            start = i;
        }
        if lower_offset >= pos + len {
            end = i;
            break;
        }
        lower_offset += c.to_lowercase().map(char::len_utf8).sum::<usize>();
    }
    let from = start.saturating_sub(20);
    let to = (end.max(start) + 20).min(chars.len());
    let mut s: String = chars[from..to]
        .iter()
        .collect::<String>()
        .replace('\n', " ");
    if from > 0 {
        s.insert(0, '…');
    }
    if to < chars.len() {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_comparison_matches_lowercasing() {
        for (text, query) in [
            ("ELYZA", "elyza"),
            ("Llama 3 ELYZA JP 8B", "elyza"),
            ("elyza", "elyzA".to_lowercase().as_str()),
            ("東工大GPT", "gpt"),
            ("İstanbul", "i̇stanbul"),
            ("Swallow", ""),
            ("", ""),
            ("Swallow", "owl"),
            ("Swallow", "xyz"),
        ] {
            let t = text.to_lowercase();
            let expected = if t == query {
                Some(true)
            } else {
                t.contains(query).then_some(false)
            };
            assert_eq!(contains_folded(text, query), expected, "{text:?} {query:?}");
        }
    }

    /// Found by the property test `search_any_catalog_text`: `İ` lowercases
    /// to two characters, and the excerpt sliced past the end of the text.
    #[test]
    fn excerpt_after_letters_whose_lowercase_is_longer() {
        let text = "İİİİİİİİİİİİİİİİİİİİİİa";
        let pos = text.to_lowercase().find('a').unwrap_or_default();
        assert_eq!(excerpt(text, pos, 1), "…İİİİİİİİİİİİİİİİİİİİa");
        assert_eq!(
            excerpt("Trained on Wikipedia", 11, 9),
            "Trained on Wikipedia"
        );
    }
}
