//! `jllm compare`: families side by side, one column each (in table, CSV,
//! TSV and Markdown; JSON is an array of family objects).

use std::process::ExitCode;

use anyhow::Result;

use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::render::emit::{emit, Layout};
use crate::render::family::{self, FamilyRecord};
use crate::render::json;

#[derive(Debug, clap::Args)]
#[command(
    mut_arg("columns", |a| a.value_parser(columns_parser(&[family::COLUMNS]))),
    after_help = "Example:\n  jllm compare swallow-70b llama-3.1-swallow-70b sarashina2"
)]
pub struct Args {
    /// Two or more families: ids, Hugging Face repo ids or names
    #[arg(value_name = "QUERY", num_args = 2.., required = true, add = super::completer::models())]
    pub queries: Vec<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub(crate) const ROWS: &[&str] = &[
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
    let shape = Shape {
        fields: json::FAMILY_FIELDS,
        columns: family::COLUMNS,
        default_columns: ROWS,
        page: false,
    };
    let Some(output) = args.output.resolve(cfg, &shape)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let mut records = Vec::new();
    for q in args.queries.iter() {
        match super::show::resolve_or_explain(cat, q, cfg.lang) {
            Some((f, _)) => records.push(FamilyRecord::whole(cat, f, cfg.lang)),
            None => return Ok(ExitCode::from(1)),
        }
    }
    let layout = Layout {
        transposed: true,
        ..Layout::default()
    };
    let mut out = super::stdout();
    emit(&mut out, &records, &output, cfg, &layout)?;
    super::finish(out, true)
}
