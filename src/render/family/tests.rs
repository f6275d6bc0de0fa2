//! Tests of the family columns and labels on the real catalog: the column
//! table's declared properties hold for every family, column and language,
//! and the labels say what the list's cells say.

use super::columns::Empty;
use super::labels::licenses_of;
use super::*;
use crate::catalog::load;
use crate::catalog::schema::Commercial;
use crate::i18n;
use crate::render::table::mark;

fn family<'a>(cat: &'a Catalog, id: &str) -> &'a Family {
    match cat.models.iter().find(|f| &*f.id == id) {
        Some(f) => f,
        None => panic!("{id} is in the list"),
    }
}

/// The index of the checkpoint named `name`.
fn at(f: &Family, name: &str) -> usize {
    match f.variants.iter().position(|v| &*v.name == name) {
        Some(i) => i,
        None => panic!("{} has a checkpoint {name}", f.id),
    }
}

/// `COLUMNS` is the table's names then the score columns; each name parses
/// to the column whose name it is, its header is `i18n::header`'s, its JSON
/// key is one a family object has, and the id columns are kept whole.
#[test]
fn the_column_table_is_what_columns_parse_to() {
    let fixed: Vec<&str> = Column::FIXED.iter().map(|c| c.spec().key).collect();
    assert_eq!(&COLUMNS[..fixed.len()], fixed.as_slice());
    assert!(COLUMNS[fixed.len()..]
        .iter()
        .all(|c| c.starts_with("score:")));
    for key in COLUMNS {
        let Some(c) = Column::parse(key) else {
            panic!("{key} does not parse")
        };
        assert_eq!(c.key(), *key);
        for lang in [Lang::En, Lang::Ja, Lang::Fr] {
            assert_eq!(c.header(lang), i18n::header(lang, key));
        }
        assert!(
            crate::render::json::FAMILY_FIELDS.contains(&c.spec().json),
            "{key}: {}",
            c.spec().json
        );
    }
    assert_eq!(Column::parse("score:pfgen"), Some(Column::Score("pfgen")));
    assert_eq!(Column::parse("nope"), None);
    let whole: Vec<&str> = Column::FIXED
        .iter()
        .filter(|c| c.spec().whole)
        .map(|c| c.spec().key)
        .collect();
    assert_eq!(whole, ["id", "hf"]);
}

/// Every family, with all, none and each one of its checkpoints, in every
/// column and language: a column that says "unknown" when empty is never
/// empty, one that may be empty never says "unknown" for an empty value,
/// and a name no column has prints nothing.
#[test]
fn empty_cells_follow_the_column_table() {
    let cat = load::embedded();
    let mut blank = std::collections::HashSet::new();
    for f in cat.models.iter() {
        let all: Vec<usize> = (0..f.variants.len()).collect();
        let mut sets = vec![all, Vec::new()];
        sets.extend((0..f.variants.len()).map(|i| vec![i]));
        for set in &sets {
            for lang in [Lang::En, Lang::Ja, Lang::Fr] {
                let unknown = i18n::tr(lang, UNKNOWN);
                for key in COLUMNS {
                    let Some(c) = Column::parse(key) else {
                        panic!("{key}")
                    };
                    let text = cell(&cat, f, set, key, lang);
                    match c.spec().empty {
                        Empty::Unknown => assert!(!text.is_empty(), "{} {key}", f.id),
                        Empty::Blank => {
                            assert_ne!(text, unknown, "{} {key}", f.id);
                            if text.is_empty() {
                                blank.insert(*key);
                            }
                        }
                    }
                }
                assert_eq!(cell(&cat, f, set, "nope", lang), "");
            }
        }
    }
    // Families without a task, an approach, a URL or checkpoints' repos.
    for key in ["task", "approach", "hf"] {
        assert!(blank.contains(key), "no blank {key}: {blank:?}");
    }
}

/// The license label: each distinct license of the checkpoints shown, its
/// names (SPDX where the license table has one) joined by ` & ` and its
/// commercial-use mark, joined by ` | `.
#[test]
fn license_labels_name_each_license_with_its_mark() {
    let cat = load::embedded();
    // README.md:68 of the list: `baseモデル: MIT<br>instructモデル: CC
    // BY-NC-SA 4.0`; catalog/licenses.toml: SPDX `MIT`, `CC-BY-NC-SA-4.0`.
    let f = family(&cat, "stockmark-13b");
    let (base, instruct) = (at(f, "13b"), at(f, "13b-instruct"));
    let label = |set: &[usize]| license_label(&cat, f, set, Lang::En);
    assert_eq!(label(&[base]), "MIT ✓");
    assert_eq!(label(&[instruct]), "CC-BY-NC-SA-4.0 ✗");
    assert_eq!(label(&[base, instruct]), "MIT ✓ | CC-BY-NC-SA-4.0 ✗");
    assert_eq!(
        commercial_label(f, &[base, instruct], Lang::En),
        "mixed (yes, no)"
    );
    // Over the catalog: one part per distinct license, each with its mark.
    for f in cat.models.iter() {
        let all: Vec<usize> = (0..f.variants.len()).collect();
        for set in [all, Vec::new()] {
            let licenses = licenses_of(f, &set);
            let text = license_label(&cat, f, &set, Lang::Ja);
            let parts: Vec<&str> = text.split(" | ").collect();
            if licenses.is_empty() {
                assert_eq!(text, i18n::tr(Lang::Ja, UNKNOWN), "{}", f.id);
                continue;
            }
            assert_eq!(parts.len(), licenses.len(), "{}: {text}", f.id);
            for (part, l) in parts.iter().zip(&licenses) {
                assert!(
                    part.ends_with(&format!(" {}", mark(l.commercial))),
                    "{}: {part}",
                    f.id
                );
                assert!(
                    part.len() > mark(l.commercial).len() + 1,
                    "{}: {part}",
                    f.id
                );
            }
        }
    }
    assert_eq!(mark(Commercial::Conditional), "~");
}

/// The context label: one value, a range where checkpoints differ, a bound
/// with its sign, and the base model's where the list states none.
#[test]
fn context_labels_say_what_the_list_says() {
    let cat = load::embedded();
    // README.md:51 of the list: `7b, 13b: 4,096<br>70b: 8,192`.
    let f = family(&cat, "sarashina2");
    let all: Vec<usize> = (0..f.variants.len()).collect();
    assert_eq!(context_label(f, &all, Lang::En), "4096–8192");
    assert_eq!(context_label(f, &[at(f, "7b")], Lang::En), "4096");
    assert_eq!(context_label(f, &[at(f, "70b")], Lang::En), "8192");
    // README.md:81: `≤ 2,048` for every checkpoint.
    let f = family(&cat, "rinna-gpt-japanese-only");
    let all: Vec<usize> = (0..f.variants.len()).collect();
    assert_eq!(context_label(f, &all, Lang::En), "≤ 2048");
    assert_eq!(context_label(f, &[], Lang::En), "≤ 2048");
    // No context in the list; the base model's from its model card
    // (`base_context_source` in the catalog).
    let f = family(&cat, "gpt-oss-swallow-120b");
    let all: Vec<usize> = (0..f.variants.len()).collect();
    assert_eq!(
        context_label(f, &all, Lang::En),
        "unknown (base model: 131,072)"
    );
    // Over the catalog: a plain number is the one value every checkpoint
    // states; a range runs from the smallest to the largest.
    for f in cat.models.iter() {
        let all: Vec<usize> = (0..f.variants.len()).collect();
        let stated: Vec<u64> = f.variants.iter().filter_map(|v| v.context_in(f)).collect();
        if all.is_empty() || stated.len() < all.len() {
            continue;
        }
        let (lo, hi) = (stated.iter().min(), stated.iter().max());
        let expected = match (lo, hi) {
            (Some(lo), Some(hi)) if lo == hi => lo.to_string(),
            (Some(lo), Some(hi)) => format!("{lo}–{hi}"),
            _ => continue,
        };
        assert_eq!(context_label(f, &all, Lang::En), expected, "{}", f.id);
    }
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
