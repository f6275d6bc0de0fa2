//! Every option and positional argument of every command, walked in the
//! tree completion builds ([`super::with_completers`]): one that takes a
//! value completes it (a completer giving candidates for an empty word,
//! clap's possible values, or a path hint), or is in [`FREE`], the values
//! that are free text or numbers (nothing to offer but what the person
//! types; their completer, where they have one, offers nothing and so
//! keeps file names away). A flag added without a completer and not named here fails.

use std::ffi::OsStr;

use clap::builder::ValueHint;
use clap::CommandFactory;
use clap_complete::engine::ArgValueCompleter;

use crate::cli::Cli;

/// Arguments whose values are free text, sizes or counts, by argument id
/// (every command's argument of that id): searched text, numbers with
/// units, limits, years, thresholds, output paths the shell completes as
/// files, and URLs.
const FREE: &[&str] = &[
    // Counts and sizes: `--limit 20`, `--min-params 7b`, `--context 32k`.
    "limit",
    "labels",
    "min_params",
    "max_params",
    "min_context",
    "max_context",
    "context",
    // Searched text: `search TEXT`, `benchmarks --grep TEXT`.
    "text",
    "query",
    "grep",
];

fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>, checked: &mut usize) {
    for arg in cmd.get_arguments() {
        let no_value = arg.get_num_args().is_some_and(|n| n.max_values() == 0);
        if !arg.get_action().takes_values() || no_value || arg.is_hide_set() {
            continue;
        }
        let id = arg.get_id().as_str();
        let name = format!(
            "{path} {}",
            arg.get_long().map_or(id.to_string(), |l| format!("--{l}"))
        );
        *checked += 1;
        if let Some(c) = arg.get::<ArgValueCompleter>() {
            // A filter's completer is there for every filter: for a
            // number it offers nothing, and keeps file names away.
            if c.complete(OsStr::new("")).is_empty() && !FREE.contains(&id) {
                missing.push(format!("{name}: its completer offers nothing"));
            }
            continue;
        }
        let path_hint = matches!(
            arg.get_value_hint(),
            ValueHint::AnyPath
                | ValueHint::FilePath
                | ValueHint::DirPath
                | ValueHint::ExecutablePath
        );
        if !arg.get_possible_values().is_empty() || path_hint || FREE.contains(&id) {
            continue;
        }
        missing.push(format!("{name} ({id}): no values"));
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        walk(sub, &format!("{path} {}", sub.get_name()), missing, checked);
    }
}

#[test]
fn every_value_taking_argument_completes_or_is_free_text() {
    let mut cmd = super::with_completers(Cli::command());
    cmd.build();
    let mut missing = Vec::new();
    let mut checked = 0;
    walk(&cmd, "jllm", &mut missing, &mut checked);
    assert!(checked > 100, "only {checked} arguments walked");
    assert!(
        missing.is_empty(),
        "{} without values: {missing:#?}",
        missing.len()
    );
}
