//! `jllm plot --y score:SUITE`: score on one suite against parameters (log
//! scale), one point per checkpoint (its best run), and the Pareto
//! frontier: the checkpoints no smaller checkpoint beats, "the best model
//! for its size", better as `scores::merit` says (lower on an error rate).
//! The frontier is computed over the catalog's checkpoints; models the
//! list does not have are drawn in grey for context, where the source
//! states their size. In the terminal it prints the frontier as a table.

use std::collections::HashSet;
use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::catalog::results_data;
use crate::catalog::schema::Lang;
use crate::config::Config;
use crate::i18n::{tr, trf};
use crate::query::filter::{Filter, Filters};
use crate::query::scores;
use crate::sanitize;
use crate::units;

/// One checkpoint (or reference model) on the chart.
pub struct Point<'a> {
    pub label: &'a str,
    pub params: u64,
    pub score: f64,
    /// A model the list does not have.
    pub reference: bool,
}

/// The checkpoints the filters keep that have a size and a score on
/// `suite`, then the reference models with a size the source states.
/// Also returns how many scored checkpoints had no known size.
pub fn points<'a>(hits: &[crate::query::filter::Hit<'a>], suite: &str) -> (Vec<Point<'a>>, usize) {
    let mut out = Vec::new();
    let mut unsized_ = 0;
    let mut repos = HashSet::new();
    for h in hits {
        for v in h.variants.iter().filter_map(|&i| h.family.variants.get(i)) {
            if let Some(hf) = v.hf.as_deref() {
                repos.insert(hf.to_ascii_lowercase());
            }
            let Some(s) = scores::best_of_variant(v, suite) else {
                continue;
            };
            match v.params {
                Some(params) => out.push(Point {
                    label: v.hf.as_deref().unwrap_or(&v.name),
                    params,
                    score: s.score,
                    reference: false,
                }),
                None => unsized_ += 1,
            }
        }
    }
    // Reference rows: every model of the suite the whole catalog lacks
    // (the first of a repo's results on a suite is its best).
    let mut seen = HashSet::new();
    for s in results_data::table().iter().filter(|s| s.suite == suite) {
        let key = s.hf.to_ascii_lowercase();
        if !s.in_list && !repos.contains(&key) && seen.insert(key) {
            if let Some(params) = s.params {
                out.push(Point {
                    label: &s.hf,
                    params,
                    score: s.score,
                    reference: true,
                });
            }
        }
    }
    (out, unsized_)
}

/// Indexes of the Pareto frontier among the catalog's points on `suite`,
/// smallest first: each is better than every point of its size or
/// smaller, better as [`scores::merit`] says (the lower score on a suite
/// of error rates).
pub fn frontier(points: &[Point], suite: &str) -> Vec<usize> {
    let merit = |i: usize| scores::merit(suite, points[i].score);
    let mut order: Vec<usize> = (0..points.len())
        .filter(|&i| !points[i].reference)
        .collect();
    order.sort_by(|&a, &b| {
        points[a]
            .params
            .cmp(&points[b].params)
            .then(merit(b).total_cmp(&merit(a)))
    });
    let mut best = f64::NEG_INFINITY;
    let mut out = Vec::new();
    for i in order {
        if merit(i) > best {
            best = merit(i);
            out.push(i);
        }
    }
    out
}

/// The score plot of `plot --y score:SUITE`: the checkpoints `filters`
/// keep, written as SVG to `out` or drawn as text.
pub fn run(
    filters: &Filters,
    out: Option<&std::path::Path>,
    suite: &'static str,
    cfg: &Config,
) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let filter = Filter::new(filters, cat)?;
    let hits = filter.apply(cat);
    let (points, unsized_) = points(&hits, suite);
    let front = frontier(&points, suite);
    let lang = cfg.lang;
    if front.is_empty() {
        let none = if out.is_some() {
            trf(
                lang,
                "no checkpoint with a known size and a {0} score passes the filters; nothing written",
                &[&suite],
            )
        } else {
            trf(
                lang,
                "no checkpoint with a known size and a {0} score passes the filters",
                &[&suite],
            )
        };
        crate::eline!("jllm: {none}");
        return Ok(ExitCode::from(1));
    }
    let listed = points.iter().filter(|p| !p.reference).count();
    let note = trf(
        lang,
        "{0} checkpoints with a {1} score and a known size ({2} of unknown size left out), {3} reference models in grey. {4}",
        &[
            &listed,
            &suite,
            &unsized_,
            &(points.len() - listed),
            &scores::honesty(lang),
        ],
    );
    match out {
        Some(path) => {
            let svg = svg(&points, &front, suite, lang)?;
            crate::atomic::write_file(path, svg.as_bytes())?;
            crate::eline!("{}", trf(lang, "wrote {0}: {1}", &[&path.display(), &note]));
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let mut out = super::stdout();
            let title = if scores::lower_is_better(suite) {
                trf(
                    lang,
                    "Best {0} score for its size, the lowest: lower is better (Pareto frontier of the catalog's checkpoints):",
                    &[&suite],
                )
            } else {
                trf(
                    lang,
                    "Best {0} score for its size (Pareto frontier of the catalog's checkpoints):",
                    &[&suite],
                )
            };
            writeln!(out, "{title}")?;
            for &i in &front {
                let p = &points[i];
                writeln!(
                    out,
                    "  {:>6}  {:<7}  {}",
                    units::format(p.params),
                    scores::format(p.score),
                    sanitize::line(p.label)
                )?;
            }
            writeln!(
                out,
                "{note}\n{}",
                tr(lang, "Draw the chart with --out scores.svg")
            )?;
            super::finish(out, true)
        }
    }
}

/// The chart's title and the frontier's legend, saying which way is
/// better on `suite`.
fn chart_texts(suite: &str, lang: Lang) -> (String, &'static str) {
    if scores::lower_is_better(suite) {
        let title = trf(
            lang,
            "{0}: score by parameters (lower is better), best for its size highlighted",
            &[&suite],
        );
        (
            title,
            tr(
                lang,
                "Pareto frontier: no smaller checkpoint scores lower (lower is better)",
            ),
        )
    } else {
        let title = trf(
            lang,
            "{0}: score by parameters, best for its size highlighted",
            &[&suite],
        );
        (
            title,
            tr(lang, "Pareto frontier: no smaller checkpoint scores higher"),
        )
    }
}

/// The chart as an SVG document.
pub fn svg(points: &[Point], front: &[usize], suite: &str, lang: Lang) -> Result<String> {
    let mut doc = String::new();
    {
        let root = SVGBackend::with_string(&mut doc, (1200, 720)).into_drawing_area();
        root.fill(&WHITE)?;
        let min_p = points.iter().map(|p| p.params).min().unwrap_or(1).max(1);
        let max_p = points.iter().map(|p| p.params).max().unwrap_or(1).max(1);
        let x0 = 10f64.powf((min_p as f64).log10().floor());
        let x1 = 10f64.powf((max_p as f64).log10().ceil()).max(x0 * 10.0);
        let lo = points.iter().map(|p| p.score).fold(f64::INFINITY, f64::min);
        let hi = points
            .iter()
            .map(|p| p.score)
            .fold(f64::NEG_INFINITY, f64::max);
        let pad = ((hi - lo) * 0.05).max(0.01);
        let (title, frontier_label) = chart_texts(suite, lang);
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 26))
            .margin(20)
            .x_label_area_size(50)
            .y_label_area_size(70)
            .build_cartesian_2d((x0..x1).log_scale(), (lo - pad)..(hi + pad))?;
        chart
            .configure_mesh()
            .x_desc(tr(lang, "Parameters (log scale)"))
            .y_desc(trf(lang, "{0} score", &[&suite]))
            .x_label_formatter(&|x| units::format(x.round() as u64))
            .label_style(("sans-serif", 15))
            .axis_desc_style(("sans-serif", 17))
            .light_line_style(WHITE.mix(0.0))
            .bold_line_style(BLACK.mix(0.12))
            .draw()?;
        let grey = RGBColor(0xa0, 0xa0, 0xa0);
        let blue = RGBColor(0x1f, 0x77, 0xb4);
        let red = RGBColor(0xd6, 0x27, 0x28);
        let at = |p: &Point| (p.params as f64, p.score);
        if points.iter().any(|p| p.reference) {
            chart
                .draw_series(
                    points
                        .iter()
                        .filter(|p| p.reference)
                        .map(|p| Circle::new(at(p), 4, grey.stroke_width(1))),
                )?
                .label(tr(
                    lang,
                    "not in the list (size as the leaderboard states it)",
                ))
                .legend(move |(x, y)| Circle::new((x, y), 4, grey.stroke_width(1)));
        }
        chart
            .draw_series(
                points
                    .iter()
                    .filter(|p| !p.reference)
                    .map(|p| Circle::new(at(p), 4, blue.mix(0.8).filled())),
            )?
            .label(tr(lang, "checkpoint of the list"))
            .legend(move |(x, y)| Circle::new((x, y), 4, blue.filled()));
        chart
            .draw_series(std::iter::once(PathElement::new(
                front.iter().map(|&i| at(&points[i])).collect::<Vec<_>>(),
                red.stroke_width(2),
            )))?
            .label(frontier_label)
            .legend(move |(x, y)| PathElement::new(vec![(x - 8, y), (x + 8, y)], red));
        chart.draw_series(
            front
                .iter()
                .map(|&i| Circle::new(at(&points[i]), 5, red.filled())),
        )?;
        // Frontier labels: the repo name (without owner) and size, to the
        // right of the mark, or to its left where it would leave the plot.
        let right_end = chart.plotting_area().get_pixel_range().0.end;
        for &i in front {
            let p = &points[i];
            let (px, py) = chart.backend_coord(&at(p));
            let repo = p.label.rsplit('/').next().unwrap_or(p.label);
            let text = format!("{} {}", sanitize::line(repo), units::format(p.params));
            // Naive width estimate for a 12 px sans-serif font.
            let fits_right = px + 6 + text.chars().count() as i32 * 7 < right_end;
            let (x, h) = if fits_right {
                (px + 6, HPos::Left)
            } else {
                (px - 6, HPos::Right)
            };
            let style = ("sans-serif", 12)
                .into_font()
                .color(&BLACK.mix(0.85))
                .pos(Pos::new(h, VPos::Bottom));
            root.draw(&Text::new(text, (x, py - 4), style))?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::LowerRight)
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK.mix(0.3))
            .label_font(("sans-serif", 14))
            .draw()?;
        root.draw(&Text::new(
            tr(lang, "One point per checkpoint: its best run on this suite. Scores of different suites are not comparable. Data: awesome-japanese-llm and the leaderboard (see jllm results), via jllm."),
            (80, 700),
            ("sans-serif", 12).into_font().color(&BLACK.mix(0.6)),
        ))?;
        root.present()?;
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frontier_keeps_what_no_smaller_point_beats() {
        let p = |params, score, reference| Point {
            label: "x",
            params,
            score,
            reference,
        };
        let points = [
            p(7, 0.5, false),
            p(3, 0.4, false),
            p(8, 0.45, false), // beaten by the 7
            p(70, 0.6, false),
            p(13, 0.9, true), // reference rows are not on it
            p(7, 0.3, false), // same size, lower
        ];
        assert_eq!(frontier(&points, "pfgen"), vec![1, 0, 3]);
    }

    /// On a word error rate (suites.toml marks paper-csj-eval1
    /// `lower_is_better`) the frontier keeps what no smaller checkpoint
    /// beats with a LOWER score. Scores as in paper.toml's Table 4 rows
    /// (rinna/japanese-hubert-base 9.3 and 5.72, meta/hubert-base 13.12
    /// and 7.88 on eval1), sizes made up for the order.
    #[test]
    fn frontier_on_an_error_rate_keeps_the_lowest_for_its_size() {
        assert!(scores::lower_is_better("paper-csj-eval1"));
        let p = |params, score| Point {
            label: "x",
            params,
            score,
            reference: false,
        };
        let points = [
            p(95, 9.3),
            p(95, 5.72),  // same size, lower: the one kept
            p(300, 7.88), // larger and higher: beaten by the 95 at 5.72
            p(30, 13.12),
            p(1000, 5.0),
        ];
        assert_eq!(frontier(&points, "paper-csj-eval1"), vec![3, 1, 4]);
        // The same points where higher is better: the smallest, 13.12,
        // beats every larger one.
        assert_eq!(frontier(&points, "pfgen"), vec![3]);
    }
}
