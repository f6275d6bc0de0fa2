//! `jllm benchmarks` and `jllm benchmark`: the list's evaluation benchmarks,
//! queryable apart from the models.

use std::process::ExitCode;

use anyhow::Result;

use crate::catalog::index::{self, norm};
use crate::catalog::schema::{Benchmark, Catalog, Lang, BENCHMARK_CATEGORIES};
use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::i18n::{tr, trf};
use crate::query::resolve::{self, Entry, Miss, What};
use crate::render::emit::{emit, Layout, Record};
use crate::render::{json, table};
use crate::sanitize;

#[derive(Debug, clap::Args)]
#[command(mut_arg("columns", |a| a.value_parser(columns_parser(&[COLUMNS]))))]
pub struct ListArgs {
    /// Only this category (hybrid, nlu, generation, domain, factuality-safety, reasoning, instruction-following, embedding, vision-language, speech, other), or its Japanese or French label
    #[arg(long, value_name = "CATEGORY")]
    pub category: Vec<String>,
    /// Only benchmarks by this developer (id, name or alias)
    #[arg(long, value_name = "DEV")]
    pub developer: Vec<String>,
    /// Only benchmarks whose name or description contains this text
    #[arg(long, value_name = "TEXT")]
    pub grep: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, clap::Args)]
#[command(mut_arg("columns", |a| a.value_parser(columns_parser(&[COLUMNS]))))]
pub struct ShowArgs {
    /// Benchmark id or name
    #[arg(value_name = "QUERY", add = super::completer::benchmarks())]
    pub query: String,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// The columns of `benchmarks` and `benchmark`.
const COLUMNS: &[&str] = &["id", "name", "category", "developer", "url", "description"];

const SHAPE: Shape = Shape {
    fields: json::BENCHMARK_FIELDS,
    columns: COLUMNS,
    default_columns: &["id", "name", "category", "developer"],
    page: false,
};

fn developers(cat: &Catalog, b: &Benchmark, lang: Lang) -> String {
    b.developers
        .iter()
        .filter_map(|id| cat.developers.iter().find(|d| &d.id == id))
        .map(|d| match lang {
            Lang::Ja => d.name_ja.as_str(),
            Lang::Fr => d.name_fr.as_deref().unwrap_or(&d.name),
            Lang::En => d.name.as_str(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A benchmark category for people: the id in English (as the list's
/// English headings abbreviate them), a label in Japanese and French.
pub(super) fn category(c: &str, lang: Lang) -> &str {
    if lang == Lang::En {
        return c;
    }
    match c {
        "hybrid" => tr(lang, "hybrid"),
        "nlu" => tr(lang, "nlu"),
        "generation" => tr(lang, "generation"),
        "domain" => tr(lang, "domain-specific"),
        "factuality-safety" => tr(lang, "factuality-safety"),
        "reasoning" => tr(lang, "reasoning"),
        "instruction-following" => tr(lang, "instruction-following"),
        "embedding" => tr(lang, "embedding"),
        "vision-language" => tr(lang, "vision-language"),
        "speech" => tr(lang, "speech"),
        "other" => tr(lang, "other"),
        other => other,
    }
}

fn name(b: &Benchmark, lang: Lang) -> &str {
    match (lang, &b.name_ja) {
        (Lang::Ja, Some(n)) => n,
        _ => &b.name,
    }
}

pub fn list(args: &ListArgs, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    // Values resolve as the model filters' do: exact, else one
    // candidate by prefix or fragment, else exit 2 naming the nearest.
    // A category is also named by its label in Japanese and French, as
    // tables in those languages print it.
    let kinds: Vec<Entry> = BENCHMARK_CATEGORIES
        .iter()
        .map(|c| Entry::new(c, "", vec![c, category(c, Lang::Ja), category(c, Lang::Fr)]))
        .collect();
    let mut categories: Vec<&str> = Vec::new();
    for c in args.category.iter() {
        let found = resolve::find(c, &kinds).map_err(|miss| {
            let what = What::BenchmarkCategory;
            let message = what.message(cfg.lang, c, &miss);
            match miss {
                Miss::None(near) if !near.is_empty() => anyhow::anyhow!("{message}"),
                _ => anyhow::anyhow!(
                    "{}",
                    what.valid(cfg.lang, &message, &BENCHMARK_CATEGORIES.join(", "))
                ),
            }
        })?;
        categories.extend(found);
    }
    let devs = resolve::developers(cat, &args.developer, cfg.lang)?;
    let Some(output) = args.output.resolve(cfg, &SHAPE)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let needle = args.grep.as_deref().map(str::to_lowercase);
    let rows: Vec<&Benchmark> = cat
        .benchmarks
        .iter()
        .filter(|b| categories.is_empty() || categories.iter().any(|c| *c == &*b.category))
        .filter(|b| devs.is_empty() || b.developers.iter().any(|d| devs.iter().any(|x| **x == **d)))
        .filter(|b| {
            needle.as_deref().is_none_or(|n| {
                let desc = b.description.as_ref();
                [
                    Some(&b.name),
                    b.name_ja.as_ref(),
                    desc.and_then(|d| d.en.as_ref()),
                    desc.and_then(|d| d.ja.as_ref()),
                ]
                .into_iter()
                .flatten()
                .any(|t| t.to_lowercase().contains(n))
            })
        })
        .collect();
    let records: Vec<BenchmarkRecord> = rows
        .iter()
        .map(|b| BenchmarkRecord {
            cat,
            benchmark: b,
            lang: cfg.lang,
        })
        .collect();
    let mut out = super::stdout();
    emit(&mut out, &records, &output, cfg, &Layout::default())?;
    super::finish(out, !rows.is_empty())
}

/// One benchmark, in `benchmarks` and `benchmark`.
struct BenchmarkRecord<'a> {
    cat: &'a Catalog,
    benchmark: &'a Benchmark,
    lang: Lang,
}

impl Record for BenchmarkRecord<'_> {
    type Json<'s>
        = serde_json::Value
    where
        Self: 's;

    fn json(&self) -> serde_json::Value {
        json::sorted(&json::benchmark(self.cat, self.benchmark))
    }

    fn cell(&self, column: &str) -> String {
        let b = self.benchmark;
        match column {
            "id" => b.id.to_string(),
            "name" => name(b, self.lang).to_string(),
            "category" => category(&b.category, self.lang).to_string(),
            "developer" => developers(self.cat, b, self.lang),
            "url" => b.url.as_deref().unwrap_or_default().to_string(),
            _ => b
                .description
                .as_ref()
                .and_then(|d| d.get(self.lang))
                .unwrap_or("")
                .to_string(),
        }
    }

    fn id(&self) -> Option<std::borrow::Cow<'_, str>> {
        Some(std::borrow::Cow::Borrowed(&self.benchmark.id))
    }
}

pub fn show(args: &ShowArgs, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let shape = Shape {
        page: true,
        ..SHAPE
    };
    let Some(output) = args.output.resolve(cfg, &shape)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let q = norm(&args.query);
    let found: Vec<&Benchmark> = cat
        .benchmarks
        .iter()
        .filter(|b| {
            norm(&b.id) == q
                || norm(&b.name) == q
                || b.name_ja.as_deref().is_some_and(|n| norm(n) == q)
        })
        .collect();
    let lang = cfg.lang;
    let b = match found.as_slice() {
        [b] => *b,
        [] => {
            crate::eline!(
                "jllm: {}",
                trf(
                    lang,
                    "no benchmark matches '{0}'",
                    &[&sanitize::line(&args.query)]
                )
            );
            let near = index::suggest(
                &args.query,
                cat.benchmarks
                    .iter()
                    .flat_map(|b| [b.id.as_str(), b.name.as_str()]),
                5,
            );
            if !near.is_empty() {
                crate::eline!("{}", tr(lang, "did you mean:"));
                for n in near {
                    crate::eline!("  {}", sanitize::line(&n));
                }
            }
            return Ok(ExitCode::from(1));
        }
        many => {
            crate::eline!(
                "jllm: {}",
                trf(
                    lang,
                    "'{0}' matches several benchmarks:",
                    &[&sanitize::line(&args.query)]
                )
            );
            for b in many {
                crate::eline!("  {}", b.id);
            }
            return Ok(ExitCode::from(1));
        }
    };
    let record = BenchmarkRecord {
        cat,
        benchmark: b,
        lang: cfg.lang,
    };
    let page = || page(cat, b, cfg);
    let layout = Layout {
        one: true,
        page: Some(&page),
        ..Layout::default()
    };
    let mut out = super::stdout();
    emit(
        &mut out,
        std::slice::from_ref(&record),
        &output,
        cfg,
        &layout,
    )?;
    super::finish(out, true)
}

/// The human-readable page of one benchmark.
fn page(cat: &Catalog, b: &Benchmark, cfg: &Config) -> String {
    let lang = cfg.lang;
    let mut rows = vec![
        (
            tr(lang, "Name").to_string(),
            format!("{} / {}", b.name, b.name_ja.as_deref().unwrap_or(&b.name)),
        ),
        (tr(lang, "Id").to_string(), b.id.to_string()),
        (
            tr(lang, "Category").to_string(),
            category(&b.category, lang).to_string(),
        ),
        (tr(lang, "Developers").to_string(), developers(cat, b, lang)),
    ];
    if let Some(d) = b.description.as_ref().and_then(|d| d.get(lang)) {
        rows.push((tr(lang, "Description").to_string(), d.to_string()));
    }
    if let Some(u) = &b.url {
        rows.push((tr(lang, "URL").to_string(), u.to_string()));
    }
    table::pairs(&rows, cfg)
}
