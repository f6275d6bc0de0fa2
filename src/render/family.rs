//! The text cells of a model family for tables, CSV and TSV: one function
//! maps a column name to what a person reads, in the chosen language, with
//! "unknown" where the sources say nothing.

use std::io::Write;

use crate::catalog::load::PrerenderedFamily;
use crate::catalog::schema::{AsStr, Str};
use crate::catalog::schema::{Catalog, Family, Lang, LicenseInfo};
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

fn or_unknown(v: Option<String>, lang: Lang) -> String {
    v.filter(|s| !s.is_empty())
        .unwrap_or_else(|| i18n::tr(lang, UNKNOWN).to_string())
}

pub fn developer_names(cat: &Catalog, f: &Family, lang: Lang) -> String {
    let names: Vec<&str> = f
        .developers
        .iter()
        .map(|id| match cat.developers.iter().find(|d| &d.id == id) {
            Some(d) if lang == Lang::Ja => d.name_ja.as_str(),
            Some(d) if lang == Lang::Fr => d.name_fr.as_deref().unwrap_or(&d.name),
            Some(d) => d.name.as_str(),
            None => id.as_str(),
        })
        .collect();
    names.join(", ")
}

/// Distinct known sizes of the given checkpoints, smallest first.
pub fn sizes_of(f: &Family, variants: &[usize]) -> Option<String> {
    let mut known: Vec<u64> = variants
        .iter()
        .filter_map(|&i| f.variants.get(i)?.params)
        .collect();
    known.sort_unstable();
    known.dedup();
    (!known.is_empty()).then(|| {
        known
            .into_iter()
            .map(units::format)
            .collect::<Vec<_>>()
            .join(", ")
    })
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
    let all = licenses_of(f, variants);
    if all.is_empty() {
        return i18n::tr(lang, UNKNOWN).to_string();
    }
    let mut out = String::new();
    for (i, l) in all.iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        push_license_label(&mut out, cat, l, lang);
    }
    out
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
    // One pass, no allocation: this runs for every row of `list`.
    let (mut lo, mut hi, mut known, mut total) = (u64::MAX, 0, 0usize, 0usize);
    let mut see = |c: Option<u64>| {
        total += 1;
        if let Some(c) = c {
            known += 1;
            lo = lo.min(c);
            hi = hi.max(c);
        }
    };
    if variants.is_empty() {
        see(f.context_length);
    } else {
        for v in variants.iter().filter_map(|&i| f.variants.get(i)) {
            see(v.context_in(f));
        }
    }
    let unknown = i18n::tr(lang, UNKNOWN);
    match () {
        _ if known == 0 => match f.base_context_length {
            Some(b) => i18n::trf(lang, "{0} (base model: {1})", &[&unknown, &thousands(b)]),
            None => unknown.to_string(),
        },
        _ if lo == hi && known == total => lo.to_string(),
        _ if known == total => format!("{lo}–{hi}"),
        _ if lo == hi => i18n::trf(lang, "{0} or unknown", &[&lo]),
        _ => i18n::trf(lang, "{0} or unknown", &[&format_args!("{lo}–{hi}")]),
    }
}

/// `131072` → `131,072`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
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
    match column {
        "id" => f.id.to_string(),
        "name" => name(f, lang).to_string(),
        "name_ja" => (f.name_ja.clone()).into_owned(),
        "sizes" => or_unknown(sizes_of(f, variants), lang),
        "params" => or_unknown(f.max_params(variants).map(|p| p.to_string()), lang),
        "arch" => or_unknown(
            (f.architecture.clone().or_else(|| f.base_model.clone())).map(Str::into_owned),
            lang,
        ),
        "architecture" => or_unknown((f.architecture.clone()).map(Str::into_owned), lang),
        "base" => or_unknown((f.base_model.clone()).map(Str::into_owned), lang),
        "developer" => or_unknown(Some(developer_names(cat, f, lang)), lang),
        "license" => license_label(cat, f, variants, lang),
        "commercial" => commercial_label(f, variants, lang),
        "year" => or_unknown(f.year.map(|y| y.to_string()), lang),
        "released" => or_unknown((f.released.clone()).map(Str::into_owned), lang),
        "context" => context_label(f, variants, lang),
        "category" => i18n::tr(lang, f.category.as_str()).to_string(),
        "task" => (f.task.clone().unwrap_or_default()).into_owned(),
        "approach" => f
            .approach
            .map(|a| i18n::tr(lang, a.as_str()).to_string())
            .unwrap_or_default(),
        "domain" => domain_label(cat, f, lang),
        "tokens" => or_unknown(f.training_tokens.map(units::format), lang),
        "checkpoints" => variants.len().to_string(),
        "hf" => variants
            .iter()
            .filter_map(|&i| f.variants.get(i)?.hf.as_deref())
            .collect::<Vec<_>>()
            .join("\n"),
        "url" => f.url.as_deref().unwrap_or_default().to_string(),
        c if c.starts_with("score:") => or_unknown(
            crate::query::scores::best_of_family(f, variants, &c["score:".len()..])
                .map(|(_, s)| crate::query::scores::format(s.score)),
            lang,
        ),
        _ => String::new(),
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
    let mut params: Option<u64> = None;
    let mut see = |i: usize| {
        if let Some(p) = f.variants.get(i).and_then(|v| v.params) {
            params = Some(params.map_or(p, |q| q.max(p)));
        }
    };
    match only {
        Some(idx) => idx.iter().for_each(|&i| see(i)),
        None => (0..f.variants.len()).for_each(see),
    }
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
        match self.variants {
            Some(v) => cell(self.cat, self.family, v, column, self.lang),
            None => {
                let all: Vec<usize> = (0..self.family.variants.len()).collect();
                cell(self.cat, self.family, &all, column, self.lang)
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
        match (known.iter().min(), known.iter().max()) {
            (Some(lo), Some(hi)) if lo == hi && known.len() == values.len() => lo.to_string(),
            (Some(lo), Some(hi)) if known.len() == values.len() => format!("{lo}–{hi}"),
            (Some(lo), Some(hi)) if lo == hi => format!("{lo} or unknown"),
            (Some(lo), Some(hi)) => format!("{lo}–{hi} or unknown"),
            _ => match f.base_context_length {
                Some(b) => format!("{UNKNOWN} (base model: {})", thousands(b)),
                None => UNKNOWN.to_string(),
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
        for part in [" | ", " & ", "–", "(base model: ", "unknown"] {
            assert!(
                seen.iter().any(|s| s.contains(part)),
                "no label with {part:?}"
            );
        }
    }
}
