//! `jllm fit`: which checkpoints run on a given GPU (and RAM), at which
//! precision, with the estimated memory and a verdict, best first. The
//! arithmetic and its constants are in `crate::estimate`; this file picks
//! the checkpoints, chooses a precision for each and prints the answer.

use std::collections::HashSet;
use std::process::ExitCode;

use anyhow::{anyhow, Result};
use serde_json::Value;

use crate::catalog::schema::{Catalog, Family, Lang, Qualifier, Variant};
use crate::cmd::filters::FilterArgs;
use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::estimate::{self, Estimate, Machine, Precision, Storage, Verdict};
use crate::i18n;
use crate::query::filter::Filter;
use crate::render::emit::{emit, Layout, Record};
use crate::sanitize;
use crate::units;

#[derive(Debug, clap::Args)]
#[command(
    mut_arg("columns", |a| a.value_parser(columns_parser(&[COLUMNS]))),
    mut_arg("assume_base_context", |a| a.requires(clap::builder::Resettable::<clap::Id>::Reset).help("With --context (or --min-context), also admit checkpoints with no stated context whose base model's window (catalog/sizes.toml) reaches it")),
    after_help = "Listed best first: fits on GPU, then with offload; 4-bit and larger quantizations before smaller ones; then by size. With --sort score:SUITE: within each verdict, by the best score on SUITE, whatever the quantization.\n\nWith --context N, a checkpoint is listed only if its stated context is at least N: a shorter one, one of unknown context and one stated only as an upper bound (\"≤ 2,048\") are left out, and the footer counts those of unknown context. A context capped at an upper bound shows as \"≤ 2048\".\n\nEstimate: weights (parameters × bytes per parameter of the quantization, llama.cpp's block sizes) + KV cache (parameters × context ÷ 65536 bytes, active parameters for MoE) + 1 GiB runtime overhead. \"Fits on GPU\" means at most 90% of --vram; \"with CPU offload\" at most that plus 70% of --ram. Sizes are binary: 24GB = 24 GiB. Rough estimates, not measurements.\n\nExamples:\n  jllm fit --vram 24GB\n  jllm fit --vram 8GB --context 32768 --category text-generation\n  jllm fit --vram 12GB --ram 64GB --quant q4_k_m --commercial\n  jllm fit --vram 24GB --min-params 30b --all --json"
)]
pub struct Args {
    #[command(flatten)]
    pub machine: crate::cmd::machine::MachineArgs,
    /// Context in tokens (8192, 32k): only checkpoints whose stated context reaches it are listed; unknown ones are left out and counted [default: 4096, capped at the model's stated limit]
    #[arg(long, value_name = "TOKENS")]
    pub context: Option<String>,
    /// Quantization to estimate (f16, bf16, q8_0, q6_k, q5_k_m, q4_k_m, q4_0, q3_k_m, q2_k…)
    /// [default: the highest precision that fits]
    #[arg(long, value_name = "QUANT")]
    pub quant: Option<String>,
    /// Also list the checkpoints that are too large
    #[arg(long)]
    pub all: bool,
    /// Order of the rows: fit, params, memory, year, name, or score:SUITE (within each verdict, best score on SUITE first at any quantization, unscored last; suites: `jllm results --help`) [default: fit: on GPU first, then with offload; then by size]
    #[arg(long, value_name = "FIELD", value_parser = parse_fit_sort, help_heading = "Output")]
    pub sort: Option<FitSort>,
    /// Reverse the order
    #[arg(long, help_heading = "Output")]
    pub reverse: bool,
    /// Print at most N rows
    #[arg(long, value_name = "N", help_heading = "Output")]
    pub limit: Option<usize>,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `fit --sort`: parameters, year and context largest first, memory
/// smallest first, names alphabetically; unknown years last; ties keep the
/// default order. `score:SUITE` orders by score within each verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FitSort {
    Fit,
    Params,
    Memory,
    Year,
    Name,
    Score(&'static str),
}

/// Columns of the table, CSV, TSV and Markdown output.
pub const COLUMNS: &[&str] = crate::query::scores::with_score_columns![
    "family",
    "checkpoint",
    "params",
    "quant",
    "context",
    "weights",
    "kv",
    "memory",
    "verdict",
    "speed",
];

/// The named keys of `--sort` (shell completion offers them), each with
/// its order at the same index of [`SORTS`].
pub const SORT_KEYS: &[&str] = &["fit", "params", "memory", "year", "name"];
const SORTS: [FitSort; 5] = [
    FitSort::Fit,
    FitSort::Params,
    FitSort::Memory,
    FitSort::Year,
    FitSort::Name,
];

/// `fit|params|memory|year|name` or `score:SUITE`.
fn parse_fit_sort(s: &str) -> Result<FitSort, String> {
    if let Some(suite) = crate::query::scores::score_key(s) {
        return suite.map(|x| FitSort::Score(x.id.as_ref()));
    }
    match SORT_KEYS.iter().position(|k| *k == s) {
        Some(i) => Ok(SORTS[i]),
        None => Err(crate::i18n::trf(
            crate::i18n::lang(),
            "invalid sort '{0}': expected fit, params, memory, year, name or score:SUITE (suites: {1})",
            &[&s, &crate::query::scores::suite_ids()],
        )),
    }
}

const DEFAULT_COLUMNS: &[&str] = &[
    "checkpoint",
    "params",
    "quant",
    "context",
    "memory",
    "verdict",
];

/// Keys of each JSON object.
pub const FIELDS: &[&str] = &[
    "family",
    "name",
    "hf",
    "params",
    "active_params",
    "quantized",
    "quant",
    "context",
    "context_qualifier",
    "weights_bytes",
    "kv_cache_bytes",
    "overhead_bytes",
    "total_bytes",
    "verdict",
    "tokens_per_s",
    "estimates",
    "score",
];

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

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let resolved = args.machine.resolve(cfg.lang)?;
    let machine = resolved.machine;
    let context = args
        .context
        .as_deref()
        .map(units::parse_tokens)
        .transpose()
        .map_err(|e| anyhow!("--context: {e}"))?;
    let quant = args
        .quant
        .as_deref()
        .map(estimate::parse_quant)
        .transpose()
        .map_err(|e| anyhow!("--quant: {e}"))?;
    let asked = args.filters.to_filters();
    if asked.assume_base_context && context.is_none() && asked.min_context.is_none() {
        return Err(anyhow!(i18n::tr(
            cfg.lang,
            "--assume-base-context needs --context or --min-context"
        )));
    }
    // `--context N` admits only checkpoints whose stated context reaches N:
    // it is a --min-context N (the larger of the two where both are given).
    let mut filters = asked.clone();
    if let Some(c) = context {
        filters.min_context = Some(filters.min_context.map_or(c, |m| m.max(c)));
    }
    let cat = cfg.catalog()?;
    let filter = Filter::new(&filters, cat)?;
    // Sorted by score: the score is shown, before the verdict.
    let score_suite = match args.sort {
        Some(FitSort::Score(suite)) => Some(suite),
        _ => None,
    };
    let score_column = score_suite.map(|s| format!("score:{s}"));
    let mut default = DEFAULT_COLUMNS.to_vec();
    if let Some(c) = &score_column {
        default.insert(default.len() - 1, c);
    }
    if resolved.bandwidth_gb_s.is_some() {
        default.push("speed");
    }
    let shape = Shape {
        fields: FIELDS,
        columns: COLUMNS,
        default_columns: &default,
        page: false,
    };
    let Some(mut output) = args.output.resolve(cfg, &shape)? else {
        return Ok(ExitCode::SUCCESS);
    };
    // The score JSON carries: that of the sort, else of a score column.
    let json_suite = score_suite.or_else(|| {
        args.output
            .columns
            .iter()
            .find_map(|c| crate::query::scores::score_key(c).and_then(|s| s.ok().map(|s| &*s.id)))
    });
    if json_suite.is_none() && output.fields.iter().flatten().any(|f| f == "score") {
        return Err(anyhow!(i18n::trf(
            cfg.lang,
            "the JSON field 'score' needs a suite: --sort score:SUITE or --columns score:SUITE (suites: {0})",
            &[&crate::query::scores::suite_ids()],
        )));
    }
    // What fit answers: the memory and the verdict, and what was asked.
    output.keep = crate::cmd::output::flag_columns(&args.filters);
    output.keep.extend(["memory", "verdict"].map(String::from));
    if context.is_some() {
        output.keep.push("context".into());
    }
    if quant.is_some() {
        output.keep.push("quant".into());
    }
    output.keep.extend(match args.sort {
        Some(FitSort::Params) => Some("params".to_string()),
        Some(FitSort::Memory) => Some("memory".into()),
        Some(FitSort::Score(s)) => Some(format!("score:{s}")),
        _ => None,
    });

    let mut rows = Vec::new();
    let mut unknown = 0usize;
    let mut seen = HashSet::new();
    let hits = filter.apply(cat);
    if hits.is_empty() {
        if let Some(why) = crate::query::explain::why_empty(&filters, cat, cfg.lang) {
            crate::eline!("jllm: {}", crate::sanitize::line(&why));
        }
    }
    let unknown_context = match context {
        Some(_) => unknown_context_left_out(&asked, &filters, cat)?,
        None => 0,
    };
    for hit in hits {
        let f = hit.family;
        for v in hit.variants.iter().filter_map(|&i| f.variants.get(i)) {
            let Some(hf) = v.hf.as_deref() else { continue };
            if !seen.insert(hf.to_ascii_lowercase()) {
                continue;
            }
            let Some(params) = v.params else {
                unknown += 1;
                continue;
            };
            rows.push(Row {
                lang: cfg.lang,
                score_suite: json_suite,
                ..assess(
                    f,
                    v,
                    params,
                    &machine,
                    context,
                    quant,
                    resolved.bandwidth_gb_s,
                )
            });
        }
    }
    let total_known = rows.len();
    if !args.all {
        rows.retain(|r| r.verdict != Verdict::TooLarge);
    }
    rows.sort_by(|a, b| {
        let low = |r: &Row| r.chosen.precision.bits64 < estimate::MIN_RECOMMENDED_BITS64;
        let score = |r: &Row| {
            score_suite
                .and_then(|s| crate::query::scores::best_of_variant(r.variant, s))
                .map(|s| crate::query::scores::merit(&s.suite, s.score))
        };
        // Best score first, unscored last (None < Some, hence reversed).
        let by_score = || crate::query::scores::best_first(score(a), score(b));
        // Sorted by a score, the score ranks within a verdict whatever the
        // quantization (the footer says it was measured on the published
        // weights); otherwise below 4 bits stays after the rest.
        let (score_first, low_first) = if score_suite.is_some() {
            (by_score(), low(a).cmp(&low(b)))
        } else {
            (low(a).cmp(&low(b)), by_score())
        };
        a.verdict
            .cmp(&b.verdict)
            .then(score_first)
            .then(low_first)
            .then(b.params.cmp(&a.params))
            .then(b.chosen.precision.bits64.cmp(&a.chosen.precision.bits64))
            .then_with(|| a.variant.hf.cmp(&b.variant.hf))
    });
    match args.sort {
        None | Some(FitSort::Fit) | Some(FitSort::Score(_)) => {}
        Some(FitSort::Params) => rows.sort_by_key(|r| std::cmp::Reverse(r.params)),
        Some(FitSort::Memory) => rows.sort_by_key(|r| r.chosen.total),
        Some(FitSort::Year) => rows.sort_by_key(|r| {
            (
                r.family.year.is_none(),
                std::cmp::Reverse(r.family.year.unwrap_or(0)),
            )
        }),
        Some(FitSort::Name) => {
            rows.sort_by_cached_key(|r| r.variant.hf.as_deref().unwrap_or_default().to_lowercase())
        }
    }
    if args.reverse {
        rows.reverse();
    }
    let fitting = rows
        .iter()
        .filter(|r| r.verdict != Verdict::TooLarge)
        .count();
    if let Some(n) = args.limit {
        rows.truncate(n);
    }

    let mut footer = footer(&machine, context, fitting, total_known, unknown, cfg.lang);
    if unknown_context > 0 {
        footer.push('\n');
        let c = context.unwrap_or_default();
        footer.push_str(&if filters.assume_base_context {
            i18n::trf(
                cfg.lang,
                "{0} checkpoints of known size and unknown context left out: no stated context, and no base model known to reach {1}.",
                &[&unknown_context, &c],
            )
        } else {
            i18n::trf(
                cfg.lang,
                "{0} checkpoints of known size and unknown context left out; --assume-base-context admits those whose base model reaches {1}.",
                &[&unknown_context, &c],
            )
        });
    }
    if let Some(bw) = resolved.bandwidth_gb_s {
        footer.push('\n');
        footer.push_str(&speed_note(bw, cfg.lang));
    }
    if let Some(suite) = score_suite {
        footer.push('\n');
        footer.push_str(&i18n::trf(cfg.lang, "Sorted by the best score on {0} (jllm results --suite {0}): measured on the published weights, not at the quantization shown.", &[&suite]));
        footer.push(' ');
        footer.push_str(crate::query::scores::honesty(cfg.lang));
    }
    let layout = Layout {
        footer: Some(footer),
        ..Layout::default()
    };
    let mut out = super::stdout();
    emit(&mut out, &rows, &output, cfg, &layout)?;
    super::finish(out, !rows.is_empty())
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
    let precisions = match (quant, storage.is_quantized()) {
        (Some(q), false) => vec![q],
        _ => storage.precisions(),
    };
    let tried: Vec<(Estimate, Verdict)> = precisions
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
        .unwrap_or_else(|| {
            let e = estimate::estimate(params, kv, ctx, estimate::F16);
            (e, machine.verdict(e.total))
        });
    let speed = bandwidth_gb_s
        .filter(|_| best.1 == Verdict::Gpu)
        .and_then(|bw| estimate::decode_tokens_per_s(bw, kv, best.0.precision));
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
// Fields in alphabetical order, the order of the keys in the output.
#[derive(serde::Serialize, schemars::JsonSchema)]
#[schemars(title = "jllm fit row")]
pub struct FitJson<'a> {
    /// Parameters active per token (mixture of experts).
    active_params: Option<u64>,
    /// Context in tokens the estimate is for: --context, else 4096 capped
    /// at the model's stated limit.
    context: u64,
    /// `max` where the context was capped at an upper bound the list
    /// states (`≤ 2,048`); else null.
    context_qualifier: Option<Qualifier>,
    /// Every precision tried, highest first.
    estimates: Vec<EstimateJson>,
    /// The family's id.
    family: &'a str,
    /// Hugging Face `owner/repo` (checkpoints without one are not estimated).
    hf: Option<&'a str>,
    /// Bytes of the KV cache at `context`.
    kv_cache_bytes: u64,
    /// The checkpoint's name.
    name: &'a str,
    /// Runtime overhead in bytes.
    overhead_bytes: u64,
    /// Total parameters.
    params: u64,
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
        active_params: r.variant.active_params,
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
        family: &r.family.id,
        hf: r.variant.hf.as_deref(),
        kv_cache_bytes: e.kv_cache,
        name: &r.variant.name,
        overhead_bytes: e.overhead,
        params: r.params,
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

/// How many checkpoints of known size (one per repo) `fit --context`
/// leaves out for want of a stated context: those the filters `asked` keep
/// but `strict` (with the context as --min-context) do not, that state no
/// context, exact or bounded.
fn unknown_context_left_out(
    asked: &crate::query::filter::Filters,
    strict: &crate::query::filter::Filters,
    cat: &Catalog,
) -> Result<usize> {
    let kept: HashSet<String> = Filter::new(strict, cat)?
        .apply(cat)
        .iter()
        .flat_map(|h| {
            h.variants
                .iter()
                .filter_map(|&i| h.family.variants.get(i)?.hf.as_deref())
        })
        .map(str::to_ascii_lowercase)
        .collect();
    let mut open = asked.clone();
    open.assume_base_context = false;
    let mut seen = HashSet::new();
    let mut n = 0;
    for h in Filter::new(&open, cat)?.apply(cat) {
        let f = h.family;
        for v in h.variants.iter().filter_map(|&i| f.variants.get(i)) {
            let Some(hf) = v.hf.as_deref() else { continue };
            let key = hf.to_ascii_lowercase();
            if v.params.is_none() || kept.contains(&key) || !seen.insert(key) {
                continue;
            }
            if v.context_in(f).is_none() && v.context_bound_in(f).is_none() {
                n += 1;
            }
        }
    }
    Ok(n)
}

/// The footer's line on the speed column: the bandwidth and the formula.
pub(crate) fn speed_note(bandwidth_gb_s: u64, lang: Lang) -> String {
    i18n::trf(
        lang,
        "Speed: an upper bound, {0} GB/s of memory bandwidth ÷ the bytes of the weights read per token (active parameters for MoE) at the quantization shown; on the GPU only (see docs/guide.md).",
        &[&bandwidth_gb_s],
    )
}

fn footer(
    m: &Machine,
    context: Option<u64>,
    fitting: usize,
    known: usize,
    unknown: usize,
    lang: Lang,
) -> String {
    let ram = match m.ram {
        Some(r) => i18n::trf(
            lang,
            " + {0} of {1} RAM",
            &[
                &units::format_gib_in(m.usable_ram(), lang),
                &units::format_gib_in(r, lang),
            ],
        ),
        None => String::new(),
    };
    let ctx = units::thousands(context.unwrap_or(estimate::DEFAULT_CONTEXT), lang);
    let (usable, vram) = (
        units::format_gib_in(m.usable_vram(), lang),
        units::format_gib_in(m.vram, lang),
    );
    let args: [&dyn std::fmt::Display; 7] =
        [&fitting, &known, &usable, &vram, &ram, &ctx, &unknown];
    // With --context every checkpoint listed reaches it; by default a
    // model's shorter limit caps the estimate.
    if context.is_some() {
        i18n::trf(
            lang,
            "{0} of {1} checkpoints of known size fit in {2} of {3} VRAM{4} at {5} tokens; {6} of unknown size skipped. Rough estimates: see jllm fit --help.",
            &args,
        )
    } else {
        i18n::trf(
            lang,
            "{0} of {1} checkpoints of known size fit in {2} of {3} VRAM{4} at {5} tokens (or the model's limit); {6} of unknown size skipped. Rough estimates: see jllm fit --help.",
            &args,
        )
    }
}
