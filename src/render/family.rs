//! The text cells of a model family for tables, CSV and TSV: one function
//! maps a column name to what a person reads, in the chosen language, with
//! "unknown" where the sources say nothing.

use std::io::Write;

use crate::catalog::load::PrerenderedFamily;
use crate::catalog::schema::AsStr;
use crate::catalog::schema::{Bound, Catalog, Family, Lang, LicenseInfo, Qualifier};
use crate::i18n;
use crate::render::table::mark;
use crate::units;

/// Columns `list`, `search` and `compare` can show, then each suite's
/// `score:SUITE` (the best checkpoint's best score, query::scores).
pub const COLUMNS: &[&str] = crate::query::scores::with_score_columns![
    "id",
    "name",
    "name_ja",
    "sizes",
    "params",
    "arch",
    "architecture",
    "base",
    "developer",
    "license",
    "commercial",
    "year",
    "released",
    "context",
    "category",
    "task",
    "approach",
    "domain",
    "tokens",
    "checkpoints",
    "hf",
    "url",
];

pub const LIST_DEFAULT: &[&str] = &[
    "id",
    "name",
    "sizes",
    "arch",
    "developer",
    "license",
    "year",
    "context",
];

pub const UNKNOWN: &str = "unknown";

pub fn developer_names(cat: &Catalog, f: &Family, lang: Lang) -> String {
    let mut out = String::new();
    push_developer_names(&mut out, cat, f, lang);
    out
}

/// The family's developers' names in `lang`, joined by `, `, appended.
fn push_developer_names(out: &mut String, cat: &Catalog, f: &Family, lang: Lang) {
    for (n, id) in f.developers.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        out.push_str(match cat.developers.iter().find(|d| &d.id == id) {
            Some(d) if lang == Lang::Ja => d.name_ja.as_str(),
            Some(d) if lang == Lang::Fr => d.name_fr.as_deref().unwrap_or(&d.name),
            Some(d) => d.name.as_str(),
            None => id.as_str(),
        });
    }
}

/// Distinct known sizes of the given checkpoints, smallest first, appended
/// (nothing when no size is known).
fn push_sizes(out: &mut String, f: &Family, variants: &[usize]) {
    let mut known: Vec<u64> = variants
        .iter()
        .filter_map(|&i| f.variants.get(i)?.params)
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
    for v in variants.iter().filter_map(|&i| f.variants.get(i)) {
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
    for x in l
        .ids
        .iter()
        .filter_map(|id| cat.licenses.iter().find(|x| &x.id == id))
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
fn push_license_labels(
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
fn push_context_label(out: &mut String, f: &Family, variants: &[usize], lang: Lang) {
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

/// One cell. `variants` are the checkpoints to show (all, or those a size
/// filter kept).
pub fn cell(cat: &Catalog, f: &Family, variants: &[usize], column: &str, lang: Lang) -> String {
    let mut out = String::new();
    write_cell(&mut out, cat, f, variants, column, lang);
    out
}

/// [`cell`], appended to `out`: the columns of the default `list` are
/// written without a `String` of their own (this runs for every cell of
/// every `list`).
pub fn write_cell(
    out: &mut String,
    cat: &Catalog,
    f: &Family,
    variants: &[usize],
    column: &str,
    lang: Lang,
) {
    use std::fmt::Write;
    let start = out.len();
    match column {
        "id" => out.push_str(&f.id),
        "name" => out.push_str(name(f, lang)),
        "name_ja" => out.push_str(&f.name_ja),
        "sizes" => push_sizes(out, f, variants),
        "params" => {
            if let Some(p) = f.max_params(variants) {
                let _ = write!(out, "{p}");
            }
        }
        "arch" => out.push_str(
            f.architecture
                .as_deref()
                .or(f.base_model.as_deref())
                .unwrap_or(""),
        ),
        "architecture" => out.push_str(f.architecture.as_deref().unwrap_or("")),
        "base" => out.push_str(f.base_model.as_deref().unwrap_or("")),
        "developer" => push_developer_names(out, cat, f, lang),
        "license" => push_license_labels(out, cat, f, variants, lang),
        "commercial" => out.push_str(&commercial_label(f, variants, lang)),
        "year" => {
            if let Some(y) = f.year {
                let _ = write!(out, "{y}");
            }
        }
        "released" => out.push_str(f.released.as_deref().unwrap_or("")),
        "context" => push_context_label(out, f, variants, lang),
        "category" => out.push_str(i18n::tr(lang, f.category.as_str())),
        "task" => out.push_str(f.task.as_deref().unwrap_or("")),
        "approach" => {
            if let Some(a) = f.approach {
                out.push_str(i18n::tr(lang, a.as_str()));
            }
            return;
        }
        "domain" => out.push_str(&domain_label(cat, f, lang)),
        "tokens" => push_tokens_label(out, f, lang),
        "checkpoints" => {
            let _ = write!(out, "{}", variants.len());
        }
        "hf" => {
            let repos = variants
                .iter()
                .filter_map(|&i| f.variants.get(i)?.hf.as_deref());
            for (n, repo) in repos.enumerate() {
                if n > 0 {
                    out.push('\n');
                }
                out.push_str(repo);
            }
        }
        "url" => out.push_str(f.url.as_deref().unwrap_or_default()),
        c if c.starts_with("score:") => {
            if let Some((_, s)) =
                crate::query::scores::best_of_family(f, variants, &c["score:".len()..])
            {
                out.push_str(&crate::query::scores::format(s.score));
            }
        }
        _ => return,
    }
    // The columns that always have a value say "unknown" when empty.
    let may_be_empty = matches!(
        column,
        "id" | "name" | "name_ja" | "category" | "task" | "domain" | "hf" | "url"
    );
    if out.len() == start && !may_be_empty {
        out.push_str(i18n::tr(lang, UNKNOWN));
    }
}

/// A family as a record of the output pipeline (list, search, compare,
/// show): its cells from [`cell`], its JSON object from `json::family`.
pub struct FamilyRecord<'a> {
    pub cat: &'a Catalog,
    pub family: &'a Family,
    /// The checkpoints the cells show; None: all of them.
    pub variants: Option<&'a [usize]>,
    /// The checkpoints the JSON object keeps (None: all).
    pub json_variants: Option<&'a [usize]>,
    pub lang: Lang,
    /// The compact JSON object rendered at build time, when it applies
    /// (the built-in catalog, no `--json FIELDS`, not pretty).
    pub compact: Option<&'static PrerenderedFamily>,
}

impl<'a> FamilyRecord<'a> {
    /// A family with all its checkpoints.
    pub fn whole(cat: &'a Catalog, family: &'a Family, lang: Lang) -> Self {
        FamilyRecord {
            cat,
            family,
            variants: None,
            json_variants: None,
            lang,
            compact: None,
        }
    }
}

/// Writes a built-in family's compact JSON object from its build-time parts,
/// keeping the checkpoints at `only` (all when None): byte for byte what
/// `json::family(cat, f, only)` serializes (tested), at the cost of a copy.
/// Measured: serializing was 2.0M of the 3.5M instructions of `list
/// --license apache --min-params 7b --json` (the checkpoints' results).
pub fn write_prerendered(
    out: &mut dyn Write,
    f: &Family,
    parts: &PrerenderedFamily,
    only: Option<&[usize]>,
) -> std::io::Result<()> {
    let params = match only {
        Some(idx) => f.max_params(idx),
        None => f.variants.iter().filter_map(|v| v.params).max(),
    };
    out.write_all(parts.head.as_bytes())?;
    match params {
        Some(p) => write!(out, "{p}")?,
        None => out.write_all(b"null")?,
    }
    out.write_all(b",\"variants\":[")?;
    let mut first = true;
    let mut one = |text: &str| -> std::io::Result<()> {
        if !first {
            out.write_all(b",")?;
        }
        first = false;
        out.write_all(text.as_bytes())
    };
    match only {
        Some(idx) => {
            for text in idx.iter().filter_map(|&i| parts.variants.get(i)) {
                one(text)?;
            }
        }
        None => {
            for text in parts.variants {
                one(text)?;
            }
        }
    }
    out.write_all(b"]")?;
    out.write_all(parts.tail.as_bytes())
}

impl crate::render::emit::Record for FamilyRecord<'_> {
    type Json<'s>
        = crate::render::json::FamilyJson<'s>
    where
        Self: 's;

    fn json(&self) -> Self::Json<'_> {
        crate::render::json::family(self.cat, self.family, self.json_variants)
    }

    fn write_compact(&self, out: &mut dyn Write) -> Option<std::io::Result<()>> {
        let parts = self.compact?;
        Some(write_prerendered(
            out,
            self.family,
            parts,
            self.json_variants,
        ))
    }

    fn cell(&self, column: &str) -> String {
        let mut out = String::new();
        self.write_cell(column, &mut out);
        out
    }

    fn write_cell(&self, column: &str, out: &mut String) {
        match self.variants {
            Some(v) => write_cell(out, self.cat, self.family, v, column, self.lang),
            None => {
                let all: Vec<usize> = (0..self.family.variants.len()).collect();
                write_cell(out, self.cat, self.family, &all, column, self.lang)
            }
        }
    }

    fn id(&self) -> Option<std::borrow::Cow<'_, str>> {
        Some(std::borrow::Cow::Borrowed(&self.family.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::load;

    /// The labels as they were written before they stopped allocating
    /// (Vec, join, format!): the one-pass versions must print the same.
    fn license_label_before(cat: &Catalog, f: &Family, variants: &[usize], lang: Lang) -> String {
        let one = |l: &LicenseInfo| {
            let names: Vec<&str> = l
                .ids
                .iter()
                .filter_map(|id| cat.licenses.iter().find(|x| &x.id == id))
                .map(|x| x.spdx.as_deref().unwrap_or(x.name.as_str()))
                .collect();
            let label = if names.is_empty() {
                l.text
                    .get(lang)
                    .map(|t| t.lines().next().unwrap_or("").to_string())
                    .unwrap_or_default()
            } else {
                names.join(" & ")
            };
            let label = if label.is_empty() {
                UNKNOWN.to_string()
            } else {
                label
            };
            format!("{label} {}", mark(l.commercial))
        };
        let all = licenses_of(f, variants);
        if all.is_empty() {
            return UNKNOWN.to_string();
        }
        all.iter().map(|l| one(l)).collect::<Vec<_>>().join(" | ")
    }

    #[test]
    fn thousands_groups_digits_by_three() {
        let cases = [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1_000, "1,000"),
            (32_768, "32,768"),
            (131_072, "131,072"),
            (1_048_576, "1,048,576"),
            (u64::MAX, "18,446,744,073,709,551,615"),
        ];
        for (n, text) in cases {
            assert_eq!(crate::units::thousands(n, Lang::En), text);
            assert_eq!(
                crate::units::thousands(n, Lang::Fr),
                text.replace(',', "\u{202f}")
            );
        }
    }

    fn context_label_before(f: &Family, variants: &[usize]) -> String {
        let values: Vec<Option<u64>> = if variants.is_empty() {
            vec![f.context_length]
        } else {
            variants
                .iter()
                .filter_map(|&i| f.variants.get(i))
                .map(|v| v.context_in(f))
                .collect()
        };
        let known: Vec<u64> = values.iter().flatten().copied().collect();
        // A bound (`≤ 2,048`) shows with its sign (one family has one,
        // for all its checkpoints).
        let bound = if variants.is_empty() {
            f.context_bound
        } else {
            variants
                .iter()
                .filter_map(|&i| f.variants.get(i))
                .find_map(|v| v.context_bound_in(f))
        };
        if let Some(b) = bound.filter(|_| known.is_empty()) {
            return format!("{} {}", b.kind.symbol(), b.value);
        }
        match (known.iter().min(), known.iter().max()) {
            (Some(lo), Some(hi)) if lo == hi && known.len() == values.len() => lo.to_string(),
            (Some(lo), Some(hi)) if known.len() == values.len() => format!("{lo}–{hi}"),
            (Some(lo), Some(hi)) if lo == hi => format!("{lo} or unknown"),
            (Some(lo), Some(hi)) => format!("{lo}–{hi} or unknown"),
            _ => match (f.base_context_length, f.base_context_yarn) {
                (Some(b), Some(y)) => format!(
                    "{UNKNOWN} (base model: {}; {} with YaRN)",
                    crate::units::thousands(b, Lang::En),
                    crate::units::thousands(y, Lang::En)
                ),
                (Some(b), None) => format!(
                    "{UNKNOWN} (base model: {})",
                    crate::units::thousands(b, Lang::En)
                ),
                (None, _) => UNKNOWN.to_string(),
            },
        }
    }

    /// Every family of the catalog, with all, none and each one of its
    /// checkpoints, in both languages.
    #[test]
    fn labels_are_what_they_were() {
        let cat = load::embedded();
        let mut seen = std::collections::HashSet::new();
        for f in cat.models.iter() {
            let all: Vec<usize> = (0..f.variants.len()).collect();
            let mut sets = vec![all, Vec::new()];
            sets.extend((0..f.variants.len()).map(|i| vec![i]));
            for set in &sets {
                for lang in [Lang::En, Lang::Ja] {
                    let now = license_label(&cat, f, set, lang);
                    // Before, "unknown" was English in every language.
                    let before = license_label_before(&cat, f, set, lang)
                        .replace(UNKNOWN, i18n::tr(lang, UNKNOWN));
                    assert_eq!(now, before, "{}", f.id);
                    seen.insert(now);
                }
                let now = context_label(f, set, Lang::En);
                assert_eq!(now, context_label_before(f, set), "{}", f.id);
                seen.insert(now);
            }
        }
        // Mixed licenses, ranges, unknowns and base-model contexts occur (no
        // family mixes known and unknown checkpoint contexts today).
        for part in [" | ", " & ", "–", "(base model: ", "unknown", "≤ "] {
            assert!(
                seen.iter().any(|s| s.contains(part)),
                "no label with {part:?}"
            );
        }
    }
}
