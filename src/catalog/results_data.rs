//! The evaluation results build.rs embedded from `catalog/results/*.toml`
//! (see results.rs): borrowed from the binary, sorted by lower-cased repo
//! id, so a checkpoint's results are a binary search away and a command
//! that prints none pays nothing.

use std::borrow::Cow::Borrowed;

use super::results::{Results, Score};

mod generated {
    #![allow(clippy::all)]
    use crate::catalog::results::*;
    include!(concat!(env!("OUT_DIR"), "/results.rs"));
}

/// Every embedded result, sorted by [`super::results::sort`].
pub fn table() -> &'static [Score] {
    generated::RESULTS
}

/// The embedded results of repo `hf` (any case): a binary search in the
/// lower-cased keys build.rs wrote beside the table. Same answer as
/// [`super::results::for_repo`] (a unit test compares them).
pub fn for_repo(hf: &str) -> &'static [Score] {
    let key = hf.to_ascii_lowercase();
    let keys = generated::KEYS;
    let start = keys.partition_point(|k| *k < key.as_str());
    let len = keys[start..].partition_point(|k| *k == key.as_str());
    &generated::RESULTS[start..start + len]
}

/// The embedded sources, suites and results.
pub fn embedded() -> Results {
    Results {
        sources: Borrowed(generated::SOURCES),
        suites: Borrowed(generated::SUITES),
        results: Borrowed(generated::RESULTS),
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
