//! The browser's `/` search: `jllm search`'s ranking (`cmd::search::ranked`)
//! made fast enough to run on each key, in two ways that change nothing in
//! the answer.
//!
//! - Narrowing: when the search before found families by a field (so
//!   `search` answered without trying typos) and `query::search::narrows`
//!   says every family the new text matches was matched by the old one
//!   (typing `swal` after `swa`), only the old matches are scored. If none
//!   of them matches the new text directly, the whole list is searched, as
//!   `search` would then try typos over every family.
//! - A worker thread: the event loop hands each search to it and draws the
//!   typed text at once; the answer replaces the rows when it comes, and a
//!   search already overtaken by a newer key is skipped (the latest wins).
//!
//! Tests check that a search typed key by key gives exactly the rows the
//! plain ranking gives for each prefix.

use std::sync::mpsc::{Receiver, Sender};

use crate::catalog::schema::Catalog;
use crate::cmd::search::{ranked, ranked_among};
use crate::query::filter::Hit;
use crate::query::search::{narrows, Found};

/// The last search that matched a family by a field: its text, the
/// families searched (their positions in the catalog) and the positions
/// among them of those it matched, ascending.
struct Base {
    query: String,
    searched: Vec<usize>,
    matched: Vec<usize>,
}

/// Runs searches, remembering the last one for narrowing.
#[derive(Default)]
pub struct Searcher {
    base: Option<Base>,
    /// Searches answered from the previous matches (for the tests).
    pub narrowed: usize,
}

/// A match by a field, not by a typo nor training data: `search` stops
/// before typos when it has one.
fn direct(f: &Found) -> bool {
    !f.typo && f.field != "training_data"
}

impl Searcher {
    /// The hits `query` matches, best first, as `jllm search` ranks them,
    /// and the number of benchmarks it matches.
    pub fn rank<'a>(
        &mut self,
        cat: &'a Catalog,
        hits: Vec<Hit<'a>>,
        query: &str,
    ) -> (Vec<Hit<'a>>, usize) {
        let searched: Vec<usize> = hits.iter().map(|h| h.index).collect();
        let among = self
            .base
            .as_ref()
            .filter(|b| b.searched == searched && narrows(&b.query, query))
            .map(|b| b.matched.as_slice());
        let narrowed = among
            .map(|a| ranked_among(cat, &hits, Some(a), query))
            .filter(|(found, _)| found.iter().any(direct));
        if narrowed.is_some() {
            self.narrowed += 1;
        }
        let (found, benches) = narrowed.unwrap_or_else(|| ranked(cat, &hits, query));
        self.base = found.iter().any(direct).then(|| {
            let mut matched: Vec<usize> = found.iter().map(|f| f.index).collect();
            matched.sort_unstable();
            Base {
                query: query.to_string(),
                searched,
                matched,
            }
        });
        let mut slots: Vec<Option<_>> = hits.into_iter().map(Some).collect();
        let hits = found
            .iter()
            .filter_map(|f| slots.get_mut(f.index).and_then(Option::take))
            .collect();
        (hits, benches.len())
    }
}

/// A search for the worker: the filtered hits and the text, numbered.
pub struct Job<'a> {
    pub generation: u64,
    pub hits: Vec<Hit<'a>>,
    pub query: String,
}

/// A worker's answer to the job of the same number.
pub struct Done<'a> {
    pub generation: u64,
    pub hits: Vec<Hit<'a>>,
    pub benchmarks: usize,
}

/// The worker thread's loop: takes the newest job waiting (older ones are
/// overtaken), answers it, until the browser drops its sender.
pub fn work<'a>(cat: &'a Catalog, jobs: Receiver<Job<'a>>, done: Sender<Done<'a>>) {
    let mut searcher = Searcher::default();
    while let Ok(mut job) = jobs.recv() {
        while let Ok(newer) = jobs.try_recv() {
            job = newer;
        }
        let (hits, benchmarks) = searcher.rank(cat, job.hits, &job.query);
        let answer = Done {
            generation: job.generation,
            hits,
            benchmarks,
        };
        if done.send(answer).is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::filter::{Filter, Filters};

    fn catalog() -> &'static Catalog {
        static CAT: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
        CAT.get_or_init(crate::catalog::load::embedded)
    }

    /// Catalog positions and kept checkpoints of `hits`, in order.
    fn ids(hits: &[Hit]) -> Vec<(usize, Vec<usize>)> {
        hits.iter().map(|h| (h.index, h.variants.clone())).collect()
    }

    /// Texts typed one key at a time, with and without a filter, give at
    /// every key exactly the rows and benchmark count of the plain ranking
    /// (`cmd::search::ranked`) for that text; narrowing happened, and a
    /// typo after a narrowed search (`swalo`) falls back to the whole list.
    #[test]
    fn a_search_typed_key_by_key_ranks_as_the_plain_search() {
        let cat = catalog();
        let apache = Filters {
            license: vec!["apache-2.0".into()],
            ..Filters::default()
        };
        let texts = [
            "swallow",
            "swalow",
            "llm-jp-3 13b",
            "rinna",
            "calm",
            "tanuki 8b",
            "日本語",
            "qwen",
            "elyza",
            "instruct",
            "jglue",
            "zzzz",
        ];
        let mut narrowed = 0;
        for filters in [Filters::default(), apache] {
            let filter = Filter::new(&filters, cat).expect("filters of the catalog");
            let mut searcher = Searcher::default();
            for text in texts {
                for end in text.char_indices().map(|(i, c)| i + c.len_utf8()) {
                    let typed = &text[..end];
                    let (fast, fast_benches) = searcher.rank(cat, filter.apply(cat), typed);
                    let hits = filter.apply(cat);
                    let (found, benches) = ranked(cat, &hits, typed);
                    let plain: Vec<_> = found
                        .iter()
                        .map(|f| (hits[f.index].index, hits[f.index].variants.clone()))
                        .collect();
                    assert_eq!(ids(&fast), plain, "{typed:?}");
                    assert_eq!(fast_benches, benches.len(), "{typed:?}");
                }
            }
            narrowed += searcher.narrowed;
        }
        assert!(narrowed > 20, "only {narrowed} searches narrowed");
        // `swalo` matches no family directly: `search` tries typos over
        // the whole list, and so does the narrowing.
        let hits = Filter::new(&Filters::default(), cat)
            .expect("no filter")
            .apply(cat);
        let (found, _) = ranked(cat, &hits, "swalo");
        assert!(found.iter().all(|f| f.typo) && !found.is_empty());
    }

    /// The worker answers the latest job; an overtaken one is skipped or
    /// answered under its own number.
    #[test]
    fn the_worker_answers_the_latest_search() {
        let cat = catalog();
        let hits = || {
            Filter::new(&Filters::default(), cat)
                .expect("no filter")
                .apply(cat)
        };
        std::thread::scope(|scope| {
            let (jobs, inbox) = std::sync::mpsc::channel();
            let (answers, done) = std::sync::mpsc::channel();
            scope.spawn(move || work(cat, inbox, answers));
            for (generation, query) in [(1, "s"), (2, "sw"), (3, "swallow")] {
                let job = Job {
                    generation,
                    hits: hits(),
                    query: query.into(),
                };
                jobs.send(job).expect("the worker runs");
            }
            let last = loop {
                let d = done.recv().expect("an answer");
                if d.generation == 3 {
                    break d;
                }
            };
            let all = hits();
            let (found, benches) = ranked(cat, &all, "swallow");
            let plain: Vec<usize> = found.iter().map(|f| all[f.index].index).collect();
            let got: Vec<usize> = last.hits.iter().map(|h| h.index).collect();
            assert_eq!(got, plain);
            assert_eq!(last.benchmarks, benches.len());
            drop(jobs);
        });
    }
}
