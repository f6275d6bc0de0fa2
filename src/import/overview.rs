//! Release dates from the list's own chart data,
//! `figures/parameter_size_overview_ja.csv` (model, lab, parameters,
//! announcement date, type, source URL): the list's table gives only a
//! year, this file gives the day for about seventy announcements.
//!
//! Rows are matched to families conservatively, never by guess: by the
//! Hugging Face repository the source URL names, by the source URL being the
//! family's own announcement link (rows citing one page only), or by the
//! model name being the family's name (letters and digits compared,
//! case-insensitive). A match whose year differs from the list's year for
//! the family is refused. The checkpoints a row names by repo take its date
//! as their own; a row without a model name dates the checkpoints of
//! exactly its size of the developer its Lab column names, when they are
//! all in one family. Unmatched rows are reported, with the reason for
//! unnamed ones, not forced.

use std::collections::HashMap;
use std::hash::Hash;

use crate::catalog::schema::{Catalog, Family, Str};

/// One data row of the CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct Announcement {
    /// Line in the file (the header is line 1).
    pub line: usize,
    pub model: String,
    /// The Lab column as written (`rinna`, `SB Intuitions`).
    pub lab: String,
    /// The Parameters(B) column as written (`70`, `46.7`), if any.
    pub size: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub sources: Vec<String>,
}

/// What matching found.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Lines of rows that match no family.
    pub unmatched: Vec<usize>,
    /// Matches refused or dates not used, explained.
    pub notes: Vec<String>,
}

/// Splits one CSV record: commas, double quotes, `""` inside quotes.
fn fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// `2024/12/24` → `2024-12-24`; anything else → `None`.
fn date(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.trim().split('/').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let y: u16 = y.parse().ok()?;
    let m: u8 = m.parse().ok()?;
    let d: u8 = d.parse().ok()?;
    ((1900..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Reads the CSV; rows without a valid date are skipped.
pub fn parse(text: &str) -> Vec<Announcement> {
    let mut lines = text.lines().enumerate();
    let Some((_, header)) = lines.next() else {
        return Vec::new();
    };
    let head: Vec<String> = fields(header.trim_start_matches('\u{feff}'))
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let col = |name: &str| head.iter().position(|h| h.starts_with(name));
    let size = col("parameters");
    let lab = col("lab");
    let (Some(model), Some(announced), Some(source)) =
        (col("model"), col("announced"), col("source"))
    else {
        return Vec::new();
    };
    lines
        .filter_map(|(i, line)| {
            let f = fields(line);
            Some(Announcement {
                line: i + 1,
                model: f.get(model)?.trim().to_string(),
                lab: lab
                    .and_then(|i| f.get(i))
                    .map(|s| s.trim().to_string())
                    .unwrap_or_default(),
                size: size
                    .and_then(|i| f.get(i))
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty()),
                date: date(f.get(announced)?)?,
                sources: f
                    .get(source)?
                    .split(", ")
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
            })
        })
        .collect()
}

/// Letters and digits only, lowercase: how names are compared.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Domains the list's pages moved from, and where to.
const MOVED: &[(&str, &str)] = &[("tokyotech-llm.github.io", "swallow-llm.github.io")];

/// A URL as compared: no scheme, no `www.`, no query string or fragment,
/// no trailing slash, lower-case host, moved domains at their new place.
/// `https://www.example.com/a/?x=1` and `http://example.com/a` are one page.
pub fn url_key(u: &str) -> String {
    let u = u.trim();
    let u = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .unwrap_or(u);
    let u = u.strip_prefix("www.").unwrap_or(u);
    let u = u.split(['?', '#']).next().unwrap_or(u);
    let u = u.trim_end_matches('/');
    // `swallow-mistral.ja.html` and `swallow-mistral` are one page in two
    // spellings (the CSV cites the old extension-less address).
    let u = u.strip_suffix(".html").unwrap_or(u);
    let u = u
        .strip_suffix(".ja")
        .or_else(|| u.strip_suffix(".en"))
        .unwrap_or(u);
    let (host, path) = u.split_once('/').unwrap_or((u, ""));
    let mut host = host.to_ascii_lowercase();
    for (old, new) in MOVED {
        if host == *old {
            host = (*new).to_string();
        }
    }
    if path.is_empty() {
        host
    } else {
        format!("{host}/{path}")
    }
}

/// The earliest (date, CSV line) found for each key.
type Earliest<K> = HashMap<K, (String, usize)>;

/// Records `row`'s date for `key` where it is earlier than the one found so
/// far (or the first).
fn keep_earliest<K: Eq + Hash>(dates: &mut Earliest<K>, key: K, row: &Announcement) {
    let e = dates.entry(key).or_insert((row.date.clone(), row.line));
    if row.date < e.0 {
        *e = (row.date.clone(), row.line);
    }
}

/// What a family is matched by: its names as [`key`]s, its checkpoints'
/// repos in lower case and its own link as a [`url_key`].
struct FamilyKeys {
    name: String,
    name_ja: String,
    repos: Vec<String>,
    url: Option<String>,
}

/// Sets `released` on the families the announcements match, where the
/// catalog has no date yet or has only the month of the same date.
pub fn apply(catalog: &mut Catalog, rows: &[Announcement]) -> Outcome {
    let mut out = Outcome::default();
    // Earliest matching date per family index.
    let mut best: Earliest<usize> = HashMap::new();
    // Earliest date per checkpoint (family index, variant index) a row
    // names by its repo.
    let mut own: Earliest<(usize, usize)> = HashMap::new();
    // Each family's keys, computed once: computed per row they were
    // rows × families work, most of the import's time.
    let keys: Vec<FamilyKeys> = catalog
        .models
        .iter()
        .map(|f| FamilyKeys {
            name: key(&f.name),
            name_ja: key(&f.name_ja),
            repos: f
                .variants
                .iter()
                .filter_map(|v| v.hf.as_deref().map(str::to_ascii_lowercase))
                .collect(),
            url: f.url.as_deref().map(url_key),
        })
        .collect();
    for row in rows {
        let mut found = match_families(catalog, &keys, row, &mut best, &mut own, &mut out.notes);
        if !found && row.model.is_empty() {
            found = unnamed(catalog, row, &mut own, &mut out.notes);
        }
        if !found {
            note_later_pages(catalog, &keys, row, &mut out.notes);
            out.unmatched.push(row.line);
        }
    }
    let models = catalog.models.to_mut();
    date_checkpoints(models, &own, &mut out.notes);
    let mut indices: Vec<usize> = best.keys().copied().collect();
    indices.sort_unstable();
    for i in indices {
        let (date, line) = &best[&i];
        let Some(f) = models.get_mut(i) else { continue };
        match f.released.as_deref() {
            None => f.released = Some(Str::from(date.clone())),
            Some(month) if date.starts_with(month) => f.released = Some(Str::from(date.clone())),
            Some(other) => out.notes.push(format!(
                "line {line}: {} announced {date} here, {other} by another source; kept {other}",
                f.id
            )),
        }
    }
    out
}

/// Matches a row to the families its repos, its first page or its model
/// name identify, recording its date in `best` (per family) and `own` (per
/// checkpoint its repos name); a match whose year differs from the
/// family's is refused in `notes`. Returns whether any family matched.
fn match_families(
    catalog: &Catalog,
    keys: &[FamilyKeys],
    row: &Announcement,
    best: &mut Earliest<usize>,
    own: &mut Earliest<(usize, usize)>,
    notes: &mut Vec<String>,
) -> bool {
    let repos: Vec<String> = row
        .sources
        .iter()
        .filter_map(|u| super::hf_repo(u))
        .map(|r| r.to_ascii_lowercase())
        .collect();
    // A row citing several pages is about the first one: only that
    // identifies a family by URL (PLaMo-100B's row cites the training
    // blog first and the later release second).
    let urls: Vec<String> = row
        .sources
        .first()
        .map(|u| url_key(u))
        .into_iter()
        .collect();
    let name = key(&row.model);
    // The name with the row's size, qualifiers in parentheses dropped:
    // "Llama 3 Youko (Instruct)" at 70 → "Llama 3 Youko 70B".
    let sized = row.size.as_deref().map(|size| {
        let bare = row.model.split(['(', '（']).next().unwrap_or("");
        key(&format!("{bare} {size}b"))
    });
    let year = row.date.get(..4).and_then(|y| y.parse::<u16>().ok());
    let mut found = false;
    for (i, (f, k)) in catalog.models.iter().zip(keys).enumerate() {
        let by_repo = k.repos.iter().any(|h| repos.contains(h));
        let by_url = k.url.as_ref().is_some_and(|u| urls.contains(u));
        let by_name = !name.is_empty()
            && [&k.name, &k.name_ja]
                .iter()
                .any(|n| **n == name || sized.as_ref() == Some(*n));
        if !(by_repo || by_url || by_name) {
            continue;
        }
        if f.year.is_some() && f.year != year {
            notes.push(format!(
                "line {}: '{}' ({}) matches {} but the list gives {}; not used",
                row.line,
                row.model,
                row.date,
                f.id,
                f.year.map(|y| y.to_string()).unwrap_or_default()
            ));
            continue;
        }
        found = true;
        keep_earliest(best, i, row);
        // The checkpoints the row's repo links name get the date as
        // their own.
        if by_repo {
            for (j, v) in f.variants.iter().enumerate() {
                if v.hf
                    .as_deref()
                    .is_some_and(|h| repos.contains(&h.to_ascii_lowercase()))
                {
                    keep_earliest(own, (i, j), row);
                }
            }
        }
    }
    found
}

/// For a row that matched nothing: a later page of the row that is a
/// family's own link. The row's date (the CSV's column is "Announced") is
/// the first page's, earlier than that release, so it does not date the
/// family; said in `notes`, so the decision is on record.
fn note_later_pages(
    catalog: &Catalog,
    keys: &[FamilyKeys],
    row: &Announcement,
    notes: &mut Vec<String>,
) {
    for later in row.sources.iter().skip(1) {
        let k = url_key(later);
        for (f, fk) in catalog.models.iter().zip(keys) {
            if fk.url.as_deref() == Some(k.as_str()) {
                notes.push(format!(
                    "line {}: '{}' ({}) cites {} second, the link of {}, after {}: the date is the announcement of the first page, not that release; not used",
                    row.line,
                    row.model,
                    row.date,
                    later,
                    f.id,
                    row.sources.first().map_or("", String::as_str),
                ));
            }
        }
    }
}

/// Sets the release date (and its source, the CSV's line) of each
/// checkpoint in `own` that has none or has only the month of the same
/// date; another date is kept and said in `notes`.
fn date_checkpoints(
    models: &mut [Family],
    own: &Earliest<(usize, usize)>,
    notes: &mut Vec<String>,
) {
    let mut checkpoints: Vec<(usize, usize)> = own.keys().copied().collect();
    checkpoints.sort_unstable();
    for (i, j) in checkpoints {
        let (date, line) = &own[&(i, j)];
        let Some(f) = models.get_mut(i) else { continue };
        let id = f.id.clone();
        let Some(v) = f.variants.to_mut().get_mut(j) else {
            continue;
        };
        let source = format!("{}:{line}", super::OVERVIEW_CSV);
        match v.released.as_deref() {
            None => {}
            Some(month) if date.starts_with(month) => {}
            Some(other) => {
                notes.push(format!(
                    "line {line}: {} ({id}) announced {date} here, {other} by another source; kept {other}",
                    v.hf.as_deref().unwrap_or(&v.name)
                ));
                continue;
            }
        }
        v.released_source = Some(Str::from(match (&v.released, &v.released_source) {
            (Some(month), Some(was)) => format!("{source} (the month {month} also in: {was})"),
            _ => source,
        }));
        v.released = Some(Str::from(date.clone()));
    }
}

/// A row without a model name (`,rinna,3.6,2023/05/17,…`): it dates one
/// size of one developer. Matched to the checkpoints of exactly that size
/// (the Parameters(B) column × 10⁹) among the families of the developer the
/// Lab column names, when they are all in one family whose year is the
/// row's; otherwise said in `notes` (ambiguous, conflicting year) and not
/// used. Returns whether it matched.
fn unnamed(
    catalog: &Catalog,
    row: &Announcement,
    own: &mut Earliest<(usize, usize)>,
    notes: &mut Vec<String>,
) -> bool {
    let what = format!(
        "line {}: the unnamed row ({}, {}B, {})",
        row.line,
        row.lab,
        row.size.as_deref().unwrap_or("?"),
        row.date
    );
    let lab = row.lab.to_lowercase();
    let Some(dev) = catalog.developers.iter().find(|d| {
        [&d.name, &d.name_ja]
            .into_iter()
            .chain(d.aliases.iter())
            .any(|n| n.to_lowercase() == lab)
    }) else {
        notes.push(format!(
            "{what}: no developer of the catalog is named '{}' (not in the list)",
            row.lab
        ));
        return false;
    };
    let Some(params) = row
        .size
        .as_deref()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|x| x.is_finite() && *x > 0.0 && *x < 1e6)
        .map(|x| (x * 1e9).round() as u64)
    else {
        notes.push(format!("{what}: no size to match"));
        return false;
    };
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for (i, f) in catalog.models.iter().enumerate() {
        if !f.developers.contains(&dev.id) {
            continue;
        }
        for (j, v) in f.variants.iter().enumerate() {
            if v.params == Some(params) {
                hits.push((i, j));
            }
        }
    }
    let mut families: Vec<usize> = hits.iter().map(|(i, _)| *i).collect();
    families.dedup();
    let ids = |fs: &[usize]| {
        fs.iter()
            .filter_map(|i| catalog.models.get(*i).map(|f| f.id.to_string()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match families.as_slice() {
        [] => {
            notes.push(format!(
                "{what} matches no checkpoint of {} of exactly that size (not in the list as such)",
                dev.id
            ));
            false
        }
        [i] => {
            let year = row.date.get(..4).and_then(|y| y.parse::<u16>().ok());
            let Some(f) = catalog.models.get(*i) else {
                return false;
            };
            // A checkpoint a source already dates is checked against that
            // date's year, the others against the family's year.
            let agrees = hits.iter().all(|(_, j)| {
                match f.variants.get(*j).and_then(|v| v.released.as_deref()) {
                    Some(r) => r.get(..4) == row.date.get(..4),
                    None => f.year.is_none() || f.year == year,
                }
            });
            if !agrees {
                notes.push(format!(
                    "{what} matches {} but the list gives {}; not used",
                    f.id,
                    f.year.map(|y| y.to_string()).unwrap_or_default()
                ));
                return false;
            }
            for key in hits {
                keep_earliest(own, key, row);
            }
            true
        }
        several => {
            notes.push(format!(
                "{what} matches checkpoints of several families ({}): ambiguous, not used",
                ids(several)
            ));
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Rows as the file writes them (figures/parameter_size_overview_ja.csv).
    #[test]
    fn reads_rows() {
        let text = "Model,Lab,Parameters(B),Announced,Type,Source(JP)\n\
            CALM3,CyberAgent,22,2024/07/01,JP-available-scratch,https://huggingface.co/cyberagent/calm3-22b-chat\n\
            PLaMo-100B,Preferred Elements,100,2024/06/14,JP-available-scratch,\"https://tech.preferred.jp/ja/blog/plamo-100b/, https://www.preferred.jp/ja/news/pr20241015/\"\n\
            ,ELYZA,8,2024/06/26,JP-available,https://note.com/elyza/n/n360b6084fdbd\n\
            bad,X,1,someday,x,https://example.com\n";
        let rows = parse(text);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].date, "2024-07-01");
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[1].sources.len(), 2);
        assert_eq!(rows[1].model, "PLaMo-100B");
        assert_eq!(rows[2].model, "");
        assert_eq!(rows[2].line, 4);
    }

    /// Three real rows of figures/parameter_size_overview_ja.csv (lines 15,
    /// 16, 21) against the built-in families, their dates cleared first.
    #[test]
    fn apply_matches_conservatively() {
        let text = "Model,Lab,Parameters(B),Announced,Type,Source(JP)\n\
            Llama 3 Swallow,Swallow Project,70,2024/07/01,JP-available,https://swallow-llm.github.io/llama3-swallow.ja.html\n\
            CALM3,CyberAgent,22,2024/07/01,JP-available-scratch,https://huggingface.co/cyberagent/calm3-22b-chat\n\
            PLaMo-100B,Preferred Elements,100,2024/06/14,JP-available-scratch,\"https://tech.preferred.jp/ja/blog/plamo-100b/, https://www.preferred.jp/ja/news/pr20241015/\"\n";
        let mut cat = crate::catalog::load::embedded();
        for f in cat.models.to_mut().iter_mut() {
            f.released = None;
        }
        let out = apply(&mut cat, &parse(text));
        let released = |id: &str| {
            cat.models
                .iter()
                .find(|f| f.id == id)
                .and_then(|f| f.released.as_deref().map(str::to_string))
        };
        // By the Hugging Face repo of the source URL.
        assert_eq!(
            released("cyberagentlm3-calm3").as_deref(),
            Some("2024-07-01")
        );
        // By the family's own announcement URL (README.md: Llama 3 Swallow
        // 70B links llama3-swallow.ja.html) ...
        assert_eq!(
            released("llama-3-swallow-70b").as_deref(),
            Some("2024-07-01")
        );
        // ... but not by name where the list's year differs (8B: 2023).
        assert_eq!(released("llama-3-swallow-8b"), None);
        assert!(out.notes.iter().any(|n| n.contains("llama-3-swallow-8b")));
        // A row citing two pages identifies no family by URL, even the one
        // whose announcement is its second page.
        assert_eq!(released("plamo-100b-pretrained"), None);
        assert_eq!(out.unmatched, vec![4]);
    }

    #[test]
    fn urls_compare_normalised() {
        // Real pairs: the CSV's spelling and the list's.
        assert_eq!(
            url_key("https://tokyotech-llm.github.io/swallow-llama"),
            url_key("https://swallow-llm.github.io/swallow-llama/")
        );
        assert_eq!(
            url_key("https://www.example.com/news?utm=1"),
            url_key("http://example.com/news/")
        );
        assert_ne!(url_key("https://a.jp/x"), url_key("https://a.jp/y"));
    }

    #[test]
    fn names_compare_by_letters_and_digits() {
        assert_eq!(key("LLM-jp-3 13B"), key("llm jp 3 13b"));
        assert_ne!(key("Swallow"), key("Swallow-MX"));
    }
}
