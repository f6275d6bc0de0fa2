//! Search over the catalog: names in every language, ids,
//! checkpoints (repo ids and names), developers, the words of categories,
//! tasks and domains in en/ja/fr, architecture, base model and benchmarks,
//! ranked in tiers: the whole text, its start, a word, a fragment, every
//! word of the query, then a typo (edit distance on words), then training
//! data by substring. A scattered subsequence no longer counts: it found
//! `local-politics-bert` for `tanuki` and `minpakubert` for `rakuda`.

use std::borrow::Cow;

use crate::catalog::index::{edits, norm, norm_chars, typo_budget};
use crate::catalog::schema::{Benchmark, Catalog, Family};
pub use crate::query::search_index::{own_texts, Own, OwnText, Prepared};
use crate::query::search_shared::{Best, Shared};

/// One search result: the family, its score and the field that matched.
pub struct Found<'a> {
    pub family: &'a Family,
    /// Position of the family in the slice searched.
    pub index: usize,
    pub score: i64,
    pub field: &'static str,
    /// The text that matched: the catalog's own, or an excerpt of the
    /// training data around the match.
    pub matched: Cow<'a, str>,
    /// Matched only by a typo: dropped when anything matches better.
    pub typo: bool,
}

/// A benchmark that matched, scored like families.
pub struct FoundBenchmark<'a> {
    pub benchmark: &'a Benchmark,
    pub score: i64,
    pub field: &'static str,
    pub matched: String,
    pub typo: bool,
}

/// Whether a score, before its field's weight, is a typo's.
pub(crate) fn is_typo(score: i64) -> bool {
    score < ALL_WORDS
}

/// The query, prepared once: normalised whole, its words, its typo budget.
pub(crate) struct Query {
    /// Lower-cased, as typed (for training data).
    lower: String,
    /// `norm`: no case, spaces, hyphens, dots.
    whole: String,
    words: Vec<String>,
    budget: usize,
    /// Fragments of one Latin letter or two match too much.
    fragment_ok: bool,
    /// Whether to try typos (the slow part, only needed when nothing
    /// matches directly).
    typos: bool,
    scratch: std::cell::RefCell<Scratch>,
}

impl Query {
    fn new(q: &str) -> Query {
        let whole = norm(q);
        let n = whole.chars().count();
        Query {
            lower: q.trim().to_lowercase(),
            words: words(q),
            budget: typo_budget(n),
            fragment_ok: n >= 3 || !whole.is_ascii(),
            typos: true,
            scratch: Default::default(),
            whole,
        }
    }
}

/// The words of a text, lower-cased: runs of letters and digits (a run of
/// CJK characters is one word; fragments find inside it).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

// Tiers, far enough apart that a shorter text (a small bonus) or a better
// field (a smaller one) never lifts a match into the tier above.
const EXACT: i64 = 10_000;
const START: i64 = 9_000;
const WORD: i64 = 8_000;
const FRAGMENT: i64 = 7_000;
const ALL_WORDS: i64 = 6_000;
const TYPO: i64 = 5_000;
const TYPO_STEP: i64 = 400;
const TRAINING: i64 = 1_000;

/// Buffers reused across the texts of one search (a search of 366
/// families scores some 10,000 texts: allocating per text doubled its cost).
#[derive(Default)]
struct Scratch {
    /// The text, normalised.
    t: String,
    q: Vec<char>,
    b: Vec<char>,
    rows: [Vec<usize>; 3],
}

/// Whether a word of `text` (a run of letters and digits) begins, once
/// normalised, with `q` (already normalised).
fn word_starts_with(text: &str, q: &str) -> bool {
    let mut prev_alnum = false;
    for (i, c) in text.char_indices() {
        let alnum = c.is_alphanumeric();
        if alnum && !prev_alnum {
            let mut rest = norm_chars(&text[i..]);
            if q.chars().all(|qc| rest.next() == Some(qc)) {
                return true;
            }
        }
        prev_alnum = alnum;
    }
    false
}

/// How well `text` matches the query, or None below the relevance floor.
fn score(q: &Query, text: &str) -> Option<i64> {
    score_normed(q, text, None)
}

/// [`score`], with `norm(text)` and its length in characters given when
/// they were computed beforehand (`search_index::Prepared`): the same
/// tiers on the same normalised text, without normalising it again.
fn score_normed(q: &Query, text: &str, normed: Option<(&str, usize)>) -> Option<i64> {
    if q.whole.is_empty() {
        return None;
    }
    let mut scratch = q.scratch.borrow_mut();
    let scratch = &mut *scratch;
    let tier = match normed {
        Some((t, n)) => direct(q, text, t).map(|tier| tier + short(n)),
        None => {
            scratch.t.clear();
            scratch.t.extend(norm_chars(text));
            let n = scratch.t.chars().count();
            direct(q, text, &scratch.t).map(|tier| tier + short(n))
        }
    };
    if tier.is_some() || q.budget == 0 || !q.typos {
        return tier;
    }
    if let Some((t, _)) = normed {
        scratch.t.clear();
        scratch.t.push_str(t);
    }
    let n = scratch.t.chars().count();
    let d = typo(q, text, scratch)?;
    Some(TYPO - TYPO_STEP * d as i64 + short(n))
}

/// Shorter texts first within a tier: `Tanuki-8B` before a long name
/// that happens to contain "tanuki". `n`: the normalised text's length in
/// characters.
fn short(n: usize) -> i64 {
    100 - (n as i64).min(100)
}

/// The tier of a match without typos of the normalised text `t` (of
/// `text`), if any.
fn direct(q: &Query, text: &str, t: &str) -> Option<i64> {
    if t == q.whole {
        Some(EXACT)
    } else if t.starts_with(&q.whole) {
        Some(START)
    } else if q.fragment_ok && t.contains(&q.whole) {
        Some(if word_starts_with(text, &q.whole) {
            WORD
        } else {
            FRAGMENT
        })
    } else if q.words.len() > 1 && q.words.iter().all(|w| t.contains(w.as_str())) {
        Some(ALL_WORDS)
    } else {
        None
    }
}

/// Edits between the query and the text, one of its words or its start
/// (`swalow` in `swallow70b`, one character either way), within the
/// query's budget.
fn typo(q: &Query, text: &str, s: &mut Scratch) -> Option<usize> {
    let limit = q.budget;
    if s.q.is_empty() {
        s.q.extend(q.whole.chars());
    }
    let n = s.q.len();
    // One table gives the distance to every start of the text: only the
    // first n + limit characters can be within the budget.
    s.b.clear();
    s.b.extend(s.t.chars().take(n + limit + 1));
    let whole_len = s.t.chars().count();
    let mut best = limit + 1;
    if let Some(row) = edits(&s.q, &s.b, &mut s.rows, limit) {
        for (j, d) in row.iter().enumerate() {
            let head = j + 1 >= n && j <= n + 1;
            if head || j == whole_len {
                best = best.min(*d);
            }
        }
    }
    if best > 0 {
        let mut chars = text.chars().peekable();
        while chars.peek().is_some() {
            s.b.clear();
            for c in chars.by_ref() {
                if c.is_alphanumeric() {
                    s.b.extend(c.to_lowercase());
                } else if !s.b.is_empty() {
                    break;
                }
            }
            if !s.b.is_empty() && s.b.len().abs_diff(n) <= limit {
                if let Some(row) = edits(&s.q, &s.b, &mut s.rows, limit) {
                    best = best.min(row[s.b.len()]);
                }
            }
        }
    }
    (best <= limit).then_some(best)
}

/// Field order: a match on the family's own names ranks above the same
/// match on a checkpoint, a developer's name or a label, which rank above
/// architecture and base model (a developer's exact name ranks between a
/// name's start and a word inside a name: `calm` lists the CALM models
/// before other models of CALM's developer).
pub(crate) fn weight(field: &str) -> i64 {
    match field {
        "id" | "name" | "name_ja" | "name_fr" => 0,
        "hf" | "checkpoint" => -300,
        "developer" | "task" | "category" | "domain" | "benchmark" => -1_500,
        _ => -2_000,
    }
}

/// Best (score, text) over several texts of one field.
pub(crate) fn best_of<'t>(
    q: &Query,
    texts: impl Iterator<Item = &'t str>,
) -> Option<(i64, &'t str)> {
    let mut best: Option<(i64, &str)> = None;
    for t in texts {
        if let Some(s) = score(q, t) {
            if best.is_none_or(|b| s > b.0) {
                best = Some((s, t));
            }
        }
    }
    best
}

/// Scores every family and returns those that match, best first (ties in
/// the order searched, which is the list's order). Typos are tried only
/// when nothing matches directly: they would be dropped anyway, and edit
/// distances over every word of every family made a search of 100k
/// families six times slower.
pub fn search<'a>(cat: &'a Catalog, families: &[&'a Family], query: &str) -> Vec<Found<'a>> {
    search_prepared(cat, families, None, query)
}

/// [`search`], the families' own texts read normalised from `prepared`
/// (built from `cat`) where it holds them: `prepared` and the position in
/// the catalog of each family of `families`. The same scores and order
/// (tests compare the two); the browser searches so on each key.
pub fn search_prepared<'a>(
    cat: &'a Catalog,
    families: &[&'a Family],
    prepared: Option<(&Prepared<'a>, &[usize])>,
    query: &str,
) -> Vec<Found<'a>> {
    let mut q = Query::new(query);
    if q.whole.is_empty() {
        return Vec::new();
    }
    q.typos = false;
    let direct = search_with(cat, families, prepared, &q);
    if direct.iter().any(|f| f.field != "training_data") || q.budget == 0 {
        return direct;
    }
    q.typos = true;
    search_with(cat, families, prepared, &q)
}

/// Whether every family `now` matches, `before` matches too, so that the
/// families `search` found for `before` (when it found one by a field
/// other than training data, so without trying typos) hold all those it
/// finds for `now`, and searching only them gives the same answer.
/// Checked on the prepared queries, not on the keys typed: the text
/// normalised (`now`'s contains `before`'s), the lower-cased text
/// (training data), the words (as many, each containing `before`'s: the
/// all-words tier) and `before` long enough for fragments (then `now` is
/// too). Each tier of `score` is then implied: a text containing `now`
/// contains `before`.
pub fn narrows(before: &str, now: &str) -> bool {
    let (b, n) = (Query::new(before), Query::new(now));
    !b.whole.is_empty()
        && b.fragment_ok
        && n.whole.contains(&b.whole)
        && n.lower.contains(&b.lower)
        && n.words.len() == b.words.len()
        && n.words
            .iter()
            .zip(&b.words)
            .all(|(n, b)| n.contains(b.as_str()))
}

/// The best match among `f`'s fields: its own `texts` (`own_texts`, each
/// with its normalised form when prepared) and what it shares, in the
/// order of [`own_texts`] with the shared fields after its names and
/// checkpoints and before its architecture and base model.
fn score_family<'a, 'p>(
    q: &Query,
    mut shared: impl FnMut(&mut Best<'a>),
    texts: impl Iterator<Item = OwnText<'a, 'p>>,
) -> Best<'a> {
    let mut best = Best::default();
    let mut shared_done = false;
    // The last repo id: its name without the owner can only match where
    // the whole id does, or by a typo, and reports the whole id.
    let mut hf: (&str, Option<i64>) = ("", None);
    for (field, text, normed) in texts {
        if !shared_done && matches!(field, Own::Architecture | Own::BaseModel) {
            shared(&mut best);
            shared_done = true;
        }
        let score = |text| score_normed(q, text, normed);
        match field {
            Own::Field(name) => best.consider(name, score(text).map(|s| (s, text))),
            Own::Hf => {
                hf = (text, score(text));
                best.consider("hf", hf.1.map(|s| (s, text)));
            }
            Own::HfName => {
                if hf.1.is_some() || q.typos {
                    let whole = hf.0;
                    best.consider("hf", score(text).map(|s| (s, whole)));
                }
            }
            Own::Architecture => best.consider("architecture", score(text).map(|s| (s, text))),
            Own::BaseModel => best.consider("base_model", score(text).map(|s| (s, text))),
        }
    }
    if !shared_done {
        shared(&mut best);
    }
    best
}

/// Whether `span`, normalised texts end to end, may hold a match without
/// typos of one of them: every such match (the whole text, its start, a
/// fragment) contains the normalised query, or each of its words (all
/// words), and a text that contains it puts it in the span too.
fn may_hold(q: &Query, span: &str) -> bool {
    span.contains(q.whole.as_str())
        || (q.words.len() > 1 && q.words.iter().all(|w| span.contains(w.as_str())))
}

fn search_with<'a>(
    cat: &'a Catalog,
    families: &[&'a Family],
    prepared: Option<(&Prepared<'a>, &[usize])>,
    q: &Query,
) -> Vec<Found<'a>> {
    let shared = Shared::new(cat, q, prepared.map(|(p, _)| p.keys()));
    let mut out: Vec<Found> = Vec::new();
    for (index, &f) in families.iter().enumerate() {
        let at = prepared.and_then(|(p, at)| Some((p, *at.get(index)?)));
        let keys = at.and_then(|(p, i)| p.shared(f, i));
        let consider = |best: &mut Best<'a>| match &keys {
            Some(k) => shared.consider_at(best, f, k),
            None => shared.consider(best, f),
        };
        // Without typos, own texts that together do not hold the query
        // score nothing: only what the family shares can match.
        let none_own = !q.typos
            && at
                .and_then(|(p, i)| p.span(f, i))
                .is_some_and(|span| !may_hold(q, span));
        let best = match at.and_then(|(p, i)| p.family(f, i)) {
            _ if none_own => score_family(q, consider, std::iter::empty()),
            Some(texts) => score_family(q, consider, texts),
            None => score_family(q, consider, own_texts(f).map(|(o, t)| (o, t, None))),
        };
        let mut found = best
            .0
            .map(|(score, field, text, typo)| (score, field, Cow::Borrowed(text), typo));
        if found.is_none() && q.fragment_ok {
            if let Some(td) = &f.training_data {
                for text in [&td.en, &td.ja].into_iter().flatten() {
                    if let Some(pos) = text.to_lowercase().find(&q.lower) {
                        let matched = Cow::Owned(excerpt(text, pos, q.lower.len()));
                        found = Some((TRAINING, "training_data", matched, false));
                        break;
                    }
                }
            }
        }
        if let Some((score, field, matched, typo)) = found {
            out.push(Found {
                family: f,
                index,
                score,
                field,
                matched,
                typo,
            });
        }
    }
    out.sort_by_key(|f| std::cmp::Reverse(f.score));
    out
}

/// The benchmarks whose id or names match, best first (ties in the
/// list's order).
pub fn search_benchmarks<'a>(cat: &'a Catalog, query: &str) -> Vec<FoundBenchmark<'a>> {
    let q = Query::new(query);
    let mut out: Vec<FoundBenchmark> = cat
        .benchmarks
        .iter()
        .filter_map(|b| {
            let names = [&*b.name, &*b.id].into_iter().chain(b.name_ja.as_deref());
            best_of(&q, names).map(|(score, text)| FoundBenchmark {
                benchmark: b,
                score: score + weight("benchmark"),
                field: "benchmark",
                matched: text.to_string(),
                typo: is_typo(score),
            })
        })
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.score));
    out
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
