//! The table of filters is consistent: unique ids, flags and explanation
//! positions, and each entry's `set` and `copy` agree.

use super::*;

/// The entry of the filter whose id is `id`.
fn def(id: &str) -> Option<&'static Def> {
    FILTERS.iter().find(|d| d.id == id)
}

/// Ids, flags and explanation positions are unique; every entry that
/// tests something has a test, every modifier names a filter, every
/// i18n key is in the table.
#[test]
fn the_table_is_consistent() {
    for (i, d) in FILTERS.iter().enumerate() {
        for e in &FILTERS[i + 1..] {
            assert_ne!(d.id, e.id);
            assert_ne!(d.long, e.long);
            if d.modifies.is_none() && e.modifies.is_none() {
                assert_ne!(d.explain, e.explain, "{} and {}", d.id, e.id);
            }
        }
        match d.modifies {
            Some(m) => {
                assert!(def(m).is_some() && d.family.is_none() && d.checkpoint.is_none())
            }
            None => assert!(d.family.is_some() || d.checkpoint.is_some(), "{}", d.id),
        }
        if let Some(r) = d.requires {
            assert!(def(r).is_some(), "{}", d.id);
        }
        assert_eq!(d.value_name.is_none(), d.kind == Kind::Switch, "{}", d.id);
        assert_eq!(d.id.replace('_', "-"), d.long);
        assert!(
            crate::i18n::TABLE.iter().any(|(en, _, _)| *en == d.key),
            "{}: i18n key {}",
            d.id,
            d.key
        );
    }
}

/// Each filter set alone is seen as set by its own entry only, and its
/// copy carries it over.
#[test]
fn set_and_copy_agree() {
    let mut all = Filters {
        arch: vec!["llama".into()],
        base: vec!["qwen".into()],
        min_params: Some(1),
        max_params: Some(2),
        license: vec!["mit".into()],
        commercial: Some(CommercialArg::Yes),
        developer: vec!["rinna".into()],
        domain: vec!["general".into()],
        category: vec![Category::Embedding],
        task: vec!["asr".into()],
        approach: vec![Approach::Merge],
        since: Some(2020),
        until: Some(2021),
        year: vec![2022],
        min_context: Some(3),
        max_context: Some(4),
        assume_base_context: true,
        hf: true,
        min_score: vec![MinScore {
            suite: "pfgen",
            min: 0.5,
        }],
        dates_per_checkpoint: true,
    };
    for d in FILTERS {
        assert!((d.set)(&all), "{}", d.id);
        let mut one = Filters::default();
        (d.copy)(&all, &mut one);
        for e in FILTERS {
            assert_eq!(
                (e.set)(&one),
                e.id == d.id,
                "{} copied, {} set?",
                d.id,
                e.id
            );
        }
    }
    all = Filters::default();
    assert!(!all.any());
}
