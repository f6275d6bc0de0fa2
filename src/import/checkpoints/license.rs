//! The license cell of a row read per checkpoint: each part of the cell
//! looked up in the license table, given to the checkpoints its selector
//! names, and the family's license summarized from theirs.

use super::super::align::text_of;
use super::super::align::Aligned;
use super::super::cells::{cell, one_line, plain};
use super::super::lookup::Lookup;
use super::super::Report;
use super::{assign, lines_of, parts, parts_like, Choice, Mode, Part};
use crate::catalog::schema::{Commercial, Family, LicenseInfo, Str, Text, Variant};
use crate::import::markdown;

/// A license as one checkpoint has it, built from a part of the cell.
fn part_license(
    lookup: &Lookup,
    raw_value: &str,
    text: Text,
    line: usize,
    report: &mut Report,
) -> LicenseInfo {
    let key = plain(raw_value).trim().to_string();
    let url = single_link(raw_value);
    match lookup.licenses.get(key.as_str()) {
        Some(row) => LicenseInfo {
            text,
            ids: row.ids.to_vec().into(),
            commercial: row.class,
            reason: row.reason.map(|r| Str::from(r.to_string())),
            url: url.map(Str::from).or_else(|| lookup.license_url(row.ids)),
            mixed: false,
        },
        None => {
            report.unknown_licenses.push((line, key));
            LicenseInfo {
                text,
                url: url.map(Str::from),
                ..LicenseInfo::default()
            }
        }
    }
}

/// The URL of the only link in a cell, if it has exactly one.
fn single_link(raw: &str) -> Option<String> {
    match markdown::links(raw).as_slice() {
        [one] => Some(one.url.clone()),
        _ => None,
    }
}

/// Reads the row's license cell into the family's license and, where the
/// cell singles checkpoints out, each checkpoint's own.
pub(in crate::import) fn license(
    fam: &mut Family,
    aligned: &Aligned,
    idx: usize,
    lookup: &Lookup,
    report: &mut Report,
) {
    let line = aligned.ja.line;
    let ja_raw = cell(Some(aligned.ja), idx).unwrap_or("");
    let en_raw = cell(aligned.en, idx).unwrap_or(ja_raw);
    let key = markdown::clean(en_raw);
    let text = text_of(aligned, idx, plain).unwrap_or_default();
    let whole = match lookup.licenses.get(key.as_str()) {
        Some(row) => LicenseInfo {
            text,
            ids: row.ids.to_vec().into(),
            commercial: row.class,
            reason: row.reason.map(|r| Str::from(r.to_string())),
            url: single_link(en_raw)
                .map(Str::from)
                .or_else(|| lookup.license_url(row.ids)),
            mixed: false,
        },
        None => {
            report.unknown_licenses.push((line, key));
            LicenseInfo {
                text,
                url: single_link(en_raw).map(Str::from),
                ..LicenseInfo::default()
            }
        }
    };
    let Some(en_parts) = parts(&lines_of(en_raw)) else {
        fam.license = Some(whole);
        return;
    };
    let ja_parts = parts_like(Some(ja_raw), &en_parts);
    let fr_parts = parts_like(cell(aligned.fr, idx), &en_parts);
    let part_text = |i: usize| Text {
        ja: (ja_parts.as_ref()).map(|p| Str::from(one_line(&plain(&p[i].value)))),
        en: Some(Str::from(one_line(&plain(&en_parts[i].value)))),
        fr: (fr_parts.as_ref()).map(|p| Str::from(one_line(&plain(&p[i].value)))),
    };
    let mut per_part: Vec<LicenseInfo> = (0..en_parts.len())
        .map(|i| part_license(lookup, &en_parts[i].value, part_text(i), line, report))
        .collect();
    also_applied(&mut per_part, &en_parts);
    let names: Vec<&str> = fam.variants.iter().map(|v| &*v.name).collect();
    let choices = assign(&en_parts, &names);
    let mut variants = fam.variants.to_vec();
    for (v, choice) in variants.iter_mut().zip(&choices) {
        match choice {
            Choice::Part(i) => v.license = Some(per_part[*i].clone()),
            Choice::Unnamed | Choice::Tie => report.warnings.push(format!(
                "README.md:{line}: the license cell does not single out checkpoint '{}'; it keeps the family's license",
                v.name
            )),
        }
    }
    let summary = summarize(whole, &mut variants);
    fam.variants = variants.into();
    fam.license = Some(summary);
}

/// `(Y is also applied to …)`: the parts so marked get the default
/// license and Y together.
fn also_applied(per_part: &mut [LicenseInfo], en_parts: &[Part]) {
    if let Some(d) = en_parts.iter().position(|p| p.selector.default) {
        for i in 0..en_parts.len() {
            if en_parts[i].mode == Mode::Also {
                let base = per_part[d].clone();
                let add = &per_part[i];
                let join = |a: &Option<Str>, b: &Option<Str>| match (a, b) {
                    (Some(a), Some(b)) => Some(Str::from(format!("{a} & {b}"))),
                    _ => None,
                };
                let mut ids: Vec<Str> = base.ids.to_vec();
                ids.extend(add.ids.iter().filter(|x| !base.ids.contains(x)).cloned());
                let commercial = Commercial::joint([base.commercial, add.commercial]);
                let reason = if add.commercial < base.commercial {
                    add.reason.clone()
                } else {
                    base.reason.clone()
                };
                per_part[i] = LicenseInfo {
                    text: Text {
                        ja: join(&base.text.ja, &add.text.ja),
                        en: join(&base.text.en, &add.text.en),
                        fr: join(&base.text.fr, &add.text.fr),
                    },
                    ids: ids.into(),
                    commercial,
                    reason,
                    url: None,
                    mixed: false,
                };
            }
        }
    }
}

/// The family's license from the cell's `whole` and the checkpoints' own:
/// the family never claims more than a checkpoint allows; checkpoints that
/// all have the same license lose their own (the family's is theirs).
fn summarize(whole: LicenseInfo, variants: &mut [Variant]) -> LicenseInfo {
    let mut summary = whole;
    let own: Vec<&LicenseInfo> = variants.iter().filter_map(|v| v.license.as_ref()).collect();
    let unnamed = own.len() < variants.len();
    let mut classes: Vec<Commercial> = own.iter().map(|l| l.commercial).collect();
    if unnamed {
        classes.push(summary.commercial);
    }
    let differ = own
        .iter()
        .any(|l| l.ids != own[0].ids || l.commercial != own[0].commercial)
        || (unnamed && !own.is_empty());
    if differ {
        summary.commercial = Commercial::joint(classes);
        summary.mixed = true;
        summary.url = None;
        let mut by_class: Vec<String> = Vec::new();
        for class in [
            Commercial::Yes,
            Commercial::Conditional,
            Commercial::Unknown,
            Commercial::No,
        ] {
            let names: Vec<&str> = variants
                .iter()
                .filter(|v| v.license.as_ref().is_some_and(|l| l.commercial == class))
                .map(|v| &*v.name)
                .collect();
            if !names.is_empty() {
                by_class.push(format!("{}: {}", class.as_str(), names.join(", ")));
            }
        }
        summary.reason = Some(Str::from(if by_class.len() > 1 {
            format!(
                "Checkpoints differ ({}); each checkpoint carries its own license.",
                by_class.join("; ")
            )
        } else {
            format!(
                "Checkpoints have different licenses, all of class {}; each checkpoint carries its own.",
                summary.commercial.as_str()
            )
        }));
    } else if let Some(first) = own.first() {
        // Every checkpoint has the same license: the family's is theirs.
        summary.commercial = first.commercial;
        summary.reason = first.reason.clone();
        for v in variants.iter_mut() {
            v.license = None;
        }
    }
    summary
}
