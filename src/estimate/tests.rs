//! Unit tests of `crate::estimate`: the sums worked out by hand from the
//! list's rows, llama.cpp's block sizes, the markers of published
//! quantizations and the context caps.

use super::*;
use crate::catalog::schema::Str;

fn variant(name: &'static str, hf: &'static str) -> Variant {
    Variant {
        name: Str::Static(name),
        hf: Some(Str::Static(hf)),
        url: Str::Static(""),
        ..Variant::default()
    }
}

const GIB: u64 = 1 << 30;

// Swallow 70B (list README.md line 133, size 70b), tokyotech-llm/Swallow-70b-hf,
// at Q4_K_M with the default 4096 tokens:
//   weights 70e9 × 0.5625       = 39,375,000,000
//   KV      70e9 × 4096 / 65536 =  4,375,000,000
//   overhead 1 GiB              =  1,073,741,824
//   total                       = 44,823,741,824
#[test]
fn seventy_b_at_q4_k_m() {
    let e = estimate(70_000_000_000, 70_000_000_000, 4096, Q4_K_M);
    assert_eq!(e.weights, 39_375_000_000);
    assert_eq!(e.kv_cache, 4_375_000_000);
    assert_eq!(e.overhead, 1_073_741_824);
    assert_eq!(e.total, 44_823_741_824);
    // Too large for a 24 GB card alone (90%: 21.6 GiB usable); with 64 GB
    // of RAM, 21.6 GiB + 70% of 64 GiB = 71,296,457,113 usable bytes
    // ≥ 44.8e9, so it fits with CPU offload.
    let m = Machine {
        vram: 24 * GIB,
        ram: None,
    };
    assert_eq!(m.verdict(e.total), Verdict::TooLarge);
    let m = Machine {
        vram: 24 * GIB,
        ram: Some(64 * GIB),
    };
    assert_eq!(m.verdict(e.total), Verdict::Offload);
}

// Llama 3.1 Swallow 8B (line 162, 8B) at F16 and 8192 tokens:
//   weights 8e9 × 2           = 16,000,000,000
//   KV      8e9 × 8192 / 65536 = 1,000,000,000
//   total 17e9 + 1 GiB        = 18,073,741,824 ≤ 90% of 24 GiB (23,192,823,398)
#[test]
fn eight_b_at_f16() {
    let e = estimate(8_000_000_000, 8_000_000_000, 8192, F16);
    assert_eq!(e.weights, 16_000_000_000);
    assert_eq!(e.kv_cache, 1_000_000_000);
    assert_eq!(e.total, 18_073_741_824);
    let m = Machine {
        vram: 24 * GIB,
        ram: None,
    };
    assert_eq!(m.usable_vram(), 23_192_823_398);
    assert_eq!(m.verdict(e.total), Verdict::Gpu);
    // On 8 GiB (7,730,941,132 usable) it does not fit.
    let m = Machine {
        vram: 8 * GIB,
        ram: None,
    };
    assert_eq!(m.verdict(e.total), Verdict::TooLarge);
}

// Sarashina2-8x70B (line 41, 8x70b (465b)): weights by total parameters.
//   Q8_0: 465e9 × 1.0625 = 494,062,500,000
// LLM-jp-4 32B-A3B (line 55, 32b-a3b): KV by the 3B active parameters,
//   3e9 × 4096 / 65536 = 187,500,000; Q4_K_M weights 32e9 × 0.5625 = 18e9.
#[test]
fn moe_by_total_parameters() {
    let e = estimate(465_000_000_000, 465_000_000_000, 4096, Q8_0);
    assert_eq!(e.weights, 494_062_500_000);
    let v = Variant {
        active_params: Some(3_000_000_000),
        ..variant("32b-a3b-thinking", "llm-jp/llm-jp-4-32b-a3b-thinking")
    };
    assert_eq!(kv_params(&v, 32_000_000_000), 3_000_000_000);
    let e = estimate(32_000_000_000, 3_000_000_000, 4096, Q4_K_M);
    assert_eq!(e.weights, 18_000_000_000);
    assert_eq!(e.kv_cache, 187_500_000);
}

#[test]
fn block_sizes() {
    // One block of each type, in bytes, from llama.cpp's block structs
    // (ggml/src/ggml-common.h): block_q8_0 is 2 + 32, block_q6_K 210 per
    // 256 weights, block_q5_K 176, block_q4_K 144, block_q4_0 2 + 16,
    // block_q3_K 110, block_q2_K 84; f16/bf16 2 bytes a weight, f32 4.
    assert_eq!(Q8_0.weight_bytes(32), 34);
    assert_eq!(Q6_K.weight_bytes(256), 210);
    assert_eq!(Q5_K_M.weight_bytes(256), 176);
    assert_eq!(Q4_K_M.weight_bytes(256), 144);
    assert_eq!(Q4_0.weight_bytes(32), 18);
    assert_eq!(Q3_K_M.weight_bytes(256), 110);
    assert_eq!(Q2_K.weight_bytes(256), 84);
    assert_eq!(F16.weight_bytes(256), 512);
    assert_eq!(BF16.weight_bytes(256), 512);
    assert_eq!(F32.weight_bytes(256), 1024);
}

// Checkpoint names are real links of the list.
#[test]
fn quantized_checkpoints() {
    let s = |name, hf| storage(&variant(name, hf));
    assert_eq!(
        s("70b-gptq", "rinna/llama-3-youko-70b-gptq"),
        Storage::Quantized(INT4_G128)
    );
    assert_eq!(
        s(
            "v1.0-GPTQ-8bit",
            "team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0-GPTQ-8bit"
        ),
        Storage::Quantized(INT8_G128)
    );
    assert_eq!(
        s("8B-AWQ", "elyza/Llama-3-ELYZA-JP-8B-AWQ"),
        Storage::Quantized(INT4_G128)
    );
    assert_eq!(
        s(
            "30B-A3B-RL-v0.2-AWQ-INT4",
            "tokyotech-llm/Qwen3-Swallow-30B-A3B-RL-v0.2-AWQ-INT4"
        ),
        Storage::Quantized(INT4_G128)
    );
    assert_eq!(
        s(
            "120B-RL-v0.1-MXFP4",
            "tokyotech-llm/GPT-OSS-Swallow-120B-RL-v0.1-MXFP4"
        ),
        Storage::Quantized(MXFP4)
    );
    assert_eq!(
        s(
            "70b-chat-4bit",
            "AIgroup-CVM-utokyohospital/Llama-2-70b-chat-4bit-japanese"
        ),
        Storage::Quantized(BIT4)
    );
    assert_eq!(
        s("8B-GGUF", "elyza/Llama-3-ELYZA-JP-8B-GGUF"),
        Storage::Gguf(None)
    );
    assert_eq!(
        s(
            "8B-Instruct",
            "tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3"
        ),
        Storage::Full
    );
    // Not markers: a size, a version.
    assert_eq!(s("v1.0", "example/awqward-gguffy-8bitten"), Storage::Full);
}

#[test]
fn quant_names() {
    assert_eq!(parse_quant("Q4_K_M"), Ok(Q4_K_M));
    assert_eq!(parse_quant("q4-k-m"), Ok(Q4_K_M));
    assert_eq!(parse_quant("bf16"), Ok(BF16));
    assert!(parse_quant("q9").unwrap_err().contains("q4_k_m"));
}

#[test]
fn context_capped_at_the_model_limit() {
    let f = Family {
        context_length: Some(2048),
        ..Family::default()
    };
    assert_eq!(context_for(&f, None, None), 2048);
    assert_eq!(context_for(&f, None, Some(32768)), 2048);
    let f = Family::default();
    assert_eq!(context_for(&f, None, None), DEFAULT_CONTEXT);
    assert_eq!(context_for(&f, None, Some(32768)), 32768);
}

/// An upper bound caps like a limit and says so; a lower bound or an
/// approximate value caps nothing.
#[test]
fn context_capped_at_an_upper_bound() {
    use crate::catalog::schema::Bound;
    let bounded = |kind| Family {
        context_bound: Some(Bound { kind, value: 2048 }),
        ..Family::default()
    };
    let f = bounded(Qualifier::Max);
    assert_eq!(context_used(&f, None, None), (2048, true));
    assert_eq!(context_used(&f, None, Some(1024)), (1024, false));
    assert_eq!(context_label(&f, None, None), "≤ 2048");
    let v = Variant::default();
    assert_eq!(context_used(&f, Some(&v), Some(8192)), (2048, true));
    for kind in [Qualifier::Min, Qualifier::Approx] {
        assert_eq!(
            context_used(&bounded(kind), None, None),
            (DEFAULT_CONTEXT, false)
        );
    }
    // A checkpoint's own exact length wins over the family's bound.
    let own = Variant {
        context_length: Some(1024),
        ..Variant::default()
    };
    assert_eq!(context_used(&f, Some(&own), None), (1024, false));
}

#[test]
fn no_overflow() {
    let e = estimate(u64::MAX, u64::MAX, u64::MAX, F32);
    assert_eq!(e.total, u64::MAX);
    let m = Machine {
        vram: u64::MAX,
        ram: Some(u64::MAX),
    };
    assert_eq!(m.verdict(u64::MAX), Verdict::Offload);
}

/// The reference's search: whether `needle` occurs in `hay` as a whole token (not inside a longer
/// run of letters and digits).
fn has_token(hay: &str, needle: &str) -> bool {
    let bytes = hay.as_bytes();
    let mut from = 0;
    while let Some(pos) = hay[from..].find(needle) {
        let start = from + pos;
        let end = start + needle.len();
        let before = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
        let after = end >= bytes.len() || !bytes[end].is_ascii_alphanumeric();
        if before && after {
            return true;
        }
        from = start + 1;
        while !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// [`storage`] as it was written first, lowercasing into a new string:
/// the reference the stack-buffer reading is held to.
fn storage_reference(v: &Variant) -> Storage {
    let text = format!(
        "{} {}",
        v.name.to_ascii_lowercase(),
        v.hf.as_deref().unwrap_or("").to_ascii_lowercase()
    );
    let t = |s: &str| has_token(&text, s);
    let eight = t("8bit") || t("int8") || t("8-bit");
    if t("gguf") {
        let stated = QUANTS
            .iter()
            .find(|(name, _)| *name != "f32" && t(name))
            .map(|(_, p)| *p);
        return Storage::Gguf(stated);
    }
    if t("gptq") {
        return Storage::Quantized(if eight { INT8_G128 } else { INT4_G128 });
    }
    if t("awq") {
        return Storage::Quantized(INT4_G128);
    }
    if t("mxfp4") {
        return Storage::Quantized(MXFP4);
    }
    if t("fp8") {
        return Storage::Quantized(FP8);
    }
    if t("4bit") || t("int4") || t("nf4") || t("4-bit") {
        return Storage::Quantized(BIT4);
    }
    if eight {
        return Storage::Quantized(BIT8);
    }
    Storage::Full
}

/// Every checkpoint of the built-in catalog, and names past the stack
/// buffer, in mixed case and with non-ASCII letters, read as the reference
/// reads them.
#[test]
fn storage_as_the_reference() {
    let cat = crate::catalog::load::embedded();
    let mut quantized = 0;
    for v in cat.models.iter().flat_map(|f| f.variants.iter()) {
        assert_eq!(storage(v), storage_reference(v), "{}", v.name);
        quantized += usize::from(storage(v).is_quantized());
    }
    assert!(quantized > 10, "{quantized}");
    let long = format!("{}-GGUF-Q4_K_M", "Ä".repeat(150));
    for (name, hf) in [
        (long.as_str(), "owner/Model-GGUF"),
        ("8B-Q5_K_M", &*format!("owner/{}-gguf", "x".repeat(300))),
        ("v1-ÉLYZA-AWQ", "Owner/Ünïcode-8BIT"),
        ("8B-Instruct-GGUF", "owner/Model-Q4_K_M-gguf"),
        ("GPTQ-8-Bit", "o/x"),
        ("nf4x", "o/NF4"),
        ("fp80", "o/int4b-Int4"),
        ("Q8_0", "o/mxfp4-GGUF-q8_0"),
        ("MXFP4-4BIT", "o/Fp8_INT8-8-BIT"),
        ("x-4-Bit", "O/Mxfp4"),
        ("", ""),
    ] {
        let v = Variant {
            name: Str::from(name.to_string()),
            hf: Some(Str::from(hf.to_string())),
            ..Variant::default()
        };
        assert_eq!(storage(&v), storage_reference(&v), "{name}");
    }
}
