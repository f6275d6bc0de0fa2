//! The browser's recommend view (`R`): `jllm recommend` itself, run
//! in-process on the view's filters and the machine set with `v`, its
//! output captured as the MCP server captures a tool's (`pager::capture`,
//! `stderr::capture`). The rows, reasons and footer are recommend's own:
//! the browser ranks nothing itself.

use crate::cli::{Cli, Command, Tree};
use crate::config::Config;

use super::app::App;
use super::form;

/// The words of the `jllm recommend` command line for `app`'s view: its
/// filters (but `--task`, which recommend reads as the use that chooses
/// the suite, not as list's task filter) and its machine (`--vram`,
/// `--ram`, `--gpu` as typed in the form).
pub fn words(app: &App) -> Vec<String> {
    let mut words = vec!["recommend".to_string()];
    let mut tokens = form::filter_tokens(&app.filters).into_iter();
    while let Some(t) = tokens.next() {
        if t == "--task" {
            tokens.next();
        } else if !t.starts_with("--task=") {
            words.push(t);
        }
    }
    let [vram, ram, _, gpu] = app.machine_text.each_ref().map(|s| s.trim());
    for (flag, value) in [("--vram", vram), ("--ram", ram), ("--gpu", gpu)] {
        if !value.is_empty() {
            words.push(flag.into());
            words.push(value.into());
        }
    }
    words
}

/// What `jllm WORDS…` prints, stdout then stderr, as the text of the view;
/// a command line clap refuses gives clap's message.
pub fn run(words: &[String], cfg: &Config) -> String {
    let line = std::iter::once("jllm".to_string())
        .chain(words.iter().cloned())
        .map(Into::into)
        .collect();
    let cli = match Cli::parse_args_in(line, Tree::Free) {
        Ok(cli) => cli,
        Err(e) => return e.render().to_string(),
    };
    let Command::Recommend(args) = &cli.command else {
        return String::new();
    };
    let ((result, notes), out) =
        crate::pager::capture(|| crate::stderr::capture(|| crate::cmd::recommend::run(args, cfg)));
    let mut text = String::from_utf8_lossy(&out).into_owned();
    text.push_str(&notes);
    if let Err(e) = result {
        text.push_str(&crate::sanitize::line(&format!("jllm: {e:#}")));
        text.push('\n');
    }
    text
}
