//! `jllm recommend`: the checkpoints that fit a machine, best first on one
//! suite's score, each with the reason it is where it is. Nothing here is
//! estimated or filtered twice: the list filters are the table of
//! `query::filter`, the memory, quantization and speed are `fit`'s
//! assessment, the scores are `query::scores`' best result of a checkpoint
//! on one suite. The ranking itself is [`rank::rank`] (the browser shows
//! the same); this file reads the arguments and prints. The footer
//! accounts for every checkpoint of the catalog: shown, or left out for
//! one reason, with the flag that would admit it.

use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use crate::catalog::schema::{Catalog, Lang};
use crate::cmd::filters::FilterArgs;
use crate::cmd::fit::CheckpointJson;
use crate::cmd::machine::MachineArgs;
use crate::cmd::output::{columns_parser, OutputArgs};
use crate::config::Config;
use crate::estimate::Verdict;
use crate::i18n::{tr, trf};
use crate::query::scores;
use crate::render::emit::{emit, Layout, Record};
use crate::sanitize;

pub mod rank;

pub use rank::{rank, suite_for, Ask, Pick, Ranking};

#[derive(Debug, clap::Args)]
#[command(
    mut_arg("columns", |a| a.value_parser(columns_parser(&[COLUMNS]))),
    mut_arg("task", |a| a
        .value_parser(["chat", "instruct", "base", "generation"])
        .action(clap::ArgAction::Set)
        .help_heading("Ranking")
        .help("What the model is for; it chooses the suite that ranks: chat and instruct → swallow-ja-post, base → swallow-ja-pre, generation → pfgen [default: chat]")),
    after_help = "Ranking, never mixing suites: the score on one suite first (--suite, else the task's: chat and instruct → swallow-ja-post, the Swallow post-trained Japanese average; base → swallow-ja-pre, the pre-trained Japanese average; generation → pfgen), checkpoints without a score on it after all those with one, marked \"no score\"; then fits on GPU before with offload; then the least lossy quantization that fits; then the estimated speed.\n\nMemory, quantization and speed are fit's estimates (jllm fit --help). Every list filter applies (--commercial, --license, --min-params…); --task here chooses the suite, not a kind of model. The footer counts every checkpoint left out, by reason, with the flag that admits it.\n\nExamples:\n  jllm recommend --vram 24GB --commercial --task chat\n  jllm recommend --gpu rtx-4090 --task generation -n 5\n  jllm recommend --vram auto --ram auto --context 32k --json"
)]
pub struct Args {
    #[command(flatten)]
    pub machine: MachineArgs,
    /// Rank by this suite's score instead of the task's (suites: `jllm results --help`)
    #[arg(long, value_name = "SUITE", value_parser = parse_suite, help_heading = "Ranking")]
    pub suite: Option<&'static str>,
    /// Context in tokens (8192, 32k): only checkpoints whose stated context reaches it [default: 4096, capped at the model's stated limit]
    #[arg(long, value_name = "TOKENS")]
    pub context: Option<String>,
    /// Print at most N checkpoints
    #[arg(
        short = 'n',
        long = "limit",
        value_name = "N",
        default_value_t = DEFAULT_LIMIT,
        help_heading = "Output"
    )]
    pub limit: usize,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

fn parse_suite(s: &str) -> Result<&'static str, String> {
    scores::suite(s).map(|x| x.id.as_ref())
}

/// Checkpoints shown when `-n` is not given (the browser's `R` shows as many).
pub const DEFAULT_LIMIT: usize = 10;

/// The table's columns when `--columns` is not given: these, the speed
/// when the GPU's bandwidth is known, the suite's score and the reason.
const HEAD: &[&str] = &["rank", "checkpoint", "commercial", "quant", "memory"];

/// The column of the ranking suite's score (`score:pfgen`).
fn score_column(suite: &str) -> String {
    format!("score:{suite}")
}

/// Columns of the table, CSV, TSV and Markdown output.
pub const COLUMNS: &[&str] = scores::with_score_columns![
    "rank",
    "family",
    "checkpoint",
    "params",
    "commercial",
    "quant",
    "context",
    "memory",
    "verdict",
    "speed",
    "reason",
];

/// Keys of each JSON object.
pub const FIELDS: &[&str] = &[
    "rank",
    "family",
    "name",
    "hf",
    "params",
    "active_params",
    "commercial",
    "quant",
    "quantized",
    "context",
    "total_bytes",
    "verdict",
    "tokens_per_s",
    "suite",
    "score",
    "reason",
];

/// A pick as JSON (serde, so that a schema can be derived from it).
#[derive(Serialize, schemars::JsonSchema)]
#[schemars(title = "jllm recommend row")]
pub struct PickJson<'a> {
    /// 1 for the best pick.
    rank: usize,
    /// family, name, hf, params, active_params.
    #[serde(flatten)]
    checkpoint: CheckpointJson<'a>,
    /// Commercial-use class of the checkpoint's license: yes, no,
    /// conditional or unknown.
    commercial: &'static str,
    /// The quantization chosen: the least lossy that fits.
    quant: &'static str,
    /// The checkpoint is published quantized: `quant` is its own precision.
    quantized: bool,
    /// Context in tokens the estimate is for.
    context: u64,
    /// Memory needed at `quant`, in bytes.
    total_bytes: u64,
    verdict: Verdict,
    /// Decode speed upper bound in tokens per second, when the GPU's
    /// bandwidth is known and it fits on the GPU.
    tokens_per_s: Option<f64>,
    /// The one suite the ranking uses.
    suite: &'static str,
    /// The checkpoint's best average on `suite`; null: no score.
    score: Option<f64>,
    /// Why this checkpoint is where it is.
    reason: &'a str,
}

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let lang = cfg.lang;
    let resolved = args.machine.resolve(lang)?;
    let context = crate::cmd::fit::context_flag(args.context.as_deref())?;
    let filters = args.filters.to_filters();
    // `--task` here is the use, which chooses the suite (see `TASKS`).
    let (suite, mapping) = suite_for(args.suite, filters.task.last().map(String::as_str));
    let Some(output) = output(&args.output, cfg, suite, resolved.bandwidth_gb_s)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let cat = cfg.catalog()?;
    let ask = Ask {
        filters: &filters,
        suite,
        context,
        machine: resolved.machine,
        bandwidth_gb_s: resolved.bandwidth_gb_s,
        limit: args.limit,
        lang,
    };
    let ranking = rank(cat, &ask)?;
    if let Some(why) = nothing(cat, &ranking, &ask) {
        crate::eline!("jllm: {why}");
    }
    let layout = Layout {
        footer: Some(footer(
            &ranking,
            suite,
            mapping,
            resolved.bandwidth_gb_s,
            lang,
        )),
        ..Layout::default()
    };
    let mut out = super::stdout();
    emit(&mut out, &ranking.picks, &output, cfg, &layout)?;
    super::finish(out, !ranking.picks.is_empty())
}

/// The output `output_args` ask for, ranking by `suite`: by default
/// [`HEAD`], the speed where the GPU's bandwidth is known, the suite's
/// score and the reason; the rank, checkpoint and score kept whole on a
/// narrow terminal. None: what was asked is answered already (the fields
/// listed). The browser's `R` asks with no flags.
pub fn output(
    output_args: &OutputArgs,
    cfg: &Config,
    suite: &str,
    bandwidth_gb_s: Option<u64>,
) -> Result<Option<crate::render::Output>> {
    let score_column = score_column(suite);
    let output = crate::cmd::fit::resolve_output(
        output_args,
        cfg,
        (FIELDS, COLUMNS),
        HEAD,
        bandwidth_gb_s,
        &[score_column.as_str(), "reason"],
    )?;
    Ok(output.map(|mut o| {
        o.keep = vec!["rank".into(), "checkpoint".into(), score_column];
        o
    }))
}

/// Why nothing was picked, in one line, when nothing was: the filters
/// (`query::explain::why_empty`, the context counted as a filter), or the
/// machine too small for every checkpoint they pass. The browser's `R`
/// shows the same line.
pub fn nothing(cat: &Catalog, ranking: &Ranking, ask: &Ask) -> Option<String> {
    if !ranking.picks.is_empty() {
        return None;
    }
    if ranking.no_match {
        let mut strict = ask.filters.clone();
        strict.task.clear();
        if let Some(c) = ask.context {
            strict.min_context = Some(strict.min_context.map_or(c, |m| m.max(c)));
        }
        return crate::query::explain::why_empty(&strict, cat, ask.lang)
            .map(|why| sanitize::line(&why));
    }
    let ex = &ranking.excluded;
    Some(trf(
        ask.lang,
        "no checkpoint fits {0}: {1} too large, {2} of unknown size; --ram SIZE admits offloading to the CPU",
        &[&ranking.room, &ex.too_large, &ex.unknown_size],
    ))
}

/// The footer: the suite and why, what was left out and how to admit it,
/// the speed's formula, what scores are. The browser's `R` shows the same.
pub fn footer(
    ranking: &Ranking,
    suite: &str,
    mapping: Option<(&str, &str)>,
    bandwidth_gb_s: Option<u64>,
    lang: Lang,
) -> String {
    let (ex, total, shown, unscored) = (
        &ranking.excluded,
        ranking.total,
        ranking.picks.len(),
        ranking.unscored,
    );
    let mut lines = Vec::new();
    lines.push(match mapping {
        Some((task, why)) => trf(
            lang,
            "Ranked by {0} (--task {1}: {2}); checkpoints with no score on it come after, marked 'no score' ({3} of those that fit).",
            &[&suite, &task, &tr(lang, why), &unscored],
        ),
        None => trf(
            lang,
            "Ranked by {0} (--suite); checkpoints with no score on it come after, marked 'no score' ({1} of those that fit).",
            &[&suite, &unscored],
        ),
    });
    let mut parts = Vec::new();
    let mut part = |n: usize, text: &str| {
        if n > 0 {
            parts.push(trf(lang, text, &[&n]));
        }
    };
    part(ex.license, "{0} by license (--commercial, --license)");
    part(ex.filters, "{0} by the other filters");
    part(
        ex.context,
        "{0} by context (a shorter or unknown stated context; --assume-base-context admits some)",
    );
    part(ex.unknown_size, "{0} of unknown size");
    part(
        ex.too_large,
        "{0} too large (--ram SIZE admits offloading, a larger --vram more)",
    );
    part(ex.beyond_limit, "{0} beyond -n (-n N shows more)");
    let sep = match lang {
        Lang::Fr => "\u{a0}; ",
        Lang::Ja => "、",
        Lang::En => "; ",
    };
    lines.push(if parts.is_empty() {
        trf(lang, "{0} of {1} checkpoints shown.", &[&shown, &total])
    } else {
        trf(
            lang,
            "{0} of {1} checkpoints shown; left out: {2}.",
            &[&shown, &total, &parts.join(sep)],
        )
    });
    if let Some(bw) = bandwidth_gb_s {
        lines.push(crate::cmd::fit::speed_note(bw, lang));
    }
    lines.push(scores::honesty(lang).to_string());
    lines.join("\n")
}

impl Record for Pick<'_> {
    type Json<'s>
        = PickJson<'s>
    where
        Self: 's;

    fn json(&self) -> PickJson<'_> {
        let r = &self.row;
        PickJson {
            rank: self.rank,
            checkpoint: r.checkpoint_json(),
            commercial: self.commercial.as_str(),
            quant: r.chosen.precision.name,
            quantized: r.storage.is_quantized(),
            context: r.chosen.context,
            total_bytes: r.chosen.total,
            verdict: r.verdict,
            tokens_per_s: r.speed,
            suite: self.suite,
            score: self.score,
            reason: &self.reason,
        }
    }

    fn cell(&self, column: &str) -> String {
        let lang = self.row.lang;
        match column {
            "rank" => self.rank.to_string(),
            "commercial" => tr(lang, self.commercial.as_str()).to_string(),
            "reason" => sanitize::line(&self.reason),
            c if c.starts_with("score:") && c["score:".len()..] == *self.suite => self
                .score
                .map_or_else(|| tr(lang, "no score").to_string(), scores::format),
            c => crate::cmd::fit::cell(&self.row, c),
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
