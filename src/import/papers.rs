//! The list's text outside the model tables: its footnotes (in three
//! languages) and the papers of `parts/references_*.md` (architectures and
//! training methods), with ids that keep Greek letters apart.

use super::cells::{one_line, plain, slug};
use super::markdown::{self, Document};
use crate::catalog::papers::greek_to_latin;
use crate::catalog::schema::{Footnote, Paper, Str, Text};

pub(super) fn footnotes(
    ja: &Document,
    en: Option<&Document>,
    fr: Option<&Document>,
) -> Vec<Footnote> {
    let find = |doc: Option<&Document>, n: u32| {
        doc?.footnotes
            .iter()
            .find(|(k, _)| *k == n)
            .map(|(_, t)| markdown::clean(t))
    };
    ja.footnotes
        .iter()
        .map(|(n, t)| Footnote {
            id: *n,
            text: Text {
                ja: Some(markdown::clean(t).into()),
                en: (find(en, *n)).map(Str::from),
                fr: (find(fr, *n)).map(Str::from),
            },
        })
        .collect()
}

/// A paper from the cells of a row of `parts/references_*.md`: name | date
/// | venue | [title](url), its id with Greek letters spelled out so that
/// PixArt-α, PIXART-δ and PixArt-Σ stay three papers. `None` when the row
/// has fewer than four cells or no name.
pub(super) fn paper(cells: &[String], kind: &str) -> Option<Paper> {
    if cells.len() < 4 {
        return None;
    }
    let name = one_line(&plain(&cells[0]));
    if name.is_empty() {
        return None;
    }
    let link = markdown::links(&cells[3]).into_iter().next();
    let date = cells[1].trim().replace('.', "-");
    let venue = plain(&cells[2]);
    Some(Paper {
        id: slug(&greek_to_latin(&name)).into(),
        name: name.into(),
        kind: kind.to_string().into(),
        title: link
            .as_ref()
            .map(|l| markdown::clean(&l.text))
            .unwrap_or_else(|| plain(&cells[3]))
            .into(),
        venue: (!venue.is_empty() && venue != "-").then_some(venue.into()),
        date: (!date.is_empty() && date != "-").then_some(date.into()),
        url: (link.map(|l| l.url)).map(Str::from),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_ids_keep_greek_letters_apart() {
        // parts/references_model.md lines 57, 66, 68.
        let ids: Vec<String> = ["PixArt-α", "PIXART-δ", "PixArt-Σ"]
            .iter()
            .map(|n| slug(&greek_to_latin(n)))
            .collect();
        assert_eq!(ids, ["pixart-alpha", "pixart-delta", "pixart-sigma"]);
    }
}
