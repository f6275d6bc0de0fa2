//! Cell readers shared by the family, benchmark and paper importers: cell
//! access that tolerates short rows, plain and one-line texts, ids (slugs,
//! Hugging Face repos), and the parsers of context, training-token, model
//! and size cells. Each takes the text of one cell and never fails.

use super::markdown::{self, Row};
use crate::catalog::schema::Qualifier;
use crate::units;

/// Lowercase ASCII slug: letters, digits and dots kept, the rest `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        let c = ch.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() || c == '.' {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches(|c| c == '-' || c == '.').to_string()
}

pub(super) const HF: &str = "https://huggingface.co/";

/// The `owner/repo` of a Hugging Face model link; `None` for datasets,
/// spaces, collections and other pages.
pub fn hf_repo(url: &str) -> Option<String> {
    let path = url.strip_prefix(HF)?;
    let mut parts = path.split(['/', '?', '#']);
    let owner = parts.next()?;
    let repo = parts.next()?;
    if owner.is_empty()
        || repo.is_empty()
        || matches!(
            owner,
            "datasets" | "spaces" | "collections" | "blog" | "papers" | "docs" | "models"
        )
    {
        return None;
    }
    Some(format!("{owner}/{repo}"))
}

/// A cell of a row, empty where the row is shorter than the header (as
/// GitHub renders it), so a short or hand-broken row cannot stop the import.
pub(super) fn at(row: &Row, idx: usize) -> &str {
    row.cells.get(idx).map_or("", String::as_str)
}

pub(super) fn cell(row: Option<&Row>, idx: usize) -> Option<&str> {
    row.and_then(|r| r.cells.get(idx)).map(|s| s.as_str())
}

pub(super) fn plain(cell: &str) -> String {
    markdown::strip_footnotes(&markdown::clean(cell))
}

pub(super) fn one_line(s: &str) -> String {
    s.replace('\n', " ")
}

/// The numbers of a context cell, thousands separators read, with the
/// qualifier of each: `8,192`, `2,400 ~ 8,192`, `7b, 13b: 4,096` (the sizes
/// are skipped); `≤ 2,048` is
/// `(2048, Some(Max))`; the `~` of a range (`2,400 ~ 8,192`) qualifies
/// neither end.
pub(super) fn context_values(text: &str) -> Vec<(u64, Option<Qualifier>)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // `約8,192` is a number; `v2`, `1.5` (from its `5`) are not.
        let boundary = i == 0 || !(chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '.');
        if chars[i].is_ascii_digit() && boundary {
            let mut s = String::new();
            let mut j = i;
            while j < chars.len() {
                if chars[j].is_ascii_digit() {
                    s.push(chars[j]);
                } else if chars[j] == ','
                    && j + 3 < chars.len()
                    && chars[j + 1..j + 4].iter().all(|c| c.is_ascii_digit())
                    && (j + 4 >= chars.len() || !chars[j + 4].is_ascii_digit())
                {
                    // thousands separator: exactly three digits follow
                } else {
                    break;
                }
                j += 1;
            }
            let letter_follows = j < chars.len() && chars[j].is_ascii_alphabetic();
            if !letter_follows {
                if let Ok(n) = s.parse::<u64>() {
                    let before: String = chars[..i].iter().collect();
                    let after: String = chars[j..].iter().collect();
                    out.push((n, qualifier_around(&before, &after)));
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

/// Words that qualify the number after them, and what they mean. Matched
/// at the end of the text before the number, case-insensitively, spaces
/// and `*` (bold) skipped.
const BEFORE: &[(&str, Qualifier)] = &[
    ("≤", Qualifier::Max),
    ("≦", Qualifier::Max),
    ("<", Qualifier::Max),
    ("up to", Qualifier::Max),
    ("less than", Qualifier::Max),
    ("jusqu'à", Qualifier::Max),
    ("moins de", Qualifier::Max),
    ("≥", Qualifier::Min),
    ("≧", Qualifier::Min),
    (">", Qualifier::Min),
    ("over", Qualifier::Min),
    ("more than", Qualifier::Min),
    ("plus de", Qualifier::Min),
    ("約", Qualifier::Approx),
    ("~", Qualifier::Approx),
    ("〜", Qualifier::Approx),
    ("～", Qualifier::Approx),
    ("≈", Qualifier::Approx),
    ("about", Qualifier::Approx),
    ("approx.", Qualifier::Approx),
    ("approximately", Qualifier::Approx),
    ("around", Qualifier::Approx),
    ("environ", Qualifier::Approx),
];

/// Words that qualify the number before them (`2,048 以下`, `2T 以上`); a
/// `+` right after a number (`2T+`) is read apart.
const AFTER: &[(&str, Qualifier)] = &[
    ("以下", Qualifier::Max),
    ("未満", Qualifier::Max),
    ("以上", Qualifier::Min),
    ("超", Qualifier::Min),
];

/// The qualifier of a number between the texts `before` and `after` it (in
/// the same cell), if any. A `~` right after another number is a range
/// (`2,400 ~ 8,192`), and a `+` before another number a sum (`8B + 384`):
/// neither qualifies.
pub(super) fn qualifier_around(before: &str, after: &str) -> Option<Qualifier> {
    let b = before
        .trim_end_matches(|c: char| c.is_whitespace() || c == '*')
        .to_lowercase();
    for (word, q) in BEFORE {
        if let Some(rest) = b.strip_suffix(word) {
            // A word, not the end of one (`cover`), nor of a tag (`<sup>`)
            // or an arrow (`->`).
            let word_starts = rest.chars().next_back().is_none_or(|c| {
                !word.is_ascii() || !(c.is_alphanumeric() || c == '-' || c == '"' || c == '\'')
            });
            let range = matches!(*q, Qualifier::Approx)
                && word.chars().count() == 1
                && *word != "約"
                && *word != "≈"
                && ends_with_number(rest);
            if word_starts && !range {
                return Some(*q);
            }
        }
    }
    // A unit letter may follow the number (`2T+`, `180B 以上`).
    let a = after.trim_start_matches('*');
    let a = a
        .strip_prefix(['k', 'K', 'm', 'M', 'b', 'B', 't', 'T'])
        .unwrap_or(a)
        .trim_start_matches('*');
    if let Some(rest) = a.strip_prefix('+') {
        if !rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            return Some(Qualifier::Min);
        }
    }
    let a = a.trim_start();
    AFTER
        .iter()
        .find(|(word, _)| a.starts_with(word))
        .map(|(_, q)| *q)
}

/// Whether `s` ends with a number, a unit letter after it allowed (`2,400 `,
/// `1T`), spaces and `*` aside.
fn ends_with_number(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| c.is_whitespace() || c == '*');
    let s = s
        .strip_suffix(['k', 'K', 'm', 'M', 'b', 'B', 't', 'T'])
        .unwrap_or(s);
    s.ends_with(|c: char| c.is_ascii_digit())
}

/// The qualifier of several numbers taken together (a sum, the smallest of
/// several): none if none is qualified, the one kind if all qualified ones
/// share it, else approximate.
pub(super) fn joint_qualifier(
    qs: impl IntoIterator<Item = Option<Qualifier>>,
) -> Option<Qualifier> {
    let mut kinds = qs.into_iter().flatten();
    let first = kinds.next()?;
    Some(if kinds.all(|k| k == first) {
        first
    } else {
        Qualifier::Approx
    })
}

/// The byte position just after the last of `chars` in `s`, or 0.
fn after_last(s: &str, chars: &[char]) -> usize {
    s.char_indices()
        .rev()
        .find(|(_, c)| chars.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// One `N tokens` statement of a training-data text.
#[derive(Debug, Clone, PartialEq)]
struct TokenMention {
    /// The sizes before the word, summed (`204.9B code and 85.7B …`).
    value: u64,
    /// How the sizes are qualified together (`約180B`: approx).
    qualifier: Option<Qualifier>,
    /// Said to be a total (`in total`, `Total:`, `計`).
    total: bool,
    /// Follows a checkpoint label (`100m: 623B tokens`, `alpha1: 0.7T`).
    per_checkpoint: bool,
    /// Index of the stage (line with a `Label:`) it is in.
    stage: usize,
}

/// The training tokens of a family: the number of tokens its corpus has,
/// where the text states it without ambiguity. The rule, and the real cells
/// (en/README.md) it was built from:
///
/// - a stated total wins: `(approx. 8.5T tokens in total)` (AscleLM),
///   `2.1B tokens, total ~300B tokens` (Fujitsu LLM-KG),
///   `(Total: 103B Japanese + 157.1B English tokens)` → 260.1B;
/// - parts that share one `tokens` are summed: `204.9B code and 85.7B
///   natural-language tokens` → 290.6B (Llama 3.1 Future Code Ja);
/// - statements of the pre-training stage are parts of one corpus and are
///   summed: `Japanese Wikipedia (0.88B tokens), Japanese CC-100 (10.5B
///   tokens), private data (8.6B tokens)` → 19.98B (Stockmark GPT); lines
///   `(2B tokens)<br>+ PubMed … (8B tokens)<br>+ … (1.2B tokens)` → 11.2B;
/// - a stage is a line opening with a label (`Pre-training:`, `Instruction
///   Tuning:`); with several stages only `Pre-training` counts (`~62B`, not
///   the `~0.18B` of instruction data; LLM-jp-3.1: 2.5T, not the 90B of
///   continual pre-training);
/// - `None` where the reading is ambiguous: counts per checkpoint
///   (`100m: 623B tokens<br>…`, `(alpha1: 0.7T tokens, alpha2: 1.4T
///   tokens)`, `(2b: 200B tokens, 8b: 1T tokens, 31b: 3T tokens)`), or
///   several stages in one line (`3-stage training: Projector warmup (…
///   78M English tokens), Vision encoder pre-training (… 3.8B Japanese +
///   7.7B English tokens), …`), or several stages none of them pre-training.
///
/// The number comes with its qualifier: `(approx. 8.5T tokens in total)`
/// and `~62B` are approximate; a sum is as qualified as its parts
/// ([`joint_qualifier`]).
pub(super) fn training_tokens(text: &str) -> Option<(u64, Option<Qualifier>)> {
    let lower = text.to_lowercase();
    let mut mentions: Vec<TokenMention> = Vec::new();
    let stage_names = stage_labels(&lower);
    let mut line_start = 0usize;
    let mut prev_end = 0usize;
    let line_of = |pos: usize| lower[..pos].matches('\n').count();
    for (pos, end) in token_words(&lower) {
        let line = line_of(pos);
        if line_start <= pos {
            line_start = lower[..pos].rfind('\n').map_or(0, |i| i + 1);
        }
        // The clause the parts of this statement are in.
        let from = after_last(
            &lower[..pos],
            &['(', ')', ',', ';', ':', '：', '\n', '、', '（', '）', '/'],
        )
        .max(prev_end)
        .max(line_start);
        let clause = &lower[from..pos];
        prev_end = end;
        // Each size with the qualifier around it (`約180B`, `~62B`).
        let parts: Vec<(u64, Option<Qualifier>)> = clause
            .split(|c: char| c.is_whitespace() || c == '+' || c == '~' || c == '約')
            .map(|w| w.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '.')))
            .filter(|w| w.ends_with(['b', 't', 'm']) && w.starts_with(|c: char| c.is_ascii_digit()))
            .filter_map(|w| {
                let at = from + (w.as_ptr() as usize - clause.as_ptr() as usize);
                let q = qualifier_around(&lower[..at], &lower[at + w.len()..]);
                units::read(w).params.map(|n| (n, q))
            })
            .collect();
        if parts.is_empty() {
            continue;
        }
        // The segment (parenthesis or line) says whether it is a total.
        let seg_start = after_last(&lower[..pos], &['(', '（', '\n']);
        let seg_end = lower[end..]
            .find([')', '）', '\n'])
            .map_or(lower.len(), |i| end + i);
        let segment = &lower[seg_start..seg_end];
        let total = segment.contains("total") || segment.contains('計');
        // The stage: the nearest line at or above with a label.
        let stage = (0..=line)
            .rev()
            .find(|&l| stage_names.get(l).is_some_and(|n| !n.is_empty()))
            .unwrap_or(usize::MAX);
        mentions.push(TokenMention {
            value: parts.iter().map(|p| p.0).sum(),
            qualifier: joint_qualifier(parts.iter().map(|p| p.1)),
            total,
            per_checkpoint: after_checkpoint_label(&lower[..from]),
            stage,
        });
    }
    chosen_count(&mentions, &stage_names)
}

/// Byte positions (start, end) of every `token` / `トークン` word of a
/// lower-cased text, in order.
fn token_words(lower: &str) -> Vec<(usize, usize)> {
    let mut words: Vec<(usize, usize)> = lower
        .match_indices("token")
        .map(|(p, w)| (p, p + w.len()))
        .chain(
            lower
                .match_indices("トークン")
                .map(|(p, w)| (p, p + w.len())),
        )
        .collect();
    words.sort_unstable();
    words
}

/// The stage label of each line of a lower-cased text: the words before
/// its first colon when the line opens with `Label:` (at most 40
/// characters, not a `+` continuation), else empty.
fn stage_labels(lower: &str) -> Vec<String> {
    lower
        .split('\n')
        .map(|line| {
            line.split_once([':', '：'])
                .map(|(l, _)| l.trim().to_string())
                .filter(|l| !l.is_empty() && l.chars().count() <= 40 && !l.starts_with('+'))
                .unwrap_or_default()
        })
        .collect()
}

/// Whether the text before a statement ends with a checkpoint label and its
/// colon (`100m:`, `alpha1:`, `2b:`): a word with a digit, made of letters,
/// digits, `-` and `.`.
fn after_checkpoint_label(before: &str) -> bool {
    let label = before
        .trim_end()
        .strip_suffix([':', '：'])
        .map(|b| {
            b.rsplit(|c: char| c.is_whitespace() || c == '(' || c == ',')
                .next()
                .unwrap_or("")
        })
        .unwrap_or("");
    !label.is_empty()
        && label.chars().any(|c| c.is_ascii_digit())
        && label
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

/// The count [`training_tokens`] reads from the mentions of a text: none
/// where one is per checkpoint; the largest stated total; else the sum of
/// the one stage's mentions, or of the pre-training stage's among several
/// (none where no stage is pre-training or the stage is itself several
/// stages).
fn chosen_count(
    mentions: &[TokenMention],
    stage_names: &[String],
) -> Option<(u64, Option<Qualifier>)> {
    if mentions.is_empty() || mentions.iter().any(|m| m.per_checkpoint) {
        return None;
    }
    if let Some(t) = mentions.iter().filter(|m| m.total).max_by_key(|m| m.value) {
        return Some((t.value, t.qualifier));
    }
    let name = |s: usize| stage_names.get(s).map_or("", String::as_str);
    let mut stages: Vec<usize> = mentions.iter().map(|m| m.stage).collect();
    stages.dedup();
    let chosen = match stages.as_slice() {
        [one] => *one,
        many => *many.iter().find(|&&s| {
            let n = name(s);
            (n.contains("pre-training") || n.contains("事前学習"))
                && !n.contains("continual")
                && !n.contains("継続")
        })?,
    };
    let n = name(chosen);
    if n.contains("stage") || n.contains("段階") {
        return None;
    }
    let summed = mentions.iter().filter(|m| m.stage == chosen);
    Some((
        summed.clone().map(|m| m.value).sum(),
        joint_qualifier(summed.map(|m| m.qualifier)),
    ))
}

/// The text of an architecture or base-model cell without its list of
/// checkpoint links and without a trailing size: `Llama<br>([7b](…))` →
/// `Llama`, `Llama 3.3 (**70b**)` → `Llama 3.3`.
pub(super) fn model_text(raw: &str) -> Option<String> {
    let links = markdown::links(raw);
    let mut cut = raw.len();
    if let Some(first) = links.iter().find(|l| l.depth >= 1) {
        if let Some(open) = raw[..first.start].rfind('(') {
            cut = open;
        }
    }
    let mut text = one_line(&plain(&raw[..cut]));
    if let Some(open) = text.rfind('(') {
        if text.ends_with(')') {
            let inner = &text[open + 1..text.len() - 1];
            let info = units::read(inner);
            let only_size = info.params.is_some()
                && inner
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == ' ');
            if only_size {
                text = text[..open].trim_end().to_string();
            }
        }
    }
    let text = text.trim().to_string();
    (!text.is_empty() && text != "-").then_some(text)
}

/// The size the cell states outside its links (`MoE (**47b**)`,
/// `Llama 3.3 (**70b**)`): the fallback for checkpoints whose names say none.
pub(super) fn cell_size(raw: &str) -> units::SizeInfo {
    let mut outside = String::new();
    let mut last = 0;
    for link in markdown::links(raw) {
        outside.push_str(&raw[last..link.start]);
        last = link.end;
    }
    outside.push_str(&raw[last..]);
    units::read(&markdown::clean(&outside))
}

#[cfg(test)]
mod tests;
