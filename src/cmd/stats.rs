//! `jllm stats`: how many families per developer, license, year… with the
//! filters applied, as a table with a proportional bar, or JSON.

use std::collections::BTreeMap;
use std::process::ExitCode;

use anyhow::Result;
use clap::ValueEnum;

use crate::catalog::schema::{Catalog, Family, Lang};
use crate::cmd::filters::FilterArgs;
use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::i18n;
use crate::query::filter::Filter;
use crate::render::emit::{emit, Layout, Record};
use crate::render::family;

/// The columns of `stats`.
const COLUMNS: &[&str] = &["key", "label", "count", "share", "bar"];

#[derive(Debug, clap::Args)]
#[command(
    mut_arg("columns", |a| a.value_parser(columns_parser(&[COLUMNS]))),
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
    let unknown = || vec![("unknown".to_string(), i18n::tr(lang, "unknown").to_string())];
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
                        .map(|d| match lang {
                            Lang::Ja => d.name_ja.to_string(),
                            Lang::Fr => d.name_fr.as_deref().unwrap_or(&d.name).to_string(),
                            Lang::En => d.name.to_string(),
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
            let label = i18n::tr(lang, &c).to_string();
            vec![(c, label)]
        }
        Facet::Architecture => match &f.architecture {
            Some(a) => vec![(token(a), a.to_string())],
            None => unknown(),
        },
        Facet::Base => match &f.base_model {
            Some(a) => vec![(token(a), a.to_string())],
            None => unknown(),
        },
        Facet::Domain => vec![(f.domain.to_string(), family::domain_label(cat, f, lang))],
        Facet::Category => vec![(
            f.category.as_str().into(),
            i18n::tr(lang, f.category.as_str()).into(),
        )],
        Facet::Approach => {
            let a = f.approach.map_or("none", |a| a.as_str());
            vec![(a.to_string(), i18n::tr(lang, a).to_string())]
        }
        Facet::Year => match f.year {
            Some(y) => vec![(y.to_string(), y.to_string())],
            None => unknown(),
        },
    }
}

/// The key of a free-text facet value (an architecture, a base model): one
/// token, lower case, with no white space, so that `--format ids` prints
/// one word a line for `xargs`. A run of spaces between two letters or
/// digits becomes `-`, other spaces go: `BERT (base, large)` →
/// `bert(base,large)`, `GPT / GPT-NeoX` → `gpt/gpt-neox`, `Llama 3.1` →
/// `llama-3.1`. `--arch` and `--base` compare text without spaces, dashes
/// and case, so the key given back selects the families counted under it.
fn token(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && out.ends_with(char::is_alphanumeric) && c.is_alphanumeric() {
            out.push('-');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let filter = Filter::new(&args.filters.to_filters(), cat)?;
    let shape = Shape {
        fields: FIELDS,
        columns: COLUMNS,
        default_columns: &["label", "count", "share", "bar"],
        page: false,
    };
    let Some(output) = args.output.resolve(cfg, &shape)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let hits = filter.apply(cat);
    if hits.is_empty() {
        if let Some(why) =
            crate::query::explain::why_empty(&args.filters.to_filters(), cat, cfg.lang)
        {
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
    let records: Vec<Count> = rows
        .iter()
        .map(|(key, label, n)| Count {
            key,
            label,
            count: *n,
            share: share(*n),
            lang: cfg.lang,
            bar: if max == 0 {
                0
            } else {
                (n * BAR_WIDTH).div_ceil(max)
            },
        })
        .collect();
    let layout = Layout {
        footer: Some(i18n::trf(cfg.lang, "{0} families", &[&total])),
        ..Layout::default()
    };
    let mut out = super::stdout();
    emit(&mut out, &records, &output, cfg, &layout)?;
    super::finish(out, !rows.is_empty())
}

/// Width of the longest bar, in characters.
const BAR_WIDTH: usize = 30;

/// One facet value and how many families have it.
struct Count<'a> {
    key: &'a str,
    label: &'a str,
    count: usize,
    /// Percent of the families counted.
    share: f64,
    /// Length of the bar.
    bar: usize,
    /// The language of the cells.
    lang: Lang,
}

/// One facet value of `stats --json`.
// Fields in alphabetical order, the order of the keys in the output.
#[derive(serde::Serialize, schemars::JsonSchema)]
#[schemars(title = "jllm stats row")]
pub struct CountJson<'a> {
    /// Families with this value (a family with two developers counts for both).
    count: usize,
    /// The facet value's key: a developer id, a license id, a year… or
    /// `unknown`.
    key: &'a str,
    /// The value for people, in the language of `--lang`.
    label: &'a str,
    /// Percent of the families counted (those the filters kept), to one decimal.
    share: f64,
}

impl Record for Count<'_> {
    type Json<'s>
        = serde_json::Value
    where
        Self: 's;

    fn json(&self) -> serde_json::Value {
        crate::render::json::sorted(&CountJson {
            count: self.count,
            key: self.key,
            label: self.label,
            share: (self.share * 10.0).round() / 10.0,
        })
    }

    fn cell(&self, column: &str) -> String {
        match column {
            "key" => self.key.to_string(),
            "label" => self.label.to_string(),
            "count" => self.count.to_string(),
            "share" => crate::units::percent(self.share, self.lang),
            _ => "█".repeat(self.bar),
        }
    }

    /// The facet value's key (a developer id, a license id, a year…).
    fn id(&self) -> Option<std::borrow::Cow<'_, str>> {
        Some(std::borrow::Cow::Borrowed(self.key))
    }
}

#[cfg(test)]
mod tests {
    use super::token;

    #[test]
    fn keys_of_free_text_are_one_token() {
        assert_eq!(token("Llama"), "llama");
        assert_eq!(token("BERT (base, large)"), "bert(base,large)");
        assert_eq!(token("GPT / GPT-NeoX"), "gpt/gpt-neox");
        assert_eq!(token(" Llama  3.1 "), "llama-3.1");
        assert_eq!(
            token("Hybrid architecture like Samba"),
            "hybrid-architecture-like-samba"
        );
        assert_eq!(token("PixArt-Σ"), "pixart-σ");
        assert_eq!(token("Qwen\u{3000}3"), "qwen-3");
    }
}
