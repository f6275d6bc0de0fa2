//! The evaluation results build.rs embedded from `catalog/results/*.toml`
//! (see results.rs): borrowed from the binary, sorted by lower-cased repo
//! id, so a checkpoint's results are a binary search away and a command
//! that prints none pays nothing.

use super::embedded as generated;
use super::results::{Results, Score};
use super::schema::List;

/// Results an installed update brought (`jllm update`), in place of the
/// embedded ones; set once, when the installed catalog is loaded.
struct InEffect {
    results: Results,
    /// Lower-cased repo ids parallel to `results.results`, for [`for_repo`].
    keys: Vec<String>,
}

static INSTALLED: std::sync::OnceLock<InEffect> = std::sync::OnceLock::new();

/// Makes `results` (an installed update's) the results every lookup
/// answers from for the rest of the process, sorted as build.rs sorts the
/// embedded ones. A second call changes nothing.
pub fn install(mut results: Results) {
    let suites = results.suites.clone();
    super::results::sort(results.results.to_mut(), &suites);
    let keys = results
        .results
        .iter()
        .map(|r| r.hf.to_ascii_lowercase())
        .collect();
    let _ = INSTALLED.set(InEffect { results, keys });
}

/// Whether an installed update's results are in effect.
pub fn is_installed() -> bool {
    INSTALLED.get().is_some()
}

/// Every result in effect (installed, else embedded), sorted by
/// [`super::results::sort`].
pub fn table() -> &'static [Score] {
    match INSTALLED.get() {
        Some(t) => &t.results.results,
        None => {
            generated::ready();
            &generated::RESULTS
        }
    }
}

/// The results in effect of repo `hf` (any case): a binary search in the
/// lower-cased keys beside the table. Same answer as
/// [`super::results::for_repo`] (a unit test compares them).
pub fn for_repo(hf: &str) -> &'static [Score] {
    let key = hf.to_ascii_lowercase();
    fn search<'a, K: AsRef<str>>(keys: &[K], table: &'a [Score], key: &str) -> &'a [Score] {
        let start = keys.partition_point(|k| k.as_ref() < key);
        let len = keys[start..].partition_point(|k| k.as_ref() == key);
        &table[start..start + len]
    }
    match INSTALLED.get() {
        Some(t) => search(&t.keys, &t.results.results, &key),
        None => {
            generated::ready();
            search(&generated::KEYS, &generated::RESULTS, &key)
        }
    }
}

/// The embedded sources, suites, results and aliases (what this binary was built
/// with, whatever is installed).
pub fn embedded() -> Results {
    generated::ready();
    Results {
        sources: generated::SOURCES.clone(),
        suites: generated::SUITES.clone(),
        results: generated::RESULTS.clone(),
        aliases: generated::ALIASES.clone(),
    }
}

/// Whether a lower score is better on suite `id` in effect (an error
/// rate): json.rs reads it here, as build.rs answers it from the files.
pub fn lower_is_better(id: &str) -> bool {
    in_effect()
        .suites
        .iter()
        .any(|s| s.id == id && s.lower_is_better)
}

/// The sources, suites and results in effect: an installed update's, else
/// the embedded ones (the curated aliases are always the embedded ones).
pub fn in_effect() -> Results {
    match INSTALLED.get() {
        Some(t) => Results {
            sources: List::Static(&t.results.sources),
            suites: List::Static(&t.results.suites),
            results: List::Static(&t.results.results),
            aliases: {
                generated::ready();
                generated::ALIASES.clone()
            },
        },
        None => embedded(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast lookup answers as the case-folding one, for every repo
    /// (in three spellings) and for repos that are not there.
    #[test]
    fn key_lookup_equals_case_folded_search() {
        let table = table();
        assert_eq!(generated::KEYS.len(), table.len());
        for r in table {
            for q in [r.hf.to_string(), r.hf.to_uppercase(), r.hf.to_lowercase()] {
                let fast = for_repo(&q);
                let slow = super::super::results::for_repo(table, &q);
                assert!(!fast.is_empty());
                assert_eq!(fast.as_ptr(), slow.as_ptr(), "{q}");
                assert_eq!(fast.len(), slow.len(), "{q}");
            }
        }
        for q in ["", "no/such-repo", "zzzz/zzz", "~"] {
            assert!(for_repo(q).is_empty(), "{q}");
        }
    }
}
