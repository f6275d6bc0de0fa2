//! `jllm completions <SHELL>`: the script that registers jllm's completion
//! in a shell. The script calls `jllm` on each Tab (see
//! [`super::completer`]), so flags, values and ids always come from the
//! binary and its catalog; the hidden `jllm complete FLAG` prints a
//! filter's values for other tools (fzf, scripts).

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use clap_complete::Shell;

use crate::config::Config;
use crate::query::filter::FILTERS;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Install, for example:\n  bash: echo 'source <(jllm completions bash)' >> ~/.bashrc\n  zsh:  echo 'source <(jllm completions zsh)' >> ~/.zshrc\n  fish: jllm completions fish > ~/.config/fish/completions/jllm.fish"
)]
pub struct Args {
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, clap::Args)]
pub struct CompleteArgs {
    /// What to list: models, benchmarks, developers, licenses, or a filter's values by its flag (domain, arch, commercial…)
    pub what: String,
    /// Only values starting with this prefix
    #[arg(default_value = "")]
    pub prefix: String,
}

/// The script for one shell, exactly as `jllm completions SHELL` prints
/// it: the registration [`super::completer`] writes, calling `jllm` from
/// the PATH on each Tab.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    if let Some(c) = super::completer::SHELLS.completer(&shell.to_string()) {
        // Writing into a Vec cannot fail.
        let _ = c.write_registration(super::completer::VAR, "jllm", "jllm", "jllm", &mut buf);
    }
    buf
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let mut out = super::stdout();
    out.write_all(&script(args.shell))?;
    super::finish(out, true)
}

pub fn complete(args: &CompleteArgs, cfg: &Config) -> Result<ExitCode> {
    let cat = cfg.catalog()?;
    let ids: Vec<String> = match args.what.as_str() {
        "models" => cat.models.iter().map(|m| m.id.to_string()).collect(),
        "benchmarks" => cat.benchmarks.iter().map(|b| b.id.to_string()).collect(),
        "developers" => cat.developers.iter().map(|d| d.id.to_string()).collect(),
        "licenses" => cat.licenses.iter().map(|l| l.id.to_string()).collect(),
        // A filter's values, by its flag: `jllm complete domain`.
        other => match FILTERS.iter().find(|d| d.long == other.trim_start_matches('-')) {
            Some(d) => d.completions(cat),
            None => anyhow::bail!(
                "cannot complete '{other}'; use models, benchmarks, developers, licenses or a filter's flag (domain, arch…)"
            ),
        },
    };
    let mut out = super::stdout();
    for id in ids.into_iter().filter(|i| i.starts_with(&args.prefix)) {
        writeln!(out, "{id}")?;
    }
    super::finish(out, true)
}
