//! Every value flag resolves exactly (id, name or alias
//! in any language), or by an unambiguous prefix or fragment; otherwise
//! exit 2 with the candidates or "did you mean" — never a fuzzy substitute.
//! Expected ids are the list's rows (README.md of awesome-japanese-llm).

mod common;

use common::jllm;

/// Runs `jllm list ARGS --format ids`: (exit code, ids, stderr).
fn list(args: &[&str]) -> (i32, Vec<String>, String) {
    let out = jllm()
        .arg("list")
        .args(args)
        .args(["--format", "ids"])
        .output()
        .expect("run jllm");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A typo is exit 2 and names the intended value first, with nothing on stdout.
fn typo(args: &[&str], first: &str) {
    let (code, ids, err) = list(args);
    assert_eq!(code, 2, "{args:?}: {err}");
    assert!(ids.is_empty(), "{args:?} printed {ids:?}");
    let near = err.split("did you mean ").nth(1).unwrap_or("");
    assert!(near.starts_with(first), "{args:?}: {err}");
}

#[test]
fn developer_typos_suggest_and_never_substitute() {
    // The cases: rinnna listed Tohoku University's models; nttt and
    // retreiva a medical research group's.
    typo(&["--developer", "rinnna"], "rinna");
    typo(&["--developer", "nttt"], "ntt");
    typo(&["--developer", "retreiva"], "retrieva");
    let (_, _, err) = list(&["--developer", "rinnna"]);
    assert!(!err.to_lowercase().contains("tohoku"), "{err}");
}

#[test]
fn developer_exact_in_any_language_and_unique_fragment() {
    // rinna's rows include japanese-gpt-neox-3.6b (rinna) and nue-asr.
    for v in ["rinna", "RINNA"] {
        let (code, ids, err) = list(&["--developer", v]);
        assert_eq!(code, 0, "{err}");
        assert!(ids.iter().any(|i| i == "nue-asr"), "{v}: {ids:?}");
    }
    // サイバーエージェント is CyberAgent in the Japanese list (CALM3).
    let (code, ids, _) = list(&["--developer", "サイバーエージェント"]);
    assert_eq!(code, 0);
    assert!(ids.iter().any(|i| i == "cyberagentlm3-calm3"));
    // `tokyo` is in the names of several developers: a list, exit 2.
    let (code, ids, err) = list(&["--developer", "tokyo"]);
    assert_eq!(code, 2);
    assert!(ids.is_empty());
    assert!(
        err.contains("could mean") && err.contains("titech"),
        "{err}"
    );
}

#[test]
fn domain_synonyms_in_japanese_and_french() {
    // 医学 and médecine mean the list's 医療 / Medical rows (JMedRoBERTa).
    let (_, medical, _) = list(&["--domain", "medical"]);
    assert!(medical.iter().any(|i| i == "jmedroberta"), "{medical:?}");
    for v in ["医学", "医療", "Médical", "médecine", "medic"] {
        let (code, ids, err) = list(&["--domain", v]);
        assert_eq!(code, 0, "{v}: {err}");
        assert_eq!(ids, medical, "{v}");
    }
    let (_, general, _) = list(&["--domain", "general"]);
    let (_, ja, _) = list(&["--domain", "汎用"]);
    assert!(!general.is_empty());
    assert_eq!(general, ja);
    typo(&["--domain", "medicl"], "medical");
}

#[test]
fn category_task_and_approach_accept_the_lists_headings() {
    // The speech section "音声認識" / "Automatic Speech Recognition" holds
    // Kotoba-Whisper and ReazonSpeech's models.
    let (_, asr, _) = list(&["--task", "asr"]);
    assert!(asr.iter().any(|i| i == "kotoba-whisper"), "{asr:?}");
    for v in [
        "音声認識",
        "speech recognition",
        "Reconnaissance automatique de la parole",
    ] {
        let (code, ids, err) = list(&["--task", v]);
        assert_eq!(code, 0, "{v}: {err}");
        assert_eq!(ids, asr, "{v}");
    }
    let (_, emb, _) = list(&["--category", "embedding"]);
    let (_, pre, _) = list(&["--category", "embed"]);
    let (_, ja, _) = list(&["--category", "埋め込み"]);
    assert!(emb.iter().any(|i| i == "ruri-v3"));
    assert_eq!(emb, pre);
    assert_eq!(emb, ja);
    let (_, merged, _) = list(&["--approach", "merge"]);
    let (_, fr, _) = list(&["--approach", "Modèles fusionnés"]);
    assert!(!merged.is_empty());
    assert_eq!(merged, fr);
    // `text` begins several tasks: they are named, exit 2.
    let (code, _, err) = list(&["--task", "text"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("text-to-image") && err.contains("text-to-video"),
        "{err}"
    );
    let (code, _, err) = list(&["--task", "asrr"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean asr"), "{err}");
}

#[test]
fn arch_base_and_license_typos_suggest() {
    typo(&["--license", "apahce"], "apache");
    typo(&["--base", "qwenn2.5"], "Qwen2.5");
    let (code, _, err) = list(&["--arch", "mistrall"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("did you mean") && err.contains("Mistral"),
        "{err}"
    );
    // Fragments keep working: Swallow 70B is built on Llama 2.
    let (code, ids, _) = list(&["--base", "llama 2"]);
    assert_eq!(code, 0);
    assert!(ids.iter().any(|i| i == "swallow-70b"));
}

#[test]
fn benchmark_flags_resolve_the_same_way() {
    // The list's benchmark sections: "Benchmarks measuring logical
    // reasoning capabilities" hold JFLD; rinna is no benchmark developer
    // but the typo is still caught.
    let out = jllm()
        .args(["benchmarks", "--developer", "rinnna"])
        .output()
        .expect("run jllm");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean rinna"));
    let out = jllm()
        .args(["benchmarks", "--category", "reas", "--format", "ids"])
        .output()
        .expect("run jllm");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("jfld"));
    let out = jllm()
        .args(["benchmarks", "--category", "nluu"])
        .output()
        .expect("run jllm");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean nlu?"));
}

/// The ids of one table of the committed catalog (catalog/NAME.toml).
fn catalog_ids(name: &str, table: &str) -> Vec<String> {
    let path =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("catalog/{name}.toml"));
    let text = std::fs::read_to_string(path).expect("catalog file");
    let value: toml::Value = toml::from_str(&text).expect("TOML");
    value[table]
        .as_array()
        .expect("a table")
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_string())
        .collect()
}

#[test]
fn a_value_with_nothing_near_explains_the_vocabulary() {
    // No legal domain in the list: every domain of catalog/domains.toml is
    // named (with general, the domain of the rest), and nothing is
    // suggested.
    let (code, ids, err) = list(&["--domain", "law"]);
    assert_eq!(code, 2, "{err}");
    assert!(ids.is_empty());
    let mut domains = catalog_ids("domains", "domain");
    domains.push("general".into());
    domains.sort();
    assert_eq!(
        err,
        format!(
            "jllm: no domain matches 'law'; the catalog's domains are: {}\n",
            domains.join(", ")
        )
    );
    // The same values complete the flag.
    let out = jllm()
        .args(["complete", "domain"])
        .output()
        .expect("run jllm");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{}\n", domains.join("\n"))
    );
    // Too many developers to list: how many, and a command that lists them.
    let developers = catalog_ids("developers", "developer");
    let (code, _, err) = list(&["--developer", "zzzz"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!(
            "jllm: no developer matches 'zzzz'; the catalog has {} developers: jllm stats --by developer lists them\n",
            developers.len()
        )
    );
}

#[test]
fn suggestions_are_offered_only_above_a_similarity_floor() {
    // Two letters matching nothing get no suggestion (two edits would turn
    // them into any two-letter name); a three-letter word is not the start
    // of a longer one (`law`, `language`).
    let (_, _, err) = list(&["--domain", "xx"]);
    assert!(!err.contains("did you mean"), "{err}");
    // A one-letter typo still suggests, and only what is close: `riken` is
    // three edits from `rinnna`.
    let (code, _, err) = list(&["--developer", "rinnna"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "jllm: no developer matches 'rinnna'; did you mean rinna?\n"
    );
}

#[test]
fn every_hint_names_a_flag_that_works() {
    // The commands hints point to run.
    for (args, hint) in [
        (
            &["list", "--developer", "zzzz"][..],
            "jllm stats --by developer",
        ),
        (
            &["list", "--license", "zzzz"][..],
            "jllm stats --by license",
        ),
        (&["list", "--base", "zzzzzz"][..], "jllm stats --by base"),
        (
            &["list", "--arch", "zzzzzz"][..],
            "jllm stats --by architecture",
        ),
    ] {
        let (code, _, err) = list(&args[1..]);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(hint), "{args:?}: {err}");
        let words: Vec<&str> = hint.split_whitespace().skip(1).collect();
        jllm().args(&words).assert().success();
    }
    // `results` takes the model filters: no clap tip to pass them as values.
    let out = jllm()
        .args(["results", "--suite", "pfgen", "--license", "apache"])
        .output()
        .expect("run jllm");
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("-- --license"));
    // A flag a command does not take: the commands that take it, each of
    // which does (never clap's "use '-- --license'": no query begins with
    // `--`).
    let out = jllm()
        .args(["show", "--license", "apache", "swallow-70b"])
        .output()
        .expect("run jllm");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("-- --license"), "{err}");
    let tip = err
        .lines()
        .find_map(|l| l.trim().strip_prefix("tip: --license is taken by "))
        .unwrap_or_else(|| panic!("{err}"));
    let takers: Vec<&str> = tip.split(", ").collect();
    assert!(
        takers.contains(&"jllm list") && takers.contains(&"jllm results"),
        "{tip}"
    );
    for taker in takers {
        let mut words: Vec<&str> = taker.split_whitespace().skip(1).collect();
        words.extend(["--license", "apache", "--help"]);
        jllm().args(&words).assert().success();
    }
    // A ranking's footer names --include-reference, which `results` takes.
    let out = jllm()
        .args([
            "results",
            "--suite",
            "pfgen",
            "--include-reference",
            "--limit",
            "1",
        ])
        .output()
        .expect("run jllm");
    assert!(out.status.success());
}
