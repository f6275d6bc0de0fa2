//! `--format ids` prints ids only. The API-based models of
//! the list (section "API-based models": Sakana Namazu, Syn and Syn Pro,
//! tsuzumi-7b and tsuzumi 2) link to consoles and marketplaces, not to
//! Hugging Face repos; their URLs must not be mixed into the ids.

mod common;

use common::jllm;

#[test]
fn variant_ids_are_repo_ids_and_the_rest_is_counted_on_stderr() {
    let out = jllm()
        .args(["list", "--variants", "--format", "ids"])
        .output()
        .expect("run jllm");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let ids: Vec<&str> = text.lines().collect();
    assert!(
        ids.contains(&"tokyotech-llm/Swallow-70b-hf"),
        "Swallow 70B's first repo"
    );
    for id in &ids {
        let parts: Vec<&str> = id.split('/').collect();
        assert!(
            parts.len() == 2 && !id.contains(':') && !id.contains(' '),
            "not a repo id: {id}"
        );
    }
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("checkpoints without a Hugging Face repo id left out"),
        "{err}"
    );
    // The API section's checkpoints are the ones left out.
    let api = jllm()
        .args(["list", "--variants", "--approach", "api", "--format", "ids"])
        .output()
        .expect("run jllm");
    assert!(
        api.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&api.stdout)
    );
    let err = String::from_utf8_lossy(&api.stderr);
    assert!(err.contains("jllm: 5 checkpoints without"), "{err}");
    // The filters did select families: no filter is blamed.
    assert!(!err.contains("no family"), "{err}");
}

/// `stats --format ids` prints the facet keys; the free-text facets
/// (architecture, base model: `BERT (base, large)`) have keys of one token,
/// usable with `xargs`.
#[test]
fn stats_ids_are_one_token_each_that_the_filters_take_back() {
    for (facet, flag) in [("architecture", "--arch"), ("base", "--base")] {
        let ids = common::stdout(&["stats", "--by", facet, "--format", "ids"]);
        let counts = common::json(&["stats", "--by", facet, "--format", "json"]);
        let keys: Vec<(String, u64)> = counts
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|c| {
                        (
                            c["key"].as_str().unwrap_or_default().to_string(),
                            c["count"].as_u64().unwrap_or(0),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        assert!(keys.len() > 20, "{facet}: {}", keys.len());
        // One id a line, each the JSON key, none with white space.
        let lines: Vec<&str> = ids.lines().collect();
        assert_eq!(
            lines,
            keys.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>()
        );
        for l in &lines {
            assert!(!l.is_empty() && !l.contains(char::is_whitespace), "{l:?}");
        }
        // The same in every language.
        assert_eq!(
            common::stdout(&["--lang", "ja", "stats", "--by", facet, "-f", "ids"]),
            ids
        );
        // Each key, given back to its filter, selects at least the
        // families counted under it.
        let mut checked = 0;
        for (key, count) in keys.iter().filter(|(k, _)| k != "unknown") {
            let found = common::json(&["list", flag, key, "--format", "json"])
                .as_array()
                .map_or(0, Vec::len) as u64;
            assert!(found >= *count, "{flag} {key}: {found} < {count}");
            checked += 1;
        }
        assert!(checked > 20);
    }
}
