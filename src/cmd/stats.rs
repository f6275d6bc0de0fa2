//! `jllm stats`: how many families per developer, license, year… with the
//! filters applied, as a table with a proportional bar, or JSON.

use std::collections::BTreeMap;
use std::process::ExitCode;

use anyhow::Result;
use clap::ValueEnum;
use serde_json::json;

use crate::catalog::schema::{Catalog, Family, Lang};
use crate::config::Config;
use crate::query::filter::{Filter, FilterArgs};
use crate::render::{self, family, Format, OutputArgs};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  jllm stats --by license\n  jllm stats --by year --category text-generation\n  jllm stats --by developer --since 2025 --json"
)]
pub struct Args {
    /// Facet to count by
    #[arg(long, value_enum, default_value_t = Facet::Category)]
    pub by: Facet,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Show at most N facet values (the largest)
    #[arg(long, value_name = "N", help_heading = "Output")]
    pub limit: Option<usize>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Facet {
    Developer,
    License,
    Commercial,
    Architecture,
    Base,
    Domain,
    Category,
    Approach,
    Year,
}

const FIELDS: &[&str] = &["key", "label", "count", "share"];

/// The facet values of one family (a family with two developers counts for both).
fn keys(cat: &Catalog, f: &Family, facet: Facet, lang: Lang) -> Vec<(String, String)> {
    let unknown = || vec![("unknown".to_string(), "unknown".to_string())];
    match facet {
        Facet::Developer => {
            if f.developers.is_empty() {
                return unknown();
            }
            f.developers
                .iter()
                .map(|id| {
                    let label = cat
                        .developers
                        .iter()
                        .find(|d| &d.id == id)
                        .map(|d| {
                            if lang == Lang::Ja {
                                d.name_ja.to_string()
                            } else {
                                d.name.to_string()
                            }
                        })
                        .unwrap_or_else(|| id.to_string());
                    (id.to_string(), label)
                })
                .collect()
        }
        Facet::License => match &f.license {
            Some(l) if !l.ids.is_empty() => l
                .ids
                .iter()
                .map(|id| {
                    let label = cat
                        .licenses
                        .iter()
                        .find(|x| &x.id == id)
                        .map_or(id.to_string(), |x| x.name.to_string());
                    (id.to_string(), label)
                })
                .collect(),
            _ => unknown(),
        },
        Facet::Commercial => {
            let c = f
                .license
                .as_ref()
                .map_or("unknown", |l| l.commercial.as_str())
                .to_string();
            vec![(c.clone(), c)]
        }
        Facet::Architecture => match &f.architecture {
            Some(a) => vec![(a.to_lowercase(), a.to_string())],
            None => unknown(),
        },
        Facet::Base => match &f.base_model {
            Some(a) => vec![(a.to_lowercase(), a.to_string())],
            None => unknown(),
        },
        Facet::Domain => vec![(f.domain.to_string(), family::domain_label(cat, f, lang))],
        Facet::Category => vec![(f.category.as_str().into(), f.category.as_str().into())],
        Facet::Approach => {
            let a = f.approach.map_or("none", |a| a.as_str()).to_string();
            vec![(a.clone(), a)]
        }
        Facet::Year => {
            let y = f.year.map_or("unknown".to_string(), |y| y.to_string());
            vec![(y.clone(), y)]
        }
    }
}

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let filter = Filter::new(&args.filters, cat)?;
    let cols = ["label", "count", "share", "bar"];
    let Some(output) = args.output.resolve(
        cfg,
        FIELDS,
        &["key", "label", "count", "share", "bar"],
        &cols,
    )?
    else {
        return Ok(ExitCode::SUCCESS);
    };
    let hits = filter.apply(cat);
    if hits.is_empty() {
        if let Some(why) = crate::query::explain::why_empty(&args.filters, cat) {
            crate::eline!("jllm: {}", crate::sanitize::line(&why));
        }
    }
    let total = hits.len();
    let mut counts: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for h in &hits {
        for (k, label) in keys(cat, h.family, args.by, cfg.lang) {
            counts.entry(k).or_insert((label, 0)).1 += 1;
        }
    }
    let mut rows: Vec<(String, String, usize)> =
        counts.into_iter().map(|(k, (l, n))| (k, l, n)).collect();
    if args.by == Facet::Year {
        rows.sort_by(|a, b| b.0.cmp(&a.0));
    } else {
        rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    }
    if let Some(n) = args.limit {
        rows.truncate(n);
    }
    let max = rows.iter().map(|r| r.2).max().unwrap_or(0);
    let share = |n: usize| {
        if total == 0 {
            0.0
        } else {
            n as f64 * 100.0 / total as f64
        }
    };
    let mut out = super::stdout();
    match output.format {
        Format::Json | Format::Jsonl => {
            let values: Vec<_> = rows
                .iter()
                .map(|(k, l, n)| json!({ "key": k, "label": l, "count": n, "share": (share(*n) * 10.0).round() / 10.0 }))
                .collect();
            render::write_json(&mut out, &values, &output)?;
        }
        Format::Ids => {
            for (k, _, _) in &rows {
                writeln!(out, "{k}")?;
            }
        }
        format => {
            const WIDTH: usize = 30;
            let grid: Vec<Vec<String>> = rows
                .iter()
                .map(|(k, l, n)| {
                    output
                        .columns
                        .iter()
                        .map(|c| match c.as_str() {
                            "key" => k.clone(),
                            "label" => l.clone(),
                            "count" => n.to_string(),
                            "share" => format!("{:.1}%", share(*n)),
                            _ => {
                                let len = if max == 0 {
                                    0
                                } else {
                                    (n * WIDTH).div_ceil(max)
                                };
                                "█".repeat(len)
                            }
                        })
                        .collect()
                })
                .collect();
            render::write_grid(&mut out, format, &output.columns, &grid, cfg)?;
            if format == Format::Table {
                writeln!(out, "{total} families")?;
            }
        }
    }
    super::finish(out, !rows.is_empty())
}

use std::io::Write as _;
