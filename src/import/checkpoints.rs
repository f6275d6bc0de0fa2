//! Per-checkpoint facts in a row's license and context cells. A row of the
//! list is a family; where its license or context cell gives different
//! values for different checkpoints, this module reads which checkpoint gets
//! which value, so that jllm answers per checkpoint instead of per family.
//!
//! Every per-checkpoint form the list uses (surveyed over all 366 model rows
//! of the list at the commit in `../shared/upstream/COMMIT`), one real cell
//! each:
//!
//! | form | cell (English file, `<br>` as written) | row |
//! |---|---|---|
//! | one line per selector | `base: MIT<br>instruct: CC BY-NC-SA 4.0` | Stockmark-13b |
//! | versioned selectors | `base: Apache 2.0<br>instruct (v1): Research license<br>instruct (v2): Apache 2.0` | Japanese StableLM Alpha |
//! | alternatives and version lists | `base (v1, v2) & large: CC BY-SA 3.0<br>base (v3) & large (v2): Apache 2.0` | Tohoku University BERT |
//! | training stage | `Pre-trained model: LLM-jp-3 172B Terms of Use<br>Post-trained model: llm-jp-3-172b-instruct3 Terms of Use` (ja: `事前学習済みモデル: …<br>事後学習済みモデル: …`) | LLM-jp-3 172B |
//! | an exception in parentheses | `Apache 2.0<br>(CC BY-NC 4.0 as for NC model)`, `Apache 2.0<br>(CC BY 4.0 as for DPO model)` | PLaMo-13B, CALM2 |
//! | an addition in parentheses | `Llama 3.1 Community License<br>(Gemma Terms of Use is also applied to the Instruct model)` (ja: `(Instructモデルは Gemma Terms of Use も適用)`) | Llama 3.1 Swallow 8B/70B |
//! | sizes as selectors | `7b, 13b: 4,096<br>70b: 8,192` | Sarashina2 |
//! | names as selectors | `base: 4,096<br>instruct, instruct-nc: 8,192`, `base: 4,096<br>chat: 32,768`, `100m, 200m, 400m: 3,072<br>v2-100m: 4,096` | PLaMo-13B, CALM2, ByBERT-JP |
//! | "others" | `8k model: 8,192<br>others: 2,048` | rinna bilingual GPT-NeoX 4B |
//! | alternatives named by number | `4,096 or 8,192` (checkpoints `sq4096-alpha`, `sq8192-alpha`) | Tohoku NLP BERT alpha 500M |
//! | a range (no checkpoint named) | `2,400 ~ 8,192` | AI Novelist |
//!
//! How a selector picks checkpoints: the checkpoint's name is cut into
//! lower-case tokens at every character that is not a letter, digit or `.`
//! (`70B-Instruct-v0.1` → `70b`, `instruct`, `v0.1`). A selector word matches
//! a token equal to it or followed only by digits (`instruct` matches
//! `instruct2`); a version (`v2`) matches the same version token, and `v1`
//! also a name with no version token (the first release has none:
//! `instruct-alpha-7b` is instruct v1 beside `instruct-alpha-7b-v2`).
//! `post-trained` matches the usual post-training words (instruct, chat, it,
//! sft, dpo, ppo, rlhf, thinking). The selector that matches with the most
//! words wins; `base`, `pre-trained`, `others` and the unparenthesised text
//! of the parenthesis forms are the default for checkpoints no other
//! selector names. A checkpoint that no selector names and no default covers
//! keeps the family's value (and is reported); a tie between two selectors
//! is reported and also keeps the family's value.

use super::align::Aligned;
use super::cells::{cell, context_values, one_line, plain};
use super::Report;
use crate::catalog::schema::{Family, Str};
use crate::import::markdown;

/// How a part's value relates to the cell's default value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The part's value is the checkpoint's value.
    Own,
    /// `(Y is also applied to …)`: the default value and this one apply together.
    Also,
}

/// One alternative of a selector: words that must all be tokens of the
/// checkpoint's name, and the version it must be.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Alt {
    words: Vec<String>,
    version: Option<String>,
}

/// Which checkpoints a part of a cell is about.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selector {
    alts: Vec<Alt>,
    /// Also the value of checkpoints no other part names.
    default: bool,
    /// `post-trained`: any post-training word.
    post_trained: bool,
}

/// One part of a cell: the checkpoints it names and what it says of them.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub selector: Selector,
    /// The value as written (Markdown, footnotes removed).
    pub value: String,
    pub mode: Mode,
    /// The part as written, for provenance (`7b, 13b: 4,096`).
    pub text: String,
}

const POST_TRAINING: &[&str] = &[
    "instruct", "chat", "it", "sft", "dpo", "ppo", "rlhf", "thinking",
];

fn is_version(t: &str) -> bool {
    let mut c = t.chars();
    c.next() == Some('v') && {
        let rest = c.as_str();
        !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '.')
    }
}

/// The tokens of a checkpoint name.
pub fn tokens(name: &str) -> Vec<String> {
    name.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|t| t.trim_matches('.'))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn word_matches(word: &str, token: &str) -> bool {
    token == word
        || token
            .strip_prefix(word)
            .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
}

/// Splits at top-level (outside parentheses) occurrences of any of `seps`.
fn split_top(s: &str, seps: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && seps.contains(&c) {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    out.push(cur);
    out.into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Reads a selector such as `base (v1, v2) & large`, `instruct, instruct-nc`,
/// `Pre-trained model`, `8k model`, `others`, `NC model`.
pub fn selector(text: &str) -> Option<Selector> {
    let lower = text.trim().to_lowercase();
    let lower = lower
        .trim_end_matches("モデル")
        .trim_end_matches(" models")
        .trim_end_matches(" model")
        .trim_start_matches("the ")
        .trim();
    if lower.is_empty() {
        return None;
    }
    let mut sel = Selector::default();
    match lower {
        "others" | "other" | "その他" | "他" | "pre-trained" | "pretrained" | "事前学習済み" =>
        {
            sel.default = true;
            return Some(sel);
        }
        "post-trained" | "事後学習済み" => {
            sel.post_trained = true;
            return Some(sel);
        }
        _ => {}
    }
    for alt in split_top(lower, &[',', '&', '、']) {
        let (head, inner) = match (alt.find(['(', '（']), alt.rfind([')', '）'])) {
            (Some(o), Some(c)) if o < c => (&alt[..o], Some(&alt[o + '('.len_utf8()..c])),
            _ => (alt.as_str(), None),
        };
        let mut words: Vec<String> = Vec::new();
        let mut version = None;
        for t in tokens(head) {
            if is_version(&t) {
                version = Some(t);
            } else {
                words.push(t);
            }
        }
        if words.is_empty() && version.is_none() {
            return None;
        }
        if words == ["base"] && version.is_none() && inner.is_none() {
            sel.default = true;
        }
        // `base (v1, v2)`: one alternative per version in the parentheses;
        // other words there are part of the name (`base (v3, 文字レベル)`).
        let inner_versions: Vec<String> = inner
            .map(|i| {
                i.split([',', '、'])
                    .flat_map(tokens)
                    .filter(|t| is_version(t))
                    .collect()
            })
            .unwrap_or_default();
        if inner_versions.is_empty() {
            sel.alts.push(Alt { words, version });
        } else {
            for v in inner_versions {
                sel.alts.push(Alt {
                    words: words.clone(),
                    version: Some(v),
                });
            }
        }
    }
    (!sel.alts.is_empty()).then_some(sel)
}

impl Selector {
    /// How specifically this selector names the checkpoint with `tokens`:
    /// `None` when it does not name it.
    fn score(&self, toks: &[String]) -> Option<usize> {
        if self.post_trained {
            let hit = toks
                .iter()
                .any(|t| POST_TRAINING.iter().any(|w| word_matches(w, t)));
            return hit.then_some(1);
        }
        let has_version = toks.iter().any(|t| is_version(t));
        self.alts
            .iter()
            .filter_map(|alt| {
                let words_ok = alt
                    .words
                    .iter()
                    .all(|w| toks.iter().any(|t| word_matches(w, t)));
                let version_ok = match &alt.version {
                    None => true,
                    Some(v) => toks.iter().any(|t| t == v) || (v == "v1" && !has_version),
                };
                (words_ok && version_ok)
                    .then(|| alt.words.len() + usize::from(alt.version.is_some()))
            })
            .max()
    }
}

/// Cuts a multi-part cell into its parts; `None` when the cell is one value
/// for every checkpoint. `cell` is the cell's Markdown with `<br>` as written.
pub fn parts(cell: &str) -> Option<Vec<Part>> {
    let text = markdown::strip_footnotes(cell);
    let lines: Vec<String> = text
        .split("<br>")
        .flat_map(|l| l.split("<br/>"))
        .flat_map(|l| l.split('\n'))
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    // `X<br>(Y as for Z model)`, `X<br>(Y is also applied to the Z model)`,
    // `X<br>(Zモデルは Y も適用)`.
    if lines.len() == 2 && lines[1].starts_with(['(', '（']) && lines[1].ends_with([')', '）']) {
        let inner = lines[1]
            .trim_start_matches(['(', '（'])
            .trim_end_matches([')', '）'])
            .trim();
        let exception = if let Some((value, who)) = inner.split_once(" as for ") {
            Some((value, who, Mode::Own))
        } else if let Some((value, who)) = inner.split_once(" is also applied to ") {
            Some((value, who, Mode::Also))
        } else if let Some((who, rest)) = inner.split_once("のみ") {
            Some((rest.trim(), who, Mode::Own))
        } else if let Some((who, rest)) = inner.split_once("は") {
            Some(match rest.trim().strip_suffix("も適用") {
                Some(v) => (v.trim(), who, Mode::Also),
                None => (rest.trim(), who, Mode::Own),
            })
        } else {
            None
        };
        let (value, who, mode) = exception?;
        let sel = selector(who)?;
        let default = Selector {
            default: true,
            ..Selector::default()
        };
        return Some(vec![
            Part {
                selector: default,
                value: lines[0].clone(),
                mode: Mode::Own,
                text: lines[0].clone(),
            },
            Part {
                selector: sel,
                value: value.trim().to_string(),
                mode,
                text: lines[1].clone(),
            },
        ]);
    }
    if lines.len() < 2 {
        return None;
    }
    let mut out = Vec::new();
    for line in &lines {
        // The selector ends at the first `:` outside a link.
        let plain_prefix_end = line.find("](").unwrap_or(line.len());
        let colon = line[..plain_prefix_end]
            .find(':')
            .or_else(|| line[..plain_prefix_end].find('：'))?;
        let (sel_text, value) = (&line[..colon], &line[colon + 1..]);
        let sel_text = markdown::clean(sel_text);
        out.push(Part {
            selector: selector(&sel_text)?,
            value: value.trim_start_matches(['：']).trim().to_string(),
            mode: Mode::Own,
            text: markdown::clean(line),
        });
    }
    Some(out)
}

/// What [`assign`] decided for one checkpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// The part at this index names the checkpoint (or is the default).
    Part(usize),
    /// No part names it and there is no default.
    Unnamed,
    /// Two parts name it equally well.
    Tie,
}

/// For each checkpoint name, the part that applies to it.
pub fn assign(parts: &[Part], names: &[&str]) -> Vec<Choice> {
    let default = parts.iter().position(|p| p.selector.default);
    names
        .iter()
        .map(|name| {
            let toks = tokens(name);
            let mut best: Option<(usize, usize)> = None;
            let mut tie = false;
            for (i, p) in parts.iter().enumerate() {
                if let Some(s) = p.selector.score(&toks) {
                    match best {
                        Some((_, b)) if s < b => {}
                        Some((_, b)) if s == b => tie = true,
                        _ => {
                            best = Some((i, s));
                            tie = false;
                        }
                    }
                }
            }
            match (best, tie) {
                (Some(_), true) => Choice::Tie,
                (Some((i, _)), false) => Choice::Part(i),
                (None, _) => default.map_or(Choice::Unnamed, Choice::Part),
            }
        })
        .collect()
}

/// `4,096 or 8,192`: each value goes to the checkpoint whose name holds the
/// number (`sq4096-alpha`). Returns the values in the cell's order.
pub fn alternatives(cell: &str) -> Option<Vec<u64>> {
    let text = markdown::clean(cell).replace('\n', " ");
    let items: Vec<&str> = text
        .split(" or ")
        .flat_map(|i| i.split("または"))
        .map(str::trim)
        .collect();
    if items.len() < 2 {
        return None;
    }
    items
        .iter()
        .map(|i| i.replace(',', "").parse::<u64>().ok())
        .collect()
}

/// A cell with its `<br>`s as newlines, so it splits into lines.
fn lines_of(cell: &str) -> String {
    markdown::replace_br(cell)
}

/// The parts of one language's cell, if it has the same shape as `like`.
fn parts_like(raw: Option<&str>, like: &[Part]) -> Option<Vec<Part>> {
    let p = parts(&lines_of(raw?))?;
    (p.len() == like.len() && p.iter().zip(like).all(|(a, b)| a.mode == b.mode)).then_some(p)
}

/// Reads the row's context cell into the family's context length and, where
/// the cell singles checkpoints out, each checkpoint's own. The family's is
/// the smallest any checkpoint has (a range states its low end), so
/// `--min-context` on the family never admits a checkpoint that falls short.
pub(super) fn context(fam: &mut Family, aligned: &Aligned, idx: usize, report: &mut Report) {
    use crate::catalog::schema::{Bound, Qualifier};
    let line = aligned.ja.line;
    let ja_raw = cell(Some(aligned.ja), idx).unwrap_or("");
    let c = markdown::clean(ja_raw);
    let values = context_values(&c);
    let nums: Vec<u64> = values.iter().map(|v| v.0).collect();
    // A qualified number (`≤ 2,048`) is no exact length: the family keeps
    // the bound, the smallest number with the kind they share (none where
    // the kinds differ), and the text.
    let qualified = values.iter().any(|v| v.1.is_some());
    if qualified {
        let kinds: Vec<Qualifier> = values.iter().filter_map(|v| v.1).collect();
        let one_kind = kinds.iter().all(|k| *k == kinds[0]);
        fam.context_bound = nums
            .iter()
            .copied()
            .min()
            .filter(|_| one_kind)
            .map(|value| Bound {
                kind: kinds[0],
                value,
            });
    } else {
        fam.context_length = nums.iter().copied().min();
    }
    let en_text = cell(aligned.en, idx).map(|e| one_line(&plain(e)));
    if nums.len() > 1 || qualified || (nums.is_empty() && !c.is_empty()) {
        fam.context_text = (en_text.clone().or(Some(one_line(&c)))).map(Str::from);
    }
    if nums.len() < 2 {
        return;
    }
    let mut variants = fam.variants.to_vec();
    if let Some(ps) = parts(&lines_of(ja_raw)) {
        let en_parts = parts_like(cell(aligned.en, idx), &ps);
        let names: Vec<&str> = variants.iter().map(|v| &*v.name).collect();
        let choices = assign(&ps, &names);
        for (v, choice) in variants.iter_mut().zip(&choices) {
            match choice {
                Choice::Part(i) => {
                    let n = context_values(&markdown::clean(&ps[*i].value));
                    if let [(one, q)] = n.as_slice() {
                        match q {
                            None => v.context_length = Some(*one),
                            Some(kind) => {
                                v.context_bound = Some(Bound {
                                    kind: *kind,
                                    value: *one,
                                })
                            }
                        }
                        let text = en_parts.as_ref().map_or(&ps[*i].text, |e| &e[*i].text);
                        v.context_text = Some(Str::from(text.clone()));
                    }
                }
                Choice::Unnamed | Choice::Tie => report.warnings.push(format!(
                    "README.md:{line}: the context cell does not single out checkpoint '{}'; it keeps the family's context",
                    v.name
                )),
            }
        }
    } else if let Some(values) = alternatives(ja_raw) {
        for v in variants.iter_mut() {
            let hits: Vec<u64> = values
                .iter()
                .copied()
                .filter(|n| v.name.contains(&n.to_string()))
                .collect();
            if let [one] = hits.as_slice() {
                v.context_length = Some(*one);
                v.context_text = Some(Str::from(en_text.clone().unwrap_or_else(|| one_line(&c))));
            } else {
                report.warnings.push(format!(
                    "README.md:{line}: the context cell does not single out checkpoint '{}'; it keeps the family's context",
                    v.name
                ));
            }
        }
    }
    fam.variants = variants.into();
}

mod license;
#[cfg(test)]
mod tests;

pub(super) use license::license;
