//! The catalog and the evaluation results build.rs embedded, as statics
//! holding no pointer (`jllm_catalog::schema::embed` says why): its texts
//! and arrays are handed to the schema's `Str` and `List` by [`ready`],
//! which every reader of these statics calls first.

#![allow(clippy::all, non_upper_case_globals)]

use super::load::PrerenderedFamily;
use super::results::*;
use super::schema::*;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// Makes the embedded texts and arrays readable; the first call hands them
/// over, later calls cost one atomic load.
#[inline]
pub fn ready() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(install);
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::{load, results, results_data};

    /// Every table read back through the spans equals the committed TOML
    /// parsed now, field by field: the text blob and the arrays hold what
    /// build.rs was given, in its order (models by their line in the list,
    /// results as `results::sort` orders them).
    #[test]
    fn the_embedded_catalog_reads_back_as_its_toml() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
        let mut parsed = super::Catalog::default();
        for file in load::toml_files(&root).expect("catalog/ lists its files") {
            parsed.append(load::parse_file(&file).expect("catalog/ parses").0);
        }
        parsed
            .models
            .to_mut()
            .sort_by_key(|f| f.source_line.unwrap_or(u32::MAX));
        let embedded = load::embedded();
        assert!(embedded.is_embedded());
        assert!(!parsed.models.is_empty() && !parsed.models.is_borrowed());
        assert_eq!(embedded, parsed);

        let mut files: Vec<_> = std::fs::read_dir(root.join("results"))
            .expect("catalog/results/")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        let mut parsed = results::Results::default();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("results file reads");
            parsed.append(results::parse_str(&text).expect("results file parses"));
        }
        let suites = parsed.suites.clone();
        results::sort(parsed.results.to_mut(), &suites);
        assert!(parsed.results.len() > 100);
        assert_eq!(results_data::embedded(), parsed);
    }

    /// Two embedded texts are equal exactly when their spans are: build.rs
    /// stores each distinct text once, and `Str`'s equality relies on it.
    #[test]
    fn equal_embedded_texts_share_one_span() {
        let cat = load::embedded();
        let mut texts: Vec<&super::Str> = Vec::new();
        for f in cat.models.iter() {
            texts.extend(f.developers.iter());
            texts.push(&f.domain);
        }
        texts.extend(cat.developers.iter().map(|d| &d.id));
        texts.extend(cat.domains.iter().map(|d| &d.id));
        assert!(texts.len() > 500);
        let mut equal = 0;
        for a in &texts {
            assert!(matches!(a, super::Str::Embedded(_)));
            for b in &texts {
                assert_eq!(*a == *b, a.as_str() == b.as_str(), "{a} / {b}");
                equal += usize::from(a.as_str() == b.as_str());
            }
        }
        assert!(equal > texts.len() * 2, "{equal} equal pairs");
    }

    /// The generated statics hold no pointer: no string literal and no
    /// reference, but for the one that names the text blob (`install`
    /// hands the arrays over by reference at run time).
    #[test]
    fn the_generated_statics_hold_no_pointer() {
        let code = include_str!(concat!(env!("OUT_DIR"), "/embedded.rs"));
        let lines: Vec<&str> = code
            .lines()
            .filter(|l| !l.starts_with("//") && !l.contains("EMBEDDED_TEXT"))
            .filter(|l| !l.trim_start().starts_with("let _ = <"))
            .collect();
        assert!(lines.len() > 1000, "{} lines", lines.len());
        for line in lines {
            assert!(
                !line.contains('"') && !line.contains('&'),
                "a pointer in the embedded statics: {}",
                line.get(..200).unwrap_or(line)
            );
        }
    }
}
