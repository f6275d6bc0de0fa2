//! Unit tests of the readers of single cells (sizes, contexts, training tokens, dates).

use super::*;

fn context_numbers(text: &str) -> Vec<u64> {
    context_values(text).into_iter().map(|(n, _)| n).collect()
}

/// The number of [`training_tokens`], its qualifier aside.
fn tokens(text: &str) -> Option<u64> {
    training_tokens(text).map(|(n, _)| n)
}

#[test]
fn slugs() {
    assert_eq!(slug("Swallow 70B"), "swallow-70b");
    assert_eq!(slug("Llama 3.1 Swallow 8B"), "llama-3.1-swallow-8b");
    assert_eq!(slug("CyberAgentLM3 (CALM3)"), "cyberagentlm3-calm3");
}

#[test]
fn hf_repos() {
    assert_eq!(
        hf_repo("https://huggingface.co/stabilityai/japanese-stablelm-instruct-alpha-7b/tree/main")
            .as_deref(),
        Some("stabilityai/japanese-stablelm-instruct-alpha-7b")
    );
    assert_eq!(
        hf_repo("https://huggingface.co/datasets/llm-jp/magpie-sft-v1.0"),
        None
    );
    assert_eq!(
        hf_repo("https://huggingface.co/collections/cl-nagoya/ruri-v3-67f3"),
        None
    );
}

#[test]
fn context_cells() {
    assert_eq!(context_numbers("8,192"), vec![8192]);
    assert_eq!(
        context_numbers("7b, 13b: 4,096\n70b: 8,192"),
        vec![4096, 8192]
    );
    assert_eq!(context_numbers("2,400 ~ 8,192"), vec![2400, 8192]);
    assert_eq!(
        context_numbers("100m, 200m, 400m: 3,072\nv2-100m: 4,096"),
        vec![3072, 4096]
    );
}

/// The qualifiers of the list's cells (README.md, en/, fr/; lines
/// given), and what is no qualifier.
#[test]
fn qualifiers() {
    use Qualifier::*;
    // :81 rinna GPT (Japanese only), context.
    assert_eq!(context_values("≤ 2,048"), vec![(2048, Some(Max))]);
    // :317 AI Novelist: a range, not "about 8,192".
    assert_eq!(
        context_values("2,400 ~ 8,192"),
        vec![(2400, None), (8192, None)]
    );
    // :51 Sarashina2: `<br>` is read as a line break, not "<" or ">".
    assert_eq!(
        context_values(&markdown::clean("7b, 13b: 4,096<br>70b: 8,192")),
        vec![(4096, None), (8192, None)]
    );
    assert_eq!(context_values("2,048 以下"), vec![(2048, Some(Max))]);
    assert_eq!(context_values("8,192+"), vec![(8192, Some(Min))]);
    assert_eq!(context_values("約8,192"), vec![(8192, Some(Approx))]);
    let q = qualifier_around;
    // :136 Fujitsu LLM-KG, :451 LLM-jp-4-VL, :111 AscleLM, :443 Ricoh.
    assert_eq!(q("total ~", "B tokens"), Some(Approx));
    assert_eq!(q("（約", "Tトークン）"), Some(Approx));
    assert_eq!(q("(approx. ", "T tokens)"), Some(Approx));
    assert_eq!(q("environ ", "T"), Some(Approx));
    assert_eq!(q("Over ", " million synthetic"), Some(Min));
    assert_eq!(q("plus de ", " millions"), Some(Min));
    // A sum, a name, a word ending like one, a tag, an arrow.
    assert_eq!(q("Qwen2-VL-", "B + 384"), None);
    assert_eq!(q("Sarashina2 + Qwen2-VL-8B + ", "-layer MLP"), None);
    assert_eq!(q("cover ", " images"), None);
    assert_eq!(q("<sup>", "</sup>"), None);
    assert_eq!(q("128k->", "k"), None);
    assert_eq!(q("2,400 ~ ", ""), None);
}

#[test]
fn qualified_token_counts() {
    // en/README.md:451 LLM-jp-4-VL 9B beta.
    assert_eq!(
        training_tokens("Jagle and others, ~33.4M samples / ~180B tokens (Japanese + English)"),
        Some((180_000_000_000, Some(Qualifier::Approx)))
    );
    // README.md:328 llm-jp-modernbert.
    assert_eq!(
        training_tokens("llm-jp-corpus-v4 の日本語サブセット（約0.69Tトークン）"),
        Some((690_000_000_000, Some(Qualifier::Approx)))
    );
    // en/README.md:60 LLM-jp-3: exact.
    assert_eq!(
        training_tokens("Pre-training: llm-jp-corpus-v3\n(2.1T tokens)"),
        Some((2_100_000_000_000, None))
    );
    // A sum of an exact and an approximate part is approximate.
    assert_eq!(
        training_tokens("(2B tokens) + PubMed (~8B tokens)"),
        Some((10_000_000_000, Some(Qualifier::Approx)))
    );
}

#[test]
fn token_counts() {
    assert_eq!(
        tokens("Pre-training: llm-jp-corpus-v3\n(2.1T tokens)"),
        Some(2_100_000_000_000)
    );
    // Counts per checkpoint are no family total.
    assert_eq!(tokens("(alpha1: 0.7T tokens, alpha2: 1.4T tokens)"), None);
    assert_eq!(
        tokens("100m: 623B tokens\n200m: 637B tokens\n400m: 1.23T tokens\nv2-100m: 2.76T tokens"),
        None
    );
    assert_eq!(
        tokens("事前学習: 計 2.1T トークン"),
        Some(2_100_000_000_000)
    );
    assert_eq!(tokens("443,747 samples"), None);
}

/// Every rule of [`training_tokens`] on the real cell it was built from
/// (en/README.md, links reduced to their text).
#[test]
fn token_sums_and_totals() {
    let t = tokens;
    // Llama 3.1 Future Code Ja: parts sharing one "tokens".
    assert_eq!(
        t("Continual pre-training on The Stack v2 (code) and a subset of LLM-jp Corpus v3 (Japanese) — 204.9B code and 85.7B natural-language tokens"),
        Some(290_600_000_000)
    );
    // Sarashina2.2-Vision 3B: a stated total of two parts.
    assert_eq!(
        t("(Total: 103B Japanese + 157.1B English tokens)"),
        Some(260_100_000_000)
    );
    // AscleLM-1-10B: "in total" after the number.
    assert_eq!(
        t("Pre-training: Nemotron-CC v1 (approx. 6.3T tokens), open-source Japanese/English/Chinese corpora, code, math, and reasoning data (approx. 8.5T tokens in total), and synthetic data"),
        Some(8_500_000_000_000)
    );
    // Fujitsu LLM-KG: "total ~300B tokens" after a part.
    assert_eq!(
        t("Pre-training: Knowledge graph parallel corpus (synthesized from Shinra Project, Wikipedia, etc.) 2.1B tokens, total ~300B tokens"),
        Some(300_000_000_000)
    );
    // Stockmark GPT: the parts of one corpus.
    assert_eq!(
        t("Japanese Wikipedia (0.88B tokens), Japanese CC-100 (10.5B tokens), private data (8.6B tokens)"),
        Some(19_980_000_000)
    );
    // JPharmaBERT: parts on "+" lines.
    assert_eq!(
        t("Japanese Pharmaceutical Documents (2B tokens)\n+ PubMed English Abstracts (8B tokens)\n+ Multilingual Pharmaceutical Data (1.2B tokens)"),
        Some(11_200_000_000)
    );
    // ELYZA-Diffusion: pre-training, not instruction data.
    assert_eq!(
        t("Pre-training: Japanese text (~62B tokens)\nInstruction Tuning: Japanese instruction data (~0.18B tokens)"),
        Some(62_000_000_000)
    );
    // LLM-jp-3.1: continual pre-training is another stage.
    assert_eq!(
        t("Pre-training: llm-jp-corpus-v3\n(2.5T tokens)\nContinual pre-training: instruction-response pairs\n(90B tokens)\nSFT + DPO"),
        Some(2_500_000_000_000)
    );
    // Sarashina2-Vision: three stages in one line.
    assert_eq!(
        t("3-stage training: Projector warmup (LLaVA-Pretrain 78M English tokens), Vision encoder pre-training (CC3M, 3.8B Japanese + 7.7B English tokens), Visual instruction tuning (Japanese Visual Genome VQA)"),
        None
    );
    // PLaMo 3: sizes per checkpoint.
    assert_eq!(t("(2b: 200B tokens, 8b: 1T tokens, 31b: 3T tokens)"), None);
}

#[test]
fn model_texts() {
    assert_eq!(
        model_text("Llama<br>([**7b**](https://huggingface.co/a/b), [**13b**](https://huggingface.co/a/c))").as_deref(),
        Some("Llama")
    );
    assert_eq!(
        model_text("Llama 3.3 (**70b**)").as_deref(),
        Some("Llama 3.3")
    );
    assert_eq!(
        model_text("MoE (**47b**)<br>([v1.0](https://huggingface.co/a/b))").as_deref(),
        Some("MoE")
    );
    assert_eq!(
        model_text("Nue ASR<br>(HuBERT + LLM)").as_deref(),
        Some("Nue ASR (HuBERT + LLM)")
    );
}
