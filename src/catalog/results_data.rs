//! The evaluation results build.rs embedded from `catalog/results/*.toml`
//! (see results.rs): borrowed from the binary, sorted by lower-cased repo
//! id, so a checkpoint's results are a binary search away and a command
//! that prints none pays nothing.

use super::embedded as generated;
use super::results::{key_prefix, Results, Score, Suite};
use super::schema::{blob, List, Str};

/// Results an installed update brought (`jllm update`), in place of the
/// embedded ones; set once, when the installed catalog is loaded.
struct InEffect {
    results: Results,
    /// Lower-cased repo ids parallel to `results.results`, for [`for_repo`].
    keys: Vec<String>,
    /// [`super::results::key_prefix`] of each key.
    prefixes: Vec<u128>,
}

static INSTALLED: std::sync::OnceLock<InEffect> = std::sync::OnceLock::new();

/// Makes `results` (an installed update's) the results every lookup
/// answers from for the rest of the process, sorted as build.rs sorts the
/// embedded ones. A second call changes nothing.
pub fn install(mut results: Results) {
    let suites = results.suites.clone();
    super::results::sort(results.results.to_mut(), &suites);
    let keys: Vec<String> = results
        .results
        .iter()
        .map(|r| r.hf.to_ascii_lowercase())
        .collect();
    let prefixes = keys.iter().map(|k| key_prefix(k.as_bytes())).collect();
    let _ = INSTALLED.set(InEffect {
        results,
        keys,
        prefixes,
    });
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
/// lower-cased keys beside the table, first over their 16-byte prefixes
/// (numbers), then over the few keys that share the prefix. Same answer as
/// [`super::results::for_repo`] (a unit test compares them).
pub fn for_repo(hf: &str) -> &'static [Score] {
    // Lower-cased on the stack: repo ids are short, and this runs for
    // every checkpoint a command scores.
    let mut buf = [0u8; 96];
    let long;
    let key: &[u8] = match buf.get_mut(..hf.len()) {
        Some(b) => {
            b.copy_from_slice(hf.as_bytes());
            b.make_ascii_lowercase();
            b
        }
        None => {
            long = hf.to_ascii_lowercase();
            long.as_bytes()
        }
    };
    match INSTALLED.get() {
        Some(t) => search(
            &t.prefixes,
            &t.keys,
            |k| k.as_bytes(),
            &t.results.results,
            key,
        ),
        None => {
            generated::ready();
            let blob = blob().as_bytes();
            let (prefixes, keys) = (&generated::KEY_PREFIXES, &generated::KEYS);
            let results = &generated::RESULTS;
            search(prefixes, keys, |k: &Str| k.bytes_in(blob), results, key)
        }
    }
}

/// The rows of `table` whose key is `key`: `keys` (read as bytes by
/// `bytes`) and their `prefixes` are parallel to `table` and sorted.
fn search<'a, K>(
    prefixes: &[u128],
    keys: &[K],
    bytes: impl Fn(&K) -> &[u8],
    table: &'a [Score],
    key: &[u8],
) -> &'a [Score] {
    let prefix = key_prefix(key);
    let lo = prefixes.partition_point(|&p| p < prefix);
    let hi = lo + prefixes[lo..].partition_point(|&p| p == prefix);
    let Some(block) = keys.get(lo..hi) else {
        return &[];
    };
    let start = lo + block.partition_point(|k| bytes(k) < key);
    let len = keys[start..hi].partition_point(|k| bytes(k) == key);
    &table[start..start + len]
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
    let suites: &[Suite] = match INSTALLED.get() {
        Some(t) => &t.results.suites,
        None => {
            generated::ready();
            &generated::SUITES
        }
    };
    suites.iter().any(|s| s.lower_is_better && s.id == id)
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
        assert_eq!(generated::KEY_PREFIXES.len(), table.len());
        assert!(generated::KEY_PREFIXES.is_sorted());
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
        // Longer than the stack buffer the key is lower-cased in.
        let long = format!("{}/{}", "A".repeat(100), table[0].hf);
        assert!(for_repo(&long).is_empty());
        assert_eq!(
            for_repo(&table[0].hf.to_uppercase()).len(),
            for_repo(&table[0].hf).len()
        );
        // The search of an installed update's keys (owned strings).
        let keys: Vec<String> = table.iter().map(|r| r.hf.to_ascii_lowercase()).collect();
        let prefixes: Vec<u128> = keys.iter().map(|k| key_prefix(k.as_bytes())).collect();
        let owned = |q: &str| {
            let q = q.to_ascii_lowercase();
            search(&prefixes, &keys, |k| k.as_bytes(), table, q.as_bytes())
        };
        for r in table {
            let slow = super::super::results::for_repo(table, &r.hf);
            assert_eq!(owned(&r.hf.to_uppercase()).as_ptr(), slow.as_ptr());
            assert_eq!(owned(&r.hf).len(), slow.len());
        }
        assert!(owned("no/such-repo").is_empty());
    }
}
