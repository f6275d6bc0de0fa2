//! Cell readers shared by the family, benchmark and paper importers: cell
//! access that tolerates short rows, plain and one-line texts, ids (slugs,
//! Hugging Face repos), and the parsers of context, training-token, model
//! and size cells. Each takes the text of one cell and never fails.

use super::align::Aligned;
use super::markdown::{self, Row};
use super::sizes;
use crate::catalog::schema::{Str, Text};

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

pub(super) fn text_of(aligned: &Aligned, idx: usize, f: impl Fn(&str) -> String) -> Option<Text> {
    let pick = |row: Option<&Row>| cell(row, idx).map(&f).filter(|s| !s.is_empty() && s != "-");
    let t = Text {
        ja: (pick(Some(aligned.ja))).map(Str::from),
        en: (pick(aligned.en)).map(Str::from),
        fr: (pick(aligned.fr)).map(Str::from),
    };
    (!t.is_empty()).then_some(t)
}

pub(super) fn plain(cell: &str) -> String {
    markdown::strip_footnotes(&markdown::clean(cell))
}

pub(super) fn one_line(s: &str) -> String {
    s.replace('\n', " ")
}

/// A numbers-with-thousands-separators reader for context cells: `8,192`,
/// `2,400 ~ 8,192`, `7b, 13b: 4,096` (the sizes are skipped).
pub(super) fn context_numbers(text: &str) -> Vec<u64> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let boundary = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '.');
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
            let letter_follows = j < chars.len() && chars[j].is_alphabetic();
            if !letter_follows {
                if let Ok(n) = s.parse::<u64>() {
                    out.push(n);
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

/// The largest `N tokens` / `N トークン` count a training-data text states.
pub(super) fn training_tokens(text: &str) -> Option<u64> {
    let mut best: Option<u64> = None;
    let lower = text.to_lowercase();
    for (pos, _) in lower
        .match_indices("token")
        .chain(lower.match_indices("トークン"))
    {
        let before = lower[..pos].trim_end();
        // The size token right before the word.
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '.')
            .last()
            .map(|(i, _)| i);
        if let Some(start) = start {
            let word = &before[start..];
            let info = sizes::read(word);
            if let (Some(p), None) = (info.params, info.experts.as_ref()) {
                if word.ends_with(['b', 't']) {
                    best = Some(best.map_or(p, |b| b.max(p)));
                }
            }
        }
    }
    best
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
            let info = sizes::read(inner);
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
pub(super) fn cell_size(raw: &str) -> sizes::SizeInfo {
    let mut outside = String::new();
    let mut last = 0;
    for link in markdown::links(raw) {
        outside.push_str(&raw[last..link.start]);
        last = link.end;
    }
    outside.push_str(&raw[last..]);
    sizes::read(&markdown::clean(&outside))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Swallow 70B"), "swallow-70b");
        assert_eq!(slug("Llama 3.1 Swallow 8B"), "llama-3.1-swallow-8b");
        assert_eq!(slug("CyberAgentLM3 (CALM3)"), "cyberagentlm3-calm3");
    }

    #[test]
    fn hf_repos() {
        assert_eq!(
            hf_repo(
                "https://huggingface.co/stabilityai/japanese-stablelm-instruct-alpha-7b/tree/main"
            )
            .as_deref(),
            Some("stabilityai/japanese-stablelm-instruct-alpha-7b")
        );
        assert_eq!(
            hf_repo("https://huggingface.co/datasets/llm-jp/magpie-sft-v1.0"),
            None
        );
        assert_eq!(
            hf_repo("https://huggingface.co/collections/cl-nagoya/ruri-v3-67f3"),
            None
        );
    }

    #[test]
    fn context_cells() {
        assert_eq!(context_numbers("8,192"), vec![8192]);
        assert_eq!(
            context_numbers("7b, 13b: 4,096\n70b: 8,192"),
            vec![4096, 8192]
        );
        assert_eq!(context_numbers("2,400 ~ 8,192"), vec![2400, 8192]);
        assert_eq!(
            context_numbers("100m, 200m, 400m: 3,072\nv2-100m: 4,096"),
            vec![3072, 4096]
        );
    }

    #[test]
    fn token_counts() {
        assert_eq!(
            training_tokens("Pre-training: llm-jp-corpus-v3\n(2.1T tokens)"),
            Some(2_100_000_000_000)
        );
        assert_eq!(
            training_tokens("(alpha1: 0.7T tokens, alpha2: 1.4T tokens)"),
            Some(1_400_000_000_000)
        );
        assert_eq!(
            training_tokens("事前学習: 計 2.1T トークン"),
            Some(2_100_000_000_000)
        );
        assert_eq!(training_tokens("443,747 samples"), None);
    }

    #[test]
    fn model_texts() {
        assert_eq!(
            model_text("Llama<br>([**7b**](https://huggingface.co/a/b), [**13b**](https://huggingface.co/a/c))").as_deref(),
            Some("Llama")
        );
        assert_eq!(
            model_text("Llama 3.3 (**70b**)").as_deref(),
            Some("Llama 3.3")
        );
        assert_eq!(
            model_text("MoE (**47b**)<br>([v1.0](https://huggingface.co/a/b))").as_deref(),
            Some("MoE")
        );
        assert_eq!(
            model_text("Nue ASR<br>(HuBERT + LLM)").as_deref(),
            Some("Nue ASR (HuBERT + LLM)")
        );
    }
}
