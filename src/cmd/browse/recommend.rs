//! The browser's recommend view (`R`): `jllm recommend`'s ranking
//! (`cmd::recommend::rank`) on the view's filters and the machine set with
//! `v`, printed by recommend's own renderer: its default columns, its
//! footer (`cmd::recommend::footer`) and its line for an empty answer
//! (`cmd::recommend::nothing`), so the view reads as the command prints.
//! The browser ranks nothing itself.

use crate::cmd::output::OutputArgs;
use crate::cmd::recommend::{self, rank, suite_for, Ask};
use crate::i18n;
use crate::render::emit::{emit, Layout};

use super::app::App;
use super::form;

/// The words of the `jllm recommend` command line for `app`'s view (the
/// view's title, so that it can be scripted): its filters (but `--task`,
/// which recommend reads as the use that chooses the suite, not as list's
/// task filter) and the machine [`text`] ranks for (`--vram`, `--ram`,
/// `--gpu` as the form's texts that set it, not as typed since).
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
    let [vram, ram, _, gpu] = app.machine_set.each_ref().map(|s| s.trim());
    for (flag, value) in [("--vram", vram), ("--ram", ram), ("--gpu", gpu)] {
        if !value.is_empty() {
            words.push(flag.into());
            words.push(value.into());
        }
    }
    words
}

/// What `jllm recommend` prints for the view at `width` columns: the
/// table of the picks with recommend's default columns and footer, then
/// the line saying why nothing was picked, if nothing was. Ranked as the
/// command ranks without `--task` or `--suite` (the chat suite), showing
/// as many checkpoints as it does without `-n`. Without a machine, the
/// key that sets one.
pub fn text(app: &App, width: usize) -> String {
    let lang = app.lang;
    let Some(machine) = app.machine else {
        return i18n::tr(lang, "set VRAM with v: recommend ranks what fits").to_string();
    };
    let (suite, mapping) = suite_for(None, None);
    let ask = Ask {
        filters: &app.filters,
        suite,
        context: None,
        machine,
        bandwidth_gb_s: app.bandwidth_gb_s,
        limit: recommend::DEFAULT_LIMIT,
        lang,
    };
    let ranking = match rank(app.cat, &ask) {
        Ok(r) => r,
        Err(e) => return crate::sanitize::line(&format!("jllm: {e:#}")) + "\n",
    };
    // No colour (the pane's widget styles its own text), the pane's width.
    let cfg = super::view::pane(app, width);
    let output = match recommend::output(&OutputArgs::default(), &cfg, suite, app.bandwidth_gb_s) {
        Ok(Some(output)) => output,
        // Default flags never ask for the list of fields, the only answer
        // without a table.
        Ok(None) => return String::new(),
        Err(e) => return crate::sanitize::line(&format!("jllm: {e:#}")) + "\n",
    };
    let layout = Layout {
        footer: Some(recommend::footer(
            &ranking,
            suite,
            mapping,
            app.bandwidth_gb_s,
            lang,
        )),
        ..Layout::default()
    };
    let mut out = Vec::new();
    if let Err(e) = emit(&mut out, &ranking.picks, &output, &cfg, &layout) {
        return crate::sanitize::line(&format!("jllm: {e:#}")) + "\n";
    }
    let mut text = String::from_utf8_lossy(&out).into_owned();
    if let Some(why) = recommend::nothing(app.cat, &ranking, &ask) {
        text.push_str(&format!("jllm: {why}\n"));
    }
    text
}

#[cfg(test)]
mod tests;
