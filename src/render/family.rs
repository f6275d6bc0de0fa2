//! The text cells of a model family for tables, CSV and TSV: one function
//! maps a column name to what a person reads, in the chosen language, with
//! "unknown" where the sources say nothing.

use crate::catalog::schema::{AsStr, Str};
use crate::catalog::schema::{Catalog, Family, Lang};
use crate::render::table::mark;
use crate::sizes;

/// Columns `list`, `search` and `compare` can show.
pub const COLUMNS: &[&str] = &[
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

fn or_unknown(v: Option<String>) -> String {
    v.filter(|s| !s.is_empty())
        .unwrap_or_else(|| UNKNOWN.to_string())
}

pub fn developer_names(cat: &Catalog, f: &Family, lang: Lang) -> String {
    let names: Vec<&str> = f
        .developers
        .iter()
        .map(|id| match cat.developers.iter().find(|d| &d.id == id) {
            Some(d) if lang == Lang::Ja => d.name_ja.as_str(),
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
            .map(sizes::format)
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// The license as a short label with its commercial-use mark.
pub fn license_label(cat: &Catalog, f: &Family, lang: Lang) -> String {
    let Some(l) = &f.license else {
        return UNKNOWN.to_string();
    };
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
}

pub fn domain_label(cat: &Catalog, f: &Family, lang: Lang) -> String {
    if f.domain == "general" {
        return if lang == Lang::Ja {
            "汎用".into()
        } else {
            "general".into()
        };
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
        "sizes" => or_unknown(sizes_of(f, variants)),
        "params" => or_unknown(f.max_params(variants).map(|p| p.to_string())),
        "arch" => or_unknown(
            (f.architecture.clone().or_else(|| f.base_model.clone())).map(Str::into_owned),
        ),
        "architecture" => or_unknown((f.architecture.clone()).map(Str::into_owned)),
        "base" => or_unknown((f.base_model.clone()).map(Str::into_owned)),
        "developer" => or_unknown(Some(developer_names(cat, f, lang))),
        "license" => license_label(cat, f, lang),
        "commercial" => f
            .license
            .as_ref()
            .map_or(UNKNOWN, |l| l.commercial.as_str())
            .to_string(),
        "year" => or_unknown(f.year.map(|y| y.to_string())),
        "released" => or_unknown((f.released.clone()).map(Str::into_owned)),
        "context" => or_unknown(f.context_length.map(|c| c.to_string())),
        "category" => f.category.as_str().to_string(),
        "task" => (f.task.clone().unwrap_or_default()).into_owned(),
        "approach" => f
            .approach
            .map(|a| a.as_str().to_string())
            .unwrap_or_default(),
        "domain" => domain_label(cat, f, lang),
        "tokens" => or_unknown(f.training_tokens.map(sizes::format)),
        "checkpoints" => variants.len().to_string(),
        "hf" => variants
            .iter()
            .filter_map(|&i| f.variants.get(i)?.hf.as_deref())
            .collect::<Vec<_>>()
            .join("\n"),
        "url" => f.url.as_deref().unwrap_or_default().to_string(),
        _ => String::new(),
    }
}
