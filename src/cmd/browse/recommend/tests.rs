//! The recommend view (`R`) against the command itself: the view's text is
//! what `jllm recommend` prints (stdout, then stderr) for the command line
//! in the view's title, run here through the real argument parser; and the
//! facts on the screen: the suite the default use ranks by
//! (swallow-ja-post, as `recommend --help` states), the commercial class
//! catalog/licenses.toml gives the license filtered on.

use ratatui::crossterm::event::KeyCode;

use super::super::app::Mode;
use super::super::tests::{assert_has, browser, press, screen, typed, LANGS};
use crate::catalog::schema::Lang;
use crate::cli::{Cli, Command, Tree};
use crate::config::Config;
use crate::i18n;

/// What `jllm WORDS…` prints, stdout then stderr, at `width` columns
/// without colour, as the MCP server captures a tool's output.
fn printed(words: &[String], lang: Lang, width: usize) -> String {
    let line = std::iter::once("jllm".to_string())
        .chain(words.iter().cloned())
        .map(Into::into)
        .collect();
    let cli = Cli::parse_args_in(line, Tree::Free).expect("a command line recommend reads");
    let Command::Recommend(args) = &cli.command else {
        panic!("not recommend: {words:?}");
    };
    let cfg = Config::pane(lang, width);
    let ((result, notes), out) =
        crate::pager::capture(|| crate::stderr::capture(|| crate::cmd::recommend::run(args, &cfg)));
    result.expect("recommend runs");
    let mut text = String::from_utf8_lossy(&out).into_owned();
    text.push_str(&notes);
    text
}

/// The commercial class of license `id` in catalog/licenses.toml.
fn source_commercial(id: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog/licenses.toml");
    let text = std::fs::read_to_string(&p).expect("catalog/licenses.toml");
    let all: toml::Value = toml::from_str(&text).expect("licenses.toml");
    all["license"]
        .as_array()
        .and_then(|l| l.iter().find(|l| l["id"].as_str() == Some(id)))
        .and_then(|l| l["commercial"].as_str())
        .unwrap_or_else(|| panic!("{id}'s class in licenses.toml"))
        .to_string()
}

/// `v` 24GB Enter, then `R` on Apache-licensed models (and list's task
/// filter, which recommend does not take): the title is the command line,
/// the text exactly what that command prints at the pane's width; the
/// screen shows the score column of swallow-ja-post, the suite named in
/// the footer and the license's class.
#[test]
fn recommend_view_is_what_recommend_prints() {
    let class = source_commercial("apache-2.0");
    for lang in LANGS {
        let mut app = browser(lang);
        app.cfg = Some(Box::leak(Box::new(Config::pane(lang, 200))));
        app.filters.license = vec!["apache-2.0".into()];
        app.filters.task = vec!["text-generation".into()];
        app.refresh();
        press(&mut app, KeyCode::Char('v'));
        typed(&mut app, "24GB");
        press(&mut app, KeyCode::Enter);
        let words = super::words(&app);
        assert_eq!(
            words,
            ["recommend", "--license", "apache-2.0", "--vram", "24GB"],
            "{lang:?}"
        );
        press(&mut app, KeyCode::Char('R'));
        assert_eq!(app.mode, Mode::Recommend);
        // The pane inside its borders: 198 of 200 columns.
        assert_eq!(app.recommended, printed(&words, lang, 198), "{lang:?}");
        let s = screen(&mut app, (200, 50));
        let what = format!("{lang:?}");
        assert_has(&s, "jllm recommend --license apache-2.0 --vram 24GB", &what);
        // The column's header as `header` names it (a column, not a string
        // of the translation table).
        let column = "score:swallow-ja-post";
        assert_has(&s, &i18n::header(lang, column), &what);
        assert_has(&s, i18n::tr(lang, &class), &what);
        // At least one pick: a row under the header's rule ranked 1.
        assert!(
            app.recommended
                .lines()
                .any(|l| l.trim_start().starts_with("1 ")),
            "{what}: no pick:\n{}",
            app.recommended
        );
        // The footer, not the header's score column, names the suite.
        let header = i18n::header(lang, column);
        let footer = app
            .recommended
            .lines()
            .rev()
            .filter(|l| !l.contains(&*header))
            .find(|l| l.contains("swallow-ja-post"));
        assert!(
            footer.is_some(),
            "{what}: the suite in the footer:\n{}",
            app.recommended
        );
        // At 80x24 the same view draws, its title first.
        let small = screen(&mut app, (80, 24));
        assert_has(&small, "jllm recommend --license apache-2.0", &what);
        press(&mut app, KeyCode::Char('x'));
        assert_eq!(app.mode, Mode::Normal);
    }
}

/// A machine too small for any checkpoint: the view ends with the line
/// recommend writes on stderr, after its footer, exactly as it prints
/// them. No machine at all: the key that sets one.
#[test]
fn recommend_view_without_a_fit_or_a_machine() {
    for lang in LANGS {
        let mut app = browser(lang);
        app.cfg = Some(Box::leak(Box::new(Config::pane(lang, 120))));
        press(&mut app, KeyCode::Char('R'));
        assert_eq!(
            app.recommended,
            i18n::tr(lang, "set VRAM with v: recommend ranks what fits"),
            "{lang:?}"
        );
        press(&mut app, KeyCode::Char('x'));
        press(&mut app, KeyCode::Char('v'));
        typed(&mut app, "1MB");
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Char('R'));
        let words = super::words(&app);
        assert_eq!(words, ["recommend", "--vram", "1MB"], "{lang:?}");
        let printed = printed(&words, lang, 118);
        assert_eq!(app.recommended, printed, "{lang:?}");
        let last = printed.lines().last().unwrap_or_default();
        assert!(last.starts_with("jllm: "), "{lang:?}: {printed}");
    }
}

/// `v` 24GB Enter, then `v` with the VRAM changed to 8GB and Esc (the
/// form cancelled): `R` still ranks for 24GB, and its title says so, not
/// the text typed and cancelled; the text is what that title's command
/// prints, and the form shows the applied 24GB again.
#[test]
fn recommend_title_is_the_machine_applied_not_the_form_cancelled() {
    for lang in LANGS {
        let mut app = browser(lang);
        app.cfg = Some(Box::leak(Box::new(Config::pane(lang, 200))));
        press(&mut app, KeyCode::Char('v'));
        typed(&mut app, "24GB");
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Char('v'));
        for _ in "24GB".chars() {
            press(&mut app, KeyCode::Backspace);
        }
        typed(&mut app, "8GB");
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.mode, Mode::Normal);
        assert_eq!(app.machine_text[0], "24GB", "{lang:?}");
        press(&mut app, KeyCode::Char('R'));
        let what = format!("{lang:?}");
        assert_eq!(
            app.recommended_words,
            ["recommend", "--vram", "24GB"],
            "{what}"
        );
        assert_eq!(
            app.recommended,
            printed(&app.recommended_words, lang, 198),
            "{what}"
        );
        let s = screen(&mut app, (200, 50));
        assert_has(&s, "jllm recommend --vram 24GB", &what);
        assert!(
            !s.contains("--vram 8GB"),
            "{what}: the cancelled text shown"
        );
    }
}
