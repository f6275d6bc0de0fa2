//! `jllm compare`: families side by side, one column each.

use std::process::ExitCode;

use anyhow::Result;

use crate::config::Config;
use crate::render::{self, family, json, Format, OutputArgs};

#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  jllm compare swallow-70b llama-3.1-swallow-70b sarashina2")]
pub struct Args {
    /// Two or more families: ids, Hugging Face repo ids or names
    #[arg(value_name = "QUERY", num_args = 2.., required = true)]
    pub queries: Vec<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

const ROWS: &[&str] = &[
    "name",
    "name_ja",
    "category",
    "approach",
    "domain",
    "year",
    "sizes",
    "architecture",
    "base",
    "developer",
    "license",
    "commercial",
    "context",
    "tokens",
    "checkpoints",
    "url",
];

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let Some(output) = args
        .output
        .resolve(cfg, json::FAMILY_FIELDS, family::COLUMNS, ROWS)?
    else {
        return Ok(ExitCode::SUCCESS);
    };
    let mut fams = Vec::new();
    for q in args.queries.iter() {
        match super::show::resolve_or_explain(cat, q) {
            Some((f, _)) => fams.push(f),
            None => return Ok(ExitCode::from(1)),
        }
    }
    let mut out = super::stdout();
    match output.format {
        Format::Json | Format::Jsonl => {
            let values: Vec<_> = fams.iter().map(|f| json::family(cat, f, None)).collect();
            render::write_json(&mut out, &values, &output)?;
        }
        Format::Ids => {
            for f in &fams {
                writeln!(out, "{}", f.id)?;
            }
        }
        format => {
            let mut header = vec![String::new()];
            header.extend(fams.iter().map(|f| f.id.to_string()));
            let rows: Vec<Vec<String>> = output
                .columns
                .iter()
                .map(|c| {
                    let mut row = vec![c.clone()];
                    row.extend(fams.iter().map(|f| {
                        let all: Vec<usize> = (0..f.variants.len()).collect();
                        family::cell(cat, f, &all, c, cfg.lang)
                    }));
                    row
                })
                .collect();
            render::write_grid(&mut out, format, &header, &rows, cfg)?;
        }
    }
    super::finish(out, true)
}

use std::io::Write as _;
