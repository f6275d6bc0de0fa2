//! The labels of a model family that several columns and pages share: its
//! developers, sizes, licenses, commercial use, context length, training
//! tokens, domain and name, in the chosen language, with "unknown" where
//! the sources say nothing.

use crate::catalog::schema::{Bound, Catalog, Family, Lang, LicenseInfo, Qualifier};
use crate::i18n;
use crate::render::table::mark;
use crate::units;

pub const UNKNOWN: &str = "unknown";

pub fn developer_names(cat: &Catalog, f: &Family, lang: Lang) -> String {
    let mut out = String::new();
    push_developer_names(&mut out, cat, f, lang);
    out
}

/// The family's developers' names in `lang`, joined by `, `, appended.
pub(super) fn push_developer_names(out: &mut String, cat: &Catalog, f: &Family, lang: Lang) {
    let developers = &cat.developers[..];
    for (n, id) in f.developers.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        out.push_str(match developers.iter().find(|d| &d.id == id) {
            Some(d) if lang == Lang::Ja => d.name_ja.as_str(),
            Some(d) if lang == Lang::Fr => d.name_fr.as_deref().unwrap_or(&d.name),
            Some(d) => d.name.as_str(),
            None => id.as_str(),
        });
    }
}

/// Distinct known sizes of the given checkpoints, smallest first, appended
/// (nothing when no size is known).
pub(super) fn push_sizes(out: &mut String, f: &Family, variants: &[usize]) {
    let all = &f.variants[..];
    let mut known: Vec<u64> = variants
        .iter()
        .filter_map(|&i| all.get(i)?.params)
        .collect();
    known.sort_unstable();
    known.dedup();
    for (n, p) in known.into_iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        units::push_format(out, p);
    }
}

/// The licenses that apply to the checkpoints at `variants`, distinct, in
/// checkpoint order; the family's own when it has no checkpoints.
pub fn licenses_of<'a>(f: &'a Family, variants: &[usize]) -> Vec<&'a LicenseInfo> {
    let mut out: Vec<&LicenseInfo> = Vec::new();
    let all = &f.variants[..];
    for v in variants.iter().filter_map(|&i| all.get(i)) {
        if let Some(l) = v.license_in(f) {
            if !out
                .iter()
                .any(|x| x.ids == l.ids && x.commercial == l.commercial)
            {
                out.push(l);
            }
        }
    }
    if out.is_empty() && variants.is_empty() {
        out.extend(f.license.as_ref());
    }
    out
}

/// One license as a short label with its commercial-use mark, appended to
/// `out` (no allocation of its own: this runs for every row of `list`).
fn push_license_label(out: &mut String, cat: &Catalog, l: &LicenseInfo, lang: Lang) {
    let start = out.len();
    let mut names = 0;
    let licenses = &cat.licenses[..];
    for x in l
        .ids
        .iter()
        .filter_map(|id| licenses.iter().find(|x| &x.id == id))
    {
        if names > 0 {
            out.push_str(" & ");
        }
        out.push_str(x.spdx.as_deref().unwrap_or(x.name.as_str()));
        names += 1;
    }
    if names == 0 {
        if let Some(t) = l.text.get(lang) {
            out.push_str(t.lines().next().unwrap_or(""));
        }
    }
    if out.len() == start {
        out.push_str(i18n::tr(lang, UNKNOWN));
    }
    out.push(' ');
    out.push_str(mark(l.commercial));
}

/// The license of the checkpoints at `variants` as a short label with its
/// commercial-use mark; checkpoints with different licenses show each,
/// joined by ` | ` (a mixed family).
pub fn license_label(cat: &Catalog, f: &Family, variants: &[usize], lang: Lang) -> String {
    let mut out = String::new();
    push_license_labels(&mut out, cat, f, variants, lang);
    out
}

/// [`license_label`], appended.
pub(super) fn push_license_labels(
    out: &mut String,
    cat: &Catalog,
    f: &Family,
    variants: &[usize],
    lang: Lang,
) {
    let all = licenses_of(f, variants);
    if all.is_empty() {
        out.push_str(i18n::tr(lang, UNKNOWN));
        return;
    }
    for (i, l) in all.iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        push_license_label(out, cat, l, lang);
    }
}

/// The commercial-use class of the checkpoints at `variants`: one class,
/// or `mixed (yes, no)` when they differ; in the words of `lang`.
pub fn commercial_label(f: &Family, variants: &[usize], lang: Lang) -> String {
    let mut classes: Vec<&str> = Vec::new();
    for l in licenses_of(f, variants) {
        let c = i18n::tr(lang, l.commercial.as_str());
        if !classes.contains(&c) {
            classes.push(c);
        }
    }
    match classes.as_slice() {
        [] => i18n::tr(lang, UNKNOWN).to_string(),
        [one] => one.to_string(),
        many => format!("{} ({})", i18n::tr(lang, "mixed"), many.join(", ")),
    }
}

/// The stated context length of the checkpoints at `variants`: one value,
/// or `low–high` when they differ.
pub fn context_label(f: &Family, variants: &[usize], lang: Lang) -> String {
    let mut out = String::new();
    push_context_label(&mut out, f, variants, lang);
    out
}

/// [`context_label`], appended: one pass, no allocation of its own (this
/// runs for every row of `list`).
pub(super) fn push_context_label(out: &mut String, f: &Family, variants: &[usize], lang: Lang) {
    use std::fmt::Write;
    let (mut lo, mut hi, mut known, mut total) = (u64::MAX, 0, 0usize, 0usize);
    // Bounds (`≤ 2,048`) apart: the first seen, and whether all are alike.
    let (mut bound, mut bounds, mut alike) = (None::<Bound>, 0usize, true);
    let mut see = |c: Option<u64>, b: Option<Bound>| {
        total += 1;
        if let Some(c) = c {
            known += 1;
            lo = lo.min(c);
            hi = hi.max(c);
        } else if let Some(b) = b {
            bounds += 1;
            alike &= bound.is_none_or(|x| x == b);
            bound.get_or_insert(b);
        }
    };
    if variants.is_empty() {
        see(f.context_length, f.context_bound);
    } else {
        for v in variants.iter().filter_map(|&i| f.variants.get(i)) {
            see(v.context_in(f), v.context_bound_in(f));
        }
    }
    let unknown = i18n::tr(lang, UNKNOWN);
    // A bound is shown with its sign, never as a plain number; where the
    // checkpoints' differ, the first with "…" (`show` has each).
    if let Some(b) = bound.filter(|_| known == 0) {
        let start = out.len();
        let _ = write!(out, "{} {}", b.kind.symbol(), b.value);
        if !alike {
            out.push('…');
        }
        if bounds < total {
            let so_far = out.split_off(start);
            i18n::trf_into(out, lang, "{0} or unknown", &[&so_far]);
        }
        return;
    }
    let _ = match () {
        _ if known == 0 => match f.base_context_length {
            Some(b) => {
                let base = crate::units::Thousands(b, lang);
                match f.base_context_yarn {
                    Some(y) => i18n::trf_into(
                        out,
                        lang,
                        "{0} (base model: {1}; {2} with YaRN)",
                        &[&unknown, &base, &crate::units::Thousands(y, lang)],
                    ),
                    None => i18n::trf_into(out, lang, "{0} (base model: {1})", &[&unknown, &base]),
                }
                Ok(())
            }
            None => {
                out.push_str(unknown);
                Ok(())
            }
        },
        _ if lo == hi && known == total => write!(out, "{lo}"),
        _ if known == total => write!(out, "{lo}–{hi}"),
        _ if lo == hi => {
            i18n::trf_into(out, lang, "{0} or unknown", &[&lo]);
            Ok(())
        }
        _ => {
            let range = format_args!("{lo}–{hi}");
            i18n::trf_into(out, lang, "{0} or unknown", &[&range]);
            Ok(())
        }
    };
}

/// The training tokens of `f` with their qualifier as the list writes it:
/// `180B`, `~180B` (`約180B` in Japanese), `≤ 2T`.
pub fn push_tokens_label(out: &mut String, f: &Family, lang: Lang) {
    let Some(t) = f.training_tokens else { return };
    match f.training_tokens_qualifier {
        None => {}
        Some(Qualifier::Approx) if lang == Lang::Ja => out.push('約'),
        Some(Qualifier::Approx) => out.push('~'),
        Some(q) => {
            out.push_str(q.symbol());
            out.push(' ');
        }
    }
    units::push_format(out, t);
}

pub fn domain_label(cat: &Catalog, f: &Family, lang: Lang) -> String {
    if f.domain == "general" {
        return i18n::tr(lang, "general").into();
    }
    cat.domains
        .iter()
        .find(|d| d.id == f.domain)
        .and_then(|d| d.label.get(lang).map(str::to_string))
        .unwrap_or_else(|| f.domain.to_string())
}

pub fn name(f: &Family, lang: Lang) -> &str {
    match lang {
        Lang::Ja if !f.name_ja.is_empty() => &f.name_ja,
        Lang::Fr => f.name_fr.as_deref().unwrap_or(&f.name),
        _ => &f.name,
    }
}
