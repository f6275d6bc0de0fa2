//! Memory estimates for running a checkpoint: the arithmetic behind
//! `jllm fit` and the memory column of `jllm show`, kept apart from both so
//! that every constant lives in one place, with its source, and the unit
//! tests can check the sums by hand.
//!
//! total = weights + KV cache + runtime overhead, where
//! - weights = parameters × bytes per parameter of the precision
//!   (llama.cpp's block sizes for its quantizations);
//! - KV cache = KV parameters × context ÷ [`KV_PARAMS_PER_BYTE_TOKEN`], a
//!   per-parameter approximation, since the catalog has no layer counts
//!   (KV parameters are the active parameters of a mixture of experts, the
//!   total otherwise);
//! - overhead = [`RUNTIME_OVERHEAD`], fixed.
//!
//! Everything is in bytes, as integers; sizes the user types (`24GB`) are
//! binary units, as memory is sold.

use crate::catalog::schema::{Family, Qualifier, Variant};

/// A way of storing weights, with its size per parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Precision {
    /// Name as llama.cpp or the checkpoint's format writes it.
    pub name: &'static str,
    /// Bits per parameter in 64ths of a bit, so sizes stay exact integers:
    /// bytes = params × `bits64` ÷ 512.
    pub bits64: u64,
}

impl Precision {
    /// Bytes the weights of `params` parameters take.
    pub fn weight_bytes(self, params: u64) -> u64 {
        let bytes = u128::from(params) * u128::from(self.bits64) / 512;
        u64::try_from(bytes).unwrap_or(u64::MAX)
    }
}

// llama.cpp's types: bytes per block ÷ weights per block, from the block
// structs in ggml/src/ggml-common.h (a block's fp16 scales included).

/// 32-bit floats: 4 bytes.
pub const F32: Precision = Precision {
    name: "f32",
    bits64: 32 * 64,
};
/// 16-bit floats: 2 bytes.
pub const F16: Precision = Precision {
    name: "f16",
    bits64: 16 * 64,
};
/// bfloat16: 2 bytes.
pub const BF16: Precision = Precision {
    name: "bf16",
    bits64: 16 * 64,
};
/// `block_q8_0`: 2 + 32 bytes per 32 weights = 1.0625 bytes (8.5 bits).
pub const Q8_0: Precision = Precision {
    name: "q8_0",
    bits64: 544,
};
/// `block_q6_K`: 210 bytes per 256 weights = 0.8203 bytes (6.5625 bits).
pub const Q6_K: Precision = Precision {
    name: "q6_k",
    bits64: 420,
};
/// `block_q5_K`: 176 bytes per 256 weights = 0.6875 bytes (5.5 bits).
pub const Q5_K_M: Precision = Precision {
    name: "q5_k_m",
    bits64: 352,
};
/// `block_q4_K`: 144 bytes per 256 weights = 0.5625 bytes (4.5 bits).
pub const Q4_K_M: Precision = Precision {
    name: "q4_k_m",
    bits64: 288,
};
/// `block_q4_0`: 2 + 16 bytes per 32 weights = 0.5625 bytes (4.5 bits).
pub const Q4_0: Precision = Precision {
    name: "q4_0",
    bits64: 288,
};
/// `block_q3_K`: 110 bytes per 256 weights = 0.4297 bytes (3.4375 bits).
pub const Q3_K_M: Precision = Precision {
    name: "q3_k_m",
    bits64: 220,
};
/// `block_q2_K`: 84 bytes per 256 weights = 0.328 bytes (2.625 bits).
pub const Q2_K: Precision = Precision {
    name: "q2_k",
    bits64: 168,
};

// Formats of checkpoints published already quantized.

/// GPTQ and AWQ at 4 bits with groups of 128 (the usual setting of AutoGPTQ
/// and AutoAWQ): 4 bits plus an fp16 scale and a 4-bit zero point per group,
/// 4 + 20/128 = 4.15625 bits.
pub const INT4_G128: Precision = Precision {
    name: "int4-g128",
    bits64: 266,
};
/// GPTQ at 8 bits with groups of 128: 8 + 24/128 = 8.1875 bits.
pub const INT8_G128: Precision = Precision {
    name: "int8-g128",
    bits64: 524,
};
/// OCP Microscaling MXFP4: 4-bit elements with an 8-bit scale per 32,
/// 4.25 bits (gpt-oss keeps attention in bf16: an underestimate there).
pub const MXFP4: Precision = Precision {
    name: "mxfp4",
    bits64: 272,
};
/// Other 4-bit checkpoints (bitsandbytes NF4, MLX 4-bit: a scale per 64
/// weights), counted as 4.5 bits like Q4_0.
pub const BIT4: Precision = Precision {
    name: "4bit",
    bits64: 288,
};
/// Other 8-bit checkpoints (bitsandbytes int8, MLX 8-bit), counted as 8.5
/// bits like Q8_0.
pub const BIT8: Precision = Precision {
    name: "8bit",
    bits64: 544,
};
/// FP8 (E4M3) checkpoints: 1 byte.
pub const FP8: Precision = Precision {
    name: "fp8",
    bits64: 512,
};

/// The values `--quant` accepts, with their aliases.
pub const QUANTS: &[(&str, Precision)] = &[
    ("f32", F32),
    ("f16", F16),
    ("bf16", BF16),
    ("q8_0", Q8_0),
    ("q6_k", Q6_K),
    ("q5_k_m", Q5_K_M),
    ("q5_k", Q5_K_M),
    ("q5_k_s", Q5_K_M),
    ("q4_k_m", Q4_K_M),
    ("q4_k", Q4_K_M),
    ("q4_k_s", Q4_K_M),
    ("q4_0", Q4_0),
    ("q3_k_m", Q3_K_M),
    ("q3_k", Q3_K_M),
    ("q3_k_s", Q3_K_M),
    ("q2_k", Q2_K),
];

/// The precisions tried, highest first, when no `--quant` is given.
pub const LADDER: &[Precision] = &[F16, Q8_0, Q6_K, Q5_K_M, Q4_K_M, Q3_K_M, Q2_K];

/// Quantizations at or above this size (Q4_K_M) are listed before smaller
/// ones: llama.cpp's quantize tool (tools/quantize/quantize.cpp,
/// QUANT_OPTIONS) gives the perplexity each adds on Llama 3 8B as Q8_0
/// +0.0026, Q6_K +0.0217, Q5_K_M +0.0569, Q4_K_M +0.1754, then Q3_K_M
/// +0.6569 and Q2_K +3.5199: quality falls off below 4 bits.
pub const MIN_RECOMMENDED_BITS64: u64 = 288;

/// What `jllm show` prints per checkpoint.
pub const SHOW: &[Precision] = &[F16, Q8_0, Q4_K_M];

/// KV cache: one byte per this many (KV) parameters per token of context.
///
/// Fitted to Llama 3.1 8B (32 layers × 8 KV heads × 128 dims × K and V ×
/// 2 bytes of f16 = 131,072 bytes per token for 8.03B parameters, where
/// 8.03e9 ÷ 65,536 = 122,530): within 7% there. It overstates models with
/// fewer KV heads per parameter (Qwen2.5 7B ×2.1, Llama 3 70B ×3.3) and
/// understates models without grouped-query attention (Llama 2 7B and
/// GPT-NeoX-style models by ×4 to ×5).
pub const KV_PARAMS_PER_BYTE_TOKEN: u64 = 65_536;

/// Fixed runtime overhead: the CUDA/Metal context and llama.cpp's compute
/// buffers, 1 GiB (a rounded figure; it grows with batch size).
pub const RUNTIME_OVERHEAD: u64 = 1 << 30;

/// Context assumed when none is asked for, or the model's own limit if smaller.
pub const DEFAULT_CONTEXT: u64 = 4096;

/// Share of the GPU's memory a model may use (the desktop, the driver and
/// fragmentation take the rest), in percent.
pub const VRAM_USABLE_PERCENT: u64 = 90;

/// Share of system RAM that layers offloaded to the CPU may use (the OS and
/// other programs keep the rest), in percent.
pub const RAM_USABLE_PERCENT: u64 = 70;

/// Where a checkpoint can run; JSON writes `gpu`, `offload` or `too-large`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Everything in usable VRAM (at most 90% of --vram).
    Gpu,
    /// Usable VRAM plus usable RAM is enough (at most 70% of --ram): some layers on the CPU.
    Offload,
    /// Neither: listed only with --all.
    TooLarge,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Gpu => "fits on GPU",
            Verdict::Offload => "fits with CPU offload",
            Verdict::TooLarge => "too large",
        }
    }
}

/// The memory a machine offers, in bytes.
#[derive(Debug, Clone, Copy)]
pub struct Machine {
    pub vram: u64,
    pub ram: Option<u64>,
}

impl Machine {
    pub fn usable_vram(&self) -> u64 {
        percent(self.vram, VRAM_USABLE_PERCENT)
    }

    pub fn usable_ram(&self) -> u64 {
        self.ram.map_or(0, |r| percent(r, RAM_USABLE_PERCENT))
    }

    /// The verdict for a total: offload is considered only when RAM is given.
    pub fn verdict(&self, total: u64) -> Verdict {
        if total <= self.usable_vram() {
            Verdict::Gpu
        } else if self.ram.is_some()
            && total <= self.usable_vram().saturating_add(self.usable_ram())
        {
            Verdict::Offload
        } else {
            Verdict::TooLarge
        }
    }
}

fn percent(bytes: u64, pct: u64) -> u64 {
    u64::try_from(u128::from(bytes) * u128::from(pct) / 100).unwrap_or(u64::MAX)
}

/// One estimate, every part in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Estimate {
    pub precision: Precision,
    pub context: u64,
    pub weights: u64,
    pub kv_cache: u64,
    pub overhead: u64,
    pub total: u64,
}

/// The estimate for `params` parameters (`kv_params` of them attending) at
/// `precision` with `context` tokens.
pub fn estimate(params: u64, kv_params: u64, context: u64, precision: Precision) -> Estimate {
    let weights = precision.weight_bytes(params);
    let kv = u128::from(kv_params) * u128::from(context) / u128::from(KV_PARAMS_PER_BYTE_TOKEN);
    let kv_cache = u64::try_from(kv).unwrap_or(u64::MAX);
    let total = weights
        .saturating_add(kv_cache)
        .saturating_add(RUNTIME_OVERHEAD);
    Estimate {
        precision,
        context,
        weights,
        kv_cache,
        overhead: RUNTIME_OVERHEAD,
        total,
    }
}

/// Decode speed, an upper bound in tokens a second: generating a token
/// reads every weight of the active parameters once, so it takes at least
/// their bytes ÷ the memory bandwidth; the KV cache, the compute and the
/// runtime's own work only add to that time. `read_params` are the
/// active parameters of a mixture of experts, the total otherwise;
/// `bandwidth_gb_s` is in GB/s (10⁹ bytes a second). None when nothing is
/// read (no parameters).
pub fn decode_tokens_per_s(
    bandwidth_gb_s: u64,
    read_params: u64,
    precision: Precision,
) -> Option<f64> {
    let bytes = precision.weight_bytes(read_params);
    (bytes > 0).then(|| bandwidth_gb_s as f64 * 1e9 / bytes as f64)
}

/// A speed as printed: an upper bound, whole tokens a second (one
/// decimal below 10).
pub fn format_speed(tokens_per_s: f64) -> String {
    if tokens_per_s < 10.0 {
        format!("≤ {tokens_per_s:.1} tok/s")
    } else {
        format!("≤ {tokens_per_s:.0} tok/s")
    }
}

/// How a checkpoint is stored, from its name and repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    /// Full-precision weights: any llama.cpp quantization can be made.
    Full,
    /// A GGUF repository: llama.cpp files, one precision stated or several.
    Gguf(Option<Precision>),
    /// Published already quantized in this format.
    Quantized(Precision),
}

impl Storage {
    /// The precisions this checkpoint can be run at, highest first.
    pub fn precisions(&self) -> &[Precision] {
        match self {
            Storage::Full | Storage::Gguf(None) => LADDER,
            Storage::Gguf(Some(p)) | Storage::Quantized(p) => std::slice::from_ref(p),
        }
    }

    pub fn is_quantized(self) -> bool {
        matches!(self, Storage::Quantized(_) | Storage::Gguf(Some(_)))
    }
}

/// Whether `needle` (ASCII lowercase) stands at the start of `rest`, in
/// any ASCII case, ending a token (no letter or digit follows).
fn token_at(rest: &[u8], needle: &[u8]) -> bool {
    rest.get(..needle.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(needle))
        && rest
            .get(needle.len())
            .is_none_or(|b| !b.is_ascii_alphanumeric())
}

/// The starts of the tokens of `text`: where no letter or digit precedes.
fn token_starts(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    (0..text.len())
        .filter(move |&i| i == 0 || !text[i - 1].is_ascii_alphanumeric())
        .map(move |i| &text[i..])
}

/// The markers [`storage`] reads, each a bit of [`markers`]' answer (the
/// bits named below).
const MARKERS: [&str; 12] = [
    "8bit", "int8", "8-bit", "gguf", "gptq", "awq", "mxfp4", "fp8", "4bit", "int4", "nf4", "4-bit",
];
const EIGHT: u32 = 0b111;
const GGUF: u32 = 1 << 3;
const GPTQ: u32 = 1 << 4;
const AWQ: u32 = 1 << 5;
const MXFP4_MARK: u32 = 1 << 6;
const FP8_MARK: u32 = 1 << 7;
const FOUR: u32 = 0b1111 << 8;

/// For each byte, the bits of the [`MARKERS`] that begin with it in either
/// ASCII case: a token whose first byte begins none (most do not) is passed
/// over after one lookup.
const BY_FIRST_BYTE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < MARKERS.len() {
        let first = MARKERS[i].as_bytes()[0];
        table[first as usize] |= 1 << i;
        table[first.to_ascii_uppercase() as usize] |= 1 << i;
        i += 1;
    }
    table
};

/// Which of [`MARKERS`] occur in `text` as whole tokens (not inside a
/// longer run of letters and digits), in any ASCII case, in one pass over
/// the starts of the tokens.
fn markers(text: &str) -> u32 {
    let mut found = 0;
    for rest in token_starts(text.as_bytes()) {
        let Some(&first) = rest.first() else { continue };
        let mut candidates = BY_FIRST_BYTE[usize::from(first)];
        while candidates != 0 {
            let i = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            if token_at(rest, MARKERS[i].as_bytes()) {
                found |= 1 << i;
            }
        }
    }
    found
}

/// Recognises checkpoints published quantized by the markers in their name
/// or repository: GGUF, GPTQ, AWQ, MXFP4, FP8, 4bit/INT4/NF4, 8bit/INT8, and
/// llama.cpp type names such as Q4_K_M. Every checkpoint a command
/// estimates is read, so the name and repository are read in place, once,
/// in any case (no string made, no searcher built per marker).
pub fn storage(v: &Variant) -> Storage {
    let hf = v.hf.as_deref().unwrap_or("");
    let found = markers(&v.name) | markers(hf);
    let eight = found & EIGHT != 0;
    if found & GGUF != 0 {
        let stated = QUANTS
            .iter()
            .find(|(name, _)| {
                *name != "f32"
                    && [v.name.as_ref(), hf].iter().any(|text| {
                        token_starts(text.as_bytes()).any(|rest| token_at(rest, name.as_bytes()))
                    })
            })
            .map(|(_, p)| *p);
        return Storage::Gguf(stated);
    }
    if found & GPTQ != 0 {
        return Storage::Quantized(if eight { INT8_G128 } else { INT4_G128 });
    }
    if found & AWQ != 0 {
        return Storage::Quantized(INT4_G128);
    }
    if found & MXFP4_MARK != 0 {
        return Storage::Quantized(MXFP4);
    }
    if found & FP8_MARK != 0 {
        return Storage::Quantized(FP8);
    }
    if found & FOUR != 0 {
        return Storage::Quantized(BIT4);
    }
    if eight {
        return Storage::Quantized(BIT8);
    }
    Storage::Full
}

/// The context an estimate assumes: the one asked for, or
/// [`DEFAULT_CONTEXT`], capped at the stated limit of the checkpoint `v`
/// (its own, else its family's) or, without one, of the family (the
/// smallest of its checkpoints').
pub fn context_for(f: &Family, v: Option<&Variant>, asked: Option<u64>) -> u64 {
    context_used(f, v, asked).0
}

/// [`context_for`], and whether the limit it was capped at is an upper
/// bound (`≤ 2,048`: the model may take fewer, so the estimate is at most
/// what it needs; tables show it as "≤ 2048"). A bound is a cap only when it
/// is the checkpoint's one statement of its context.
pub fn context_used(f: &Family, v: Option<&Variant>, asked: Option<u64>) -> (u64, bool) {
    let want = asked.unwrap_or(DEFAULT_CONTEXT);
    let (limit, bound) = match v {
        Some(v) => (v.context_in(f), v.context_bound_in(f)),
        None => (f.context_length, f.context_bound),
    };
    match (limit, bound) {
        (Some(limit), _) if limit > 0 => (want.min(limit), false),
        (None, Some(b)) if b.kind == Qualifier::Max && b.value > 0 && b.value < want => {
            (b.value, true)
        }
        _ => (want, false),
    }
}

/// The context of an estimate as tables show it: `4096`, or `≤ 2048` where
/// [`context_used`] capped it at an upper bound.
pub fn context_label(f: &Family, v: Option<&Variant>, asked: Option<u64>) -> String {
    match context_used(f, v, asked) {
        (c, true) => format!("{} {c}", Qualifier::Max.symbol()),
        (c, false) => c.to_string(),
    }
}

/// Parameters the KV cache scales with: the active ones of a mixture of
/// experts (the experts share attention), else the total.
pub fn kv_params(v: &Variant, params: u64) -> u64 {
    v.active_params.map_or(params, |a| a.min(params))
}

/// Parses `--quant`: a llama.cpp type name in any case, `-` or `_`.
pub fn parse_quant(input: &str) -> Result<Precision, String> {
    let key = input.trim().to_ascii_lowercase().replace('-', "_");
    QUANTS
        .iter()
        .find(|(name, _)| *name == key)
        .map(|(_, p)| *p)
        .ok_or_else(|| {
            let names: Vec<&str> = QUANTS.iter().map(|(n, _)| *n).collect();
            crate::i18n::trf(
                crate::i18n::lang(),
                "invalid quantization '{0}': expected one of {1}",
                &[&input, &names.join(", ")],
            )
        })
}

#[cfg(test)]
mod tests;
