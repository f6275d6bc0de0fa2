//! Issue 11, item 9: `--format ids` prints ids only. The API-based models of
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
