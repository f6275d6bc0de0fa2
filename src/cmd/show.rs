//! `jllm show`: everything about one family. The query may be the id, a
//! Hugging Face repo id in any case (which selects that checkpoint), or a
//! name in English, Japanese or French. No match: exit 1 with up to five
//! suggestions; several equally good matches: they are listed, exit 1.

use std::process::ExitCode;

use anyhow::Result;

use crate::catalog::index::{self, Resolved};
use crate::catalog::schema::{Catalog, Family, Lang, Variant};
use crate::cmd::output::{columns_parser, OutputArgs, Shape};
use crate::config::Config;
use crate::estimate::{self, Storage};
use crate::i18n;
use crate::render::emit::{emit, Layout, Record};
use crate::render::family::FamilyRecord;
use crate::render::{self, family, json, table};
use crate::sanitize;
use crate::units;

#[derive(Debug, clap::Args)]
#[command(
    mut_arg("columns", |a| a.value_parser(columns_parser(&[CHECKPOINT_COLUMNS, family::COLUMNS]))),
    after_help = "With --columns, one row of the family's columns; with checkpoint or memory among them, one row per checkpoint (checkpoint, hf, params, license, context, memory).\n\nSymbols: ✓ commercial use allowed, ~ allowed with conditions, ✗ not allowed, ? unknown; ▶ the checkpoint a repo id named.\n\nExamples:\n  jllm show swallow-70b\n  jllm show tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3 --json\n  jllm show 東工大GPT"
)]
pub struct Args {
    /// Family id, Hugging Face repo id or URL, or name (English, Japanese, French)
    #[arg(value_name = "QUERY", add = super::completer::models())]
    pub query: String,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Columns of the checkpoints' table (`show --columns checkpoint,memory`):
/// with `checkpoint` or `memory` among the columns asked, one row per
/// checkpoint.
const CHECKPOINT_COLUMNS: &[&str] = &["checkpoint", "hf", "params", "license", "context", "memory"];

/// Candidates listed for an ambiguous name, at most.
const SHOWN: usize = 20;

/// Resolves a query for show/compare, printing suggestions or the ambiguous
/// matches on stderr when there is no single answer.
pub fn resolve_or_explain<'a>(
    cat: &'a Catalog,
    query: &str,
    lang: Lang,
) -> Option<(&'a Family, Option<usize>)> {
    match index::resolve(cat, query) {
        Resolved::One(f, v) => Some((f, v)),
        Resolved::Many(fams) => {
            crate::eline!(
                "jllm: {}",
                i18n::trf(
                    lang,
                    "'{0}' matches {1} families; give one of these ids:",
                    &[&sanitize::line(query), &fams.len()],
                )
            );
            let width = fams
                .iter()
                .take(SHOWN)
                .map(|f| f.id.len())
                .max()
                .unwrap_or(0);
            for f in fams.iter().take(SHOWN) {
                crate::eline!("  {:width$}  {}", f.id, sanitize::line(&f.name));
            }
            if fams.len() > SHOWN {
                crate::eline!(
                    "  {}",
                    i18n::trf(
                        lang,
                        "… and {0} more (jllm search '{1}')",
                        &[&(fams.len() - SHOWN), &sanitize::line(query)],
                    )
                );
            }
            None
        }
        Resolved::None(near) => {
            crate::eline!(
                "jllm: {}",
                i18n::trf(lang, "no model matches '{0}'", &[&sanitize::line(query)])
            );
            if !near.is_empty() {
                crate::eline!("{}", i18n::tr(lang, "did you mean:"));
                for n in near {
                    crate::eline!("  {}", sanitize::line(&n));
                }
            }
            None
        }
    }
}

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let mut columns = family::COLUMNS.to_vec();
    columns.extend(["checkpoint", "memory"]);
    let shape = Shape {
        fields: FIELDS,
        columns: &columns,
        default_columns: family::LIST_DEFAULT,
        page: true,
    };
    let Some(output) = args.output.resolve(cfg, &shape)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let Some((f, selected)) = resolve_or_explain(cat, &args.query, cfg.lang) else {
        return Ok(ExitCode::from(1));
    };
    // Columns are a grid's: JSON is the family object whatever they are.
    let json = matches!(output.format, render::Format::Json | render::Format::Jsonl);
    let per_checkpoint = output
        .columns
        .iter()
        .any(|c| c == "checkpoint" || c == "memory");
    if per_checkpoint && output.columns_given && !json {
        let records: Vec<CheckpointRecord> = (0..f.variants.len())
            .map(|index| CheckpointRecord {
                cat,
                family: f,
                index,
                lang: cfg.lang,
            })
            .collect();
        let mut out = super::stdout();
        emit(&mut out, &records, &output, cfg, &Layout::default())?;
        return super::finish(out, !records.is_empty());
    }
    let record = ShowRecord {
        family: FamilyRecord::whole(cat, f, cfg.lang),
        selected,
    };
    let page = || describe(cat, f, selected, cfg);
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

/// The family `show` found: its page in a table, one row of the list's
/// columns in CSV, TSV and Markdown, its object with `selected_variant`
/// (the checkpoint a repo id named) in JSON.
struct ShowRecord<'a> {
    family: FamilyRecord<'a>,
    selected: Option<usize>,
}

/// `show --json`: the family object, and the checkpoint a repo id named.
#[derive(serde::Serialize, schemars::JsonSchema)]
#[schemars(title = "jllm show")]
pub struct ShowJson<'a> {
    #[serde(flatten)]
    family: json::FamilyJson<'a>,
    /// The checkpoint the query named by its repo id (also in `variants`);
    /// absent when the query named the family.
    #[serde(skip_serializing_if = "Option::is_none")]
    selected_variant: Option<json::VariantJson<'a>>,
}

/// Keys of `show --json`: a family's and `selected_variant`.
pub const FIELDS: &[&str] = &{
    let mut all = [""; json::FAMILY_FIELDS.len() + 1];
    let mut i = 0;
    while i < json::FAMILY_FIELDS.len() {
        all[i] = json::FAMILY_FIELDS[i];
        i += 1;
    }
    all[i] = "selected_variant";
    all
};

impl Record for ShowRecord<'_> {
    type Json<'s>
        = serde_json::Value
    where
        Self: 's;

    fn json(&self) -> serde_json::Value {
        let f = self.family.family;
        json::sorted(&ShowJson {
            family: json::family(self.family.cat, f, None),
            selected_variant: self
                .selected
                .and_then(|i| f.variants.get(i))
                .map(|v| json::variant(f, v)),
        })
    }

    fn cell(&self, column: &str) -> String {
        self.family.cell(column)
    }

    fn id(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.family.id()
    }
}

/// One checkpoint of the family `show --columns checkpoint,…` prints.
struct CheckpointRecord<'a> {
    cat: &'a Catalog,
    family: &'a Family,
    index: usize,
    lang: Lang,
}

impl Record for CheckpointRecord<'_> {
    type Json<'s>
        = serde_json::Value
    where
        Self: 's;

    /// The checkpoint object (`show --json` itself prints the family
    /// object whatever the columns: these records are a grid's).
    fn json(&self) -> serde_json::Value {
        json::sorted(&json::variant(
            self.family,
            &self.family.variants[self.index],
        ))
    }

    fn cell(&self, column: &str) -> String {
        let (f, lang) = (self.family, self.lang);
        let v = &f.variants[self.index];
        let unknown = || i18n::tr(lang, family::UNKNOWN).to_string();
        match column {
            "checkpoint" => v.name.to_string(),
            "hf" => v.hf.as_deref().unwrap_or(&v.url).to_string(),
            "params" => v.params.map_or_else(unknown, units::format),
            "license" => family::license_label(self.cat, f, &[self.index], lang),
            "context" => family::context_label(f, &[self.index], lang),
            "memory" => {
                let m = memory(f, v, lang);
                if m.is_empty() {
                    unknown()
                } else {
                    m
                }
            }
            c => family::cell(self.cat, f, &[self.index], c, lang),
        }
    }

    fn id(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.family.variants[self.index]
            .hf
            .as_deref()
            .map(std::borrow::Cow::Borrowed)
    }
}

/// Estimated memory of a checkpoint at f16, q8_0 and q4_k_m (or at its own
/// precision when published quantized), with the default context.
fn memory(f: &Family, v: &Variant, lang: Lang) -> String {
    let Some(params) = v.params else {
        return String::new();
    };
    let ctx = estimate::context_for(f, None, None);
    let kv = estimate::kv_params(v, params);
    let at = |p| units::format_gib_in(estimate::estimate(params, kv, ctx, p).total, lang);
    let unit = if lang == Lang::Fr { " Gio" } else { " GiB" };
    match estimate::storage(v) {
        Storage::Quantized(p) | Storage::Gguf(Some(p)) => format!("{} ({})", at(p), p.name),
        Storage::Full | Storage::Gguf(None) => {
            estimate::SHOW
                .iter()
                .map(|p| at(*p).trim_end_matches(unit).to_string())
                .collect::<Vec<_>>()
                .join(" / ")
                + unit
        }
    }
}

/// Where to read a license: the list's link or the curated canonical URL
/// of the license, else the canonical URL of each of its licenses.
fn license_urls<'a>(cat: &'a Catalog, l: &'a crate::catalog::schema::LicenseInfo) -> Vec<&'a str> {
    if let Some(u) = l.url.as_deref() {
        return vec![u];
    }
    l.ids
        .iter()
        .filter_map(|id| cat.licenses.iter().find(|x| x.id == *id))
        .filter_map(|x| x.url.as_deref())
        .collect()
}

/// The human-readable page of one family.
pub fn describe(cat: &Catalog, f: &Family, selected: Option<usize>, cfg: &Config) -> String {
    let lang = cfg.lang;
    let mut rows = identity_rows(cat, f, lang);
    rows.push((
        i18n::tr(lang, "License").to_string(),
        license_text(cat, f, lang),
    ));
    detail_rows(&mut rows, cat, f, lang);
    let mut s = table::pairs(&rows, cfg);
    if !f.variants.is_empty() {
        checkpoints_table(&mut s, cat, f, selected, cfg);
    }
    s.push_str(&render::scores::section(f, selected, cfg));
    s
}

/// The page's first fields: names, id, category, domain, dates, lineage,
/// papers and developers.
fn identity_rows(cat: &Catalog, f: &Family, lang: Lang) -> Vec<(String, String)> {
    let label = |en: &str| i18n::tr(lang, en).to_string();
    let unknown = || label(family::UNKNOWN);
    let mut rows: Vec<(String, String)> = Vec::new();
    let names = if f.name_ja == f.name || f.name_ja.is_empty() {
        f.name.to_string()
    } else {
        format!("{} / {}", f.name, f.name_ja)
    };
    rows.push((i18n::tr(lang, "Name").to_string(), names));
    rows.push((i18n::tr(lang, "Id").to_string(), f.id.to_string()));
    let mut kind = vec![label(f.category.as_str())];
    kind.extend(f.task.as_deref().map(str::to_string));
    kind.extend(f.approach.map(|a| label(a.as_str())));
    rows.push((i18n::tr(lang, "Category").to_string(), kind.join(" · ")));
    rows.push((
        i18n::tr(lang, "Domain").to_string(),
        family::domain_label(cat, f, lang),
    ));
    rows.push((
        i18n::tr(lang, "Year").to_string(),
        f.year.map_or_else(unknown, |y| y.to_string()),
    ));
    if let Some(r) = &f.released {
        rows.push((i18n::tr(lang, "Released").to_string(), r.to_string()));
    }
    if let Some(a) = &f.architecture {
        rows.push((i18n::tr(lang, "Architecture").to_string(), a.to_string()));
    }
    if let Some(b) = &f.base_model {
        rows.push((i18n::tr(lang, "Base model").to_string(), b.to_string()));
    }
    if !f.merged_from.is_empty() {
        rows.push((
            i18n::tr(lang, "Merged from").to_string(),
            f.merged_from.join(", "),
        ));
    }
    for p in json::papers_for(cat, f) {
        let when = p.date.as_deref().unwrap_or("");
        rows.push((
            i18n::tr(lang, "Paper").to_string(),
            format!("{} — {} {}", p.name, p.title, when)
                .trim_end()
                .to_string(),
        ));
    }
    rows.push((i18n::tr(lang, "Developers").to_string(), {
        let d = family::developer_names(cat, f, lang);
        if d.is_empty() {
            unknown()
        } else {
            d
        }
    }));
    rows
}

/// The License field: the list's text and license ids, commercial use
/// (per checkpoint where they differ), the reason and the license pages.
fn license_text(cat: &Catalog, f: &Family, lang: Lang) -> String {
    let label = |en: &str| i18n::tr(lang, en).to_string();
    let unknown = || label(family::UNKNOWN);
    let Some(l) = &f.license else {
        return unknown();
    };
    let text = l.text.get(lang).unwrap_or("").to_string();
    let ids = if l.ids.is_empty() {
        String::new()
    } else {
        format!(" [{}]", l.ids.join(", "))
    };
    let text = if text.is_empty() { unknown() } else { text };
    let class = if l.mixed {
        format!(
            "{} ({})",
            family::commercial_label(f, &(0..f.variants.len()).collect::<Vec<_>>(), lang),
            i18n::tr(lang, "per checkpoint, below")
        )
    } else {
        label(l.commercial.as_str())
    };
    let mut s = format!(
        "{text}{ids}\n{}",
        i18n::trf(lang, "commercial use: {0}", &[&class])
    );
    if let Some(r) = &l.reason {
        s.push_str(&format!("\n{}", i18n::reason(lang, r)));
    }
    for u in license_urls(cat, l) {
        s.push_str(&format!("\n{u}"));
    }
    s
}

/// The fields after the license: platform, context length, training data
/// and tokens, Hugging Face readiness, URL and footnotes.
fn detail_rows(rows: &mut Vec<(String, String)>, cat: &Catalog, f: &Family, lang: Lang) {
    let label = |en: &str| i18n::tr(lang, en).to_string();
    if let Some(p) = f.platform.as_ref().and_then(|p| p.get(lang)) {
        rows.push((i18n::tr(lang, "Platform").to_string(), p.to_string()));
    }
    let all: Vec<usize> = (0..f.variants.len()).collect();
    let per_checkpoint = f
        .variants
        .iter()
        .any(|v| v.context_length.is_some() || v.context_bound.is_some());
    let context = match (&f.context_length, &f.context_text) {
        (Some(_), Some(t)) if per_checkpoint => {
            format!("{} ({t})", family::context_label(f, &all, lang))
        }
        (Some(c), Some(t)) => format!("{c} ({t})"),
        (Some(c), None) => c.to_string(),
        (None, Some(t)) => t.to_string(),
        (None, None) => family::context_label(f, &[], lang),
    };
    rows.push((i18n::tr(lang, "Context length").to_string(), context));
    if let Some(td) = f.training_data.as_ref().and_then(|t| t.get(lang)) {
        rows.push((i18n::tr(lang, "Training data").to_string(), td.to_string()));
    }
    if f.training_tokens.is_some() {
        let mut t = String::new();
        family::push_tokens_label(&mut t, f, lang);
        rows.push((i18n::tr(lang, "Training tokens").to_string(), t));
    }
    if let Some(h) = f.hf_ready {
        rows.push((
            i18n::tr(lang, "On Hugging Face").to_string(),
            label(h.as_str()),
        ));
    }
    if let Some(u) = &f.url {
        rows.push(("URL".into(), u.to_string()));
    }
    for n in f.notes.iter() {
        if let Some(note) = cat.footnotes.iter().find(|x| x.id == *n) {
            rows.push((
                format!("{} [^{n}]", i18n::tr(lang, "Note")),
                note.text.get(lang).unwrap_or("").to_string(),
            ));
        }
    }
}

/// The table of a family's checkpoints (repo, size, their own license and
/// context where any has one, memory estimates), appended to `s` with the
/// notes on sizes and release dates that come from elsewhere than the row.
fn checkpoints_table(
    s: &mut String,
    cat: &Catalog,
    f: &Family,
    selected: Option<usize>,
    cfg: &Config,
) {
    let lang = cfg.lang;
    let label = |en: &str| i18n::tr(lang, en).to_string();
    let unknown = || label(family::UNKNOWN);
    // Checkpoints with a license or context of their own get columns
    // for them.
    let own_license = f.variants.iter().any(|v| v.license.is_some());
    let own_context = f
        .variants
        .iter()
        .any(|v| v.context_length.is_some() || v.context_bound.is_some());
    let mut header: Vec<String> = vec![
        i18n::tr(lang, "checkpoint").to_string(),
        "hf".into(),
        i18n::tr(lang, "params").to_string(),
    ];
    if own_license {
        header.push(i18n::tr(lang, "license").to_string());
    }
    if own_context {
        header.push(i18n::tr(lang, "context").to_string());
    }
    header.push(i18n::trf(
        lang,
        "{0} (f16 / q8_0 / q4_k_m, {1} tokens)",
        &[&label("memory"), &estimate::context_label(f, None, None)],
    ));
    let grid: Vec<Vec<String>> = f
        .variants
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let marker = if selected == Some(i) { "▶ " } else { "" };
            let mut p = v.params.map_or_else(unknown, units::format);
            if let Some(e) = &v.experts {
                p = format!("{p} ({e})");
            }
            if let Some(a) = v.active_params {
                p = i18n::trf(lang, "{0}, {1} active", &[&p, &units::format(a)]);
            }
            let mut row = vec![
                format!("{marker}{}", v.name),
                v.hf.clone().unwrap_or_else(|| v.url.clone()).to_string(),
                p,
            ];
            if own_license {
                row.push(family::license_label(cat, f, &[i], lang));
            }
            if own_context {
                row.push(family::context_label(f, &[i], lang));
            }
            row.push(memory(f, v, lang));
            row
        })
        .collect();
    // The repo ids stay whole; the memory estimate is what `show`
    // adds to the list: it stays too.
    let memory_at = header.len() - 1;
    let opts = table::FitOpts {
        keep: vec![1, memory_at],
        whole: vec![1],
    };
    let printed = table::grid_with(&header, &grid, cfg, &opts);
    s.push_str(&printed);
    // Where a size comes from when not from the row itself.
    for v in f.variants.iter() {
        if let (Some(src), Some(p)) = (&v.params_source, v.params) {
            s.push_str(&table::note(
                &i18n::trf(
                    lang,
                    "size of {0}: {1} ({2})",
                    &[&v.name, &units::format(p), src],
                ),
                cfg,
            ));
        }
    }
    // A checkpoint's own release date, where a source gives one.
    for v in f.variants.iter() {
        if let (Some(r), Some(src)) = (&v.released, &v.released_source) {
            s.push_str(&table::note(
                &i18n::trf(lang, "release of {0}: {1} ({2})", &[&v.name, r, src]),
                cfg,
            ));
        }
    }
    s.push_str(&table::legend(&printed, cfg));
}
