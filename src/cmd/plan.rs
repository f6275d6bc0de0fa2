//! `jllm plan CHECKPOINT`: the inverse of `fit` — the memory one checkpoint
//! needs at each quantization (weights, KV cache, overhead), and for every
//! GPU of the built-in table whether it runs it on the GPU alone, with CPU
//! offload (given `--ram`) or not at all, at the least lossy quantization
//! that fits, with the speed estimate. A family gives one plan per
//! checkpoint. Every figure is `fit`'s own [`assess`] on that GPU's memory.

use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use crate::catalog::schema::{Family, Lang, Variant};
use crate::cmd::fit::{assess, CheckpointJson, Row};
use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::estimate::{self, Estimate, Machine, Precision, Verdict};
use crate::hardware::{self, Gpu};
use crate::i18n::{self, tr, trf};
use crate::render::emit::{emit, Layout, Record};
use crate::render::{table::FitOpts, write_grid, Format};
use crate::{sanitize, units};

#[derive(Debug, clap::Args)]
#[command(
    mut_arg("columns", |a| a.value_parser(columns_parser(&[COLUMNS]))),
    after_help = "For each quantization: weights + KV cache + runtime overhead, fit's estimate (jllm fit --help). For each GPU of the built-in table: the least lossy quantization that fits on it alone (at most 90% of its memory), else with CPU offload when --ram is given, else too large; and the decode speed upper bound, its memory bandwidth ÷ the bytes of the weights read per token (docs/guide.md).\n\nExamples:\n  jllm plan tokyotech-llm/Swallow-70b-instruct-hf\n  jllm plan swallow-70b --context 8k --quant q4_k_m\n  jllm plan llm-jp/llm-jp-3-13b --ram 64GB --json"
)]
pub struct Args {
    /// A checkpoint's Hugging Face repo id, or a family's id or name (one plan per checkpoint)
    #[arg(value_name = "CHECKPOINT", add = super::completer::models())]
    pub query: String,
    /// Context in tokens (8192, 32k) [default: 4096, capped at the model's stated limit]
    #[arg(long, value_name = "TOKENS")]
    pub context: Option<String>,
    /// Only this quantization (f16, q8_0, q6_k, q5_k_m, q4_k_m, q3_k_m, q2_k…) [default: each]
    #[arg(long, value_name = "QUANT")]
    pub quant: Option<String>,
    /// System RAM for layers offloaded to the CPU, or `auto` [default: no offload]
    #[arg(long, value_name = "SIZE|auto")]
    pub ram: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Columns of the CSV, TSV and Markdown output (and the table with
/// `--columns`): one row per checkpoint, the memory at each quantization,
/// the GPUs that run it alone.
pub const COLUMNS: &[&str] = &[
    "family",
    "checkpoint",
    "params",
    "context",
    "f16",
    "q8_0",
    "q6_k",
    "q5_k_m",
    "q4_k_m",
    "q3_k_m",
    "q2_k",
    "gpus",
];

const DEFAULT_COLUMNS: &[&str] = &["checkpoint", "params", "context", "q8_0", "q4_k_m", "gpus"];

/// Keys of each JSON object.
pub const FIELDS: &[&str] = &[
    "family",
    "name",
    "hf",
    "params",
    "active_params",
    "context",
    "estimates",
    "gpus",
];

/// One checkpoint's plan.
struct Plan<'a> {
    /// fit's assessment with no memory limit: the precisions tried.
    row: Row<'a>,
    /// fit's assessment on each GPU of the table.
    gpus: Vec<(&'static Gpu, Row<'a>)>,
    lang: Lang,
}

/// One checkpoint's plan in `plan --json`.
#[derive(Serialize, schemars::JsonSchema)]
#[schemars(title = "jllm plan row")]
pub struct PlanJson<'a> {
    /// family, name, hf, params, active_params.
    #[serde(flatten)]
    checkpoint: CheckpointJson<'a>,
    /// Context in tokens the estimates are for.
    context: u64,
    /// The memory needed at each quantization, highest precision first.
    estimates: Vec<QuantJson>,
    /// Each GPU of the built-in table.
    gpus: Vec<GpuJson<'a>>,
}

/// The memory a checkpoint needs at one quantization (fit's estimate).
#[derive(Serialize, schemars::JsonSchema)]
pub struct QuantJson {
    /// llama.cpp's name of the precision (f16, q8_0, q4_k_m…).
    quant: &'static str,
    /// Bytes of the weights.
    weights_bytes: u64,
    /// Bytes of the KV cache at `context`.
    kv_cache_bytes: u64,
    /// Runtime overhead in bytes.
    overhead_bytes: u64,
    /// Weights + KV cache + overhead.
    total_bytes: u64,
}

/// How the checkpoint runs on one GPU of the table.
#[derive(Serialize, schemars::JsonSchema)]
pub struct GpuJson<'a> {
    /// The GPU's id in the table (`jllm fit --gpu ID`).
    gpu: &'a str,
    /// The GPU's name.
    name: &'a str,
    /// Its memory in bytes.
    memory_bytes: u64,
    /// Its memory bandwidth in GB/s, where the table states one.
    bandwidth_gb_s: Option<u64>,
    /// The least lossy quantization that fits (else the lowest tried).
    quant: &'static str,
    /// Memory needed at `quant`, in bytes.
    total_bytes: u64,
    verdict: Verdict,
    /// Decode speed upper bound in tokens per second, when it fits on the
    /// GPU and the bandwidth is known.
    tokens_per_s: Option<f64>,
}

fn quant_json(e: &Estimate) -> QuantJson {
    QuantJson {
        quant: e.precision.name,
        weights_bytes: e.weights,
        kv_cache_bytes: e.kv_cache,
        overhead_bytes: e.overhead,
        total_bytes: e.total,
    }
}

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let lang = cfg.lang;
    let context = crate::cmd::fit::context_flag(args.context.as_deref())?;
    let quant: Option<Precision> = crate::cmd::fit::quant_flag(args.quant.as_deref())?;
    let ram = crate::cmd::machine::resolve_ram(args.ram.as_deref(), lang)?;
    let shape = Shape {
        fields: FIELDS,
        columns: COLUMNS,
        default_columns: DEFAULT_COLUMNS,
        page: true,
    };
    let Some(output) = args.output.resolve(cfg, &shape)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let cat = cfg.catalog()?;
    let Some((f, selected)) = crate::cmd::show::resolve_or_explain(cat, &args.query, lang) else {
        return Ok(ExitCode::from(1));
    };
    let chosen: Vec<&Variant> = match selected.and_then(|i| f.variants.get(i)) {
        Some(v) => vec![v],
        None => f.variants.iter().collect(),
    };
    let mut unknown = Vec::new();
    let mut plans = Vec::new();
    for v in chosen {
        let Some(params) = v.params else {
            unknown.push(v.hf.as_deref().unwrap_or(&v.name));
            continue;
        };
        plans.push(plan(f, v, params, context, quant, ram, lang));
    }
    if plans.is_empty() {
        crate::eline!(
            "jllm: {}",
            trf(
                lang,
                "no plan for {0}: the sources state no parameter count for {1}",
                &[&sanitize::line(&f.id), &sanitize::line(&unknown.join(", "))],
            )
        );
        return Ok(ExitCode::from(1));
    }
    let page = || page(&plans, ram, cfg);
    let mut footer = tr(
        lang,
        "On GPU alone: at most 90% of the GPU's memory; with CPU offload: at most that plus 70% of --ram. Rough estimates: see jllm fit --help.",
    )
    .to_string();
    if !unknown.is_empty() {
        footer.push('\n');
        footer.push_str(&trf(
            lang,
            "Of unknown size, left out: {0}.",
            &[&sanitize::line(&unknown.join(", "))],
        ));
    }
    let layout = Layout {
        one: plans.len() == 1,
        page: Some(&page),
        footer: Some(footer),
        ..Layout::default()
    };
    let mut out = super::stdout();
    emit(&mut out, &plans, &output, cfg, &layout)?;
    super::finish(out, true)
}

fn plan<'a>(
    f: &'a Family,
    v: &'a Variant,
    params: u64,
    context: Option<u64>,
    quant: Option<Precision>,
    ram: Option<u64>,
    lang: Lang,
) -> Plan<'a> {
    let unlimited = Machine {
        vram: u64::MAX,
        ram: None,
    };
    let row = assess(f, v, params, &unlimited, context, quant, None);
    let gpus = hardware::gpus()
        .iter()
        .map(|g| {
            let machine = Machine {
                vram: g.memory_bytes(),
                ram,
            };
            let r = assess(f, v, params, &machine, context, quant, g.bandwidth_gb_s);
            (g, Row { lang, ..r })
        })
        .collect();
    Plan {
        row: Row { lang, ..row },
        gpus,
        lang,
    }
}

/// The table: per checkpoint, a line naming it, the memory per
/// quantization, then each GPU's verdict.
fn page(plans: &[Plan], ram: Option<u64>, cfg: &Config) -> String {
    let lang = cfg.lang;
    let mut buf: Vec<u8> = Vec::new();
    let headers = |cols: &[&str]| -> Vec<String> {
        cols.iter()
            .map(|c| i18n::header(lang, c).into_owned())
            .collect()
    };
    for (i, p) in plans.iter().enumerate() {
        let r = &p.row;
        let title = trf(
            lang,
            "{0}: {1} parameters, {2} tokens of context",
            &[
                &crate::cmd::fit::cell(r, "checkpoint"),
                &crate::cmd::fit::cell(r, "params"),
                &crate::cmd::fit::cell(r, "context"),
            ],
        );
        if i > 0 {
            buf.push(b'\n');
        }
        buf.extend_from_slice(title.as_bytes());
        buf.extend_from_slice(b"\n\n");
        let rows: Vec<Vec<String>> = r
            .tried
            .iter()
            .map(|(e, _)| {
                vec![
                    e.precision.name.to_string(),
                    units::format_gib_in(e.weights, lang),
                    units::format_gib_in(e.kv_cache, lang),
                    units::format_gib_in(e.overhead, lang),
                    units::format_gib_in(e.total, lang),
                ]
            })
            .collect();
        let _ = write_grid(
            &mut buf,
            Format::Table,
            &headers(&["quant", "weights", "kv", "overhead", "memory"]),
            &rows,
            cfg,
            &FitOpts::default(),
        );
        buf.push(b'\n');
        let rows: Vec<Vec<String>> = p
            .gpus
            .iter()
            .map(|(g, r)| {
                vec![
                    g.id.clone(),
                    units::format_gib_in(g.memory_bytes(), lang),
                    g.bandwidth_gb_s
                        .map_or_else(|| tr(lang, "unknown").to_string(), |b| format!("{b} GB/s")),
                    crate::cmd::fit::cell(r, "quant"),
                    crate::cmd::fit::cell(r, "memory"),
                    crate::cmd::fit::cell(r, "verdict"),
                    match r.speed {
                        Some(s) => estimate::format_speed(s),
                        None => "-".to_string(),
                    },
                ]
            })
            .collect();
        let _ = write_grid(
            &mut buf,
            Format::Table,
            &headers(&[
                "gpu",
                "vram",
                "bandwidth",
                "quant",
                "memory",
                "verdict",
                "speed",
            ]),
            &rows,
            cfg,
            &FitOpts::default(),
        );
    }
    let mut text = String::from_utf8_lossy(&buf).into_owned();
    text.push_str(tr(
        lang,
        "On GPU alone: at most 90% of the GPU's memory; with CPU offload: at most that plus 70% of --ram. Rough estimates: see jllm fit --help.",
    ));
    text.push('\n');
    if ram.is_none() {
        text.push_str(tr(
            lang,
            "Without --ram, no offload is considered: a GPU is enough or too small.",
        ));
        text.push('\n');
    }
    text.push_str(tr(
        lang,
        "Speed: an upper bound, the GPU's memory bandwidth ÷ the bytes of the weights read per token (active parameters for MoE); on the GPU only (see docs/guide.md).",
    ));
    text.push('\n');
    text
}

impl Record for Plan<'_> {
    type Json<'s>
        = PlanJson<'s>
    where
        Self: 's;

    fn json(&self) -> PlanJson<'_> {
        let r = &self.row;
        PlanJson {
            checkpoint: r.checkpoint_json(),
            context: r.chosen.context,
            estimates: r.tried.iter().map(|(e, _)| quant_json(e)).collect(),
            gpus: self
                .gpus
                .iter()
                .map(|(g, r)| GpuJson {
                    gpu: &g.id,
                    name: &g.name,
                    memory_bytes: g.memory_bytes(),
                    bandwidth_gb_s: g.bandwidth_gb_s,
                    quant: r.chosen.precision.name,
                    total_bytes: r.chosen.total,
                    verdict: r.verdict,
                    tokens_per_s: r.speed,
                })
                .collect(),
        }
    }

    fn cell(&self, column: &str) -> String {
        match column {
            "gpus" => self
                .gpus
                .iter()
                .filter(|(_, r)| r.verdict == Verdict::Gpu)
                .map(|(g, _)| g.id.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            "family" | "checkpoint" | "params" | "context" => {
                crate::cmd::fit::cell(&self.row, column)
            }
            q => self
                .row
                .tried
                .iter()
                .find(|(e, _)| e.precision.name == q)
                .map_or_else(String::new, |(e, _)| {
                    units::format_gib_in(e.total, self.lang)
                }),
        }
    }

    fn id(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.row
            .variant
            .hf
            .as_deref()
            .map(std::borrow::Cow::Borrowed)
    }
}
