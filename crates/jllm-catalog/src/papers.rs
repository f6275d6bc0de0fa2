//! Which papers of the catalog's paper table belong to a family: the
//! architecture papers whose name appears in the family's architecture
//! text, both compared by a normalized name (case, spaces, punctuation and
//! Greek letters ignored, a trailing size such as `Mistral 7B`'s dropped),
//! so that `Stable Diffusion`, `wav2vec 2.0` and `PixArt-Σ` are found as
//! the list writes them. Two papers with one normalized name are
//! ambiguous: neither is attached, and `catalog import` reports them.

use std::collections::HashMap;

use super::schema::{Catalog, Family, Paper};

/// Greek letters spelled out (`PixArt-Σ` → `PixArt-sigma`): paper ids and
/// names keep PixArt-α, PIXART-δ and PixArt-Σ apart.
pub fn greek_to_latin(name: &str) -> String {
    const LETTERS: [(char, &str); 12] = [
        ('α', "alpha"),
        ('β', "beta"),
        ('γ', "gamma"),
        ('δ', "delta"),
        ('ε', "epsilon"),
        ('θ', "theta"),
        ('λ', "lambda"),
        ('μ', "mu"),
        ('π', "pi"),
        ('σ', "sigma"),
        ('ω', "omega"),
        ('φ', "phi"),
    ];
    name.chars()
        .map(|c| {
            let lower = c.to_lowercase().next().unwrap_or(c);
            LETTERS
                .iter()
                .find(|(g, _)| *g == lower)
                .map_or_else(|| c.to_string(), |(_, latin)| latin.to_string())
        })
        .collect()
}

/// A word compared: lower case, Greek letters spelled out, only letters
/// and digits kept (`PixArt-Σ` → `pixartsigma`, `2.0` → `20`).
fn squash(word: &str) -> String {
    greek_to_latin(word)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `word` is a size such as `7B`, `1.3b`, `500M`.
fn is_size(word: &str) -> bool {
    let Some(num) = word
        .strip_suffix(['b', 'B', 'm', 'M', 't', 'T', 'k', 'K'])
        .filter(|n| !n.is_empty())
    else {
        return false;
    };
    num.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && num.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// A paper's name as compared: [`squash`]ed, without a trailing size that
/// is a word of its own (`Mistral 7B` → `mistral`; `RakutenAI-7B` keeps
/// its size, which is part of the name). Empty for a name of nothing but
/// punctuation.
pub fn paper_key(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    if words.len() > 1 && words.last().is_some_and(|w| is_size(w)) {
        words.pop();
    }
    words.iter().map(|w| squash(w)).collect()
}

/// The words of an architecture text: split where a name cannot go on
/// (spaces, brackets, `+`, `/`, `,`); `-`, `.` and `_` stay inside a word,
/// so `Llama-based` is not `Llama` and `Mamba-2` is not `Mamba`.
fn arch_words(arch: &str) -> Vec<String> {
    arch.split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '.' | '_')))
        .map(squash)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Architecture papers whose key appears in `arch` as a run of whole words
/// (`Stable Diffusion (ControlNet)`: Stable Diffusion and ControlNet). A
/// match inside a longer one is not one (`Llama 2` is not `Llama`), and a
/// key two papers share attaches neither. In the paper table's order.
pub fn papers_in<'a>(papers: &'a [Paper], arch: &str) -> Vec<&'a Paper> {
    let words = arch_words(arch);
    let keys = keyed(papers);
    // (start, end, paper) of every run of words that is a paper's key.
    let mut found: Vec<(usize, usize, &Paper)> = Vec::new();
    for start in 0..words.len() {
        let mut run = String::new();
        for (end, w) in words.iter().enumerate().skip(start) {
            run.push_str(w);
            if let Some(ps) = keys.get(run.as_str()) {
                if let [p] = ps.as_slice() {
                    found.push((start, end, *p));
                }
            }
        }
    }
    let inside = |a: &(usize, usize, &Paper)| {
        found
            .iter()
            .any(|b| b.0 <= a.0 && a.1 <= b.1 && (b.0, b.1) != (a.0, a.1))
    };
    papers
        .iter()
        .filter(|p| found.iter().any(|f| std::ptr::eq(f.2, *p) && !inside(f)))
        .collect()
}

/// The architecture papers by key.
fn keyed(papers: &[Paper]) -> HashMap<String, Vec<&Paper>> {
    let mut keys: HashMap<String, Vec<&Paper>> = HashMap::new();
    for p in papers.iter().filter(|p| p.kind == "architecture") {
        let k = paper_key(&p.name);
        if !k.is_empty() {
            keys.entry(k).or_default().push(p);
        }
    }
    keys
}

/// Keys two or more architecture papers share, with those papers: none is
/// attached by that name. Sorted by key.
pub fn ambiguous(papers: &[Paper]) -> Vec<(String, Vec<&Paper>)> {
    let mut out: Vec<(String, Vec<&Paper>)> = keyed(papers)
        .into_iter()
        .filter(|(_, ps)| ps.len() > 1)
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The papers of family `f`'s architecture.
pub fn of_family<'a>(cat: &'a Catalog, f: &Family) -> Vec<&'a Paper> {
    f.architecture
        .as_deref()
        .map_or_else(Vec::new, |arch| papers_in(&cat.papers, arch))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paper(name: &str) -> Paper {
        Paper {
            id: name.to_string().into(),
            name: name.to_string().into(),
            kind: "architecture".into(),
            ..Paper::default()
        }
    }

    fn names(papers: &[Paper], arch: &str) -> Vec<String> {
        papers_in(papers, arch)
            .iter()
            .map(|p| p.name.to_string())
            .collect()
    }

    #[test]
    fn keys_ignore_case_spaces_punctuation_greek_and_a_trailing_size() {
        assert_eq!(paper_key("Stable Diffusion"), "stablediffusion");
        assert_eq!(paper_key("wav2vec 2.0"), "wav2vec20");
        assert_eq!(paper_key("PixArt-Σ"), "pixartsigma");
        assert_eq!(paper_key("PixArt-σ"), paper_key("PIXART-Σ"));
        assert_ne!(paper_key("PixArt-α"), paper_key("PixArt-Σ"));
        assert_eq!(paper_key("Mistral 7B"), "mistral");
        assert_eq!(paper_key("RakutenAI-7B"), "rakutenai7b");
        assert_eq!(paper_key("7B"), "7b");
        assert_eq!(paper_key("-"), "");
        assert!(is_size("1.3b") && is_size("500M") && !is_size("b") && !is_size(".5b"));
    }

    #[test]
    fn runs_of_whole_words_the_longest_one_and_never_an_ambiguous_key() {
        let papers: Vec<Paper> = [
            "Stable Diffusion",
            "ControlNet",
            "Llama",
            "Llama 2",
            "Mamba",
            "Mamba-2",
            "Mistral 7B",
            "wav2vec 2.0",
            "PixArt-Σ",
            "Fast Conformer",
        ]
        .iter()
        .map(|n| paper(n))
        .collect();
        assert_eq!(
            names(&papers, "Stable Diffusion (ControlNet)"),
            ["Stable Diffusion", "ControlNet"]
        );
        assert_eq!(names(&papers, "wav2vec 2.0"), ["wav2vec 2.0"]);
        assert_eq!(names(&papers, "PixArt-Σ"), ["PixArt-Σ"]);
        assert_eq!(names(&papers, "Mistral"), ["Mistral 7B"]);
        assert_eq!(names(&papers, "Llama 2"), ["Llama 2"]);
        assert_eq!(names(&papers, "Llama-based encoder"), Vec::<String>::new());
        assert_eq!(names(&papers, "Mamba-2 Hybrid"), ["Mamba-2"]);
        assert_eq!(names(&papers, "NEST (FastConformer)"), ["Fast Conformer"]);
        assert_eq!(names(&papers, "Stable"), Vec::<String>::new());
        assert_eq!(names(&papers, ""), Vec::<String>::new());
        // Two papers of one key: neither, and both reported.
        let twice = vec![paper("GPT-2"), paper("GPT 2")];
        assert!(papers_in(&twice, "GPT-2").is_empty());
        let amb = ambiguous(&twice);
        assert_eq!(amb.len(), 1);
        assert_eq!((amb[0].0.as_str(), amb[0].1.len()), ("gpt2", 2));
    }
}
