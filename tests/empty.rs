//! An empty or ambiguous result explains itself on stderr
//! (exit 1): which filter emptied a list, the candidates of an ambiguous
//! name with their ids. Facts expected here are the list's: its newest rows
//! are from 2026, its oldest from 2019 (JapaneseNewsBERT), rinna's largest
//! model is Llama 3 Youko 70B, and the music section has one row.

mod common;

use common::jllm;

fn fails(args: &[&str]) -> String {
    let out = jllm().args(args).output().expect("run jllm");
    assert_eq!(out.status.code(), Some(1), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_filter_that_emptied_a_list_is_named() {
    let err = fails(&["list", "--since", "2030"]);
    assert_eq!(
        err,
        "jllm: no family is from 2030 or later; the newest is from 2026\n"
    );
    let err = fails(&["list", "--until", "2015"]);
    assert!(err.contains("the oldest is from 2019"), "{err}");
    let err = fails(&["list", "--developer", "rinna", "--min-params", "100b"]);
    assert!(
        err.contains("families match --developer rinna, but none of them passes --min-params 100B"),
        "{err}"
    );
    let err = fails(&["list", "--category", "music", "--license", "mit"]);
    assert!(
        err.contains("1 family matches --category music, but it does not pass --license mit"),
        "{err}"
    );
    // In every output format stderr explains (JSON prints `[]`, CSV its
    // header: still valid documents for scripts).
    for format in ["json", "csv", "ids"] {
        let out = jllm()
            .args(["list", "--since", "2030", "--format", format])
            .output()
            .expect("run jllm");
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("newest is from 2026"), "{format}: {err}");
    }
}

#[test]
fn an_ambiguous_name_lists_candidates_with_ids() {
    // The list has Swallow 7B, 13B, 70B, Swallow-MS 7B, Swallow-MX 8x7B and
    // many "… Swallow …" models.
    let err = fails(&["show", "swallow"]);
    assert!(err.contains("'swallow' matches"), "{err}");
    for (id, name) in [("swallow-7b", "Swallow 7B"), ("swallow-70b", "Swallow 70B")] {
        assert!(
            err.lines().any(|l| l.contains(id) && l.contains(name)),
            "{id}: {err}"
        );
    }
    // One family beginning with the text is no ambiguity: JMedRoBERTa.
    let out = jllm().args(["show", "jmedrob"]).output().expect("run jllm");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("JMedRoBERTa"));
    // Nothing close: the nearest ids.
    let err = fails(&["show", "swalow-70b"]);
    assert!(
        err.contains("did you mean") && err.contains("swallow-70b"),
        "{err}"
    );
}

#[test]
fn stats_fit_and_plot_explain_an_empty_selection_too() {
    for args in [
        &["stats", "--since", "2030"][..],
        &["fit", "--vram", "8GB", "--since", "2030"],
        &["plot", "--since", "2030"],
    ] {
        let out = jllm().args(args).output().expect("run jllm");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("the newest is from 2026"), "{args:?}: {err}");
    }
}

#[test]
fn a_score_bound_nothing_reaches_is_named_with_the_best_score() {
    // The best pfgen score of a checkpoint of the list, from the committed
    // results (catalog/results/pfgen.toml, rows marked in_list).
    let path =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("catalog/results/pfgen.toml");
    let table: toml::Value =
        toml::from_str(&std::fs::read_to_string(path).expect("pfgen results")).expect("TOML");
    let best = table["result"]
        .as_array()
        .expect("[[result]]")
        .iter()
        .filter(|r| r["in_list"].as_bool() == Some(true) && r["suite"].as_str() == Some("pfgen"))
        .filter_map(|r| r["score"].as_float())
        .fold(f64::MIN, f64::max);
    assert!(best > 0.5 && best < 0.99, "{best}");
    let err = fails(&["list", "--min-score", "pfgen=0.99"]);
    assert_eq!(
        err,
        format!("jllm: no checkpoint scores 0.99 or more on pfgen; the best scores {best}\n")
    );
    // After another filter too: no checkpoint at all reaches the bound.
    let alone = err;
    let err = fails(&["list", "--developer", "rinna", "--min-score", "pfgen=0.99"]);
    assert_eq!(err, alone);
}
