//! Tests of `crate::cli`.

use super::*;
use crate::catalog::schema::{Approach, Category};
use clap::CommandFactory;

fn argv(line: &str) -> Vec<OsString> {
    std::iter::once("jllm")
        .chain(line.split_whitespace())
        .map(OsString::from)
        .collect()
}

/// The one-command parse must read every line exactly as the full tree does.
#[test]
fn one_command_parse_equals_full_parse() {
    for line in [
        "show swallow-70b",
        "show tokyotech-llm/Swallow-70b-instruct-hf --json",
        "--lang ja list --license apache --min-params 7b --json",
        "list --json id,name --sort params --reverse --limit 3",
        "ls -f ids --variants",
        "--catalog a.toml:b.toml search elyza --developer cyberagent",
        "--color=never stats --by license --commercial",
        "stats --by year --commercial=conditional",
        "show swallow-70b --lang ja --no-builtin --catalog x.toml",
        "fit --vram 24GB --ram 64GB --context 8k --quant q4_k_m --category text-generation",
        "fit --gpu rtx-4090 --vram auto --ram auto",
        "recommend --vram 24GB --commercial --task chat -n 3",
        "recommend --gpu h100-sxm --suite pfgen --license apache --json",
        "plan swallow-70b --context 8k --quant q4_k_m",
        "benchmarks --category nlu -f json",
        "benchmark jmteb",
        "complete models swal",
        "compare swallow-70b swallow-7b --columns id,name",
        "show -- -starts-with-a-dash",
        "results swallow-70b --tasks",
        "results --benchmark pfgen --include-reference -f json",
    ] {
        let args = argv(line);
        let one = Cli::parse_one(&args, Tree::Free)
            .unwrap_or_else(|| panic!("fast path declined: {line}"));
        let full = Cli::from_arg_matches(
            &Cli::command()
                .try_get_matches_from(args.clone())
                .unwrap_or_else(|e| panic!("{line}: {e}")),
        )
        .unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(format!("{one:?}"), format!("{full:?}"), "{line}");
    }
}

/// The schema enums as clap values: every variant, spelled as in JSON.
#[test]
fn schema_enums_are_the_cli_values() {
    let names = |v: Vec<clap::builder::PossibleValue>| -> Vec<String> {
        v.iter().map(|p| p.get_name().to_string()).collect()
    };
    let categories = names(
        Category::value_variants()
            .iter()
            .filter_map(ValueEnum::to_possible_value)
            .collect(),
    );
    assert_eq!(
        categories,
        [
            "text-generation",
            "encoder",
            "embedding",
            "vision",
            "speech",
            "music"
        ]
    );
    let approaches = names(
        Approach::value_variants()
            .iter()
            .filter_map(ValueEnum::to_possible_value)
            .collect(),
    );
    assert_eq!(
        approaches,
        [
            "scratch",
            "continual-pretraining",
            "post-training",
            "merge",
            "api"
        ]
    );
    for a in Approach::value_variants() {
        let json = serde_json::to_value(a).expect("serialize");
        assert_eq!(json.as_str(), Some(a.as_str()));
    }
}

/// Help, versions, other commands and errors go to the full tree.
#[test]
fn help_errors_and_other_commands_take_the_full_tree() {
    for line in [
        "--help",
        "show --help",
        "list -h",
        "-V",
        "help list",
        "catalog validate x.toml",
        "completions bash",
        "plot",
        "--bogus list",
        "list --min-params",
        "show",
        "",
    ] {
        assert!(Cli::parse_one(&argv(line), Tree::Free).is_none(), "{line}");
    }
}
