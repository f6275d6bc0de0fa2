//! Tests of the translation table: completeness, the source's literals,
//! French typography, the language read ahead of clap, templates, and the
//! catalog's license reasons.

use super::*;
use crate::catalog::load;

fn holes(s: &str) -> Vec<&str> {
    let mut v: Vec<&str> = s
        .match_indices('{')
        .filter_map(|(i, _)| Some(&s[i..i + s[i..].find('}')? + 1]))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Every entry has a Japanese and a French text with the same holes as
/// the English one, and no English key is there twice.
#[test]
fn every_entry_has_japanese_and_french() {
    assert!(TABLE.len() > 100, "{}", TABLE.len());
    let mut seen = std::collections::HashSet::new();
    for (en, ja, fr) in TABLE.iter() {
        assert!(seen.insert(*en), "{en:?} twice");
        assert!(!ja.trim().is_empty(), "{en:?} has no Japanese");
        assert!(!fr.trim().is_empty(), "{en:?} has no French");
        assert_eq!(holes(en), holes(ja), "{en:?} / {ja:?}");
        assert_eq!(holes(en), holes(fr), "{en:?} / {fr:?}");
        assert_eq!(tr(Lang::Ja, en), *ja);
        assert_eq!(tr(Lang::Fr, en), *fr);
        assert_eq!(tr(Lang::En, en), *en);
    }
}

/// The string literals passed to `tr`, `trf` and `header` anywhere in
/// src/ (outside this module) are entries of the table: a string added to
/// the code without its translations fails here.
#[test]
fn every_string_the_source_translates_is_in_the_table() {
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).expect("src/ is readable").flatten() {
            let p = e.path();
            if p.is_dir() {
                if !p.ends_with("i18n") {
                    dirs.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    let mut checked = 0;
    let mut missing = Vec::new();
    for p in &files {
        let src = std::fs::read_to_string(p).expect("source is readable");
        for call in ["tr(", "trf(", "trf_into(", "header("] {
            for (at, _) in src.match_indices(call) {
                // Only calls of this module: `i18n::tr(` or a bare `tr(`.
                let before = &src[..at];
                if !(before.ends_with("i18n::")
                    || before.ends_with(|c: char| {
                        !c.is_alphanumeric() && c != '_' && c != ':' && c != '.'
                    }))
                {
                    continue;
                }
                let mut args = &src[at + call.len()..];
                // `trf_into(out, lang, "…")`: the buffer comes first.
                if call == "trf_into(" {
                    let Some(comma) = args.find(',') else {
                        continue;
                    };
                    args = &args[comma + 1..];
                }
                // The second argument, when it is a literal.
                let Some(comma) = args.find(',') else {
                    continue;
                };
                let second = args[comma + 1..].trim_start();
                let Some(lit) = second.strip_prefix('"') else {
                    continue;
                };
                let Some(end) = lit.find('"') else { continue };
                let lit = &lit[..end];
                checked += 1;
                if lookup(lit).is_none() {
                    missing.push(format!("{}: {lit:?}", p.display()));
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} translated literals found");
    assert!(missing.is_empty(), "not in the table: {missing:#?}");
}

/// French puts a no-break space (U+00A0) before `:`, `;`, `?`, `!`
/// ending a clause, and never a plain or narrow space.
#[test]
fn french_has_a_no_break_space_before_double_punctuation() {
    let mut seen = 0;
    for (en, _, fr) in TABLE.iter() {
        let chars: Vec<char> = fr.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if !matches!(c, ':' | ';' | '?' | '!') {
                continue;
            }
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            assert!(
                !matches!(before, Some(' ' | '\u{202f}')),
                "{en:?}: {fr:?} has a plain or narrow space before {c:?}"
            );
            // Punctuation of a sentence (not `pfgen=0.5`, `score:SUITE`,
            // `https://`, nor the browser's key `?` opening its status
            // line): after a character, followed by a space, a closing
            // bracket or the end.
            if before.is_some() && after.is_none_or(|a| a == ' ' || a == ')') {
                assert_eq!(
                    before,
                    Some('\u{a0}'),
                    "{en:?}: {fr:?} lacks U+00A0 before {c:?}"
                );
                seen += 1;
            }
        }
    }
    assert!(seen > 50, "only {seen} French colons and semicolons");
}

/// `--lang` read ahead of clap: the last value given before `--`; a
/// value clap refuses is none.
#[test]
fn the_language_is_read_ahead_from_the_command_line() {
    let args =
        |line: &str| -> Vec<String> { line.split_whitespace().map(str::to_string).collect() };
    assert_eq!(
        lang_in_args(&args("--lang fr list --domain x")),
        Some(Lang::Fr)
    );
    assert_eq!(
        lang_in_args(&args("list --domain x --lang=ja")),
        Some(Lang::Ja)
    );
    assert_eq!(lang_in_args(&args("list --lang en")), Some(Lang::En));
    assert_eq!(lang_in_args(&args("list --lang de")), None);
    assert_eq!(lang_in_args(&args("list --lang")), None);
    assert_eq!(lang_in_args(&args("show -- --lang fr")), None);
    assert_eq!(lang_in_args(&args("list")), None);
}

#[test]
fn templates_fill_their_holes_in_the_translation_order() {
    assert_eq!(trf(Lang::En, "{0} families", &[&366]), "366 families");
    assert_eq!(trf(Lang::Ja, "{0} families", &[&366]), "366 ファミリー");
    assert_eq!(trf(Lang::Fr, "{0} families", &[&366]), "366 familles");
    assert_eq!(
        trf(Lang::Ja, "{0} (base model: {1})", &[&"不明", &"4,096"]),
        "不明（ベースモデル: 4,096）"
    );
    // A brace that is no hole stays.
    assert_eq!(trf(Lang::En, "{x} {0}", &[&1]), "{x} 1");
}

/// Every license reason of the built-in catalog (families and
/// checkpoints) reads in Japanese and French, not in English.
#[test]
fn every_license_reason_is_translated() {
    let cat = load::embedded();
    let mut reasons: Vec<&str> = Vec::new();
    for f in cat.models.iter() {
        let licenses = f
            .license
            .iter()
            .chain(f.variants.iter().filter_map(|v| v.license.as_ref()));
        reasons.extend(licenses.filter_map(|l| l.reason.as_deref()));
    }
    assert!(reasons.len() > 100, "{}", reasons.len());
    for r in reasons {
        for lang in [Lang::Ja, Lang::Fr] {
            assert_ne!(reason(lang, r), r, "{lang:?}: {r}");
        }
    }
}
