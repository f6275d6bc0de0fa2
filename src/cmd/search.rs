//! `jllm search`: one ranked search across names in every language, ids,
//! checkpoints, developers, task, category and domain words, architectures,
//! base models, training data and benchmarks, best match first, with the
//! field that matched. Nothing found: the nearest names on stderr.

use std::borrow::Cow;
use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::catalog::index;
use crate::catalog::schema::Catalog;
use crate::cmd::filters::FilterArgs;
use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::query::filter::Filter;
use crate::query::search;
use crate::render::emit::{emit, Layout, Record};
use crate::render::family::{self, FamilyRecord};
use crate::render::{json, Format};
use crate::sanitize;

#[derive(Debug, clap::Args)]
#[command(
    mut_arg("columns", |a| a.value_parser(columns_parser(&[family::COLUMNS, MATCH_COLUMNS]))),
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

/// Search's columns beyond a family's: the text that matched and its field.
const MATCH_COLUMNS: &[&str] = &["match", "field"];

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let mut out = super::stdout();
    let any = write(args, cfg, cat, &mut out)?;
    super::finish(out, any)
}

/// Searches and writes the results to `out` (the fuzz targets call this
/// with a buffer); returns whether anything was found.
pub fn write(args: &Args, cfg: &Config, cat: &Catalog, out: &mut impl Write) -> Result<bool> {
    let filter = Filter::new(&args.filters.to_filters(), cat)?;
    let mut columns: Vec<&str> = family::COLUMNS.to_vec();
    columns.extend(MATCH_COLUMNS);
    let mut fields = json::FAMILY_FIELDS.to_vec();
    fields.push("match");
    let shape = Shape {
        fields: &fields,
        columns: &columns,
        default_columns: DEFAULT,
        page: false,
    };
    let Some(mut output) = args.output.resolve(cfg, &shape)? else {
        // `--json` alone on a terminal listed the fields.
        return Ok(true);
    };
    output.keep = crate::cmd::output::flag_columns(&args.filters);
    output.keep.push("match".into());
    // The match is what a search adds: `--json id,name` keeps it.
    if let Some(f) = &mut output.fields {
        if !f.iter().any(|x| x == "match") {
            f.push("match".into());
        }
    }
    let hits = filter.apply(cat);
    let (mut found, mut benches) = ranked(cat, &hits, &args.text);
    if found.is_empty() && benches.is_empty() {
        explain_nothing(cat, &args.text, hits.len() < cat.models.len(), cfg.lang);
        return Ok(false);
    }
    if let Some(n) = args.limit {
        // The limit counts rows of the one ranked list (families first
        // among equal scores).
        let mut order: Vec<(i64, bool)> = found
            .iter()
            .map(|f| (f.score, false))
            .chain(benches.iter().map(|b| (b.score, true)))
            .collect();
        order.sort_by_key(|o| std::cmp::Reverse(o.0));
        order.truncate(n);
        let bench_rows = order.iter().filter(|o| o.1).count();
        found.truncate(order.len() - bench_rows);
        benches.truncate(bench_rows);
    }
    if matches!(output.format, Format::Json | Format::Jsonl | Format::Ids) {
        // Scripts get families only (the JSON contract); benchmark
        // matches are named on stderr.
        note_benchmarks(&benches);
    }
    // Families and benchmarks in one ranked list; a benchmark row has its
    // id and name, the rest of its cells empty.
    let by_checkpoint = filter.by_checkpoint();
    let mut records: Vec<(i64, SearchRecord)> = found
        .iter()
        .map(|r| {
            // `found` indexes `fams`, which is `hits` in order.
            let hit = hits.get(r.index);
            let variants = hit.map_or(&[][..], |h| h.variants.as_slice());
            let family = FamilyRecord {
                cat,
                family: r.family,
                variants: Some(variants),
                json_variants: hit.filter(|_| by_checkpoint).map(|h| h.variants.as_slice()),
                lang: cfg.lang,
                compact: None,
            };
            (r.score, SearchRecord::Family(family, r))
        })
        .chain(
            benches
                .iter()
                .map(|b| (b.score, SearchRecord::Benchmark(b))),
        )
        .collect();
    // Stable: families before benchmarks of the same score.
    records.sort_by_key(|r| std::cmp::Reverse(r.0));
    let records: Vec<SearchRecord> = records.into_iter().map(|r| r.1).collect();
    let emitted = emit(out, &records, &output, cfg, &Layout::default())?;
    Ok(emitted.printed > 0)
}

/// `field: text` of a match, the field named in `lang` (French puts a
/// no-break space before the colon).
/// The families among `hits` and the benchmarks that match `text`, each
/// best first, as `jllm search` lists them (`found` indexes `hits`).
/// Benchmarks have none of the families' fields: searched only when no
/// filter narrows the families. A typo is a fallback: `llama` must not
/// bring `llava`.
pub(crate) fn ranked<'a>(
    cat: &'a Catalog,
    hits: &[crate::query::filter::Hit<'a>],
    text: &str,
) -> (Vec<search::Found<'a>>, Vec<search::FoundBenchmark<'a>>) {
    ranked_among(cat, hits, None, None, text)
}

/// [`ranked`], scoring only the hits at the positions `among` gives (in
/// ascending order) when it gives some: the browser's narrowing, valid
/// where `search::narrows` says so; the families' texts read from
/// `prepared` (built from `cat`) when given. `found` still indexes `hits`.
pub(crate) fn ranked_among<'a>(
    cat: &'a Catalog,
    hits: &[crate::query::filter::Hit<'a>],
    among: Option<&[usize]>,
    prepared: Option<&search::Prepared<'a>>,
    text: &str,
) -> (Vec<search::Found<'a>>, Vec<search::FoundBenchmark<'a>>) {
    let at: Vec<usize> = match among {
        Some(a) => a.iter().copied().filter(|&i| i < hits.len()).collect(),
        None => (0..hits.len()).collect(),
    };
    let fams: Vec<_> = at.iter().map(|&i| hits[i].family).collect();
    let positions: Vec<usize> = at.iter().map(|&i| hits[i].index).collect();
    let prepared = prepared.map(|p| (p, positions.as_slice()));
    let mut found = search::search_prepared(cat, &fams, prepared, text);
    for f in &mut found {
        f.index = at.get(f.index).copied().unwrap_or(f.index);
    }
    let mut benches = if hits.len() == cat.models.len() {
        search::search_benchmarks(cat, text)
    } else {
        Vec::new()
    };
    let direct = |f: &search::Found| !f.typo && f.field != "training_data";
    if found.iter().any(direct) || benches.iter().any(|b| !b.typo) {
        found.retain(|f| !f.typo);
        benches.retain(|b| !b.typo);
    }
    (found, benches)
}

fn match_label(lang: crate::catalog::schema::Lang, field: &str, matched: &str) -> String {
    let name = crate::i18n::header(lang, field);
    match lang {
        crate::catalog::schema::Lang::Fr => format!("{name}\u{a0}: {matched}"),
        _ => format!("{name}: {matched}"),
    }
}

/// A family `search --json` found: the family object (its `variants` those
/// the query matched where it matched a checkpoint) and what matched.
#[derive(serde::Serialize, schemars::JsonSchema)]
#[schemars(title = "jllm search result")]
pub struct SearchJson<'a> {
    #[serde(flatten)]
    family: json::FamilyJson<'a>,
    #[serde(rename = "match")]
    matched: MatchJson<'a>,
}

/// What matched the query.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct MatchJson<'a> {
    /// The field the text is from (`name`, `hf`, `developer`, `architecture`…).
    field: &'a str,
    /// The text that matched.
    text: &'a str,
    /// The fuzzy matcher's score, weighted by the field: higher is better;
    /// comparable within one search only.
    score: i64,
}

/// One search result: a family, or a benchmark (tables only).
enum SearchRecord<'a> {
    Family(FamilyRecord<'a>, &'a search::Found<'a>),
    Benchmark(&'a search::FoundBenchmark<'a>),
}

impl Record for SearchRecord<'_> {
    type Json<'s>
        = serde_json::Value
    where
        Self: 's;

    /// The family object with `match`.
    fn json(&self) -> serde_json::Value {
        let SearchRecord::Family(f, r) = self else {
            return serde_json::Value::Null;
        };
        json::sorted(&SearchJson {
            family: json::family(f.cat, f.family, f.json_variants),
            matched: MatchJson {
                field: r.field,
                text: &r.matched,
                score: r.score,
            },
        })
    }

    fn in_json(&self) -> bool {
        matches!(self, SearchRecord::Family(..))
    }

    fn cell(&self, column: &str) -> String {
        match (self, column) {
            (SearchRecord::Family(f, r), "match") => match_label(f.lang, r.field, &r.matched),
            (SearchRecord::Family(_, r), "field") => r.field.to_string(),
            (SearchRecord::Family(f, _), c) => f.cell(c),
            (SearchRecord::Benchmark(b), c) => {
                let bench = b.benchmark;
                match c {
                    "id" => bench.id.to_string(),
                    "name" => bench.name.to_string(),
                    "name_ja" => bench.name_ja.as_deref().unwrap_or("").to_string(),
                    "match" => match_label(crate::i18n::lang(), b.field, &b.matched),
                    "field" => b.field.to_string(),
                    "developer" => bench.developers.join(", "),
                    "url" => bench.url.as_deref().unwrap_or("").to_string(),
                    _ => String::new(),
                }
            }
        }
    }

    /// Families only: `ids` feeds `jllm show`.
    fn id(&self) -> Option<Cow<'_, str>> {
        match self {
            SearchRecord::Family(f, _) => f.id(),
            SearchRecord::Benchmark(_) => None,
        }
    }
}

/// On stderr, for formats that carry families only: the benchmarks that
/// matched too.
fn note_benchmarks(benches: &[search::FoundBenchmark]) {
    if benches.is_empty() {
        return;
    }
    let names: Vec<String> = benches
        .iter()
        .take(5)
        .map(|b| format!("{} ({})", sanitize::line(&b.benchmark.name), b.benchmark.id))
        .collect();
    crate::eline!(
        "jllm: also matches benchmark{} {} (see `jllm benchmark {}`)",
        if benches.len() == 1 { "" } else { "s" },
        names.join(", "),
        benches[0].benchmark.id
    );
}

/// Why nothing was found, on stderr: the filters, or the nearest names.
fn explain_nothing(cat: &Catalog, text: &str, filtered: bool, lang: crate::catalog::schema::Lang) {
    let text_safe = sanitize::line(text);
    if filtered {
        let all: Vec<_> = cat.models.iter().collect();
        let unfiltered = search::search(cat, &all, text).len();
        if unfiltered > 0 {
            let template = if unfiltered == 1 {
                "{0} family matches '{1}', but none passes the filters"
            } else {
                "{0} families match '{1}', but none passes the filters"
            };
            crate::eline!(
                "jllm: {}",
                crate::i18n::trf(lang, template, &[&unfiltered, &text_safe])
            );
            return;
        }
    }
    let families = cat.models.iter().map(|f| {
        let names = [&*f.id, &*f.name, &*f.name_ja]
            .into_iter()
            .chain(f.name_fr.as_deref())
            .collect();
        (f.id.to_string(), names)
    });
    let developers = cat.developers.iter().map(|d| {
        (
            format!("{} (developer)", d.id),
            index::developer_names(d).collect(),
        )
    });
    let benchmarks = cat.benchmarks.iter().map(|b| {
        let names = [&*b.id, &*b.name]
            .into_iter()
            .chain(b.name_ja.as_deref())
            .collect();
        (format!("{} (benchmark)", b.id), names)
    });
    let near = index::nearest(text, families.chain(developers).chain(benchmarks), 5);
    if near.is_empty() {
        crate::eline!(
            "jllm: {}",
            crate::i18n::trf(lang, "nothing matches '{0}'", &[&text_safe])
        );
    } else {
        crate::eline!(
            "jllm: {}",
            crate::i18n::trf(
                lang,
                "nothing matches '{0}'; nearest: {1}",
                &[&text_safe, &sanitize::line(&near.join(", "))],
            )
        );
    }
}
