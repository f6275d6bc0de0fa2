//! Tests of `crate::import::checkpoints`.

use super::*;

fn pick(cell: &str, names: &[&str]) -> Vec<Option<String>> {
    let parts = parts(cell).expect("a multi-part cell");
    assign(&parts, names)
        .into_iter()
        .map(|c| match c {
            Choice::Part(i) => Some(parts[i].value.clone()),
            _ => None,
        })
        .collect()
}

fn some(v: &[&str]) -> Vec<Option<String>> {
    v.iter().map(|s| Some(s.to_string())).collect()
}

// Every cell and checkpoint name below is the list's, as written.
#[test]
fn base_and_instruct() {
    assert_eq!(
        pick(
            "base: MIT<br>instruct: CC BY-NC-SA 4.0",
            &["13b", "13b-instruct"]
        ),
        some(&["MIT", "CC BY-NC-SA 4.0"])
    );
}

#[test]
fn versioned_instruct() {
    assert_eq!(
        pick(
            "base: Apache 2.0<br>instruct (v1): [Research license](https://huggingface.co/stabilityai/japanese-stablelm-instruct-alpha-7b/tree/main)<br>instruct (v2): Apache 2.0",
            &["base-alpha-7b", "instruct-alpha-7b", "instruct-alpha-7b-v2"]
        ),
        some(&[
            "Apache 2.0",
            "[Research license](https://huggingface.co/stabilityai/japanese-stablelm-instruct-alpha-7b/tree/main)",
            "Apache 2.0"
        ])
    );
}

#[test]
fn alternatives_with_version_lists() {
    let cell = "base (v1, v2) & large: CC BY-SA 3.0<br>base (v3) & large (v2): Apache 2.0";
    let names = [
        "base (v1)",
        "base (v1, 文字レベル)",
        "base (v2)",
        "base (v2, 文字レベル)",
        "large",
        "large (文字レベル)",
        "base (v3)",
        "base (v3, 文字レベル)",
        "large (v2)",
        "large (v2, 文字レベル)",
    ];
    let sa = "CC BY-SA 3.0";
    let ap = "Apache 2.0";
    assert_eq!(
        pick(cell, &names),
        some(&[sa, sa, sa, sa, sa, sa, ap, ap, ap, ap])
    );
}

#[test]
fn training_stages() {
    let cell = "Pre-trained model: LLM-jp-3 172B Terms of Use<br>Post-trained model: llm-jp-3-172b-instruct3 Terms of Use";
    let pre = "LLM-jp-3 172B Terms of Use";
    let post = "llm-jp-3-172b-instruct3 Terms of Use";
    assert_eq!(
        pick(cell, &["172b", "172b-instruct2", "172b-instruct3"]),
        some(&[pre, post, post])
    );
    let ja = "事前学習済みモデル: LLM-jp-3 172B Terms of Use<br>事後学習済みモデル: llm-jp-3-172b-instruct3利用許諾契約";
    assert_eq!(
        pick(ja, &["172b", "172b-instruct3"]),
        some(&[pre, "llm-jp-3-172b-instruct3利用許諾契約"])
    );
}

#[test]
fn parenthesised_exceptions() {
    assert_eq!(
        pick(
            "Apache 2.0<br>(CC BY-NC 4.0 as for NC model)",
            &["13b", "13b-instruct", "13b-instruct-nc"]
        ),
        some(&["Apache 2.0", "Apache 2.0", "CC BY-NC 4.0"])
    );
    assert_eq!(
        pick(
            "Apache 2.0<br>(CC BY 4.0 as for DPO model)",
            &["7b", "7b-chat", "7b-chat-dpo-experimental"]
        ),
        some(&["Apache 2.0", "Apache 2.0", "CC BY 4.0"])
    );
    let cell =
        "Llama 3.1 Community License<br>(Gemma Terms of Use is also applied to the Instruct model)";
    let p = parts(cell).expect("two parts");
    assert_eq!(p[1].mode, Mode::Also);
    assert_eq!(
        pick(cell, &["8B-v0.1", "8B-Instruct-v0.1"]),
        some(&["Llama 3.1 Community License", "Gemma Terms of Use"])
    );
    // The Japanese file's spellings.
    assert_eq!(
        pick(
            "Apache 2.0<br>(NC モデルは CC BY-NC 4.0)",
            &["13b", "13b-instruct-nc"]
        ),
        some(&["Apache 2.0", "CC BY-NC 4.0"])
    );
    assert_eq!(
        pick(
            "Apache 2.0<br>(dpo モデルのみ CC BY 4.0)",
            &["7b-chat", "7b-chat-dpo-experimental"]
        ),
        some(&["Apache 2.0", "CC BY 4.0"])
    );
    let ja = "Llama 3.1 Community License<br>(Instructモデルは Gemma Terms of Use も適用)";
    assert_eq!(
        pick(ja, &["70B-v0.1", "70B-Instruct-v0.3"]),
        some(&["Llama 3.1 Community License", "Gemma Terms of Use"])
    );
}

#[test]
fn context_selectors() {
    assert_eq!(
        pick("7b, 13b: 4,096<br>70b: 8,192", &["7b", "13b", "70b"]),
        some(&["4,096", "4,096", "8,192"])
    );
    assert_eq!(
        pick(
            "base: 4,096<br>instruct, instruct-nc: 8,192",
            &["13b", "13b-instruct", "13b-instruct-nc"]
        ),
        some(&["4,096", "8,192", "8,192"])
    );
    assert_eq!(
        pick(
            "base: 4,096<br>chat: 32,768",
            &["7b", "7b-chat", "7b-chat-dpo-experimental"]
        ),
        some(&["4,096", "32,768", "32,768"])
    );
    assert_eq!(
        pick(
            "8k model: 8,192<br>others: 2,048",
            &[
                "4b(3.8b)",
                "4b(3.8b)-8k",
                "4b(3.8b)-instruction-sft",
                "4b(3.8b)-instruction-ppo"
            ]
        ),
        some(&["2,048", "8,192", "2,048", "2,048"])
    );
    // The Japanese file's spelling of the same cell.
    assert_eq!(
        pick("8kモデル: 8,192<br>他: 2,048", &["4b(3.8b)", "4b(3.8b)-8k"]),
        some(&["2,048", "8,192"])
    );
    assert_eq!(
        pick(
            "100m, 200m, 400m: 3,072<br>v2-100m: 4,096",
            &["100m", "200m", "400m", "v2-100m"]
        ),
        some(&["3,072", "3,072", "3,072", "4,096"])
    );
}

#[test]
fn one_value_is_not_parts() {
    assert_eq!(parts("Apache 2.0"), None);
    assert_eq!(parts("8,192"), None);
    assert_eq!(
        parts("Llama 3.3 Community License & Gemma Terms of Use"),
        None
    );
    assert_eq!(alternatives("4,096 or 8,192"), Some(vec![4096, 8192]));
    assert_eq!(
        alternatives("**4,096**<br>または<br>**8,192**"),
        Some(vec![4096, 8192])
    );
    assert_eq!(alternatives("2,400 ~ 8,192"), None);
}

#[test]
fn unnamed_and_ties() {
    let p = parts("7b: 4,096<br>13b: 8,192").expect("parts");
    assert_eq!(assign(&p, &["70b"]), vec![Choice::Unnamed]);
    let p = parts("chat: 1<br>instruct: 2").expect("parts");
    assert_eq!(assign(&p, &["chat-instruct"]), vec![Choice::Tie]);
}
