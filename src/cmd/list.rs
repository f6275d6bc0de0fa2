//! `jllm list`: the families (or checkpoints) that pass the filters, as a
//! table, JSON, CSV, TSV, Markdown or bare ids.

use std::borrow::Cow;
use std::process::ExitCode;

use anyhow::Result;
use clap::ValueEnum;

use crate::catalog::load;
use crate::catalog::schema::{Catalog, DatedBy, Family, Lang};
use crate::cmd::filters::FilterArgs;
use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::query::filter::{Filter, Hit};
use crate::render::emit::{emit, Layout, Record};
use crate::render::family::FamilyRecord;
use crate::render::{self, family, json, Format};
use crate::units;

#[derive(Debug, clap::Args)]
#[command(
    mut_arg("columns", |a| a.value_parser(columns_parser(&[family::COLUMNS, VARIANT_COLUMNS]))),
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
    /// Sort by this field: params, year, released, name, context, developer, or score:SUITE (best checkpoint's score; suites: `jllm results --help`) [default: the list's order]
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
    /// The release date: the family's, or with `--variants` each
    /// checkpoint's own (else its family's).
    Released,
    Name,
    Context,
    Developer,
    /// `score:SUITE`: parsed by [`parse_sort`], never by name.
    #[value(skip)]
    Score(&'static str),
}

impl SortKey {
    /// The column showing what the rows are sorted by.
    pub fn column(self) -> String {
        match self {
            SortKey::Params => "params".into(),
            SortKey::Year => "year".into(),
            SortKey::Released => "released".into(),
            SortKey::Name => "name".into(),
            SortKey::Context => "context".into(),
            SortKey::Developer => "developer".into(),
            SortKey::Score(suite) => format!("score:{suite}"),
        }
    }
}

/// A field name, or `score:SUITE` with a known suite.
fn parse_sort(s: &str) -> Result<SortKey, String> {
    if let Some(suite) = crate::query::scores::score_key(s) {
        return suite.map(|x| SortKey::Score(&x.id));
    }
    SortKey::from_str(s, true).map_err(|_| {
        crate::i18n::trf(
            crate::i18n::lang(),
            "[possible values: params, year, released, name, context, developer] or score:SUITE (suites: {0})",
            &[&crate::query::scores::suite_ids()],
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
                    SortKey::Released => {
                        let d = family_date(f);
                        (d.is_none(), 0, d.unwrap_or_default())
                    }
                    SortKey::Context => (
                        f.context_length.is_none(),
                        f.context_length.map_or(0, i128::from),
                        String::new(),
                    ),
                    SortKey::Name => (false, 0, f.name.to_lowercase()),
                    SortKey::Score(suite) => {
                        // Scores have at most 4 decimals: exact in millionths.
                        let s = crate::query::scores::best_of_family(f, &h.variants, suite);
                        let n = s.map_or(0, |(_, s)| {
                            (crate::query::scores::merit(suite, s.score) * 1e6).round() as i128
                        });
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
                SortKey::Params
                    | SortKey::Year
                    | SortKey::Released
                    | SortKey::Context
                    | SortKey::Score(_)
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

/// A family's release date: `released`, else the list's year.
fn family_date(f: &Family) -> Option<String> {
    f.released
        .as_deref()
        .map(str::to_string)
        .or_else(|| f.year.map(|y| y.to_string()))
}

pub(crate) const VARIANT_COLUMNS: &[&str] = crate::query::scores::with_score_columns![
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
    "released",
    "developer",
    "url",
];
pub(crate) const VARIANT_DEFAULT: &[&str] = &["family", "name", "hf", "params", "license", "year"];

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let mut out = super::stdout();
    let found = write(args, cfg, cat, &mut out)?;
    if !found && args.sort.limit != Some(0) {
        if let Some(why) = crate::query::explain::why_empty(&filters_of(args), cat, cfg.lang) {
            crate::eline!("jllm: {}", crate::sanitize::line(&why));
        }
    }
    super::finish(out, found)
}

/// The filters asked; with `--variants` the date filters test each
/// checkpoint's own date.
fn filters_of(args: &Args) -> crate::query::filter::Filters {
    let mut f = args.filters.to_filters();
    f.dates_per_checkpoint = args.variants;
    f
}

/// Filters, sorts and writes the list to `out` (the fuzz targets call this
/// with a buffer); returns whether anything was found.
pub fn write(
    args: &Args,
    cfg: &Config,
    cat: &Catalog,
    out: &mut impl std::io::Write,
) -> Result<bool> {
    let filter = Filter::new(&filters_of(args), cat)?;
    let (fields, columns, default) = if args.variants {
        (json::VARIANT_FIELDS, VARIANT_COLUMNS, VARIANT_DEFAULT)
    } else {
        (json::FAMILY_FIELDS, family::COLUMNS, family::LIST_DEFAULT)
    };
    let shape = Shape {
        fields,
        columns,
        default_columns: default,
        page: false,
    };
    let Some(mut output) = args.output.resolve(cfg, &shape)? else {
        // `--json` alone on a terminal listed the fields.
        return Ok(true);
    };
    output.keep = crate::cmd::output::flag_columns(&args.filters);
    output.keep.extend(args.sort.sort.map(|k| k.column()));
    let mut hits = filter.apply(cat);
    args.sort.apply(cat, &mut hits);
    if args.variants {
        let by_row = match args.sort.sort {
            Some(k @ (SortKey::Score(_) | SortKey::Released)) => Some((k, args.sort.reverse)),
            _ => None,
        };
        // Found means printed: families without checkpoints, or `ids` of
        // checkpoints without a repo id, print nothing.
        write_variants(out, cat, &hits, &output, cfg, by_row)
    } else {
        let only_matching = filter.by_checkpoint();
        // Compact objects of the built-in catalog were rendered at build
        // time, each checkpoint apart: families a checkpoint filter trimmed
        // are copied too.
        let prerendered = matches!(output.format, Format::Json | Format::Jsonl)
            && output.fields.is_none()
            && !output.pretty
            && cat.is_embedded();
        let records: Vec<FamilyRecord> = hits
            .iter()
            .map(|h| FamilyRecord {
                cat,
                family: h.family,
                variants: Some(h.variants.as_slice()),
                json_variants: only_matching.then_some(h.variants.as_slice()),
                lang: cfg.lang,
                compact: if prerendered {
                    load::embedded_family_json(h.index)
                } else {
                    None
                },
            })
            .collect();
        emit(out, &records, &output, cfg, &Layout::default())?;
        Ok(!hits.is_empty())
    }
}

/// A checkpoint of `list --variants`.
struct VariantRecord<'a> {
    cat: &'a Catalog,
    family: &'a Family,
    index: usize,
    lang: Lang,
}

impl Record for VariantRecord<'_> {
    type Json<'s>
        = serde_json::Value
    where
        Self: 's;

    fn json(&self) -> serde_json::Value {
        json::sorted(&json::variant_row(
            self.cat,
            self.family,
            &self.family.variants[self.index],
        ))
    }

    fn cell(&self, column: &str) -> String {
        variant_cell(self.cat, self.family, self.index, column, self.lang)
    }

    /// Only repo ids: a checkpoint without one (API-only, or weights
    /// elsewhere than Hugging Face) is left out and counted on stderr, so
    /// `xargs` never receives a URL where it expects an id.
    fn id(&self) -> Option<Cow<'_, str>> {
        self.family.variants[self.index]
            .hf
            .as_deref()
            .map(Cow::Borrowed)
    }
}

pub(crate) fn variant_cell(cat: &Catalog, f: &Family, i: usize, col: &str, lang: Lang) -> String {
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
            .unwrap_or_else(|| crate::i18n::tr(lang, family::UNKNOWN).into()),
        "active" => v.active_params.map(units::format).unwrap_or_default(),
        "experts" => (v.experts.clone().unwrap_or_default()).into_owned(),
        "url" => (v.url.clone()).into_owned(),
        // The checkpoint's own date, or its family's marked as such.
        "released" => match v.released_in(f) {
            Some((d, DatedBy::Checkpoint)) => d.into_owned(),
            Some((d, _)) => crate::i18n::trf(lang, "{0} (family)", &[&d]),
            None => String::new(),
        },
        other => family::cell(cat, f, &[i], other, lang),
    }
}

/// The rows of `list --variants`: each family's checkpoints that passed,
/// in the families' order; with `--sort score:SUITE` or `released`
/// (`by_row`), each checkpoint by its own score or date (see below).
pub(crate) fn checkpoint_rows<'a>(
    hits: &[Hit<'a>],
    by_row: Option<(SortKey, bool)>,
) -> Vec<(&'a Family, usize)> {
    let mut rows: Vec<(&'a Family, usize)> = hits
        .iter()
        .flat_map(|h| h.variants.iter().map(move |&i| (h.family, i)))
        .collect();
    // `--variants --sort score:SUITE`: each checkpoint by its own score
    // (best first, or last with --reverse), unscored last; `--sort
    // released`: by its own date, else its family's (newest first). The
    // limit then applied to families is kept as the set of families shown.
    match by_row {
        Some((SortKey::Score(suite), reverse)) => {
            let score = |(f, i): &(&Family, usize)| {
                crate::query::scores::best_of_variant(&f.variants[*i], suite)
                    .map(|s| crate::query::scores::merit(suite, s.score))
            };
            rows.sort_by(|a, b| match (score(a), score(b)) {
                (Some(x), Some(y)) if reverse => x.total_cmp(&y),
                (Some(x), Some(y)) => y.total_cmp(&x),
                (x, y) => y.is_some().cmp(&x.is_some()),
            });
        }
        Some((SortKey::Released, reverse)) => {
            let date = |(f, i): &(&Family, usize)| {
                f.variants[*i].released_in(f).map(|(d, _)| d.into_owned())
            };
            rows.sort_by(|a, b| match (date(a), date(b)) {
                (Some(x), Some(y)) if reverse => x.cmp(&y),
                (Some(x), Some(y)) => y.cmp(&x),
                (x, y) => y.is_some().cmp(&x.is_some()),
            });
        }
        _ => {}
    }
    rows
}

fn write_variants(
    out: &mut impl std::io::Write,
    cat: &Catalog,
    hits: &[Hit],
    output: &render::Output,
    cfg: &Config,
    by_row: Option<(SortKey, bool)>,
) -> Result<bool> {
    let rows = checkpoint_rows(hits, by_row);
    let records: Vec<VariantRecord> = rows
        .iter()
        .map(|&(family, index)| VariantRecord {
            cat,
            family,
            index,
            lang: cfg.lang,
        })
        .collect();
    let emitted = emit(out, &records, output, cfg, &Layout::default())?;
    if emitted.without_id > 0 {
        let n = emitted.without_id;
        let lang = cfg.lang;
        let note = if n == 1 {
            crate::i18n::trf(lang, "{0} checkpoint without a Hugging Face repo id left out (see --format tsv --columns family,name,url)", &[&n])
        } else {
            crate::i18n::trf(lang, "{0} checkpoints without a Hugging Face repo id left out (see --format tsv --columns family,name,url)", &[&n])
        };
        crate::eline!("jllm: {note}");
    }
    Ok(emitted.printed > 0)
}

#[cfg(test)]
mod tests {
    /// The `score:SUITE` columns of list and fit are the embedded suites.
    #[test]
    fn score_columns_are_the_suites() {
        let want: Vec<String> = crate::query::scores::suites()
            .iter()
            .map(|s| format!("score:{}", s.id))
            .collect();
        for columns in [
            crate::render::family::COLUMNS,
            super::super::fit::COLUMNS,
            super::VARIANT_COLUMNS,
        ] {
            let got: Vec<&str> = columns
                .iter()
                .copied()
                .filter(|c| c.starts_with("score:"))
                .collect();
            assert_eq!(got, want);
        }
    }
}
