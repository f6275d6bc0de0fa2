//! `jllm list`: the families (or checkpoints) that pass the filters, as a
//! table, JSON, CSV, TSV, Markdown or bare ids.

use std::process::ExitCode;

use anyhow::Result;
use clap::ValueEnum;

use crate::catalog::load;
use crate::catalog::schema::{Catalog, Family};
use crate::config::Config;
use crate::query::filter::{Filter, FilterArgs, Hit};
use crate::render::{self, family, json, Format, OutputArgs};
use crate::sanitize;
use crate::units;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  jllm list --license apache --min-params 7b\n  jllm list --commercial --category embedding --min-context 8192\n  jllm list --developer サイバーエージェント --lang ja\n  jllm list --variants --arch qwen --format tsv"
)]
pub struct Args {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// One row per checkpoint (Hugging Face repo) instead of per family
    #[arg(long)]
    pub variants: bool,
    #[command(flatten)]
    pub sort: SortArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Clone, Default, clap::Args)]
pub struct SortArgs {
    /// Sort by this field: params, year, name, context, developer, or score:SUITE (best checkpoint's score; suites: `jllm results --help`) [default: the list's order]
    #[arg(long, value_parser = parse_sort, value_name = "FIELD", help_heading = "Output")]
    pub sort: Option<SortKey>,
    /// Reverse the order
    #[arg(long, help_heading = "Output")]
    pub reverse: bool,
    /// Print at most N rows
    #[arg(long, value_name = "N", help_heading = "Output")]
    pub limit: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    Params,
    Year,
    Name,
    Context,
    Developer,
    /// `score:SUITE`: parsed by [`parse_sort`], never by name.
    #[value(skip)]
    Score(&'static str),
}

/// A field name, or `score:SUITE` with a known suite.
fn parse_sort(s: &str) -> Result<SortKey, String> {
    if let Some(suite) = crate::query::scores::score_key(s) {
        return suite.map(|x| SortKey::Score(&x.id));
    }
    SortKey::from_str(s, true).map_err(|_| {
        format!(
            "[possible values: params, year, name, context, developer] or score:SUITE (suites: {})",
            crate::query::scores::suite_ids()
        )
    })
}

impl SortArgs {
    /// Sorts hits (unknown values last in either direction) and applies the limit.
    pub fn apply(&self, cat: &Catalog, hits: &mut Vec<Hit>) {
        if let Some(key) = self.sort {
            let value = |h: &Hit| -> (bool, i128, String) {
                let f = h.family;
                match key {
                    SortKey::Params => {
                        let p = f.max_params(&h.variants);
                        (p.is_none(), p.map_or(0, i128::from), String::new())
                    }
                    SortKey::Year => (
                        f.year.is_none(),
                        f.year.map_or(0, i128::from),
                        String::new(),
                    ),
                    SortKey::Context => (
                        f.context_length.is_none(),
                        f.context_length.map_or(0, i128::from),
                        String::new(),
                    ),
                    SortKey::Name => (false, 0, f.name.to_lowercase()),
                    SortKey::Score(suite) => {
                        // Scores have at most 4 decimals: exact in millionths.
                        let s = crate::query::scores::best_of_family(f, &h.variants, suite);
                        let n = s.map_or(0, |(_, s)| (s.score * 1e6).round() as i128);
                        (s.is_none(), n, String::new())
                    }
                    SortKey::Developer => {
                        let d = family::developer_names(cat, f, crate::catalog::schema::Lang::En)
                            .to_lowercase();
                        (d.is_empty(), 0, d)
                    }
                }
            };
            let reverse = self.reverse;
            // Descending is the natural order for sizes, years and context.
            let descending = matches!(
                key,
                SortKey::Params | SortKey::Year | SortKey::Context | SortKey::Score(_)
            ) != reverse;
            hits.sort_by(|a, b| {
                let (ua, na, sa) = value(a);
                let (ub, nb, sb) = value(b);
                ua.cmp(&ub).then_with(|| {
                    let ord = na.cmp(&nb).then_with(|| sa.cmp(&sb));
                    if descending {
                        ord.reverse()
                    } else {
                        ord
                    }
                })
            });
        } else if self.reverse {
            hits.reverse();
        }
        if let Some(n) = self.limit {
            hits.truncate(n);
        }
    }
}

const VARIANT_COLUMNS: &[&str] = &[
    "family",
    "name",
    "hf",
    "params",
    "active",
    "experts",
    "license",
    "commercial",
    "context",
    "year",
    "developer",
    "url",
    "score:pfgen",
    "score:swallow-ja-pre",
    "score:swallow-en-pre",
    "score:swallow-ja-post",
    "score:swallow-en-post",
    "score:swallow-ja-mtb",
    "score:swallow-en-mtb",
];
const VARIANT_DEFAULT: &[&str] = &["family", "name", "hf", "params", "license", "year"];

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let mut out = super::stdout();
    let found = write(args, cfg, cat, &mut out)?;
    if !found && args.sort.limit != Some(0) {
        if let Some(why) = crate::query::explain::why_empty(&args.filters, cat) {
            crate::eline!("jllm: {}", crate::sanitize::line(&why));
        }
    }
    super::finish(out, found)
}

/// Filters, sorts and writes the list to `out` (the fuzz targets call this
/// with a buffer); returns whether anything was found.
pub fn write(
    args: &Args,
    cfg: &Config,
    cat: &Catalog,
    out: &mut impl std::io::Write,
) -> Result<bool> {
    let filter = Filter::new(&args.filters, cat)?;
    let (fields, columns, default) = if args.variants {
        (json::VARIANT_FIELDS, VARIANT_COLUMNS, VARIANT_DEFAULT)
    } else {
        (json::FAMILY_FIELDS, family::COLUMNS, family::LIST_DEFAULT)
    };
    let Some(output) = args.output.resolve(cfg, fields, columns, default)? else {
        // `--json` alone on a terminal listed the fields.
        return Ok(true);
    };
    let mut hits = filter.apply(cat);
    args.sort.apply(cat, &mut hits);
    if args.variants {
        let by_score = match args.sort.sort {
            Some(SortKey::Score(suite)) => Some((suite, args.sort.reverse)),
            _ => None,
        };
        // Found means printed: families without checkpoints, or `ids` of
        // checkpoints without a repo id, print nothing.
        write_variants(out, cat, &hits, &output, cfg, by_score)
    } else {
        write_families(out, cat, &hits, &output, cfg, filter.by_checkpoint())?;
        Ok(!hits.is_empty())
    }
}

/// Writes family hits in the chosen format.
fn write_families(
    out: &mut impl std::io::Write,
    cat: &Catalog,
    hits: &[Hit],
    output: &render::Output,
    cfg: &Config,
    only_matching: bool,
) -> Result<()> {
    match output.format {
        Format::Json | Format::Jsonl
            if cat.is_embedded() && output.fields.is_none() && !output.pretty =>
        {
            // Compact objects of the built-in catalog were rendered at build
            // time; only families a size filter trimmed are serialized now.
            let lines = output.format == Format::Jsonl;
            if !lines {
                out.write_all(b"[")?;
            }
            for (n, h) in hits.iter().enumerate() {
                if n > 0 && !lines {
                    out.write_all(b",")?;
                }
                let whole = !only_matching || h.variants.len() == h.family.variants.len();
                match load::embedded_family_json(h.index).filter(|_| whole) {
                    Some(text) => out.write_all(text.as_bytes())?,
                    None => json::write_compact(
                        &mut *out,
                        &json::family(cat, h.family, Some(h.variants.as_slice())),
                    )?,
                }
                if lines {
                    out.write_all(b"\n")?;
                }
            }
            if !lines {
                out.write_all(b"]\n")?;
            }
            Ok(())
        }
        Format::Json | Format::Jsonl => {
            let values: Vec<_> = hits
                .iter()
                .map(|h| {
                    json::family(
                        cat,
                        h.family,
                        only_matching.then_some(h.variants.as_slice()),
                    )
                })
                .collect();
            render::write_json(out, &values, output)
        }
        Format::Ids => {
            for h in hits {
                writeln!(out, "{}", h.family.id)?;
            }
            Ok(())
        }
        format => {
            let rows: Vec<Vec<String>> = hits
                .iter()
                .map(|h| {
                    output
                        .columns
                        .iter()
                        .map(|c| family::cell(cat, h.family, &h.variants, c, cfg.lang))
                        .collect()
                })
                .collect();
            render::write_grid(out, format, &output.columns, &rows, cfg)
        }
    }
}

fn variant_cell(cat: &Catalog, f: &Family, i: usize, col: &str, cfg: &Config) -> String {
    let Some(v) = f.variants.get(i) else {
        return String::new();
    };
    match col {
        "family" => f.id.to_string(),
        "name" => v.name.to_string(),
        "hf" => v.hf.as_deref().unwrap_or_default().to_string(),
        "params" => v
            .params
            .map(units::format)
            .unwrap_or_else(|| family::UNKNOWN.into()),
        "active" => v.active_params.map(units::format).unwrap_or_default(),
        "experts" => (v.experts.clone().unwrap_or_default()).into_owned(),
        "url" => (v.url.clone()).into_owned(),
        other => family::cell(cat, f, &[i], other, cfg.lang),
    }
}

fn write_variants(
    out: &mut impl std::io::Write,
    cat: &Catalog,
    hits: &[Hit],
    output: &render::Output,
    cfg: &Config,
    by_score: Option<(&str, bool)>,
) -> Result<bool> {
    let mut rows: Vec<(&Family, usize)> = hits
        .iter()
        .flat_map(|h| h.variants.iter().map(move |&i| (h.family, i)))
        .collect();
    // `--variants --sort score:SUITE`: each checkpoint by its own score
    // (best first, or last with --reverse), unscored last; the limit then
    // applied to families is kept as the set of families shown.
    if let Some((suite, reverse)) = by_score {
        let score = |(f, i): &(&Family, usize)| {
            crate::query::scores::best_of_variant(&f.variants[*i], suite).map(|s| s.score)
        };
        rows.sort_by(|a, b| match (score(a), score(b)) {
            (Some(x), Some(y)) if reverse => x.total_cmp(&y),
            (Some(x), Some(y)) => y.total_cmp(&x),
            (x, y) => y.is_some().cmp(&x.is_some()),
        });
    }
    match output.format {
        Format::Json | Format::Jsonl => {
            let values: Vec<_> = rows
                .iter()
                .map(|(f, i)| json::variant_row(cat, f, &f.variants[*i]))
                .collect();
            render::write_json(out, &values, output)?;
            Ok(!rows.is_empty())
        }
        Format::Ids => {
            // Only repo ids: a checkpoint without one (API-only, or weights
            // elsewhere than Hugging Face) is left out and counted on stderr,
            // so `xargs` never receives a URL where it expects an id.
            let mut without = 0;
            for (f, i) in &rows {
                match &f.variants[*i].hf {
                    Some(hf) => writeln!(out, "{}", sanitize::line(hf))?,
                    None => without += 1,
                }
            }
            if without > 0 {
                crate::eline!(
                    "jllm: {without} checkpoint{} without a Hugging Face repo id left out (see --format tsv --columns family,name,url)",
                    if without == 1 { "" } else { "s" }
                );
            }
            Ok(without < rows.len())
        }
        format => {
            let grid: Vec<Vec<String>> = rows
                .iter()
                .map(|(f, i)| {
                    output
                        .columns
                        .iter()
                        .map(|c| variant_cell(cat, f, *i, c, cfg))
                        .collect()
                })
                .collect();
            render::write_grid(out, format, &output.columns, &grid, cfg)?;
            Ok(!rows.is_empty())
        }
    }
}
