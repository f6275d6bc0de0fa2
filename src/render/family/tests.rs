//! Tests of the family columns and labels on the real catalog.

use super::labels::licenses_of;
use super::*;
use crate::catalog::load;
use crate::catalog::schema::AsStr;
use crate::catalog::schema::LicenseInfo;
use crate::config::Config;
use crate::i18n;
use crate::render::emit::{emit, Layout, Record};
use crate::render::table::mark;
use crate::render::{Format, Output};

/// [`cell`], appended to `out`: the columns of the default `list` are
/// written without a `String` of their own (this runs for every cell of
/// every `list`).
fn write_cell_old(
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
        "sizes" => super::labels::push_sizes(out, f, variants),
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
        "developer" => super::labels::push_developer_names(out, cat, f, lang),
        "license" => super::labels::push_license_labels(out, cat, f, variants, lang),
        "commercial" => out.push_str(&commercial_label(f, variants, lang)),
        "year" => {
            if let Some(y) = f.year {
                let _ = write!(out, "{y}");
            }
        }
        "released" => out.push_str(f.released.as_deref().unwrap_or("")),
        "context" => super::labels::push_context_label(out, f, variants, lang),
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

struct Old<'a>(FamilyRecord<'a>);

impl Record for Old<'_> {
    type Json<'s>
        = crate::render::json::FamilyJson<'s>
    where
        Self: 's;
    fn json(&self) -> Self::Json<'_> {
        self.0.json()
    }
    fn cell(&self, column: &str) -> String {
        let all: Vec<usize> = (0..self.0.family.variants.len()).collect();
        let mut out = String::new();
        write_cell_old(
            &mut out,
            self.0.cat,
            self.0.family,
            &all,
            column,
            self.0.lang,
        );
        out
    }
    fn id(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.0.id()
    }
}

#[test]
fn typed_columns_print_what_the_strings_printed() {
    let cat = load::embedded();
    let mut cells = 0;
    for f in cat.models.iter() {
        let all: Vec<usize> = (0..f.variants.len()).collect();
        let mut sets = vec![all, Vec::new()];
        sets.extend((0..f.variants.len()).map(|i| vec![i]));
        for set in &sets {
            for lang in [Lang::En, Lang::Ja, Lang::Fr] {
                for c in COLUMNS.iter().chain(&["score:nope", "nope", ""]) {
                    let mut old = String::new();
                    write_cell_old(&mut old, &cat, f, set, c, lang);
                    assert_eq!(cell(&cat, f, set, c, lang), old, "{} {c}", f.id);
                    cells += 1;
                }
            }
        }
    }
    assert!(cells > 10_000, "{cells}");
    let columns: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    for (tty, color) in [(false, false), (true, false), (true, true)] {
        for lang in [Lang::En, Lang::Ja, Lang::Fr] {
            let mut cfg = Config::for_tests(tty, color);
            cfg.lang = lang;
            for format in Format::ALL {
                let output = Output {
                    format,
                    fields: None,
                    columns: columns.clone(),
                    columns_given: true,
                    pretty: false,
                    keep: Vec::new(),
                };
                let new: Vec<FamilyRecord> = cat
                    .models
                    .iter()
                    .map(|f| FamilyRecord::whole(&cat, f, lang))
                    .collect();
                let old: Vec<Old> = cat
                    .models
                    .iter()
                    .map(|f| Old(FamilyRecord::whole(&cat, f, lang)))
                    .collect();
                let (mut a, mut b) = (Vec::new(), Vec::new());
                emit(&mut a, &new, &output, &cfg, &Layout::default()).expect("emit");
                emit(&mut b, &old, &output, &cfg, &Layout::default()).expect("emit");
                assert!(a == b, "{format:?} {lang:?} tty {tty} color {color}");
            }
        }
    }
}

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
