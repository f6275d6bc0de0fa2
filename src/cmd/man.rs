//! `jllm man`: the manual page, in roff, generated from the same clap
//! definitions as `--help` (so it cannot drift from the real options).
//! `jllm man | man -l -` reads it; packagers install it as `jllm.1`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
/// Writes the page of `command` (the whole command line, `cli.rs`).
pub fn run(command: clap::Command) -> Result<ExitCode> {
    let mut out = super::stdout();
    clap_mangen::Man::new(command.clone()).render(&mut out)?;
    // Subcommands get a section each, as `git help` pages list them.
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        writeln!(out, ".SH \"JLLM {}\"", sub.get_name().to_uppercase())?;
        if let Some(about) = sub.get_about() {
            writeln!(out, "{}", about.to_string().replace('\\', "\\\\"))?;
        }
        let man = clap_mangen::Man::new(sub.clone());
        man.render_synopsis_section(&mut out)?;
        man.render_options_section(&mut out)?;
    }
    super::finish(out, true)
}
