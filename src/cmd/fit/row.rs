//! One row of `fit` (and of `recommend`, `plan` and the browser's detail
//! pane): a checkpoint assessed on a machine — the precision chosen, the
//! memory it needs, where it runs and how fast — with its cells and its
//! JSON. [`assess`] tries every precision (fit and plan show them all);
//! [`assess_chosen`] stops at the one it would choose (recommend shows only
//! that), and the tests hold the two to the same answer.

use serde_json::Value;

use crate::catalog::schema::{Family, Lang, Qualifier, Variant};
use crate::estimate::{self, Estimate, Machine, Precision, Storage, Verdict};
use crate::i18n;
use crate::render::emit::Record;
use crate::sanitize;
use crate::units;

/// One checkpoint with the precision chosen for it.
pub(crate) struct Row<'a> {
    pub(crate) family: &'a Family,
    pub(crate) variant: &'a Variant,
    pub(crate) params: u64,
    pub(crate) storage: Storage,
    pub(crate) chosen: Estimate,
    /// The context was capped at an upper bound of the model's (`≤ 2048`).
    pub(crate) capped_at_bound: bool,
    pub(crate) verdict: Verdict,
    /// Every precision tried, highest first.
    pub(crate) tried: Vec<(Estimate, Verdict)>,
    /// Decode speed upper bound (tokens/s) on the GPU, when the bandwidth
    /// is known and the checkpoint fits on it.
    pub(crate) speed: Option<f64>,
    /// The language of the cells.
    pub(crate) lang: Lang,
    /// The suite whose score the JSON carries (`--sort score:SUITE`, else
    /// the first `score:SUITE` column asked).
    pub(crate) score_suite: Option<&'static str>,
}

impl Record for Row<'_> {
    type Json<'s>
        = Value
    where
        Self: 's;

    fn json(&self) -> Value {
        row_json(self)
    }

    fn cell(&self, column: &str) -> String {
        cell(self, column)
    }

    /// Every row has a repo id: checkpoints without one are not estimated.
    fn id(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.variant.hf.as_deref().map(std::borrow::Cow::Borrowed)
    }
}

/// Estimates one checkpoint: at `quant` when given (or its own precision
/// when published quantized), else at the highest precision that fits on
/// the GPU, else the highest that fits with offload, else the lowest tried;
/// with the decode speed when the bandwidth is known and it fits on the GPU.
/// Every precision tried is kept in [`Row::tried`].
pub(crate) fn assess<'a>(
    f: &'a Family,
    v: &'a Variant,
    params: u64,
    machine: &Machine,
    context: Option<u64>,
    quant: Option<Precision>,
    bandwidth_gb_s: Option<u64>,
) -> Row<'a> {
    let storage = estimate::storage(v);
    let (ctx, capped_at_bound) = estimate::context_used(f, Some(v), context);
    let kv = estimate::kv_params(v, params);
    let tried: Vec<(Estimate, Verdict)> = precisions(&storage, &quant)
        .iter()
        .map(|p| {
            let e = estimate::estimate(params, kv, ctx, *p);
            (e, machine.verdict(e.total))
        })
        .collect();
    let best = [Verdict::Gpu, Verdict::Offload]
        .iter()
        .find_map(|want| tried.iter().find(|(_, v)| v == want))
        .or(tried.last())
        .copied()
        .unwrap_or_else(|| fallback(params, kv, ctx, machine));
    let speed = speed(bandwidth_gb_s, kv, best);
    Row {
        family: f,
        variant: v,
        params,
        storage,
        chosen: best.0,
        capped_at_bound,
        verdict: best.1,
        tried,
        speed,
        lang: Lang::En,
        score_suite: None,
    }
}

/// [`assess`] without keeping what it tried: the same choice, found by
/// stopping at the first precision that fits on the GPU, with no
/// allocation. [`Row::tried`] is empty.
pub(crate) fn assess_chosen<'a>(
    f: &'a Family,
    v: &'a Variant,
    params: u64,
    machine: &Machine,
    context: Option<u64>,
    bandwidth_gb_s: Option<u64>,
) -> Row<'a> {
    let storage = estimate::storage(v);
    let (ctx, capped_at_bound) = estimate::context_used(f, Some(v), context);
    let kv = estimate::kv_params(v, params);
    let mut offload = None;
    let mut last = None;
    let mut gpu = None;
    for p in storage.precisions() {
        let e = estimate::estimate(params, kv, ctx, *p);
        let verdict = machine.verdict(e.total);
        if verdict == Verdict::Gpu {
            gpu = Some((e, verdict));
            break;
        }
        if verdict == Verdict::Offload && offload.is_none() {
            offload = Some((e, verdict));
        }
        last = Some((e, verdict));
    }
    let best = gpu
        .or(offload)
        .or(last)
        .unwrap_or_else(|| fallback(params, kv, ctx, machine));
    Row {
        family: f,
        variant: v,
        params,
        storage,
        chosen: best.0,
        capped_at_bound,
        verdict: best.1,
        tried: Vec::new(),
        speed: speed(bandwidth_gb_s, kv, best),
        lang: Lang::En,
        score_suite: None,
    }
}

/// The precisions to try: `quant` alone when asked (a checkpoint published
/// quantized keeps its own), else the storage's.
fn precisions<'s>(storage: &'s Storage, quant: &'s Option<Precision>) -> &'s [Precision] {
    match (quant, storage.is_quantized()) {
        (Some(q), false) => std::slice::from_ref(q),
        _ => storage.precisions(),
    }
}

/// F16, where no precision was tried (none can be: every storage has one).
fn fallback(params: u64, kv: u64, ctx: u64, machine: &Machine) -> (Estimate, Verdict) {
    let e = estimate::estimate(params, kv, ctx, estimate::F16);
    (e, machine.verdict(e.total))
}

/// The decode speed at the choice, when it is on the GPU and the bandwidth
/// known.
fn speed(bandwidth_gb_s: Option<u64>, kv: u64, best: (Estimate, Verdict)) -> Option<f64> {
    bandwidth_gb_s
        .filter(|_| best.1 == Verdict::Gpu)
        .and_then(|bw| estimate::decode_tokens_per_s(bw, kv, best.0.precision))
}

pub(crate) fn cell(r: &Row, column: &str) -> String {
    let v = r.variant;
    match column {
        "family" => sanitize::line(&r.family.id),
        "checkpoint" => sanitize::line(v.hf.as_deref().unwrap_or(&v.name)),
        "params" => {
            let mut p = units::format(r.params);
            if let Some(a) = v.active_params {
                p = i18n::trf(r.lang, "{0} ({1} active)", &[&p, &units::format(a)]);
            }
            p
        }
        "quant" => {
            let name = r.chosen.precision.name;
            if r.storage.is_quantized() {
                i18n::trf(r.lang, "{0} (published)", &[&name])
            } else {
                name.to_string()
            }
        }
        "context" if r.capped_at_bound => {
            format!("{} {}", Qualifier::Max.symbol(), r.chosen.context)
        }
        "context" => r.chosen.context.to_string(),
        "weights" => units::format_gib_in(r.chosen.weights, r.lang),
        "kv" => units::format_gib_in(r.chosen.kv_cache, r.lang),
        "memory" => units::format_gib_in(r.chosen.total, r.lang),
        "verdict" => i18n::tr(r.lang, r.verdict.as_str()).to_string(),
        "speed" => r.speed.map_or_else(
            || i18n::tr(r.lang, "unknown").to_string(),
            estimate::format_speed,
        ),
        c if c.starts_with("score:") => {
            crate::query::scores::best_of_variant(v, &c["score:".len()..]).map_or_else(
                || i18n::tr(r.lang, "unknown").to_string(),
                |s| crate::query::scores::format(s.score),
            )
        }
        _ => String::new(),
    }
}

/// One row of `fit --json`: a checkpoint at the precision chosen for it.
// The output sorts the keys (`render::json::sorted`): fields in
// alphabetical order, the checkpoint's first.
#[derive(serde::Serialize, schemars::JsonSchema)]
#[schemars(title = "jllm fit row")]
pub struct FitJson<'a> {
    /// family, name, hf, params, active_params.
    #[serde(flatten)]
    checkpoint: CheckpointJson<'a>,
    /// Context in tokens the estimate is for: --context, else 4096 capped
    /// at the model's stated limit.
    context: u64,
    /// `max` where the context was capped at an upper bound the list
    /// states (`≤ 2,048`); else null.
    context_qualifier: Option<Qualifier>,
    /// Every precision tried, highest first.
    estimates: Vec<EstimateJson>,
    /// Bytes of the KV cache at `context`.
    kv_cache_bytes: u64,
    /// Runtime overhead in bytes.
    overhead_bytes: u64,
    /// The precision estimated (llama.cpp's names: f16, q8_0, q4_k_m…).
    quant: &'static str,
    /// The checkpoint is published quantized: `quant` is its own precision.
    quantized: bool,
    /// The score asked for (--sort score:SUITE, or a score:SUITE column);
    /// null when none is asked.
    score: Option<FitScoreJson<'a>>,
    /// Decode speed upper bound in tokens per second (memory bandwidth ÷
    /// bytes read per token), when the GPU's bandwidth is known and the
    /// checkpoint fits on it; else null.
    tokens_per_s: Option<f64>,
    /// Weights + KV cache + overhead, in bytes.
    total_bytes: u64,
    verdict: Verdict,
    /// Bytes of the weights at `quant`.
    weights_bytes: u64,
}

/// The checkpoint a row of `fit`, `recommend` or `plan` is about; each
/// row's JSON has these keys at its top level.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct CheckpointJson<'a> {
    /// The family's id.
    family: &'a str,
    /// The checkpoint's name.
    name: &'a str,
    /// Hugging Face `owner/repo` (checkpoints without one are not estimated).
    hf: Option<&'a str>,
    /// Total parameters.
    params: u64,
    /// Parameters active per token (mixture of experts).
    active_params: Option<u64>,
}

impl<'a> Row<'a> {
    /// The keys naming the checkpoint, for its JSON.
    pub(crate) fn checkpoint_json(&self) -> CheckpointJson<'a> {
        CheckpointJson {
            family: &self.family.id,
            name: &self.variant.name,
            hf: self.variant.hf.as_deref(),
            params: self.params,
            active_params: self.variant.active_params,
        }
    }
}

/// A precision tried.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct EstimateJson {
    quant: &'static str,
    total_bytes: u64,
    verdict: Verdict,
}

/// The checkpoint's score on a suite: measured on the published weights,
/// not at the quantization estimated.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct FitScoreJson<'a> {
    /// The suite (`jllm results --suite SUITE`).
    suite: &'a str,
    /// The checkpoint's best average on the suite; null where it has none.
    value: Option<f64>,
}

fn row_json(r: &Row) -> Value {
    let e = &r.chosen;
    crate::render::json::sorted(&FitJson {
        checkpoint: r.checkpoint_json(),
        context: e.context,
        context_qualifier: r.capped_at_bound.then_some(Qualifier::Max),
        estimates: r
            .tried
            .iter()
            .map(|(e, v)| EstimateJson {
                quant: e.precision.name,
                total_bytes: e.total,
                verdict: *v,
            })
            .collect(),
        kv_cache_bytes: e.kv_cache,
        overhead_bytes: e.overhead,
        quant: e.precision.name,
        quantized: r.storage.is_quantized(),
        score: r.score_suite.map(|suite| FitScoreJson {
            suite,
            value: crate::query::scores::best_of_variant(r.variant, suite).map(|s| s.score),
        }),
        tokens_per_s: r.speed,
        total_bytes: e.total,
        verdict: r.verdict,
        weights_bytes: e.weights,
    })
}
