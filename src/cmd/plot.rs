//! `jllm plot`: how the field has grown, as parameter count (log scale)
//! against release date, one point per family at its largest checkpoint,
//! coloured by how the model was trained. `--out x.svg` draws the chart with
//! plotters (SVG backend only: no system fonts or libraries needed); in the
//! terminal it prints a per-year bar chart of the largest model instead, so
//! it works over SSH.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Result};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::catalog::schema::{Approach, Family, Lang};
use crate::cmd::filters::FilterArgs;
use crate::config::Config;
use crate::i18n::{tr, trf};
use crate::query::filter::Filter;
use crate::render::family;
use crate::sanitize;
use crate::units;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "One point per family at its largest checkpoint of known size. Dates: the catalog's release date where a source gives one (filled marks), else the list's year, with the point spread within the year by a fixed offset per family (hollow marks).\n\nExamples:\n  jllm plot\n  jllm plot --out docs/params.svg\n  jllm plot --category text-generation --since 2023 --out llms.svg"
)]
pub struct Args {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Write the chart to this SVG file instead of printing a text chart
    #[arg(long, short = 'o', value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Label this many of the largest families in the chart
    #[arg(long, value_name = "N", default_value_t = 12)]
    pub labels: usize,
    /// Plot score on a suite against parameters instead, with the Pareto frontier (score:SUITE; suites: `jllm results --help`)
    #[arg(long, value_name = "score:SUITE", value_parser = parse_y)]
    pub y: Option<&'static str>,
}

fn parse_y(s: &str) -> std::result::Result<&'static str, String> {
    match crate::query::scores::score_key(s) {
        Some(suite) => suite.map(|x| x.id.as_ref()),
        None => Err(crate::i18n::trf(
            crate::i18n::lang(),
            "--y takes score:SUITE (suites: {0})",
            &[&crate::query::scores::suite_ids()],
        )),
    }
}

/// One family on the chart, at one release date: a family whose
/// checkpoints have dates of their own has a point per date.
pub struct Point<'a> {
    pub family: &'a Family,
    /// Largest size among the checkpoints that passed the filters and were
    /// released at this date.
    pub params: u64,
    /// Release date as a fractional year (2023.5 = start of July).
    pub x: f64,
    /// Whether the date is more precise than a year.
    pub dated: bool,
}

/// `YYYY-MM[-DD]` as a fractional year; `None` for anything else.
fn fractional(r: &str) -> Option<f64> {
    let mut parts = r.split('-');
    let y = parts.next().and_then(|p| p.parse::<u16>().ok())?;
    let m = parts.next().and_then(|p| p.parse::<u8>().ok())?;
    let d = parts.next().and_then(|p| p.parse::<u8>().ok()).unwrap_or(1);
    ((1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| f64::from(y) + (f64::from(m) - 1.0) / 12.0 + (f64::from(d) - 1.0) / 365.0)
}

/// Release date as a fractional year: `YYYY-MM[-DD]` where the catalog
/// has one that parses, else a point within the year (see [`spread`]);
/// `None` without either.
pub fn date_of(f: &Family) -> Option<(f64, bool)> {
    if let Some(x) = f.released.as_deref().and_then(fractional) {
        return Some((x, true));
    }
    f.year.map(|y| (f64::from(y) + spread(&f.id), false))
}

/// Where in its year a family with no month is placed: between 0.1 and 0.9
/// of the year, fixed by its id (FNV-1a), so such points do not pile up on
/// one line and the chart is the same on every run.
fn spread(id: &str) -> f64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    0.1 + 0.8 * ((h % 1000) as f64 / 1000.0)
}

/// The families the filters keep that have a size and a date: a point per
/// release date of their kept checkpoints, each checkpoint at its own date
/// where a source gives one (rinna's 3.6B in 2023, its 336M in 2021), else
/// at the family's.
pub fn points<'a>(hits: &[crate::query::filter::Hit<'a>]) -> Vec<Point<'a>> {
    let mut out = Vec::new();
    for h in hits {
        let family_date = date_of(h.family);
        let mut groups: Vec<((f64, bool), u64)> = Vec::new();
        for &i in &h.variants {
            let Some(v) = h.family.variants.get(i) else {
                continue;
            };
            let Some(params) = v.params else { continue };
            let own = v
                .released
                .as_deref()
                .and_then(fractional)
                .map(|x| (x, true));
            let Some(date) = own.or(family_date) else {
                continue;
            };
            match groups.iter_mut().find(|g| g.0 == date) {
                Some(g) => g.1 = g.1.max(params),
                None => groups.push((date, params)),
            }
        }
        for ((x, dated), params) in groups {
            out.push(Point {
                family: h.family,
                params,
                x,
                dated,
            });
        }
    }
    out
}

/// How many families the points are of.
pub fn families(points: &[Point]) -> usize {
    let ids: std::collections::HashSet<&str> = points.iter().map(|p| &*p.family.id).collect();
    ids.len()
}

/// The colour groups, in legend order.
const GROUPS: &[RGBColor] = &[
    RGBColor(0x1f, 0x77, 0xb4),
    RGBColor(0xff, 0x7f, 0x0e),
    RGBColor(0x2c, 0xa0, 0x2c),
    RGBColor(0x94, 0x67, 0xbd),
    RGBColor(0xd6, 0x27, 0x28),
    RGBColor(0x7f, 0x7f, 0x7f),
];

/// The legend's name of group `g` (an index of [`GROUPS`]).
fn group_name(g: usize, lang: Lang) -> &'static str {
    match g {
        0 => tr(lang, "from scratch"),
        1 => tr(lang, "continual pre-training"),
        2 => tr(lang, "post-training"),
        3 => tr(lang, "merge"),
        4 => tr(lang, "API only"),
        _ => tr(lang, "other (encoders, speech, …)"),
    }
}

fn group(f: &Family) -> usize {
    match f.approach {
        Some(Approach::Scratch) => 0,
        Some(Approach::ContinualPretraining) => 1,
        Some(Approach::PostTraining) => 2,
        Some(Approach::Merge) => 3,
        Some(Approach::Api) => 4,
        None => 5,
    }
}

/// A family's name for a label: short, one line, escaped.
fn short_name(f: &Family, lang: Lang) -> String {
    let name = sanitize::line(family::name(f, lang));
    if name.chars().count() > 28 {
        let cut: String = name.chars().take(27).collect();
        format!("{cut}…")
    } else {
        name
    }
}

/// A label: the short name, with the size unless the name says it.
fn label_text(p: &Point, lang: Lang) -> String {
    let name = short_name(p.family, lang);
    let size = units::format(p.params);
    if name.to_lowercase().contains(&size.to_lowercase()) {
        name
    } else {
        format!("{name} {size}")
    }
}

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let lang = cfg.lang;
    if let Some(path) = &args.out {
        check_extension(path, lang)?;
    }
    if let Some(suite) = args.y {
        return super::plot_scores::run(
            &args.filters.to_filters(),
            args.out.as_deref(),
            suite,
            cfg,
        );
    }
    let cat = cfg.catalog()?;
    let filter = Filter::new(&args.filters.to_filters(), cat)?;
    let hits = filter.apply(cat);
    if hits.is_empty() {
        if let Some(why) =
            crate::query::explain::why_empty(&args.filters.to_filters(), cat, cfg.lang)
        {
            crate::eline!("jllm: {}", crate::sanitize::line(&why));
        }
    }
    let points = points(&hits);
    let left_out = hits.len().saturating_sub(families(&points));
    match &args.out {
        Some(path) => {
            if points.is_empty() {
                crate::eline!(
                    "jllm: {}",
                    tr(
                        lang,
                        "no family with a known size and date passes the filters; nothing written"
                    )
                );
                return Ok(ExitCode::from(1));
            }
            let svg = svg(&points, args.labels, cfg.lang)?;
            crate::atomic::write_file(path, svg.as_bytes())?;
            crate::eline!(
                "{}",
                trf(
                    lang,
                    "wrote {0}: {1} families ({2} without a known size or date left out)",
                    &[&path.display(), &families(&points), &left_out]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let mut out = super::stdout();
            let found = !points.is_empty();
            if found {
                write!(out, "{}", text_chart(&points, left_out, cfg.lang))?;
            }
            super::finish(out, found)
        }
    }
}

fn check_extension(path: &Path, lang: Lang) -> Result<()> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("svg") => Ok(()),
        Some("png") => bail!(
            "{}",
            trf(
                lang,
                "--out {0}: PNG is not built in (it would need a font rasteriser); write .svg and convert it, e.g. rsvg-convert -o params.png params.svg",
                &[&path.display()]
            )
        ),
        _ => bail!(
            "{}",
            trf(
                lang,
                "--out {0}: expected a file name ending in .svg",
                &[&path.display()]
            )
        ),
    }
}

/// Draws the chart as an SVG document.
pub fn svg(points: &[Point], labels: usize, lang: Lang) -> Result<String> {
    let mut doc = String::new();
    {
        let root = SVGBackend::with_string(&mut doc, (1200, 720)).into_drawing_area();
        root.fill(&WHITE)?;
        let min_x = points.iter().map(|p| p.x).fold(f64::INFINITY, f64::min);
        let max_x = points.iter().map(|p| p.x).fold(f64::NEG_INFINITY, f64::max);
        let x0 = min_x.floor();
        let x1 = (max_x.ceil()).max(x0 + 1.0);
        let min_p = points.iter().map(|p| p.params).min().unwrap_or(1).max(1);
        let max_p = points.iter().map(|p| p.params).max().unwrap_or(1).max(1);
        let y0 = 10f64.powf((min_p as f64).log10().floor());
        let y1 = 10f64.powf((max_p as f64).log10().ceil()).max(y0 * 10.0);
        let title = trf(
            lang,
            "Japanese LLMs: parameters by release date ({0} families)",
            &[&families(points)],
        );
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 26))
            .margin(20)
            .x_label_area_size(50)
            .y_label_area_size(80)
            .build_cartesian_2d(x0..x1, (y0..y1).log_scale())?;
        let years = (x1 - x0).round() as usize;
        chart
            .configure_mesh()
            .x_desc(tr(lang, "Release date"))
            .y_desc(tr(lang, "Parameters (log scale)"))
            .x_labels(years + 1)
            .x_label_formatter(&|x| {
                if (x - x.round()).abs() < 1e-6 {
                    format!("{:.0}", x)
                } else {
                    let month = ((x - x.floor()) * 12.0).round() as u32 + 1;
                    format!("{:.0}-{month:02}", x.floor())
                }
            })
            .y_label_formatter(&|y| units::format(y.round() as u64))
            .label_style(("sans-serif", 15))
            .axis_desc_style(("sans-serif", 17))
            .light_line_style(WHITE.mix(0.0))
            .bold_line_style(BLACK.mix(0.12))
            .draw()?;
        for (g, color) in GROUPS.iter().enumerate() {
            let name = group_name(g, lang);
            let members: Vec<&Point> = points.iter().filter(|p| group(p.family) == g).collect();
            if members.is_empty() {
                continue;
            }
            let color = *color;
            chart
                .draw_series(members.iter().map(|p| {
                    let style = if p.dated {
                        color.mix(0.85).filled()
                    } else {
                        color.stroke_width(2)
                    };
                    Circle::new((p.x, p.params as f64), 5, style)
                }))?
                .label(format!("{name} ({})", members.len()))
                .legend(move |(x, y)| {
                    Rectangle::new([(x - 6, y - 6), (x + 6, y + 6)], color.filled())
                });
        }
        // The largest families, labelled beside their marks where the label
        // does not cover another label or run off the plot.
        let mut largest: Vec<&Point> = points.iter().collect();
        largest.sort_by(|a, b| b.params.cmp(&a.params).then(a.x.total_cmp(&b.x)));
        let area = chart.plotting_area().get_pixel_range();
        let mut placed: Vec<(i32, i32, i32, i32)> = Vec::new();
        for p in largest.iter().take(labels) {
            let text = label_text(p, lang);
            // Naive width estimate for a 13 px sans-serif font.
            let w = text.chars().count() as i32 * 7;
            let h = 14;
            let (px, py) = chart.backend_coord(&(p.x, p.params as f64));
            let right = px + 8 + w < area.0.end;
            let candidates = [-h - 2, 2, -2 * h - 4, h + 4];
            let spot = candidates.iter().find_map(|dy| {
                let x0 = if right { px + 8 } else { px - 8 - w };
                let b = (x0, py + dy, x0 + w, py + dy + h);
                let inside = b.0 >= area.0.start && b.1 >= area.1.start && b.3 <= area.1.end;
                let free = placed
                    .iter()
                    .all(|o| b.2 <= o.0 || o.2 <= b.0 || b.3 <= o.1 || o.3 <= b.1);
                (inside && free).then_some(b)
            });
            let Some(b) = spot else { continue };
            placed.push(b);
            let style = ("sans-serif", 13)
                .into_font()
                .color(&BLACK.mix(0.85))
                .pos(Pos::new(HPos::Left, VPos::Top));
            root.draw(&Text::new(text, (b.0, b.1), style))?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK.mix(0.3))
            .label_font(("sans-serif", 14))
            .draw()?;
        root.draw(&Text::new(
            tr(lang, "Filled: release month or day known. Hollow: year only, spread within the year. One point per family at its largest checkpoint. Data: awesome-japanese-llm, via jllm."),
            (80, 700),
            ("sans-serif", 12).into_font().color(&BLACK.mix(0.6)),
        ))?;
        root.present()?;
    }
    Ok(doc)
}

/// A bar per year: the largest family released that year, on a log scale.
pub fn text_chart(points: &[Point], left_out: usize, lang: Lang) -> String {
    use std::collections::BTreeMap;
    let mut by_year: BTreeMap<i64, (std::collections::HashSet<&str>, &Point)> = BTreeMap::new();
    for p in points {
        let y = p.x.floor() as i64;
        let e = by_year
            .entry(y)
            .or_insert((std::collections::HashSet::new(), p));
        e.0.insert(&*p.family.id);
        if p.params > e.1.params {
            e.1 = p;
        }
    }
    let max = points.iter().map(|p| p.params).max().unwrap_or(1).max(1) as f64;
    let min = points.iter().map(|p| p.params).min().unwrap_or(1).max(1) as f64;
    // The scale starts a decade below the smallest size, so every bar shows.
    let lo = min.log10().floor() - 1.0;
    let hi = max.log10().max(lo + 1.0);
    const WIDTH: f64 = 40.0;
    let mut s = format!(
        "{}\n",
        tr(
            lang,
            "Largest model per release year (bar: parameters, log scale)"
        )
    );
    for (year, (ids, p)) in &by_year {
        let count = &ids.len();
        let frac = (((p.params as f64).log10() - lo) / (hi - lo)).clamp(0.0, 1.0);
        let eighths = (frac * WIDTH * 8.0).round() as usize;
        let mut bar = "█".repeat(eighths / 8);
        if !eighths.is_multiple_of(8) {
            bar.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8 - 1]);
        }
        let pad = WIDTH as usize + 1 - bar.chars().count();
        let count = if *count == 1 {
            trf(lang, "({0} family)", &[count])
        } else {
            trf(lang, "({0} families)", &[count])
        };
        s.push_str(&format!(
            "{year} {bar}{} {:>6}  {}  {count}\n",
            " ".repeat(pad),
            units::format(p.params),
            short_name(p.family, lang),
        ));
    }
    s.push_str(&trf(
        lang,
        "{0} families with a known size and year; {1} left out. Draw the full chart with --out params.svg",
        &[&families(points), &left_out],
    ));
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::schema::Str;

    #[test]
    fn dates() {
        let f = Family {
            year: Some(2023),
            released: Some(Str::Static("2023-07")),
            ..Family::default()
        };
        assert_eq!(date_of(&f), Some((2023.5, true)));
        let f = Family {
            year: Some(2024),
            released: Some(Str::Static("2024-13")),
            ..Family::default()
        };
        let (x, dated) = date_of(&f).unwrap_or_default();
        assert!((2024.1..=2024.9).contains(&x) && !dated, "{x}");
        let f = Family {
            released: Some(Str::Static("garbage")),
            ..Family::default()
        };
        assert_eq!(date_of(&f), None);
    }
}
