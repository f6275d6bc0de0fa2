//! Papers attached to families by normalized name: the architecture papers
//! of the committed catalog/papers.toml (imported from the list's
//! parts/references_model.md) found in the families' architecture texts
//! whatever their case, spaces, punctuation, Greek letters or trailing size,
//! and a name two papers share reported by the import.

mod common;

use std::collections::HashMap;
use std::path::Path;

use common::{copy_list, import_into, jllm, json, list_dir};

/// `(name, kind)` of every paper of the committed papers.toml.
fn papers_toml() -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog/papers.toml");
    let text = std::fs::read_to_string(path).expect("catalog/papers.toml");
    let value: toml::Table = toml::from_str(&text).expect("TOML");
    value["paper"]
        .as_array()
        .expect("[[paper]]")
        .iter()
        .map(|p| {
            (
                p["name"].as_str().expect("name").to_string(),
                p["kind"].as_str().expect("kind").to_string(),
            )
        })
        .collect()
}

/// Every family's `(architecture, paper names)`.
fn families() -> HashMap<String, (String, Vec<String>)> {
    json(&["list", "--json", "id,architecture,papers"])
        .as_array()
        .expect("array")
        .iter()
        .map(|f| {
            let papers = f["papers"]
                .as_array()
                .expect("papers")
                .iter()
                .map(|p| p["name"].as_str().expect("name").to_string())
                .collect();
            (
                f["id"].as_str().expect("id").to_string(),
                (f["architecture"].as_str().unwrap_or("").to_string(), papers),
            )
        })
        .collect()
}

/// Lower case, letters and digits only, the Greek letters of the list's
/// paper names spelled out: a necessary condition for a match, written here
/// independently of jllm.
fn squash(s: &str) -> String {
    s.to_lowercase()
        .replace('σ', "sigma")
        .replace('α', "alpha")
        .replace('δ', "delta")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

#[test]
fn papers_attach_by_names_with_spaces_greek_letters_and_sizes() {
    let papers = papers_toml();
    let fams = families();
    for name in ["Stable Diffusion", "wav2vec 2.0", "PixArt-Σ", "Mistral 7B"] {
        assert!(
            papers.iter().any(|(n, k)| n == name && k == "architecture"),
            "papers.toml has the architecture paper {name}"
        );
    }
    // Every family whose architecture names it (as the list writes it) has
    // the paper; the issue counted six Stable Diffusion families and four
    // wav2vec 2.0 ones.
    for (arch, paper, at_least) in [
        ("stable diffusion", "Stable Diffusion", 6),
        ("wav2vec 2.0", "wav2vec 2.0", 4),
        ("pixart-σ", "PixArt-Σ", 1),
    ] {
        let with: Vec<&String> = fams
            .iter()
            .filter(|(_, (a, _))| a.to_lowercase().contains(arch))
            .map(|(id, _)| id)
            .collect();
        assert!(with.len() >= at_least, "{arch}: {with:?}");
        for id in with {
            assert!(
                fams[id].1.contains(&paper.to_string()),
                "{id}: {:?}",
                fams[id]
            );
        }
    }
    // "Mistral 7B" is the paper of the architecture "Mistral".
    let mistral: Vec<&String> = fams
        .iter()
        .filter(|(_, (a, _))| a == "Mistral")
        .map(|(id, _)| id)
        .collect();
    assert!(!mistral.is_empty());
    for id in mistral {
        assert_eq!(fams[id].1, ["Mistral 7B"], "{id}");
    }
    // Every attached paper's name, without a trailing size, is in the
    // family's architecture text once both are squashed.
    for (id, (arch, attached)) in &fams {
        for p in attached {
            let name = p
                .rsplit_once(' ')
                .filter(|(_, size)| {
                    size.ends_with(['B', 'b']) && size[..size.len() - 1].parse::<f64>().is_ok()
                })
                .map_or(p.as_str(), |(n, _)| n);
            assert!(
                squash(arch).contains(&squash(name)),
                "{id}: {p} in '{arch}'"
            );
        }
    }
    // Whole words only: `Llama-based` is not Llama, `Mamba-2` not Mamba.
    for (id, (arch, attached)) in &fams {
        if arch.contains("Llama-based") && !arch.contains("Llama ") {
            assert!(!attached.contains(&"Llama".to_string()), "{id}: {arch}");
        }
        if arch.contains("Mamba-2") {
            assert!(!attached.contains(&"Mamba".to_string()), "{id}: {arch}");
        }
    }
}

/// A paper row whose name normalizes as another's (`Mistral` beside
/// `Mistral 7B`): the import says so with both rows' lines, and the family
/// whose architecture is `Mistral` gets neither.
#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn two_papers_of_one_normalized_name_are_reported_and_attach_neither() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let list = tmp.path().join("list");
    copy_list(&list_dir(), &list);
    let refs = list.join("parts/references_model.md");
    let text = std::fs::read_to_string(&refs).expect("references_model.md");
    let line = 1 + text
        .lines()
        .position(|l| l.starts_with("| Mistral 7B |"))
        .expect("references_model.md has the Mistral 7B row");
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(
        line,
        "| Mistral | 2023.10.10 | - | [Mistral](https://example.org/mistral) |",
    );
    std::fs::write(&refs, lines.join("\n") + "\n").expect("write");
    let out = tmp.path().join("out");
    let output = import_into(&list, &out);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let want = format!(
        "architecture papers with one normalized name 'mistral' (parts/references_model.md:{line}: 'Mistral 7B', parts/references_model.md:{}: 'Mistral'): neither is attached to a family by name",
        line + 1
    );
    assert!(stderr.contains(&want), "{stderr}");
    let shown = jllm()
        .args(["--no-builtin", "--catalog"])
        .arg(&out)
        .args(["list", "--json", "id,architecture,papers"])
        .output()
        .expect("run");
    let rows: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("json");
    let mistral: Vec<&serde_json::Value> = rows
        .as_array()
        .expect("array")
        .iter()
        .filter(|f| f["architecture"] == "Mistral")
        .collect();
    assert!(!mistral.is_empty());
    for f in mistral {
        assert_eq!(f["papers"], serde_json::json!([]), "{f}");
    }
}
