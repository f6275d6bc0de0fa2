//! The text of the detail pane and of the comparison, from the commands'
//! own renderers: a summary at the top (license with its commercial class,
//! context, the best score per suite as list's `score:SUITE` cells, and the
//! fit verdicts of `fit`'s estimate when a VRAM is set), then the page
//! `jllm show` prints (`show::describe`), fitted to the pane's width. The
//! comparison is `jllm compare`'s table of the marked families.

use crate::catalog::schema::Variant;
use crate::cmd::{compare, fit, show};
use crate::estimate::Verdict;
use crate::i18n;
use crate::render::emit::{emit, Layout};
use crate::render::family::{self, FamilyRecord};
use crate::render::{table, Format, Output};
use crate::units;

use super::app::{App, Row};

/// The checkpoints of a row that fit estimates: those with a repo id and a
/// known size (as `jllm fit` lists them), with their estimate.
fn estimates<'a>(app: &App<'a>, row: &Row<'a>) -> Vec<fit::Row<'a>> {
    let Some(machine) = app.machine else {
        return Vec::new();
    };
    let f = row.family;
    row.variants
        .iter()
        .filter_map(|&i| f.variants.get(i))
        .filter(|v: &&Variant| v.hf.is_some())
        .filter_map(|v| {
            let params = v.params?;
            let mut r = fit::assess(f, v, params, &machine, None, app.quant, app.bandwidth_gb_s);
            r.lang = app.lang;
            Some(r)
        })
        .collect()
}

/// The list pane's fit cell: the best verdict among the row's
/// checkpoints, `unknown` when none has a known size.
pub fn fit_label<'a>(app: &App<'a>, row: &Row<'a>) -> String {
    let best: Option<Verdict> = estimates(app, row).iter().map(|r| r.verdict).min();
    match best {
        Some(v) => i18n::tr(app.lang, v.as_str()).to_string(),
        None => i18n::tr(app.lang, family::UNKNOWN).to_string(),
    }
}

/// The list pane's speed cell: the fastest decode estimate among the
/// row's checkpoints that fit on the GPU (`fit`'s speed), `unknown` when
/// none does.
pub fn speed_label<'a>(app: &App<'a>, row: &Row<'a>) -> String {
    estimates(app, row)
        .iter()
        .filter(|r| r.speed.is_some())
        .max_by(|a, b| {
            a.speed
                .partial_cmp(&b.speed)
                .unwrap_or(std::cmp::Ordering::Equal)
        })
        .map_or_else(
            || i18n::tr(app.lang, family::UNKNOWN).to_string(),
            |r| fit::cell(r, "speed"),
        )
}

/// The whole text of the detail pane for `row`, `width` columns wide.
pub fn text<'a>(app: &App<'a>, row: &Row<'a>, width: usize) -> String {
    let lang = app.lang;
    let cat = app.cat;
    let f = row.family;
    let cfg = super::view::pane(app, width);
    let mut rows: Vec<(String, String)> = vec![
        (
            i18n::header(lang, "license").into_owned(),
            format!(
                "{}\n{}",
                family::license_label(cat, f, &row.variants, lang),
                i18n::trf(
                    lang,
                    "commercial use: {0}",
                    &[&family::commercial_label(f, &row.variants, lang)]
                )
            ),
        ),
        (
            i18n::header(lang, "context").into_owned(),
            family::context_label(f, &row.variants, lang),
        ),
    ];
    for s in crate::query::scores::suites() {
        let column = format!("score:{}", s.id);
        if crate::query::scores::best_of_family(f, &row.variants, &s.id).is_some() {
            rows.push((
                i18n::header(lang, &column).into_owned(),
                family::cell(cat, f, &row.variants, &column, lang),
            ));
        }
    }
    if app.machine.is_some() {
        rows.push((i18n::tr(lang, "fit").to_string(), fit_label(app, row)));
    }
    let mut s = format!("{}\n", f.id);
    s.push_str(&table::pairs(&rows, &cfg));
    s.push_str(&fit_section(app, row, &cfg));
    s.push('\n');
    s.push_str(&show::describe(cat, f, row.checkpoint, &cfg));
    s
}

/// The fit verdict of each checkpoint at the machine set with `v`, as
/// `jllm fit --all` prints them; a hint when no VRAM is set.
fn fit_section<'a>(app: &App<'a>, row: &Row<'a>, cfg: &crate::config::Config) -> String {
    let lang = app.lang;
    let Some(machine) = app.machine else {
        return format!("{}\n", i18n::tr(lang, "set VRAM with v for a fit verdict"));
    };
    let est = estimates(app, row);
    let ram = machine.ram.map_or_else(String::new, |r| {
        i18n::trf(lang, ", {0} RAM", &[&units::format_gib_in(r, lang)])
    });
    let mut s = format!(
        "\n{}\n",
        i18n::trf(
            lang,
            "fit ({0} VRAM{1}):",
            &[&units::format_gib_in(machine.vram, lang), &ram]
        )
    );
    if est.is_empty() {
        s.push_str(i18n::tr(lang, family::UNKNOWN));
        s.push('\n');
        return s;
    }
    let mut cols = vec!["checkpoint", "quant", "memory", "verdict"];
    if app.bandwidth_gb_s.is_some() {
        cols.push("speed");
    }
    let header: Vec<String> = cols
        .iter()
        .map(|c| i18n::header(lang, c).into_owned())
        .collect();
    let grid: Vec<Vec<String>> = est
        .iter()
        .map(|r| cols.iter().map(|c| fit::cell(r, c)).collect())
        .collect();
    let opts = table::FitOpts {
        keep: vec![3],
        whole: vec![0],
    };
    s.push_str(&table::grid_with(&header, &grid, cfg, &opts));
    s
}

/// `jllm compare`'s table of the marked families, `width` columns wide.
pub fn compare(app: &App, width: usize) -> String {
    let cfg = super::view::pane(app, width);
    let records: Vec<FamilyRecord> = app
        .marked
        .iter()
        .map(|f| FamilyRecord::whole(app.cat, f, app.lang))
        .collect();
    let output = Output {
        format: Format::Table,
        fields: None,
        columns: compare::ROWS.iter().map(|c| c.to_string()).collect(),
        columns_given: false,
        pretty: false,
        keep: Vec::new(),
    };
    let layout = Layout {
        transposed: true,
        ..Layout::default()
    };
    let mut out = Vec::new();
    match emit(&mut out, &records, &output, &cfg, &layout) {
        Ok(_) => String::from_utf8_lossy(&out).into_owned(),
        Err(e) => format!("{e:#}"),
    }
}
