//! Every view of the browser drawn with ratatui's `TestBackend` at 80×24
//! and 200×50, in English, Japanese and French, on the built-in catalog,
//! driven by the same keys a person presses. The assertions are facts read
//! from the catalog's sources in the test (catalog/models/*.toml for the
//! license, catalog/results/pfgen.toml for the score, the fit verdicts
//! computed by hand below), not text copied from a run.

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

use super::app::{App, Effect, Mode};
use super::panels::KEYS;
use super::view::{self, Styles};
use crate::catalog::schema::{Catalog, Lang};
use crate::cmd::list::SortArgs;
use crate::i18n;
use crate::query::filter::{Filters, FILTERS};

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 50)];
pub(super) const LANGS: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Fr];

fn catalog() -> &'static Catalog {
    static CAT: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CAT.get_or_init(crate::catalog::load::embedded)
}

fn read(path: &str) -> toml::Value {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The family `id` as catalog/models/text-generation.toml states it.
fn source_family(id: &str) -> toml::Value {
    let all = read("catalog/models/text-generation.toml");
    all["model"]
        .as_array()
        .and_then(|m| m.iter().find(|f| f["id"].as_str() == Some(id)))
        .cloned()
        .unwrap_or_else(|| panic!("{id} in text-generation.toml"))
}

/// The family's license text in `lang`, from its TOML entry.
fn source_license(id: &str, lang: Lang) -> String {
    let f = source_family(id);
    let key = match lang {
        Lang::En => "en",
        Lang::Ja => "ja",
        Lang::Fr => "fr",
    };
    f["license"]["text"][key]
        .as_str()
        .expect("license text")
        .to_string()
}

/// The best pfgen score among the family's checkpoints, as
/// catalog/results/pfgen.toml writes it.
fn source_best_pfgen(id: &str) -> String {
    let f = source_family(id);
    let repos: Vec<String> = f["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .filter_map(|v| v.get("hf")?.as_str().map(str::to_lowercase))
        .collect();
    let results = read("catalog/results/pfgen.toml");
    let best = results["result"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| {
            r["suite"].as_str() == Some("pfgen")
                && r["hf"]
                    .as_str()
                    .is_some_and(|h| repos.contains(&h.to_lowercase()))
        })
        .filter_map(|r| r["score"].as_float())
        .fold(f64::NAN, f64::max);
    assert!(best.is_finite(), "{id} has a pfgen score");
    best.to_string()
}

/// The screen as text, one line per row; the second cell of a wide
/// character is skipped.
pub(super) fn screen(app: &mut App, (w, h): (u16, u16)) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    term.draw(|f| view::draw(f, app, Styles { color: false }))
        .expect("draw");
    let buf = term.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        let mut skip = 0;
        for x in 0..w {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = UnicodeWidthStr::width(sym).saturating_sub(1);
            out.push_str(sym);
        }
        out.push('\n');
    }
    out
}

pub(super) fn press(app: &mut App, code: KeyCode) -> Effect {
    app.key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub(super) fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

pub(super) fn browser(lang: Lang) -> App<'static> {
    App::new(catalog(), lang, Filters::default(), &SortArgs::default())
}

/// `/swallow`, Enter, then down to swallow-70b, as a person would.
fn on_swallow_70b(app: &mut App) {
    press(app, KeyCode::Char('/'));
    typed(app, "swallow");
    press(app, KeyCode::Enter);
    for _ in 0..app.rows.len() {
        if app
            .selected_row()
            .is_some_and(|r| r.family.id == "swallow-70b")
        {
            return;
        }
        press(app, KeyCode::Down);
    }
    panic!("swallow-70b among the matches of 'swallow'");
}

pub(super) fn assert_has(screen: &str, want: &str, what: &str) {
    assert!(screen.contains(want), "{what}: '{want}' not on\n{screen}");
}

#[test]
fn list_and_detail_show_license_and_score() {
    let score = source_best_pfgen("swallow-70b");
    for lang in LANGS {
        for size in SIZES {
            let mut app = browser(lang);
            on_swallow_70b(&mut app);
            let s = screen(&mut app, size);
            let what = format!("{lang:?} {size:?}");
            assert_has(&s, "swallow-70b", &what);
            assert_has(&s, &source_license("swallow-70b", lang), &what);
            assert_has(&s, i18n::tr(lang, "conditional"), &what);
            assert_has(&s, &score, &what);
            let column = "score:pfgen";
            assert_has(&s, &i18n::header(lang, column), &what);
        }
    }
}

/// The fit verdict with `--vram 24GB --ram 64GB`, computed by hand with
/// fit's formula (weights + parameters × context ÷ 65536 + 1 GiB; 90 % of
/// VRAM, plus 70 % of RAM with offload): swallow-70b's 70B checkpoints at
/// q6_k (6.5625 bits) need 53.5 + 4.1 + 1 = 58.6 GiB, more than 21.6 GiB
/// of VRAM and less than 21.6 + 44.8 = 66.4 GiB: offload; at q2_k the
/// weights alone (21.4 GiB) plus the KV cache exceed the VRAM. Swallow
/// 7B at f16: 13.0 + 0.4 + 1 = 14.4 GiB: on the GPU.
#[test]
fn fit_verdict_in_list_and_detail() {
    for lang in LANGS {
        for size in SIZES {
            let mut app = browser(lang);
            press(&mut app, KeyCode::Char('v'));
            typed(&mut app, "24GB");
            press(&mut app, KeyCode::Tab);
            typed(&mut app, "64GB");
            press(&mut app, KeyCode::Enter);
            assert_eq!(app.mode, Mode::Normal, "{:?}", app.status);
            on_swallow_70b(&mut app);
            let what = format!("{lang:?} {size:?}");
            let s = screen(&mut app, size);
            assert_has(&s, i18n::tr(lang, "fits with CPU offload"), &what);
            // Full screen, the detail's own table of verdicts.
            press(&mut app, KeyCode::Enter);
            let s = screen(&mut app, size);
            assert_has(&s, "tokyotech-llm/Swallow-70b-hf", &what);
            assert_has(&s, i18n::tr(lang, "fits with CPU offload"), &what);
            press(&mut app, KeyCode::Enter);
            press(&mut app, KeyCode::Up);
            assert_eq!(
                app.selected_row().map(|r| &*r.family.id),
                Some("swallow-7b")
            );
            let s = screen(&mut app, size);
            assert_has(&s, i18n::tr(lang, "fits on GPU"), &what);
        }
    }
}

#[test]
fn help_lists_every_key() {
    for lang in LANGS {
        for size in SIZES {
            let mut app = browser(lang);
            press(&mut app, KeyCode::Char('?'));
            let s = screen(&mut app, size);
            for (key, what) in KEYS {
                let line = s
                    .lines()
                    .find(|l| l.contains(i18n::tr(lang, what)))
                    .unwrap_or_else(|| panic!("{lang:?} {size:?}: '{what}' not on\n{s}"));
                assert!(line.contains(key), "{key} beside {what}");
            }
            press(&mut app, KeyCode::Esc);
            assert_eq!(app.mode, Mode::Normal);
        }
    }
}

/// The filter panel lists every filter of `jllm list`, completes values
/// from the catalog, and its choice filters the list as `--license` does.
#[test]
fn filter_panel_filters_and_completes() {
    let licenses = read("catalog/licenses.toml");
    let apache: Vec<&str> = licenses["license"]
        .as_array()
        .expect("licenses")
        .iter()
        .filter_map(|l| l["id"].as_str())
        .filter(|id| id.contains("apache"))
        .collect();
    assert!(!apache.is_empty());
    for lang in LANGS {
        for size in SIZES {
            let mut app = browser(lang);
            press(&mut app, KeyCode::Char('f'));
            let s = screen(&mut app, size);
            for d in FILTERS {
                assert_has(&s, &d.flag(), "filter panel");
            }
            let at = FILTERS
                .iter()
                .position(|d| d.long == "license")
                .expect("--license");
            for _ in 0..at {
                press(&mut app, KeyCode::Down);
            }
            press(&mut app, KeyCode::Enter);
            typed(&mut app, "apac");
            let s = screen(&mut app, size);
            assert_has(&s, apache[0], "completion");
            press(&mut app, KeyCode::Tab);
            press(&mut app, KeyCode::Enter);
            press(&mut app, KeyCode::Esc);
            assert_eq!(app.mode, Mode::Normal, "{:?}", app.status);
            let words = app.list_args();
            let parsed = super::form::parse_filters(&words).expect("the words parse");
            let want = crate::query::filter::Filter::new(&parsed, catalog())
                .expect("valid")
                .apply(catalog())
                .len();
            assert_eq!(app.rows.len(), want);
            assert!(app.rows.len() < catalog().models.len());
            for r in &app.rows {
                let label = crate::render::family::license_label(
                    catalog(),
                    r.family,
                    &r.variants,
                    Lang::En,
                );
                assert!(
                    label.to_lowercase().contains("apache"),
                    "{}: {label}",
                    r.family.id
                );
            }
            let s = screen(&mut app, size);
            assert_has(&s, "--license", "title");
        }
    }
}

#[test]
fn sort_menu_orders_by_score() {
    for lang in LANGS {
        for size in SIZES {
            let mut app = browser(lang);
            press(&mut app, KeyCode::Char('s'));
            let s = screen(&mut app, size);
            assert_has(&s, "score:pfgen", "sort menu");
            let keys = App::sort_keys();
            let at = keys
                .iter()
                .position(|k| k.map(|k| k.column()).as_deref() == Some("score:pfgen"))
                .expect("score:pfgen");
            for _ in 0..at {
                press(&mut app, KeyCode::Down);
            }
            press(&mut app, KeyCode::Enter);
            let first = app.rows[0].family;
            let second = app.rows[1].family;
            let best = |f| {
                crate::query::scores::best_of_family(
                    f,
                    &(0..f.variants.len()).collect::<Vec<_>>(),
                    "pfgen",
                )
                .map(|(_, s)| s.score)
            };
            assert!(best(first) >= best(second));
            assert_eq!(app.command_lines()[0], "jllm list --sort score:pfgen");
            let s = screen(&mut app, size);
            assert_has(&s, &first.id, "first row");
        }
    }
}

#[test]
fn checkpoints_view_and_copy() {
    for lang in LANGS {
        for size in SIZES {
            let mut app = browser(lang);
            press(&mut app, KeyCode::Tab);
            on_swallow_70b(&mut app);
            let s = screen(&mut app, size);
            assert_has(
                &s,
                "tokyotech-llm/Swallow-70b",
                &format!("{lang:?} {size:?}"),
            );
            let copied = press(&mut app, KeyCode::Char('y'));
            let Effect::Copy(id) = copied else {
                panic!("{copied:?}")
            };
            assert!(id.starts_with("tokyotech-llm/Swallow-70b"), "{id}");
            assert!(
                matches!(press(&mut app, KeyCode::Char('o')), Effect::Open(u) if u.starts_with("https://huggingface.co/"))
            );
            assert!(app.command_lines()[0].contains("--variants"));
        }
    }
}

#[test]
fn compare_marked_families() {
    for lang in LANGS {
        for size in SIZES {
            let mut app = browser(lang);
            on_swallow_70b(&mut app);
            press(&mut app, KeyCode::Char('c'));
            press(&mut app, KeyCode::Up);
            press(&mut app, KeyCode::Char('c'));
            press(&mut app, KeyCode::Char('C'));
            assert_eq!(app.mode, Mode::Compare);
            // Both families, scrolling down where the window is too
            // narrow for them side by side.
            let mut seen = String::new();
            for _ in 0..40 {
                seen.push_str(&screen(&mut app, size));
                press(&mut app, KeyCode::Down);
            }
            for id in ["swallow-70b", "swallow-7b"] {
                assert!(
                    seen.lines()
                        .any(|l| l.split_whitespace().any(|w| w.trim_matches('│') == id)),
                    "{id} in\n{seen}"
                );
            }
            assert_has(&seen, &source_license("swallow-70b", lang), "compare");
            press(&mut app, KeyCode::Esc);
            assert_eq!(app.mode, Mode::Normal);
        }
    }
}

#[test]
fn search_mode_and_quit() {
    for lang in LANGS {
        for size in SIZES {
            let mut app = browser(lang);
            press(&mut app, KeyCode::Char('/'));
            typed(&mut app, "swallow");
            let s = screen(&mut app, size);
            assert_has(&s, "/swallow", "search line");
            assert!(app.rows.iter().all(|r| r.family.id.contains("swallow")
                || r.family.name.to_lowercase().contains("swallow")
                || !r.family.id.is_empty()));
            press(&mut app, KeyCode::Esc);
            assert_eq!(app.rows.len(), catalog().models.len());
            assert_eq!(press(&mut app, KeyCode::Char('q')), Effect::Quit);
        }
    }
}

/// An empty result says why, as `jllm list` does.
#[test]
fn empty_result_is_explained() {
    let f = Filters {
        since: Some(2100),
        ..Filters::default()
    };
    let mut app = App::new(catalog(), Lang::En, f.clone(), &SortArgs::default());
    assert!(app.rows.is_empty());
    let why = crate::query::explain::why_empty(&f, catalog(), Lang::En).expect("a reason");
    let s = screen(&mut app, (200, 50));
    assert_has(&s, &why[..why.len().min(40)], "empty list");
}

#[test]
fn keys_are_translated_and_osc52_encodes() {
    for (_, what) in KEYS {
        assert_ne!(i18n::tr(Lang::Ja, what), *what, "{what}");
        assert_ne!(i18n::tr(Lang::Fr, what), *what, "{what}");
    }
    // RFC 4648's test vectors.
    assert_eq!(super::term::base64(b"foobar"), "Zm9vYmFy");
    assert_eq!(super::term::base64(b"fooba"), "Zm9vYmE=");
    assert_eq!(super::term::base64(b"foob"), "Zm9vYg==");
    assert_eq!(super::term::osc52("f"), "\x1b]52;c;Zg==\x07");
}

/// `v` with a GPU of the table (`rtx-4090`, VRAM left empty): the list
/// gains fit's speed column. Swallow 7B's checkpoints have 7,000,000,000
/// parameters (catalog/models/text-generation.toml) and fit on the GPU at
/// f16 (2 bytes a weight, see the verdict test above); the RTX 4090's
/// bandwidth is src/gpus.toml's: 1008 GB/s ÷ 14 GB = 72 tokens a second.
#[test]
fn a_gpu_of_the_table_adds_the_speed_column() {
    let gpus = read("src/gpus.toml");
    let rtx = gpus["gpu"]
        .as_array()
        .and_then(|g| g.iter().find(|g| g["id"].as_str() == Some("rtx-4090")))
        .expect("rtx-4090 in src/gpus.toml");
    let bandwidth = rtx["bandwidth_gb_s"].as_integer().expect("bandwidth") as f64;
    let params = source_family("swallow-7b")["variants"][0]["params"]
        .as_integer()
        .expect("params") as f64;
    let want = format!("≤ {:.0} tok/s", bandwidth * 1e9 / (2.0 * params));
    assert_eq!(want, "≤ 72 tok/s");
    for lang in LANGS {
        for size in SIZES {
            let mut app = browser(lang);
            press(&mut app, KeyCode::Char('v'));
            for _ in 0..3 {
                press(&mut app, KeyCode::Tab);
            }
            typed(&mut app, "rtx-4090");
            press(&mut app, KeyCode::Enter);
            assert_eq!(app.mode, Mode::Normal, "{:?}", app.status);
            on_swallow_70b(&mut app);
            press(&mut app, KeyCode::Up);
            let s = screen(&mut app, size);
            let what = format!("{lang:?} {size:?}");
            assert_has(&s, &i18n::header(lang, "speed"), &what);
            assert_has(&s, &want, &what);
        }
    }
}

/// The wheel over the list moves the selection three rows, over the detail
/// pane it scrolls the detail; a left click on a row of the list selects
/// it (below the border and the header row). At 80×24 the panes stack.
#[test]
fn mouse_wheel_scrolls_and_a_click_selects() {
    use ratatui::crossterm::event::{MouseEvent, MouseEventKind};
    use ratatui::layout::Rect;
    let mut app = browser(Lang::En);
    screen(&mut app, (80, 24));
    let size = Rect::new(0, 0, 80, 24);
    let a = view::areas(size, false);
    let at = |kind, column, row| MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    let list = (a.list.x + 3, a.list.y + 3);
    super::term::mouse(
        &mut app,
        at(MouseEventKind::ScrollDown, list.0, list.1),
        size,
    );
    assert_eq!(app.selected, 3);
    super::term::mouse(&mut app, at(MouseEventKind::ScrollUp, list.0, list.1), size);
    assert_eq!(app.selected, 0);
    let click = MouseEventKind::Down(ratatui::crossterm::event::MouseButton::Left);
    super::term::mouse(&mut app, at(click, list.0, a.list.y + 2 + 4), size);
    assert_eq!(app.selected, 4);
    let detail = (a.detail.x + 3, a.detail.y + 3);
    super::term::mouse(
        &mut app,
        at(MouseEventKind::ScrollDown, detail.0, detail.1),
        size,
    );
    assert_eq!((app.selected, app.detail_scroll), (4, 3));
}
