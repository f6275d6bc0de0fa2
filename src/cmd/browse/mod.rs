//! `jllm browse`: the catalog in an interactive terminal browser (ratatui
//! over crossterm). It starts with the filters and sort of the command line
//! and shows what `jllm list` would, with the page `jllm show` prints for
//! the selected row; every filter, sort, search and cell comes from the
//! commands' own code (see `app.rs`). On exit it prints the `jllm list`
//! command line of the view, so the view can be scripted.
//!
//! The loop blocks on the next terminal event (no polling timeout: an idle
//! browser uses no CPU) and draws once per event. The terminal is restored
//! on quit, on an error, on a panic (a panic hook) and on SIGINT, SIGTERM
//! and SIGHUP (a thread waiting on signal-hook). Neither ratatui nor
//! crossterm is reached from any other command, so their start-up stays as
//! it was.

mod app;
mod detail;
mod form;
mod panels;
mod recommend;
mod search;
mod term;
mod view;

#[cfg(test)]
mod tests;

use crate::i18n;
use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::{anyhow, Result};

use crate::cmd::filters::FilterArgs;
use crate::cmd::list::SortArgs;
use crate::config::Config;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Keys: / search · f filters · s sort · r reverse · Tab families/checkpoints · c mark · C compare · v VRAM/RAM/quantization/GPU (a GPU of the table adds a speed column) · R jllm recommend for the view · y copy id (OSC 52) · o open URL · Enter detail full screen · ? help · q or Esc quit.\n\nOn exit, prints the `jllm list` command line of the view. Needs a terminal on stdin and stdout.\n\nExamples:\n  jllm browse\n  jllm browse --license apache --min-params 7b --sort score:pfgen\n  jllm browse --vram 24GB --lang ja"
)]
pub struct Args {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Start with one row per checkpoint (Tab switches)
    #[arg(long)]
    pub variants: bool,
    #[command(flatten)]
    pub sort: SortArgs,
    /// GPU memory for the fit verdict, as `jllm fit --vram` (v changes it) [default: the machine's GPUs, as --vram auto finds them]
    #[arg(long, value_name = "SIZE")]
    pub vram: Option<String>,
    /// System RAM for CPU offload, as `jllm fit --ram`
    #[arg(long, value_name = "SIZE", requires = "vram")]
    pub ram: Option<String>,
    /// Quantization to estimate, as `jllm fit --quant`
    #[arg(long, value_name = "QUANT", requires = "vram")]
    pub quant: Option<String>,
}

pub fn run(args: &Args, cfg: &Config) -> Result<ExitCode> {
    let start = std::time::Instant::now();
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        let lang = cfg.lang;
        return Err(anyhow!(i18n::tr(
            lang,
            "browse needs a terminal on stdin and stdout (for a script: jllm list)"
        )
        .to_string()));
    }
    let cat = cfg.catalog()?;
    let filters = args.filters.to_filters();
    crate::query::filter::Filter::new(&filters, cat)?;
    let mut app = app::App::new(cat, cfg.lang, filters, &args.sort);
    app.cfg = Some(cfg);
    app.variants = args.variants;
    app.machine_text = [
        args.vram.clone().unwrap_or_default(),
        args.ram.clone().unwrap_or_default(),
        args.quant.clone().unwrap_or_default(),
        String::new(),
    ];
    // Without --vram, the machine's own GPUs (`fit --vram auto`), said on
    // the status line; where none is found, no fit column until `v`.
    if args.vram.is_none() {
        if let Ok(found) = crate::hardware::detect_vram() {
            app.machine_text[0] = format!("{}MiB", found.vram >> 20);
            // Every device one row of the GPU table: that row, for its
            // bandwidth (the speed column).
            if found.bandwidth_gb_s.is_some() {
                let row = found
                    .devices
                    .first()
                    .and_then(|d| crate::hardware::gpu_named(&d.name));
                app.machine_text[3] = row.map(|g| g.id.clone()).unwrap_or_default();
            }
            app.status = Some(crate::cmd::machine::describe(&found, cfg.lang));
        }
    }
    let form = form::read_machine(&app.machine_text).map_err(|e| anyhow!(e))?;
    app.machine = form.machine;
    app.quant = form.quant;
    app.bandwidth_gb_s = form.bandwidth_gb_s;
    app.machine_set = app.machine_text.clone();
    if args.variants {
        app.refresh();
    }
    let styles = view::Styles { color: cfg.color };
    term::run(&mut app, styles, start)?;
    let mut out = std::io::stdout().lock();
    for line in app.command_lines() {
        use std::io::Write as _;
        writeln!(out, "{}", crate::sanitize::line(&line))?;
    }
    Ok(ExitCode::SUCCESS)
}
