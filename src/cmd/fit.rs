//! `jllm fit`: which checkpoints run on a given GPU (and RAM), at which
//! precision, with the estimated memory and a verdict, best first. The
//! arithmetic and its constants are in `crate::estimate`; this file picks
//! the checkpoints, sorts them and prints the answer; one checkpoint's
//! assessment, its cells and its JSON are in `row`.

use std::collections::HashSet;
use std::process::ExitCode;

use anyhow::{anyhow, Result};

use crate::catalog::schema::{Catalog, Lang};
use crate::cmd::filters::FilterArgs;
use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::estimate::{self, Machine, Precision, Verdict};
use crate::i18n;
use crate::query::filter::Filter;
use crate::render::emit::{emit, Layout};
use crate::units;

mod row;
#[cfg(test)]
mod tests;

pub(crate) use row::{assess, assess_chosen, cell, Row};
pub use row::{CheckpointJson, FitJson};

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

/// The output of `fit` and `recommend`: the default columns are `head`,
/// then `speed` where the GPU's bandwidth is known, then `tail`. None: the
/// output asked was answered already (the fields listed).
pub(crate) fn resolve_output(
    output: &OutputArgs,
    cfg: &Config,
    (fields, columns): (&[&str], &[&str]),
    head: &[&str],
    bandwidth_gb_s: Option<u64>,
    tail: &[&str],
) -> Result<Option<crate::render::Output>> {
    let mut default = head.to_vec();
    if bandwidth_gb_s.is_some() {
        default.push("speed");
    }
    default.extend_from_slice(tail);
    let shape = Shape {
        fields,
        columns,
        default_columns: &default,
        page: false,
    };
    output.resolve(cfg, &shape)
}

/// `--context TOKENS` of `fit`, `plan` and `recommend`, read as tokens
/// (`8192`, `32k`); an unreadable value is an error naming the flag.
pub(crate) fn context_flag(value: Option<&str>) -> Result<Option<u64>> {
    value
        .map(units::parse_tokens)
        .transpose()
        .map_err(|e| anyhow!("--context: {e}"))
}

/// `--quant Q` of `fit` and `plan`, read as a precision (`q4_k_m`, `f16`);
/// an unreadable value is an error naming the flag.
pub(crate) fn quant_flag(value: Option<&str>) -> Result<Option<Precision>> {
    value
        .map(estimate::parse_quant)
        .transpose()
        .map_err(|e| anyhow!("--quant: {e}"))
}
pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let resolved = args.machine.resolve(cfg.lang)?;
    let machine = resolved.machine;
    let context = context_flag(args.context.as_deref())?;
    let quant = quant_flag(args.quant.as_deref())?;
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
    let mut head = DEFAULT_COLUMNS.to_vec();
    if let Some(c) = &score_column {
        head.insert(head.len() - 1, c);
    }
    let Some(mut output) = resolve_output(
        &args.output,
        cfg,
        (FIELDS, COLUMNS),
        &head,
        resolved.bandwidth_gb_s,
        &[],
    )?
    else {
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
    output.keep = keep(args, context.is_some(), quant.is_some());

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
    let (mut rows, unknown) = assess_hits(&hits, &machine, context, quant, resolved.bandwidth_gb_s);
    for r in &mut rows {
        r.lang = cfg.lang;
        r.score_suite = json_suite;
    }
    let total_known = rows.len();
    if !args.all {
        rows.retain(|r| r.verdict != Verdict::TooLarge);
    }
    order(&mut rows, args.sort, args.reverse);
    let fitting = rows
        .iter()
        .filter(|r| r.verdict != Verdict::TooLarge)
        .count();
    if let Some(n) = args.limit {
        rows.truncate(n);
    }

    let mut footer = footer(&machine, context, fitting, total_known, unknown, cfg.lang);
    notes(
        &mut footer,
        unknown_context,
        context,
        filters.assume_base_context,
        resolved.bandwidth_gb_s,
        score_suite,
        cfg.lang,
    );
    let layout = Layout {
        footer: Some(footer),
        ..Layout::default()
    };
    let mut out = super::stdout();
    emit(&mut out, &rows, &output, cfg, &layout)?;
    super::finish(out, !rows.is_empty())
}

/// Each checkpoint the filters kept, once per repo (lowercased), assessed;
/// and how many of them are of unknown size (not assessed).
fn assess_hits<'a>(
    hits: &[crate::query::filter::Hit<'a>],
    machine: &Machine,
    context: Option<u64>,
    quant: Option<Precision>,
    bandwidth_gb_s: Option<u64>,
) -> (Vec<Row<'a>>, usize) {
    let mut rows = Vec::new();
    let mut unknown = 0usize;
    let mut seen = HashSet::new();
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
            rows.push(assess(
                f,
                v,
                params,
                machine,
                context,
                quant,
                bandwidth_gb_s,
            ));
        }
    }
    (rows, unknown)
}

/// Sorts the rows: by verdict, then 4 bits and more before less (or the
/// score first, sorted by a score), then larger first; then by `sort`.
fn order(rows: &mut [Row], sort: Option<FitSort>, reverse: bool) {
    let score_suite = match sort {
        Some(FitSort::Score(suite)) => Some(suite),
        _ => None,
    };
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
    match sort {
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
    if reverse {
        rows.reverse();
    }
}

/// The footer's lines after the count: the checkpoints of unknown context
/// left out, the speed's formula, the score sorted by.
fn notes(
    footer: &mut String,
    unknown_context: usize,
    context: Option<u64>,
    assume_base_context: bool,
    bandwidth_gb_s: Option<u64>,
    score_suite: Option<&str>,
    lang: Lang,
) {
    if unknown_context > 0 {
        footer.push('\n');
        let c = context.unwrap_or_default();
        footer.push_str(&if assume_base_context {
            i18n::trf(
                lang,
                "{0} checkpoints of known size and unknown context left out: no stated context, and no base model known to reach {1}.",
                &[&unknown_context, &c],
            )
        } else {
            i18n::trf(
                lang,
                "{0} checkpoints of known size and unknown context left out; --assume-base-context admits those whose base model reaches {1}.",
                &[&unknown_context, &c],
            )
        });
    }
    if let Some(bw) = bandwidth_gb_s {
        footer.push('\n');
        footer.push_str(&speed_note(bw, lang));
    }
    if let Some(suite) = score_suite {
        footer.push('\n');
        footer.push_str(&i18n::trf(lang, "Sorted by the best score on {0} (jllm results --suite {0}): measured on the published weights, not at the quantization shown.", &[&suite]));
        footer.push(' ');
        footer.push_str(crate::query::scores::honesty(lang));
    }
}

/// The columns a narrow terminal keeps: what fit answers (the memory and
/// the verdict) and what was asked.
fn keep(args: &Args, context: bool, quant: bool) -> Vec<String> {
    let mut keep = crate::cmd::output::flag_columns(&args.filters);
    keep.extend(["memory", "verdict"].map(String::from));
    if context {
        keep.push("context".into());
    }
    if quant {
        keep.push("quant".into());
    }
    keep.extend(match args.sort {
        Some(FitSort::Params) => Some("params".to_string()),
        Some(FitSort::Memory) => Some("memory".into()),
        Some(FitSort::Score(s)) => Some(format!("score:{s}")),
        _ => None,
    });

    keep
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
