//! Unit tests of the ranking's shortcuts, each against the plain
//! computation it replaces: the filter stages not run again, and the repo
//! ids compared without lowercasing them.

use super::*;

/// Every repo kept by `filters`, counted by a pass of its own.
fn pass(filters: &Filters, cat: &Catalog, keys: &[Vec<Option<u32>>]) -> usize {
    kept(filters, cat, keys).expect("valid filters")
}

#[test]
fn stage_counts_are_the_passes_they_skip() {
    let cat = crate::catalog::load::embedded();
    let (keys, _) = repo_keys(&cat);
    let commercial = Filters {
        commercial: Some(CommercialArg::Yes),
        ..Filters::default()
    };
    let cases = [
        Filters::default(),
        commercial.clone(),
        Filters {
            license: vec!["apache".into()],
            ..Filters::default()
        },
        Filters {
            min_params: Some(7_000_000_000),
            ..commercial.clone()
        },
        Filters {
            min_context: Some(8192),
            ..commercial.clone()
        },
        Filters {
            min_context: Some(32_768),
            assume_base_context: true,
            ..Filters::default()
        },
        Filters {
            since: Some(2024),
            ..Filters::default()
        },
    ];
    for asked in &cases {
        for context in [None, Some(8192), Some(131_072)] {
            let mut strict = asked.clone();
            if let Some(c) = context {
                strict.min_context = Some(strict.min_context.map_or(c, |m| m.max(c)));
            }
            let strict_repos = pass(&strict, &cat, &keys);
            let (license_only, no_context) = stage_filters(asked);
            let plain = (
                pass(&license_only, &cat, &keys),
                pass(&no_context, &cat, &keys),
            );
            let fast = stage_counts(asked, context.is_some(), &cat, &keys, strict_repos)
                .expect("valid filters");
            assert_eq!(fast, plain, "{asked:?} {context:?}");
        }
    }
}

/// One number per repo id whatever its case, as lowercased strings give.
#[test]
fn repo_keys_as_lowercased_ids() {
    let cat = crate::catalog::load::embedded();
    let (keys, n) = repo_keys(&cat);
    let mut by_id: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    for (f, fk) in cat.models.iter().zip(&keys) {
        assert_eq!(f.variants.len(), fk.len());
        for (v, k) in f.variants.iter().zip(fk) {
            match (v.hf.as_deref(), k) {
                (Some(hf), Some(k)) => {
                    let was = *by_id.entry(hf.to_ascii_lowercase()).or_insert(*k);
                    assert_eq!(was, *k, "{hf}");
                }
                (None, None) => {}
                other => panic!("{other:?}"),
            }
        }
    }
    assert_eq!(by_id.len(), n);
    let distinct: std::collections::HashSet<u32> = by_id.values().copied().collect();
    assert_eq!(distinct.len(), n);
    assert!(n > 500, "{n}");
}

/// The first `limit` set apart, then sorted: the same picks, in the same
/// order, as sorting every row and keeping the first `limit`.
#[test]
fn the_best_n_are_the_first_n_of_the_whole_sort() {
    let cat = crate::catalog::load::embedded();
    let commercial = Filters {
        commercial: Some(CommercialArg::Yes),
        ..Filters::default()
    };
    let plain = Filters::default();
    for (filters, suite, vram, ram) in [
        (&commercial, "swallow-ja-post", 24, None),
        (&plain, "pfgen", 12, Some(64)),
        (&plain, "swallow-ja-pre", 80, None),
    ] {
        let ask = |limit| Ask {
            filters,
            suite,
            context: None,
            machine: Machine {
                vram: vram << 30,
                ram: ram.map(|r: u64| r << 30),
            },
            bandwidth_gb_s: Some(1008),
            limit,
            lang: Lang::En,
        };
        let all = rank(&cat, &ask(usize::MAX)).expect("ranked");
        assert!(all.picks.len() > 50, "{}", all.picks.len());
        let key = |p: &Pick| {
            (
                p.row.variant.hf.clone(),
                p.rank,
                p.score,
                p.reason.clone(),
                p.row.chosen,
                p.row.verdict,
            )
        };
        for limit in [0, 1, 10, 57] {
            let some = rank(&cat, &ask(limit)).expect("ranked");
            let want: Vec<_> = all.picks.iter().take(limit).map(key).collect();
            let got: Vec<_> = some.picks.iter().map(key).collect();
            assert_eq!(got, want, "{suite} {limit}");
            assert_eq!(
                some.excluded.beyond_limit,
                all.picks.len().saturating_sub(limit)
            );
            assert_eq!(some.total, all.total);
        }
    }
}
