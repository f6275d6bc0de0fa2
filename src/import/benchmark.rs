//! One benchmark from one row of a benchmark table: its names in Japanese
//! and English, link, description and developers. Ids are given later, in
//! [`super::import`], once all benchmarks are known.

use super::align::text_of;
use super::align::Aligned;
use super::cells::{cell, one_line, plain};
use super::lookup::Lookup;
use super::markdown::{self, Row};
use super::sections::Col;
use super::Report;
use crate::catalog::schema::{Benchmark, Str};

pub(super) fn benchmark(
    aligned: &Aligned,
    roles: &[Col],
    category: &str,
    lookup: &Lookup,
    report: &mut Report,
) -> Benchmark {
    let ja = aligned.ja;
    let col = |r: Col| roles.iter().position(|x| *x == r);
    let title = |row: Option<&Row>| -> Option<(String, Option<String>)> {
        let c = cell(row, 0)?;
        let link = markdown::links(c).into_iter().next();
        let name = match &link {
            Some(l) => one_line(&markdown::clean(&l.text)),
            None => one_line(&plain(c)),
        };
        Some((name, link.map(|l| l.url)))
    };
    let (name_ja, url) = title(Some(ja)).unwrap_or_default();
    let name = title(aligned.en)
        .map(|t| t.0)
        .unwrap_or_else(|| name_ja.clone());
    Benchmark {
        id: String::new().into(),
        name_ja: (name_ja != name).then_some(name_ja.into()),
        name: name.into(),
        category: category.to_string().into(),
        description: col(Col::Description).and_then(|i| text_of(aligned, i, plain)),
        developers: col(Col::Developer)
            .map(|i| lookup.developers(aligned, i, report))
            .unwrap_or_default(),
        url: url.map(Str::from),
        source_line: Some(ja.line as u32),
    }
}
