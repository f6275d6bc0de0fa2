//! `jllm search`: fuzzy search across names in every language, ids, Hugging
//! Face repos, developers, architectures, base models and training data,
//! best match first, with the field that matched.

use std::process::ExitCode;

use std::io::Write;

use anyhow::Result;

use crate::catalog::schema::Catalog;
use crate::config::Config;
use crate::query::filter::{Filter, FilterArgs, Hit};
use crate::query::search;
use crate::render::{self, family, json, Format, OutputArgs};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  jllm search elyza\n  jllm search 医療 --category text-generation\n  jllm search qwen --min-params 30b --format ids"
)]
pub struct Args {
    /// Text to look for
    #[arg(value_name = "TEXT")]
    pub text: String,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Print at most N results
    #[arg(long, value_name = "N", help_heading = "Output")]
    pub limit: Option<usize>,
    #[command(flatten)]
    pub output: OutputArgs,
}

const DEFAULT: &[&str] = &["id", "name", "match", "sizes", "developer", "year"];

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let mut out = super::stdout();
    let any = write(args, cfg, cat, &mut out)?;
    super::finish(out, any)
}

/// Searches and writes the results to `out` (the fuzz targets call this
/// with a buffer); returns whether anything was found.
pub fn write(args: &Args, cfg: &Config, cat: &Catalog, out: &mut impl Write) -> Result<bool> {
    let filter = Filter::new(&args.filters, cat)?;
    let mut columns: Vec<&str> = family::COLUMNS.to_vec();
    columns.push("match");
    columns.push("field");
    let Some(output) = args
        .output
        .resolve(cfg, json::FAMILY_FIELDS, &columns, DEFAULT)?
    else {
        // `--json` alone on a terminal listed the fields.
        return Ok(true);
    };
    let hits = filter.apply(cat);
    let fams: Vec<_> = hits.iter().map(|h| h.family).collect();
    let mut found = search::search(cat, &fams, &args.text);
    if let Some(n) = args.limit {
        found.truncate(n);
    }
    let any = !found.is_empty();
    match output.format {
        Format::Json | Format::Jsonl => {
            let values: Vec<_> = found
                .iter()
                .map(|r| {
                    // `found` indexes `fams`, which is `hits` in order.
                    let hit = hits.get(r.index);
                    let mut v = json::family_value(cat, r.family, hit.filter(|_| filter.by_checkpoint()).map(|h| h.variants.as_slice()));
                    if let serde_json::Value::Object(m) = &mut v {
                        m.insert("match".into(), serde_json::json!({ "field": r.field, "text": r.matched, "score": r.score }));
                    }
                    v
                })
                .collect();
            let mut output = output;
            if let Some(f) = &mut output.fields {
                if !f.iter().any(|x| x == "match") {
                    f.push("match".into());
                }
            }
            render::write_json(out, &values, &output)?;
        }
        Format::Ids => {
            for r in &found {
                writeln!(out, "{}", r.family.id)?;
            }
        }
        format => {
            let rows: Vec<Vec<String>> = found
                .iter()
                .map(|r| {
                    let variants = hits
                        .get(r.index)
                        .map(|h: &Hit| h.variants.clone())
                        .unwrap_or_default();
                    output
                        .columns
                        .iter()
                        .map(|c| match c.as_str() {
                            "match" => format!("{}: {}", r.field, r.matched),
                            "field" => r.field.to_string(),
                            _ => family::cell(cat, r.family, &variants, c, cfg.lang),
                        })
                        .collect()
                })
                .collect();
            render::write_grid(out, format, &output.columns, &rows, cfg)?;
        }
    }
    Ok(any)
}
