//! `jllm recommend`: the checkpoints that fit a machine, best first on one
//! suite's score, each with the reason it is where it is. Nothing here is
//! estimated or filtered twice: the list filters are the table of
//! `query::filter`, the memory, quantization and speed are `fit`'s
//! [`assess`], the scores are `query::scores`' best result of a checkpoint
//! on one suite. The footer accounts for every checkpoint of the catalog:
//! shown, or left out for one reason, with the flag that would admit it.

use std::process::ExitCode;

use anyhow::{anyhow, Result};
use serde::Serialize;

use crate::catalog::schema::{Catalog, Commercial, Lang};
use crate::cmd::filters::FilterArgs;
use crate::cmd::fit::{assess, Row};
use crate::cmd::machine::MachineArgs;
use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::estimate::Verdict;
use crate::i18n::{tr, trf};
use crate::query::filter::defs::CommercialArg;
use crate::query::filter::{Filter, Filters, FILTERS};
use crate::query::scores;
use crate::render::emit::{emit, Layout, Record};
use crate::{sanitize, units};

/// What `--task` asks for, and the suite that ranks it.
pub const TASKS: &[(&str, &str, &str)] = &[
    (
        "chat",
        "swallow-ja-post",
        "Japanese chat and instruction → the Swallow post-trained Japanese average",
    ),
    (
        "instruct",
        "swallow-ja-post",
        "Japanese chat and instruction → the Swallow post-trained Japanese average",
    ),
    (
        "base",
        "swallow-ja-pre",
        "base models → the Swallow pre-trained Japanese average",
    ),
    ("generation", "pfgen", "Japanese generation → pfgen-bench"),
];

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
        default_value_t = 10,
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

/// One recommended checkpoint: fit's estimate, its score, its rank.
struct Pick<'a> {
    row: Row<'a>,
    commercial: Commercial,
    suite: &'static str,
    score: Option<f64>,
    rank: usize,
    reason: String,
}

/// A pick as JSON (serde, so that a schema can be derived from it).
#[derive(Serialize, schemars::JsonSchema)]
#[schemars(title = "jllm recommend row")]
pub struct PickJson<'a> {
    /// 1 for the best pick.
    rank: usize,
    /// The family's id.
    family: &'a str,
    /// The checkpoint's name.
    name: &'a str,
    /// Hugging Face `owner/repo`.
    hf: Option<&'a str>,
    /// Total parameters.
    params: u64,
    /// Parameters active per token (mixture of experts).
    active_params: Option<u64>,
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

/// Why checkpoints were left out, in the footer's order.
#[derive(Default)]
struct Excluded {
    license: usize,
    filters: usize,
    context: usize,
    unknown_size: usize,
    too_large: usize,
    beyond_limit: usize,
}

impl Excluded {
    fn total(&self) -> usize {
        self.license
            + self.filters
            + self.context
            + self.unknown_size
            + self.too_large
            + self.beyond_limit
    }
}

/// Each checkpoint's repo (lowercased, so that one repo listed twice
/// counts once) as a small number: `keys[family][variant]`, None without a
/// repo id; and how many repos there are. The strings are hashed once here,
/// not once per stage.
fn repo_keys(cat: &Catalog) -> (Vec<Vec<Option<u32>>>, usize) {
    let mut ids: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    let keys = cat
        .models
        .iter()
        .map(|f| {
            f.variants
                .iter()
                .map(|v| {
                    let hf = v.hf.as_deref()?.to_ascii_lowercase();
                    let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                    Some(*ids.entry(hf).or_insert(next))
                })
                .collect()
        })
        .collect();
    (keys, ids.len())
}

/// How many repos the checkpoints `filters` keep are.
fn kept(
    filters: &Filters,
    cat: &Catalog,
    keys: &[Vec<Option<u32>>],
    repos: usize,
) -> Result<usize> {
    let mut on = vec![false; repos];
    for h in Filter::new(filters, cat)?.apply(cat) {
        for &i in &h.variants {
            if let Some(Some(k)) = keys.get(h.index).and_then(|f| f.get(i)) {
                if let Some(slot) = on.get_mut(*k as usize) {
                    *slot = true;
                }
            }
        }
    }
    Ok(on.iter().filter(|&&b| b).count())
}

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let lang = cfg.lang;
    let resolved = args.machine.resolve(lang)?;
    let machine = resolved.machine;
    let context = args
        .context
        .as_deref()
        .map(units::parse_tokens)
        .transpose()
        .map_err(|e| anyhow!("--context: {e}"))?;
    let mut asked = args.filters.to_filters();
    // `--task` here is the use, which chooses the suite (see `TASKS`).
    let task = asked.task.pop();
    asked.task.clear();
    let (suite, mapping) = match (args.suite, task.as_deref()) {
        (Some(s), _) => (s, None),
        (None, t) => {
            let t = t.unwrap_or("chat");
            let (_, s, why) = TASKS
                .iter()
                .find(|(name, _, _)| *name == t)
                .copied()
                .unwrap_or(TASKS[0]);
            (s, Some((t, why)))
        }
    };
    let score_column = format!("score:{suite}");
    let mut default: Vec<&str> = vec!["rank", "checkpoint", "commercial", "quant", "memory"];
    if resolved.bandwidth_gb_s.is_some() {
        default.push("speed");
    }
    default.extend([score_column.as_str(), "reason"]);
    let shape = Shape {
        fields: FIELDS,
        columns: COLUMNS,
        default_columns: &default,
        page: false,
    };
    let Some(mut output) = args.output.resolve(cfg, &shape)? else {
        return Ok(ExitCode::SUCCESS);
    };
    output.keep = vec!["rank".into(), "checkpoint".into(), score_column.clone()];

    let cat = cfg.catalog()?;
    // The stages a checkpoint passes, each keeping a subset of the one
    // before: the license filters, every other list filter, the context.
    let mut license_only = Filters::default();
    for d in FILTERS
        .iter()
        .filter(|d| matches!(d.id, "license" | "commercial"))
    {
        (d.copy)(&asked, &mut license_only);
    }
    let mut no_context = asked.clone();
    no_context.min_context = None;
    no_context.assume_base_context = false;
    let mut strict = asked.clone();
    if let Some(c) = context {
        strict.min_context = Some(strict.min_context.map_or(c, |m| m.max(c)));
    }
    // Checked first, so that a typo in a value is its own error.
    let filter = Filter::new(&strict, cat)?;
    let (keys, repos) = repo_keys(cat);
    let all = repos;
    let after_license = kept(&license_only, cat, &keys, repos)?;
    let after_filters = kept(&no_context, cat, &keys, repos)?;
    let hits = filter.apply(cat);
    let mut excluded = Excluded {
        license: all.saturating_sub(after_license),
        filters: after_license.saturating_sub(after_filters),
        ..Excluded::default()
    };
    let mut seen = vec![false; repos];
    let mut strict_repos = 0;
    let mut rows = Vec::new();
    for hit in &hits {
        let f = hit.family;
        for (i, v) in hit
            .variants
            .iter()
            .filter_map(|&i| Some((i, f.variants.get(i)?)))
        {
            let Some(k) = keys
                .get(hit.index)
                .and_then(|f| f.get(i))
                .copied()
                .flatten()
            else {
                continue;
            };
            match seen.get_mut(k as usize) {
                Some(slot) if !*slot => *slot = true,
                _ => continue,
            }
            strict_repos += 1;
            let Some(params) = v.params else {
                excluded.unknown_size += 1;
                continue;
            };
            let row = assess(
                f,
                v,
                params,
                &machine,
                context,
                None,
                resolved.bandwidth_gb_s,
            );
            if row.verdict == Verdict::TooLarge {
                excluded.too_large += 1;
                continue;
            }
            rows.push(Row { lang, ..row });
        }
    }
    excluded.context = after_filters.saturating_sub(strict_repos);
    // Each score looked up once (a lookup in the results table per
    // comparison was three quarters of the run).
    let mut rows: Vec<(Option<f64>, Row)> = rows
        .into_iter()
        .map(|r| {
            (
                scores::best_of_variant(r.variant, suite).map(|s| s.score),
                r,
            )
        })
        .collect();
    rows.sort_by(|(sa, a), (sb, b)| {
        let merit = |x: &Option<f64>| x.map(|x| scores::merit(suite, x));
        scores::best_first(merit(sa), merit(sb))
            .then(a.verdict.cmp(&b.verdict))
            .then(b.chosen.precision.bits64.cmp(&a.chosen.precision.bits64))
            .then(b.speed.unwrap_or(0.0).total_cmp(&a.speed.unwrap_or(0.0)))
            .then(b.params.cmp(&a.params))
            .then_with(|| a.variant.hf.cmp(&b.variant.hf))
    });
    let fitting = rows.len();
    let scored = rows.iter().filter(|(s, _)| s.is_some()).count();
    if rows.len() > args.limit {
        excluded.beyond_limit = rows.len() - args.limit;
        rows.truncate(args.limit);
    }
    let scope = if asked.commercial == Some(CommercialArg::Yes) {
        tr(lang, "commercially usable checkpoints")
    } else if asked.any() || context.is_some() {
        tr(lang, "checkpoints matching the filters")
    } else {
        tr(lang, "checkpoints of the catalog")
    };
    let room = match machine.ram {
        Some(r) => trf(
            lang,
            "{0} VRAM + {1} RAM",
            &[
                &units::format_gib_in(machine.vram, lang),
                &units::format_gib_in(r, lang),
            ],
        ),
        None => units::format_gib_in(machine.vram, lang),
    };
    let picks: Vec<Pick> = rows
        .into_iter()
        .enumerate()
        .map(|(i, (s, row))| {
            let commercial = row
                .variant
                .license_in(row.family)
                .map_or(Commercial::Unknown, |l| l.commercial);
            let rank = i + 1;
            let reason = reason(&row, s, rank, scored, suite, scope, &room, lang);
            Pick {
                row,
                commercial,
                suite,
                score: s,
                rank,
                reason,
            }
        })
        .collect();

    let total = all;
    let footer = footer(
        suite,
        mapping,
        &excluded,
        total,
        picks.len(),
        fitting - scored,
        resolved.bandwidth_gb_s,
        lang,
    );
    if picks.is_empty() {
        if hits.is_empty() {
            if let Some(why) = crate::query::explain::why_empty(&strict, cat, lang) {
                crate::eline!("jllm: {}", sanitize::line(&why));
            }
        } else {
            crate::eline!(
                "jllm: {}",
                trf(
                    lang,
                    "no checkpoint fits {0}: {1} too large, {2} of unknown size; --ram SIZE admits offloading to the CPU",
                    &[&room, &excluded.too_large, &excluded.unknown_size],
                )
            );
        }
    }
    debug_assert_eq!(excluded.total() + picks.len(), total);
    let layout = Layout {
        footer: Some(footer),
        ..Layout::default()
    };
    let mut out = super::stdout();
    emit(&mut out, &picks, &output, cfg, &layout)?;
    super::finish(out, !picks.is_empty())
}

/// Why a pick is where it is, in one line.
#[allow(clippy::too_many_arguments)]
fn reason(
    r: &Row,
    score: Option<f64>,
    rank: usize,
    scored: usize,
    suite: &str,
    scope: &str,
    room: &str,
    lang: Lang,
) -> String {
    let first = match score {
        Some(_) if rank == 1 => trf(
            lang,
            "best {0} score among {1} that fit {2}",
            &[&suite, &scope, &room],
        ),
        Some(_) => trf(
            lang,
            "#{0} of {1} on {2} among {3} that fit {4}",
            &[&rank, &scored, &suite, &scope, &room],
        ),
        None => trf(lang, "no {0} score", &[&suite]),
    };
    let quant = r.chosen.precision.name;
    let second = if r.storage.is_quantized() {
        trf(lang, "published as {0}", &[&quant])
    } else if r.verdict == Verdict::Gpu {
        trf(
            lang,
            "{0} is the least lossy quantization that fits on the GPU",
            &[&quant],
        )
    } else {
        trf(
            lang,
            "{0} is the least lossy quantization that fits with CPU offload",
            &[&quant],
        )
    };
    let sep = if lang == Lang::Ja { "。" } else { "; " };
    format!("{first}{sep}{second}")
}

#[allow(clippy::too_many_arguments)]
fn footer(
    suite: &str,
    mapping: Option<(&str, &str)>,
    ex: &Excluded,
    total: usize,
    shown: usize,
    unscored: usize,
    bandwidth_gb_s: Option<u64>,
    lang: Lang,
) -> String {
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
            family: &r.family.id,
            name: &r.variant.name,
            hf: r.variant.hf.as_deref(),
            params: r.params,
            active_params: r.variant.active_params,
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
