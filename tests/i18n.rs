//! Every human-facing string in Japanese and French.
//! `--lang` and the locale choose the language; tables, values, footers
//! and the common messages follow it; JSON, CSV/TSV headers and ids do
//! not. Snapshots of `list`, `show`, `fit`, `stats`, `benchmark`,
//! `results` and `plot` in ja and fr are in tests/snapshots/i18n__*.snap
//! (insta; reviewed by eye, see CONTRIBUTING.md).

mod common;

use common::jllm;

fn run(env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut cmd = jllm();
    cmd.env("COLUMNS", "120");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().expect("run jllm");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn stdout(args: &[&str]) -> String {
    let (code, out, err) = run(&[], args);
    assert_eq!(code, 0, "jllm {args:?}: {err}");
    out
}

#[test]
fn snapshots_in_japanese_and_french() {
    let cases: &[(&str, &[&str])] = &[
        ("list", &["list", "--limit", "3", "--format", "table"]),
        ("show", &["show", "swallow-70b"]),
        ("fit", &["fit", "--vram", "24g", "--limit", "3"]),
        ("stats", &["stats", "--limit", "5"]),
        ("benchmark", &["benchmark", "jmteb"]),
        ("results", &["results", "--suite", "pfgen", "--limit", "3"]),
        ("plot", &["plot", "--until", "2023"]),
    ];
    let mut seen = 0;
    for lang in ["ja", "fr"] {
        for (name, args) in cases {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let text = stdout(&all);
            let command = format!("jllm {}", all.join(" "));
            // insta compares without trailing newlines: each ends with one.
            assert!(text.ends_with('\n') && !text.ends_with("\n\n"), "{command}");
            insta::assert_snapshot!(format!("{name}_{lang}"), text, &command);
            seen += 1;
        }
    }
    assert_eq!(seen, 14);
}

#[test]
fn headers_values_and_footers_follow_the_language() {
    // Headers of the table.
    let ja = stdout(&["--lang", "ja", "list", "--limit", "1"]);
    assert!(
        ja.contains("コンテキスト長") && ja.contains("ライセンス"),
        "{ja}"
    );
    let fr = stdout(&["--lang", "fr", "list", "--limit", "1"]);
    assert!(fr.contains("licence") && fr.contains("année"), "{fr}");
    // Commercial classes: swallow-70b is under the Llama 2 license,
    // "conditional" (catalog/licenses.toml).
    let fr = stdout(&["--lang", "fr", "show", "swallow-70b"]);
    // French puts a no-break space (U+00A0) before the colon.
    assert!(
        fr.contains("usage commercial\u{a0}: sous conditions"),
        "{fr}"
    );
    assert!(fr.contains("Longueur de contexte"), "{fr}");
    let ja = stdout(&["--lang", "ja", "show", "swallow-70b"]);
    assert!(ja.contains("商用利用: 条件付き"), "{ja}");
    // Context length is コンテキスト長, not トークン数 next to 学習トークン数.
    assert!(
        ja.contains("コンテキスト長") && !ja.contains("\n トークン数"),
        "{ja}"
    );
    // The footer counts what JSON lists.
    let n = common::json(&["list", "--format", "json"])
        .as_array()
        .map_or(0, Vec::len);
    assert!(n > 300);
    let fr = stdout(&["--lang", "fr", "stats"]);
    assert!(fr.ends_with(&format!("\n{n} familles\n")), "{fr}");
    let ja = stdout(&["--lang", "ja", "stats"]);
    assert!(ja.ends_with(&format!("\n{n} ファミリー\n")), "{ja}");
    // Fit verdicts.
    let fr = stdout(&["--lang", "fr", "fit", "--vram", "24g", "--limit", "1"]);
    assert!(fr.contains("tient sur le GPU"), "{fr}");
    let ja = stdout(&["--lang", "ja", "fit", "--vram", "24g", "--limit", "1"]);
    assert!(ja.contains("GPUに収まる"), "{ja}");
}

#[test]
fn french_names_and_texts_come_from_the_catalog() {
    // catalog/developers.toml (from fr/README.md): LLM-jp's French name.
    let fr = stdout(&["--lang", "fr", "show", "llm-jp-3-172b"]);
    assert!(
        fr.contains("Centre de recherche et développement pour les grands modèles de langage"),
        "{fr}"
    );
    // catalog/domains.toml: medical is « Médical » in French, 医療 in Japanese.
    let fr = stdout(&["--lang", "fr", "show", "medical-qwen3-swallow-8b"]);
    assert!(fr.contains("Médical"), "{fr}");
    let ja = stdout(&["--lang", "ja", "show", "medical-qwen3-swallow-8b"]);
    assert!(ja.contains("医療"), "{ja}");
}

#[test]
fn the_locale_chooses_the_language_and_lang_overrides_it() {
    let args = ["list", "--limit", "1"];
    let fr = stdout(&["--lang", "fr", "list", "--limit", "1"]);
    let ja = stdout(&["--lang", "ja", "list", "--limit", "1"]);
    let en = stdout(&["--lang", "en", "list", "--limit", "1"]);
    assert!(fr != en && ja != en && fr != ja);
    assert_eq!(run(&[("LANG", "fr_FR.UTF-8")], &args).1, fr);
    assert_eq!(run(&[("LANG", "ja_JP.UTF-8")], &args).1, ja);
    // LC_ALL before LC_MESSAGES before LANG.
    assert_eq!(
        run(&[("LANG", "ja_JP.UTF-8"), ("LC_ALL", "fr_CA.UTF-8")], &args).1,
        fr
    );
    assert_eq!(
        run(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "ja_JP")], &args).1,
        ja
    );
    // --lang wins over the locale.
    assert_eq!(
        run(
            &[("LANG", "fr_FR.UTF-8")],
            &["--lang", "en", "list", "--limit", "1"]
        )
        .1,
        en
    );
}

#[test]
fn json_csv_headers_and_ids_do_not_change_with_the_language() {
    for args in [
        &["list", "--format", "json"][..],
        &["show", "swallow-70b", "--format", "json"],
        &["fit", "--vram", "24g", "--format", "json"],
        &["list", "--format", "ids"],
    ] {
        let en = stdout(args);
        assert!(!en.is_empty());
        for lang in ["ja", "fr"] {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            assert!(stdout(&all) == en, "jllm {}", all.join(" "));
        }
    }
    // `stats` JSON: the keys and counts are the same; `label` is the
    // facet value's label for people, in the language (as developer and
    // domain names were before French).
    let pick = |v: serde_json::Value| -> Vec<(String, String)> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|c| (c["key"].to_string(), c["count"].to_string()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let en = common::json(&["stats", "--by", "commercial", "--format", "json"]);
    let fr = common::json(&[
        "--lang",
        "fr",
        "stats",
        "--by",
        "commercial",
        "--format",
        "json",
    ]);
    assert!(pick(en.clone()).len() >= 3);
    assert_eq!(pick(en), pick(fr.clone()));
    assert!(
        fr.as_array().is_some_and(|a| a
            .iter()
            .any(|c| c["key"] == "conditional" && c["label"] == "sous conditions")),
        "{fr}"
    );
    let csv = stdout(&["--lang", "fr", "list", "--format", "csv", "--limit", "1"]);
    assert!(
        csv.starts_with("id,name,sizes,arch,developer,license,year,context\n"),
        "{csv}"
    );
}

#[test]
fn messages_on_stderr_follow_the_language() {
    let (code, out, err) = run(&[], &["--lang", "fr", "show", "swalow-70b"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("aucun modèle ne correspond à 'swalow-70b'"),
        "{err}"
    );
    assert!(
        err.contains("vouliez-vous dire\u{a0}:\n  swallow-70b"),
        "{err}"
    );
    let (code, _, err) = run(&[], &["--lang", "ja", "show", "swalow-70b"]);
    assert_eq!(code, 1);
    assert!(err.contains("もしかして:"), "{err}");
    let (code, _, err) = run(&[], &["--lang", "fr", "list", "--since", "2030"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("aucune famille ne date de 2030 ou après"),
        "{err}"
    );
    let (code, _, err) = run(&[], &["--lang", "ja", "search", "zzqqxxyy"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("'zzqqxxyy' に一致するものはありません"),
        "{err}"
    );
}

#[test]
fn domains_accept_names_and_synonyms_in_three_languages() {
    let ids = |v: &str| -> Vec<String> {
        common::json(&["list", "--domain", v, "--format", "json"])
            .as_array()
            .map(|a| a.iter().map(|f| f["id"].to_string()).collect())
            .unwrap_or_default()
    };
    for (id, words) in [
        (
            "medical",
            &["Medical", "医療", "医学", "médecine", "médical", "Médical"][..],
        ),
        ("finance", &["金融", "financier", "Finance"]),
        ("coding", &["コーディング", "programmation", "Codage"]),
        ("general", &["汎用", "généraliste"]),
    ] {
        let expected = ids(id);
        assert!(!expected.is_empty(), "{id}");
        for w in words {
            assert_eq!(ids(w), expected, "--domain {w}");
        }
    }
}

/// U+00A0, the no-break space French puts before `:`, `;`, `?`, `!`.
const NBSP: char = '\u{a0}';

#[test]
fn flag_values_are_resolved_with_messages_in_the_language() {
    // `medical` is the domain of catalog/domains.toml nearest to the typo;
    // no domain is `medicne`. A value resolved against the catalog, after
    // the command line is parsed.
    let (code, out, err) = run(&[], &["--lang", "fr", "list", "--domain", "medicne"]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert_eq!(
        err,
        format!(
            "jllm: aucun domaine ne correspond à 'medicne'{NBSP}; vouliez-vous dire medical{NBSP}?\n"
        )
    );
    let (code, _, err) = run(&[], &["--lang", "ja", "list", "--domain", "medicne"]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err,
        "jllm: 'medicne' に一致するドメインはありません。もしかして: medical\n"
    );
    // English is as it was.
    let (code, _, err) = run(&[], &["list", "--domain", "medicne"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "jllm: no domain matches 'medicne'; did you mean medical?\n"
    );
}

#[test]
fn values_checked_while_parsing_read_the_language_ahead() {
    // `text` begins four task ids (src/query/labels.rs): ambiguous, checked
    // by clap's value parser before jllm's configuration exists.
    let (code, out, err) = run(&[], &["--lang", "fr", "list", "--task", "text"]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(
        err.starts_with(&format!(
            "erreur{NBSP}: 'text' peut désigner 4 tâches{NBSP}: "
        )) && err.contains("text-to-image")
            && err
                .trim_end()
                .ends_with(&format!("{NBSP}; précisez laquelle")),
        "{err}"
    );
    // `--lang` after the subcommand, and a unit error with clap's frame.
    let (code, _, err) = run(&[], &["list", "--min-params", "7q", "--lang", "ja"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with(
            "エラー: '--min-params <SIZE>' の値 '7q' が不正です: サイズ '7q' が不正です: "
        ) && err
            .trim_end()
            .ends_with("詳しくは '--help' を参照してください。"),
        "{err}"
    );
    // The locale and JLLM_LANG choose it as they choose the rest.
    let (code, _, err) = run(&[("LANG", "ja_JP.UTF-8")], &["list", "--category", "x"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with("エラー: 'x' に一致するカテゴリはありません"),
        "{err}"
    );
    let (code, _, err) = run(&[("JLLM_LANG", "fr")], &["list", "--min-score", "pfgn=0.5"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&format!(
            "suite 'pfgn' inconnue{NBSP}; suites valides{NBSP}: pfgen"
        )),
        "{err}"
    );
    // --lang wins over the locale, and English keeps clap's own frame.
    let (code, _, err) = run(
        &[("LANG", "fr_FR.UTF-8")],
        &["--lang", "en", "list", "--min-params", "7q"],
    );
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: invalid value '7q' for '--min-params <SIZE>': invalid size '7q': expected a number with a unit, like 7b, 1.5B or 500m (or a plain count such as 7000000000)\n\nFor more information, try '--help'.\n"
    );
}

#[test]
fn the_variants_count_of_checkpoints_without_a_repo_id_is_translated() {
    // Checkpoints with no Hugging Face repo id, counted in the JSON.
    let json = common::json(&["list", "--variants", "--format", "json"]);
    let without = json
        .as_array()
        .map_or(0, |a| a.iter().filter(|v| v["hf"].is_null()).count());
    assert!(without > 1, "{without}");
    let (code, out, err) = run(
        &[],
        &["--lang", "ja", "list", "--variants", "--format", "ids"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(!out.is_empty());
    assert_eq!(
        err,
        format!("jllm: Hugging Face のリポジトリ ID がないチェックポイント {without} 件を除外しました（--format tsv --columns family,name,url を参照）\n")
    );
    let (_, _, err) = run(
        &[],
        &["--lang", "fr", "list", "--variants", "--format", "ids"],
    );
    assert!(
        err.starts_with(&format!(
            "jllm: {without} checkpoints sans id de dépôt Hugging Face laissés de côté"
        )),
        "{err}"
    );
}

#[test]
fn the_benchmark_page_and_categories_in_french() {
    // JMTEB is under "Benchmarks pour modèles d'embeddings" in fr/README.md;
    // its description there begins "Un benchmark développé comme la
    // version japonaise de MTEB".
    let fr = stdout(&["--lang", "fr", "benchmark", "jmteb"]);
    for (label, value) in [
        ("Nom", "JMTEB"),
        ("Catégorie", "plongement"),
        ("Développeurs", "SB Intuitions"),
        (
            "Description",
            "Un benchmark développé comme la version japonaise de MTEB",
        ),
    ] {
        assert!(
            fr.lines()
                .any(|l| l.trim_start().starts_with(label) && l.contains(value)),
            "{label}: {fr}"
        );
    }
    assert!(
        !fr.contains("Category") && !fr.contains("Developers"),
        "{fr}"
    );
    // A category's French label selects as its id does.
    let by_id = stdout(&["benchmarks", "--category", "nlu", "--format", "ids"]);
    let by_label = stdout(&[
        "benchmarks",
        "--category",
        "compréhension du langage",
        "--format",
        "ids",
    ]);
    assert!(by_id.lines().count() >= 3, "{by_id}");
    assert_eq!(by_id, by_label);
    let (code, _, err) = run(&[], &["--lang", "fr", "benchmark", "jmtbe"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(&format!(
            "jllm: aucun benchmark ne correspond à 'jmtbe'\nvouliez-vous dire{NBSP}:\n"
        )) && err.contains("  jmteb\n"),
        "{err}"
    );
}

#[test]
fn catalog_info_aligns_its_translated_labels() {
    for lang in ["ja", "fr"] {
        let text = stdout(&["--lang", lang, "catalog", "info"]);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() >= 5, "{text}");
        // Every value starts in the same display column.
        let starts: Vec<usize> = lines
            .iter()
            .filter(|l| !l.starts_with(' '))
            .map(|l| {
                let label_end = l.find(':').map_or(0, |i| i + 1);
                let pad = l[label_end..].len() - l[label_end..].trim_start().len();
                unicode_width::UnicodeWidthStr::width(&l[..label_end]) + pad
            })
            .collect();
        assert!(starts.windows(2).all(|w| w[0] == w[1]), "{lang}: {text}");
    }
    let fr = stdout(&["--lang", "fr", "catalog", "info"]);
    assert!(
        fr.starts_with(&format!("en vigueur{NBSP}: intégré\n")),
        "{fr}"
    );
}

/// A share of `stats` in French: a decimal comma and a narrow no-break
/// space (U+202F) before `%`; in English and Japanese `62.0%`. The expected
/// share is the text-generation families over all families, both counted
/// with `list --json`.
#[test]
fn stats_shares_follow_french_typography() {
    let count = |args: &[&str]| common::json(args).as_array().map_or(0, Vec::len);
    let all = count(&["list", "--json"]);
    let text = count(&["list", "--category", "text-generation", "--json"]);
    assert!(all > text && text > 0, "{text} of {all}");
    let share = format!("{:.1}", text as f64 * 100.0 / all as f64);
    let en = format!("{share}%");
    let fr = format!("{}\u{202f}%", share.replace('.', ","));
    for (lang, want) in [("en", &en), ("ja", &en), ("fr", &fr)] {
        let out = stdout(&["--lang", lang, "stats", "--by", "category"]);
        let row = out
            .lines()
            .find(|l| l.contains(want.as_str()))
            .unwrap_or_else(|| panic!("{lang}: no {want:?} in\n{out}"));
        assert!(!row.contains('.') || lang != "fr", "{row}");
    }
}

/// Piped, `show`'s license reason is one whole line in every language, as
/// footers are (docs/guide.md, Output): Swallow 70B is under the Llama 2
/// Community License, whose reason catalog/licenses.toml gives.
#[test]
fn piped_show_prints_the_license_reason_whole() {
    let licenses = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/catalog/licenses.toml"
    ))
    .expect("licenses.toml");
    let llama2 = licenses
        .split("[[license]]")
        .find(|entry| entry.contains("id = \"llama-2\""))
        .expect("llama-2");
    let reason = llama2
        .lines()
        .find_map(|l| l.strip_prefix("reason = \""))
        .and_then(|r| r.strip_suffix('"'))
        .expect("its reason");
    let en = stdout(&["--lang", "en", "show", "swallow-70b"]);
    assert!(en.lines().any(|l| l.trim() == reason), "{en}");
    // The translations: one line from the first word to the last.
    for (lang, first, last) in [
        ("ja", "商用利用可。", "利用規定が適用されます。"),
        ("fr", "Usage commercial autorisé", "s'applique."),
    ] {
        let out = stdout(&["--lang", lang, "show", "swallow-70b"]);
        assert!(
            out.lines()
                .map(str::trim)
                .any(|l| l.starts_with(first) && l.ends_with(last)),
            "{lang}:\n{out}"
        );
    }
}
