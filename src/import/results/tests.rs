//! Tests of `crate::import::results`.

use super::*;

#[test]
fn commit_dates_in_both_forms() {
    let (sha, date) = parse_commit(
        "ed3805c3926e7d9ccf62d3893fbf1d06d6a7fee2 Wed Jun 24 15:19:02 2026 +0900\n",
        "COMMIT",
    )
    .expect("git date");
    assert_eq!((sha.len(), date.as_str()), (40, "2026-06-24"));
    let (_, date) = parse_commit("03db7c4 2025-07-09T13:01:16+09:00", "COMMIT").expect("iso");
    assert_eq!(date, "2025-07-09");
    assert!(parse_commit("not a commit", "COMMIT").is_err());
    assert!(parse_commit("", "COMMIT").is_err());
}

#[test]
fn normalized_ids_drop_case_underscores_and_dashes_between_letters_and_digits() {
    assert_eq!(
        normalized_id("tokyotech-llm/Qwen-3-Swallow-8B-RL-v0.2"),
        normalized_id("tokyotech-llm/Qwen3-Swallow-8B-RL-v0.2")
    );
    assert_eq!(normalized_id("a/Foo_Bar-7b"), "a/foo-bar7b");
    assert_eq!(normalized_id("llm-jp/llm-jp-3-13b"), "llm-jp/llm-jp3-13b");
    // A dash between two letters or two digits stays.
    assert_ne!(normalized_id("a/foo-bar"), normalized_id("a/foobar"));
    assert_ne!(normalized_id("a/x-3-13b"), normalized_id("a/x-313b"));
    assert_eq!(normalized_id("-"), "-");
    assert_eq!(normalized_id(""), "");
}

#[test]
fn pfgen_score_cells() {
    assert_eq!(
        pfgen_score("0.9581 (±0.0076/√10)"),
        Some((0.9581, Some(0.0076), Some(10)))
    );
    assert_eq!(pfgen_score("0.5"), Some((0.5, None, None)));
    assert_eq!(pfgen_score("N/A"), None);
}
