//! `jllm completions <SHELL>`: completion scripts generated from the clap
//! definition (so they never drift from the real flags), plus dynamic
//! completion of model ids after `show`/`compare` for bash and fish through
//! the hidden `jllm complete` command.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use clap_complete::Shell;

use crate::config::Config;
use crate::query::filter::FILTERS;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Install, for example:\n  jllm completions bash > ~/.local/share/bash-completion/completions/jllm\n  jllm completions zsh > \"${fpath[1]}/_jllm\"\n  jllm completions fish > ~/.config/fish/completions/jllm.fish"
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

const BASH_IDS: &str = r#"
# Model ids after `show` and `compare` (jllm complete models).
_jllm_ids() {
    local cur="${COMP_WORDS[COMP_CWORD]}"
    if [[ "$cur" != -* ]]; then
        case "${COMP_WORDS[1]}" in
            show|compare)
                COMPREPLY=($(compgen -W "$(jllm complete models "$cur" 2>/dev/null)" -- "$cur"))
                return 0 ;;
            benchmark)
                COMPREPLY=($(compgen -W "$(jllm complete benchmarks "$cur" 2>/dev/null)" -- "$cur"))
                return 0 ;;
        esac
    fi
    _jllm "$@"
}
complete -F _jllm_ids -o bashdefault -o default jllm
"#;

const FISH_IDS: &str = r#"
# Model ids after `show` and `compare` (jllm complete models).
complete -c jllm -n "__fish_seen_subcommand_from show compare" -f -a "(jllm complete models 2>/dev/null)"
complete -c jllm -n "__fish_seen_subcommand_from benchmark" -f -a "(jllm complete benchmarks 2>/dev/null)"
"#;

/// The script for one shell for `cmd` (the whole command line, `cli.rs`),
/// exactly as `jllm completions SHELL` prints it.
pub fn script(shell: Shell, mut cmd: clap::Command) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "jllm", &mut buf);
    match shell {
        Shell::Bash => buf.extend_from_slice(BASH_IDS.as_bytes()),
        Shell::Fish => buf.extend_from_slice(FISH_IDS.as_bytes()),
        _ => {}
    }
    buf
}

pub fn run(args: &Args, command: clap::Command) -> Result<ExitCode> {
    let mut out = super::stdout();
    out.write_all(&script(args.shell, command))?;
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
