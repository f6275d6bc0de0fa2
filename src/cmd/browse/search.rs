//! The browser's `/` search: `jllm search`'s ranking (`cmd::search::ranked`)
//! made fast enough to run on each key, in ways that change nothing in the
//! answer.
//!
//! - The families' texts normalised once (`query::search_index`), by the
//!   worker thread before its first search: a search then compares them
//!   without normalising each again.
//! - Narrowing: when the search before found families by a field (so
//!   `search` answered without trying typos) and `query::search::narrows`
//!   says every family the new text matches was matched by the old one
//!   (typing `swal` after `swa`), only the old matches are scored. If none
//!   of them matches the new text directly, the whole list is searched, as
//!   `search` would then try typos over every family.
//! - Answers kept: the last answers among the same families are given
//!   again for the same text (Backspace asks for a text typed before),
//!   without searching.
//! - A worker thread: the event loop hands each search to it and draws the
//!   typed text at once; the answer replaces the rows when it comes, and a
//!   search already overtaken by a newer key is skipped (the latest wins).
//!
//! Tests check that a search typed key by key gives exactly the rows the
//! plain ranking gives for each prefix.

use std::sync::mpsc::{Receiver, Sender};

use crate::catalog::schema::Catalog;
use crate::cmd::search::ranked_among;
use crate::query::filter::Hit;
use crate::query::search::{narrows, Found, Prepared};

/// The last search that matched a family by a field: its text and the
/// positions among the families searched of those it matched, ascending.
struct Base {
    query: String,
    matched: Vec<usize>,
}

/// A search's answer: its text, the positions among the families
/// searched of those it found, best first, the number of benchmarks it
/// matched, and whether it matched a family by a field.
struct Answer {
    query: String,
    ranked: Vec<usize>,
    benchmarks: usize,
    direct: bool,
}

/// How many answers a searcher keeps (a text erased key by key asks
/// again what was typed before).
const RECENT: usize = 16;

/// Runs searches, remembering the last one for narrowing and the last
/// answers to give again.
#[derive(Default)]
pub struct Searcher<'a> {
    base: Option<Base>,
    /// The families searched (their positions in the catalog) that `base`
    /// and `recent` are about.
    searched: Vec<usize>,
    /// The last answers, oldest first.
    recent: Vec<Answer>,
    /// The catalog's texts normalised (`query::search_index`), once set.
    prepared: Option<Prepared<'a>>,
    /// Searches answered from the previous matches (for the tests).
    pub narrowed: usize,
    /// Searches answered again from `recent` (for the tests).
    pub remembered: usize,
}

/// A match by a field, not by a typo nor training data: `search` stops
/// before typos when it has one.
fn direct(f: &Found) -> bool {
    !f.typo && f.field != "training_data"
}

impl<'a> Searcher<'a> {
    /// A searcher that reads the texts of `cat`'s families normalised
    /// beforehand (normalising them takes about as long as one search of
    /// the whole catalog: the worker does it before its first search).
    pub fn prepared(cat: &'a Catalog) -> Searcher<'a> {
        Searcher {
            prepared: Some(Prepared::new(cat)),
            ..Searcher::default()
        }
    }

    /// The hits `query` matches, best first, as `jllm search` ranks them,
    /// and the number of benchmarks it matches. The same text among the
    /// same families is answered again from the answers kept (the
    /// ranking reads only the families, not their checkpoints); other
    /// families forget them.
    pub fn rank(
        &mut self,
        cat: &'a Catalog,
        hits: Vec<Hit<'a>>,
        query: &str,
    ) -> (Vec<Hit<'a>>, usize) {
        if !hits
            .iter()
            .map(|h| h.index)
            .eq(self.searched.iter().copied())
        {
            self.searched = hits.iter().map(|h| h.index).collect();
            self.recent.clear();
            self.base = None;
        }
        let answer = match self.recent.iter().position(|a| a.query == query) {
            Some(i) => {
                self.remembered += 1;
                self.recent.remove(i)
            }
            None => self.search(cat, &hits, query),
        };
        self.base = answer.direct.then(|| {
            let mut matched = answer.ranked.clone();
            matched.sort_unstable();
            Base {
                query: query.to_string(),
                matched,
            }
        });
        let mut slots: Vec<Option<_>> = hits.into_iter().map(Some).collect();
        let hits = answer
            .ranked
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
            .collect();
        let benchmarks = answer.benchmarks;
        self.recent.push(answer);
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
        (hits, benchmarks)
    }

    /// Ranks `hits` for `query`: among the last matches where `narrows`
    /// allows it and they hold a match by a field, else all of them.
    fn search(&mut self, cat: &'a Catalog, hits: &[Hit<'a>], query: &str) -> Answer {
        let among = self
            .base
            .as_ref()
            .filter(|b| narrows(&b.query, query))
            .map(|b| b.matched.as_slice());
        let narrowed = among
            .map(|a| ranked_among(cat, hits, Some(a), self.prepared.as_ref(), query))
            .filter(|(found, _)| found.iter().any(direct));
        if narrowed.is_some() {
            self.narrowed += 1;
        }
        let (found, benches) = narrowed
            .unwrap_or_else(|| ranked_among(cat, hits, None, self.prepared.as_ref(), query));
        Answer {
            query: query.to_string(),
            ranked: found.iter().map(|f| f.index).collect(),
            benchmarks: benches.len(),
            direct: found.iter().any(direct),
        }
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
    let mut searcher = Searcher::prepared(cat);
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
    use crate::cmd::search::ranked;
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

    /// The built-in catalog with `n` generated families on it, written as
    /// bench/gen_catalog.py writes its overlay (developers and licenses of
    /// the catalog, names from its words), with a French name, a base
    /// model and a second checkpoint on some, so that every field search
    /// reads is there. Deterministic.
    fn overlay(n: usize) -> Catalog {
        const WORDS: [&str; 8] = [
            "swallow",
            "calm",
            "elyza",
            "sarashina",
            "tanuki",
            "llm-jp",
            "shisa",
            "nekomata",
        ];
        const DEVELOPERS: [&str; 4] = ["cyberagent", "swallow-project", "elyza", "rinna"];
        const ARCHS: [&str; 4] = ["Llama", "Qwen2.5", "Mistral", "MoE"];
        let mut seed: u64 = 7;
        let mut pick = |m: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % m
        };
        let mut toml = String::new();
        for i in 0..n {
            let word = WORDS[pick(WORDS.len())];
            let size = [1, 7, 8, 13, 70][pick(5)];
            let id = format!("syn-{word}-{i}");
            let title = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            toml.push_str(&format!(
                "[[model]]\nid = \"{id}\"\nname = \"Syn {title} {i} {size}B\"\nname_ja = \"合成{word}{i}\"\n"
            ));
            if i % 5 == 0 {
                toml.push_str(&format!("name_fr = \"Synthèse {title} {i}\"\n"));
            }
            if i % 3 == 0 {
                toml.push_str("base_model = \"Llama 3.1\"\n");
            }
            toml.push_str(&format!(
                "category = \"text-generation\"\napproach = \"scratch\"\nyear = 2025\narchitecture = \"{}\"\ndevelopers = [\"{}\"]\nlicense = {{ text = {{ en = \"Apache 2.0\" }}, ids = [\"apache-2.0\"], commercial = \"yes\" }}\n",
                ARCHS[pick(ARCHS.len())],
                DEVELOPERS[pick(DEVELOPERS.len())]
            ));
            let variants = if i % 4 == 0 { 2 } else { 1 };
            for v in 0..variants {
                let name = if v == 0 {
                    format!("{size}b")
                } else {
                    format!("{size}b-instruct")
                };
                toml.push_str(&format!(
                    "[[model.variants]]\nname = \"{name}\"\nhf = \"syn/{id}-{name}\"\nurl = \"https://huggingface.co/syn/{id}-{name}\"\nparams = {}\n",
                    size * 1_000_000_000u64
                ));
            }
            toml.push('\n');
        }
        let path = std::path::Path::new("generated.toml");
        let (syn, _) = crate::catalog::load::parse_bytes(path, toml.into_bytes())
            .expect("the generated overlay parses");
        let mut cat = crate::catalog::load::embedded();
        crate::catalog::load::overlay(&mut cat, syn);
        cat
    }

    /// On the built-in catalog with 3,000 generated families, texts typed
    /// key by key through the browser's searcher (texts normalised once,
    /// narrowing) give at every key the rows of the plain ranking, and the
    /// prepared search gives the plain one's scores, fields and matched
    /// texts: one-letter texts, typos (`swalow`, `tanukki`), Japanese
    /// (`合成`, `日本語`), several words, nothing (`zzzz`), and a text
    /// typed and erased.
    #[test]
    fn the_prepared_search_ranks_as_the_plain_search_on_an_overlay() {
        let cat = overlay(3_000);
        assert!(cat.models.len() > 3_000);
        let texts = [
            "s",
            "swallow",
            "swalow",
            "tanukki",
            "合成",
            "合成swallow",
            "日本語",
            "calm 7b",
            "syn-elyza-12",
            "llama",
            "Qwen2.5",
            "moe",
            "synthèse",
            "zzzz",
        ];
        let filter = Filter::new(&Filters::default(), &cat).expect("no filter");
        let all = filter.apply(&cat);
        let prepared = Prepared::new(&cat);
        let mut searcher = Searcher::prepared(&cat);
        let mut compared = 0;
        for text in texts {
            let ends: Vec<usize> = text.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
            // Typed, then erased back to its first character.
            let keys = ends.iter().chain(ends.iter().rev().skip(1));
            for &end in keys {
                let typed = &text[..end];
                let (found, benches) = ranked(&cat, &all, typed);
                let (fast, fast_benches) = ranked_among(&cat, &all, None, Some(&prepared), typed);
                let facts = |f: &Vec<Found>| -> Vec<(usize, i64, &str, String, bool)> {
                    f.iter()
                        .map(|f| (f.index, f.score, f.field, f.matched.to_string(), f.typo))
                        .collect()
                };
                assert_eq!(facts(&fast), facts(&found), "{typed:?}");
                assert_eq!(fast_benches.len(), benches.len(), "{typed:?}");
                let (rows, row_benches) = searcher.rank(&cat, filter.apply(&cat), typed);
                let plain: Vec<_> = found
                    .iter()
                    .map(|f| (all[f.index].index, all[f.index].variants.clone()))
                    .collect();
                assert_eq!(ids(&rows), plain, "{typed:?}");
                assert_eq!(row_benches, benches.len(), "{typed:?}");
                compared += 1;
            }
        }
        assert!(compared > 100, "{compared} searches compared");
        assert!(
            searcher.narrowed > 10,
            "only {} narrowed",
            searcher.narrowed
        );
        // Erasing asks again for texts typed before.
        assert!(
            searcher.remembered > 10,
            "only {} remembered",
            searcher.remembered
        );
        // The texts exercise every way of matching.
        let (typos, _) = ranked(&cat, &all, "swalow");
        assert!(!typos.is_empty() && typos.iter().all(|f| f.typo));
        let (one, _) = ranked(&cat, &all, "s");
        assert!(one.len() >= 3_000, "{} for s", one.len());
        let (ja, _) = ranked(&cat, &all, "合成");
        assert!(ja.iter().any(|f| f.field == "name_ja"));
    }
}
