//! Tests of table fitting, wrapping and the plain renderer on the real
//! catalog.

use super::fit::cut;
use super::wrap::wrap_at_spaces;
use super::*;
use crate::catalog::load;
use crate::catalog::schema::{Catalog, Lang};
use crate::render::family;
use crate::sanitize::unpainted;

/// Every family of `cat` as a row of `columns`, all checkpoints selected.
fn catalog_rows(cat: &Catalog, columns: &[String], lang: Lang) -> Vec<Vec<String>> {
    cat.models
        .iter()
        .map(|f| {
            let all: Vec<usize> = (0..f.variants.len()).collect();
            columns
                .iter()
                .map(|c| family::cell(cat, f, &all, c, lang))
                .collect()
        })
        .collect()
}

#[test]
fn wrap_breaks_at_spaces_and_between_cjk_characters_only() {
    assert_eq!(
        wrap("Research and Development Center", 12),
        "Research and\nDevelopment\nCenter"
    );
    // A word wider than the column stays whole on its own line.
    assert_eq!(
        wrap("hf: tokyotech-llm/Swallow-70b-hf", 10),
        "hf:\ntokyotech-llm/Swallow-70b-hf"
    );
    assert_eq!(wrap("大規模言語モデル", 6), "大規模\n言語モ\nデル");
    assert_eq!(wrap("東工大GPT model", 8), "東工大\nGPT\nmodel");
    assert_eq!(wrap("a\nb c", 1), "a\nb\nc");
}

/// Wrapping only moves line breaks: the text without spaces and line
/// breaks is unchanged, at any width, for hostile text too.
#[test]
fn wrap_keeps_every_character() {
    let texts = [
        "",
        " ",
        "   leading and trailing   ",
        "\n\n",
        "İİİ ẞ ｗｉｄｅ 全角 mixed東工大GPT",
        "tokyotech-llm/Swallow-70b-instruct-v0.1 and more words here",
        "\u{1b}[31m red \u{202e} bidi",
    ];
    for text in texts {
        for width in [0, 1, 2, 5, 13, 80] {
            let wrapped = wrap(text, width);
            let strip = |s: &str| s.replace([' ', '\n'], "");
            assert_eq!(strip(&wrapped), strip(text), "{text:?} at {width}");
        }
    }
}

/// Every family of the catalog in the default list columns, fitted to
/// 40–200 columns: lines fit unless one unbreakable piece is wider;
/// every id and repo id appears whole on one line.
#[test]
fn fitted_tables_fit_and_keep_ids_whole() {
    let cfg = Config::for_tests(false, false);
    let cat = load::embedded();
    let header: Vec<String> = [
        "id",
        "name",
        "sizes",
        "developer",
        "license",
        "year",
        "context",
    ]
    .iter()
    .map(|c| c.to_string())
    .collect();
    let rows = catalog_rows(&cat, &header, cfg.lang);
    for width in [40, 60, 80, 120, 200, 1000] {
        let fitted = fit(Some(&header), &rows, width, GRID_GAP, &FitOpts::default());
        let h = fitted.header.clone().unwrap_or_default();
        let text = plain(
            Some(&h),
            fitted.rows.iter().map(|r| r.as_slice()),
            GRID_GAP,
            fitted.widest,
            Paint::None,
        );
        let widest_id = cat.models.iter().map(|f| f.id.len()).max().unwrap_or(0);
        for line in text.lines().skip(2) {
            assert!(
                display_width(line) <= width.max(widest_id + 1),
                "{width}: {line}"
            );
        }
        for f in cat.models.iter() {
            assert!(
                text.lines()
                    .any(|l| l.split_whitespace().any(|w| w == &*f.id)),
                "{width}: {} broken",
                f.id
            );
        }
        // The id column is never dropped; at 1000 nothing is.
        assert_eq!(h.first().map(String::as_str), Some("id"));
        if width == 1000 {
            assert!(fitted.dropped.is_empty(), "{:?}", fitted.dropped);
        }
    }
    let narrow = fit(Some(&header), &rows, 40, GRID_GAP, &FitOpts::default());
    assert!(!narrow.dropped.is_empty());
    // The license column (what `--license` asks about) stays at 40.
    let opts = FitOpts {
        keep: vec![4],
        whole: Vec::new(),
    };
    let narrow = fit(Some(&header), &rows, 40, GRID_GAP, &opts);
    assert!(!narrow.dropped.contains(&"license".to_string()));
    let h = narrow.header.unwrap_or_default();
    assert!(h.contains(&"license".to_string()), "{h:?}");
}

/// The plain renderer must print what comfy-table prints, on real data:
/// every family of the catalog in every list column (CJK names,
/// multi-line cells, hostile characters escaped).
#[test]
fn plain_output_is_comfy_tables_byte_for_byte() {
    let cfg = Config::for_tests(false, false);
    let cat = load::embedded();
    let header: Vec<String> = family::COLUMNS.iter().map(|c| c.to_string()).collect();
    let rows = catalog_rows(&cat, &header, cfg.lang);
    // Cells under PAD_LIMIT: the table comfy-table draws; the wider
    // ones stick out of their column (tested below).
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .filter(|r| r.iter().all(|c| display_width_max(c) <= PAD_LIMIT))
        .collect();
    assert!(rows.len() > 30, "{}", rows.len());
    assert!(rows.iter().flatten().any(|c| c.contains('\n')));
    let plain = grid(&header, &rows, &cfg);
    assert_eq!(plain, comfy::grid(&header, &rows));
    let pairs: Vec<(String, String)> = cat
        .models
        .iter()
        .filter(|f| display_width(&f.name_ja) <= PAD_LIMIT)
        .take(40)
        .map(|f| {
            let data = f.training_data.as_ref().and_then(|t| t.ja.as_deref());
            (
                f.name_ja.to_string(),
                data.unwrap_or("\u{1b}[31m").to_string(),
            )
        })
        .collect();
    assert_eq!(super::pairs(&pairs, &cfg), comfy::pairs(&pairs));
}

/// With colours on, tables are the same characters with escapes around
/// some texts: on a terminal of any width as fitted without colours (so
/// never wider than it, but for an id alone on its line), and piped as
/// streamed without colours. Headers and keys are bold, marks coloured,
/// "unknown" grey, the escapes around the text and not its padding.
#[test]
fn painted_tables_are_the_plain_tables_with_escapes() {
    let cat = load::embedded();
    let header: Vec<String> = family::COLUMNS.iter().map(|c| c.to_string()).collect();
    let rows = catalog_rows(&cat, &header, Lang::En);
    let widest_id = cat.models.iter().map(|f| f.id.len()).max().unwrap_or(0);
    let kv: Vec<(String, String)> = cat.models[..40]
        .iter()
        .map(|f| {
            let all: Vec<usize> = (0..f.variants.len()).collect();
            (
                f.name.to_string(),
                family::cell(&cat, f, &all, "license", Lang::En),
            )
        })
        .collect();
    for (tty, width) in [
        (false, 80),
        (true, 60),
        (true, 80),
        (true, 100),
        (true, 120),
    ] {
        let mut cfg = Config::for_tests(tty, true);
        cfg.width = width;
        let mut bare = Config::for_tests(tty, false);
        bare.width = width;
        let painted = grid(&header, &rows, &cfg);
        assert_eq!(
            unpainted(&painted),
            grid(&header, &rows, &bare),
            "{tty} {width}"
        );
        if tty {
            for line in painted.lines() {
                let w = display_width(&unpainted(line));
                assert!(w <= width.max(widest_id + 1), "{width}: {w}: {line}");
            }
        }
        assert!(
            painted.starts_with(" \u{1b}[1mid\u{1b}[0m "),
            "{painted:.80}"
        );
        let painted = pairs(&kv, &cfg);
        assert_eq!(unpainted(&painted), pairs(&kv, &bare), "{tty} {width}");
        assert!(painted.starts_with(&format!(" \u{1b}[1m{}\u{1b}[0m", kv[0].0)));
        assert!(painted.contains("✓\u{1b}[39m\n"), "{painted}");
    }
    let cfg = Config::for_tests(false, true);
    let painted = grid(&header, &rows, &cfg);
    assert!(painted.contains("\u{1b}[38;5;10mApache-2.0 ✓\u{1b}[39m   "));
    assert!(painted.contains("\u{1b}[38;5;8munknown\u{1b}[39m"));
    assert!(painted.contains(" ✗\u{1b}[39m"));
}

/// Headers wrap at spaces only: a Japanese header stays whole however
/// narrow its column, and "）" never starts a line of a cell.
#[test]
fn headers_are_never_broken_inside_a_word() {
    assert_eq!(wrap_at_spaces("アーキテクチャ", 4), "アーキテクチャ");
    assert_eq!(
        wrap_at_spaces("メモリ（f16 / q8_0 / q4_k_m、4096 トークン）", 12),
        "メモリ（f16\n/ q8_0 /\nq4_k_m、4096\nトークン）"
    );
    // In cells, closing marks stay with what they close.
    assert_eq!(wrap("（東工大）", 2), "（\n東\n工\n大）");
    let header: Vec<String> = ["id", "アーキテクチャ", "開発元"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let rows = vec![vec![
        "swallow-70b".to_string(),
        "Llama".to_string(),
        "東京科学大学 岡崎研究室 横田研究室 産業技術総合研究所".to_string(),
    ]];
    for width in [20, 30, 40, 80, 200] {
        let f = fit(Some(&header), &rows, width, GRID_GAP, &FitOpts::default());
        for h in f.header.unwrap_or_default() {
            assert!(!h.contains('\n'), "{width}: {h:?}");
        }
    }
}

/// On a terminal a long cell is cut with "…" to its column, at most
/// MAX_LINES lines; a column kept whole wraps but is never cut.
#[test]
fn long_cells_are_cut_with_an_ellipsis_ids_are_not() {
    let header: Vec<String> = ["id", "developer"].iter().map(|s| s.to_string()).collect();
    let long = "Research and Development Center for Large Language Models ".repeat(4);
    let rows = vec![vec!["llm-jp-3-172b-instruct3".to_string(), long]];
    let f = fit(Some(&header), &rows, 60, GRID_GAP, &FitOpts::default());
    let cell = &f.rows[0][1];
    assert_eq!(cell.lines().count(), MAX_LINES, "{cell}");
    assert!(cell.ends_with('…'), "{cell}");
    assert_eq!(f.rows[0][0], "llm-jp-3-172b-instruct3");
    assert_eq!(cut("abcdef", 4), "abc…");
}

/// Footers wrap at word boundaries to the width.
#[test]
fn notes_wrap_at_words() {
    let cfg = Config::for_tests(true, false);
    let text = "417 of 490 checkpoints of known size fit in 21.6 GiB of 24.0 GiB VRAM at 4096 tokens (or the model's limit); 207 of unknown size skipped.";
    let wrapped = note(text, &cfg);
    for line in wrapped.lines() {
        assert!(display_width(line) < 80, "{line}");
    }
    assert!(wrapped.contains("tokens"), "{wrapped}");
    assert_eq!(wrapped.replace('\n', " ").trim_end(), text);
}

/// A cell wider than [`PAD_LIMIT`] sticks out of its column alone: the
/// other rows keep the width of their own cells, and the output grows by
/// the cell's size, not by rows × its size.
#[test]
fn wide_cells_do_not_pad_every_row() {
    let cfg = Config::for_tests(false, false);
    let header = vec!["name".to_string(), "year".to_string()];
    let wide = "w".repeat(100_000);
    let mut rows: Vec<Vec<String>> = (0..1000)
        .map(|i| vec![format!("n{i}"), "2024".to_string()])
        .collect();
    rows.push(vec![wide.clone(), "2025".to_string()]);
    let out = grid(&header, &rows, &cfg);
    assert!(out.len() < wide.len() + 1000 * 20, "{} bytes", out.len());
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[2], " n0     2024");
    assert_eq!(lines[1002], format!(" {wide}   2025"));
}

/// Rendering time and size grow with the cells, not with rows × the
/// widest cell.
#[test]
fn wide_cells_render_in_linear_time() {
    let cfg = Config::for_tests(false, false);
    let header = vec!["name".to_string(), "year".to_string()];
    crate::scaling::assert_linear("a table with one wide cell", 2_000, |n| {
        let mut rows: Vec<Vec<String>> = (0..n)
            .map(|i| vec![format!("n{i}"), "2024".to_string()])
            .collect();
        rows.push(vec!["w".repeat(50 * n), "2025".to_string()]);
        crate::scaling::cpu_time(|| {
            let _ = grid(&header, &rows, &cfg);
        })
    });
}

/// The legend names the marks a table shows, painted or not, also when a
/// mark wrapped to a line of its own.
#[test]
fn the_legend_sees_painted_marks() {
    let cfg = Config::for_tests(true, true);
    let header = vec!["id".to_string(), "license".to_string()];
    let rows = vec![vec!["x".to_string(), "Apache-2.0\n✓".to_string()]];
    let painted = grid(&header, &rows, &cfg);
    assert!(painted.contains("\u{1b}[38;5;10m✓\u{1b}[39m"), "{painted}");
    assert!(legend(&painted, &cfg).contains("commercial use allowed"));
    let rows = vec![vec!["x".to_string(), "Apache-2.0".to_string()]];
    assert_eq!(legend(&grid(&header, &rows, &cfg), &cfg), "");
}
