//! The filters on release dates: `--since`, `--until` and `--year`, on
//! the family's year or, with `--variants`, each checkpoint's own date.

#[allow(unused_imports)]
use super::*;

pub const SINCE: Def = Def {
    id: "since",
    long: "since",
    value_name: Some("YEAR"),
    help: "Released in this year or later",
    kind: Kind::Year,
    repeat: false,
    scope: Scope::Mixed(|a| a.dates_per_checkpoint),
    key: "year",
    columns: &["year", "released"],
    requires: None,
    modifies: None,
    explain: 10,
    set: |a| a.since.is_some(),
    shown: |a| a.since.iter().map(u16::to_string).collect(),
    copy: |a, b| {
        b.since = a.since;
        b.dates_per_checkpoint = a.dates_per_checkpoint;
    },
    read: |m, f| f.since = one(m, "since"),
    resolve: Some(|a, _, lang, _| {
        if let (Some(since), Some(until)) = (a.since, a.until) {
            if since > until {
                bail!(
                    "{}",
                    trf(
                        lang,
                        "--since {0} is later than --until {1}",
                        &[&since, &until]
                    )
                );
            }
        }
        Ok(())
    }),
    family: Some(|f, fam| {
        f.args.dates_per_checkpoint || fam.year.zip(f.args.since).is_some_and(|(y, s)| y >= s)
    }),
    checkpoint: Some(|f, p| point_year(p).zip(f.args.since).is_some_and(|(y, s)| y >= s)),
    fact: Some(|a, cat, lang| {
        let (y, newest) = (a.since?, years(cat).max()?);
        Some(trf(
            lang,
            "no family is from {0} or later; the newest is from {1}",
            &[&y, &newest],
        ))
    }),
    vocabulary: None,
};

pub const UNTIL: Def = Def {
    id: "until",
    long: "until",
    value_name: Some("YEAR"),
    help: "Released in this year or earlier",
    kind: Kind::Year,
    repeat: false,
    scope: Scope::Mixed(|a| a.dates_per_checkpoint),
    key: "year",
    columns: &["year", "released"],
    requires: None,
    modifies: None,
    explain: 11,
    set: |a| a.until.is_some(),
    shown: |a| a.until.iter().map(u16::to_string).collect(),
    copy: |a, b| {
        b.until = a.until;
        b.dates_per_checkpoint = a.dates_per_checkpoint;
    },
    read: |m, f| f.until = one(m, "until"),
    resolve: None,
    family: Some(|f, fam| {
        f.args.dates_per_checkpoint || fam.year.zip(f.args.until).is_some_and(|(y, u)| y <= u)
    }),
    checkpoint: Some(|f, p| point_year(p).zip(f.args.until).is_some_and(|(y, u)| y <= u)),
    fact: Some(|a, cat, lang| {
        let (y, oldest) = (a.until?, years(cat).min()?);
        Some(trf(
            lang,
            "no family is from {0} or earlier; the oldest is from {1}",
            &[&y, &oldest],
        ))
    }),
    vocabulary: None,
};

pub const YEAR: Def = Def {
    id: "year",
    long: "year",
    value_name: Some("YEAR"),
    help: "Released in this year",
    kind: Kind::Year,
    repeat: true,
    scope: Scope::Mixed(|a| a.dates_per_checkpoint),
    key: "year",
    columns: &["year", "released"],
    requires: None,
    modifies: None,
    explain: 12,
    set: |a| !a.year.is_empty(),
    shown: |a| strings(&a.year),
    copy: |a, b| {
        b.year = a.year.clone();
        b.dates_per_checkpoint = a.dates_per_checkpoint;
    },
    read: |m, f| f.year = many(m, "year"),
    resolve: None,
    family: Some(|f, fam| {
        f.args.dates_per_checkpoint || fam.year.is_some_and(|y| f.args.year.contains(&y))
    }),
    checkpoint: Some(|f, p| point_year(p).is_some_and(|y| f.args.year.contains(&y))),
    fact: Some(|a, cat, lang| {
        let (lo, hi) = (years(cat).min()?, years(cat).max()?);
        Some(trf(
            lang,
            "no family is from {0}; years run from {1} to {2}",
            &[&strings(&a.year).join(" "), &lo, &hi],
        ))
    }),
    vocabulary: None,
};

fn years(cat: &Catalog) -> impl Iterator<Item = u16> + Clone + '_ {
    cat.models.iter().filter_map(|f| f.year)
}

/// The year a checkpoint was released: its own date's, else its family's
/// (`released`, else the list's year).
fn point_year(p: &Point) -> Option<u16> {
    match p.variant {
        Some(v) => v.year_in(p.family),
        None => p.family.year,
    }
}
