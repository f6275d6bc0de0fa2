//! The filter flags every listing command takes (`--license`, `--min-params`,
//! `--since`…), built for clap from the table of filters
//! (`query::filter::defs::FILTERS`): one argument per entry, in its order,
//! with its help, value name and parser. What they ask becomes a plain
//! [`Filters`] once (as fd turns its clap options into a config), which the
//! query layer checks and applies.

use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};

use crate::query::filter::{Def, Filters, FILTERS};

/// The filters as clap arguments: flatten it into a command's arguments.
#[derive(Debug, Clone, Default)]
pub struct FilterArgs(Filters);

impl FilterArgs {
    /// The filters asked, as plain values.
    pub fn to_filters(&self) -> Filters {
        self.0.clone()
    }
}

impl From<Filters> for FilterArgs {
    /// Filters set elsewhere than on the command line (the browser's panel).
    fn from(f: Filters) -> Self {
        FilterArgs(f)
    }
}

/// The clap argument of one filter.
fn arg(d: &Def) -> Arg {
    let mut a = Arg::new(d.id)
        .long(d.long)
        .help(d.help)
        .help_heading("Filters")
        .required(false);
    match (d.value_name, d.kind.parser()) {
        (Some(name), Some(parser)) => {
            a = a.value_name(name).value_parser(parser).action(if d.repeat {
                ArgAction::Append
            } else {
                ArgAction::Set
            });
            // `--commercial` alone means `--commercial yes`.
            if d.kind == crate::query::filter::defs::Kind::Commercial {
                a = a.num_args(0..=1).default_missing_value("yes");
            }
        }
        _ => a = a.action(ArgAction::SetTrue),
    }
    if let Some(r) = d.requires {
        a = a.requires(r);
    }
    a
}

impl FromArgMatches for FilterArgs {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let mut f = Filters::default();
        for d in FILTERS {
            (d.read)(m, &mut f);
        }
        Ok(FilterArgs(f))
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        for d in FILTERS {
            if m.contains_id(d.id) {
                (d.read)(m, &mut self.0);
            }
        }
        Ok(())
    }
}

impl Args for FilterArgs {
    fn augment_args(cmd: Command) -> Command {
        cmd.args(FILTERS.iter().map(arg))
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::schema::{Category, Lang};
    use crate::query::explain::why_empty;
    use crate::query::filter::Filter;

    /// For each filter, a command line whose result it empties. Filters
    /// that no valid value empties alone are tried after `--category
    /// music`, which keeps the catalog's one music family (Japanese MuLan:
    /// Apache-2.0, LY Corp., the general domain, no approach, weights on
    /// Hugging Face). `--category` itself is tried on the catalog without
    /// that family. The list's families run from 2019 to 2026; no
    /// checkpoint has 10T parameters or fewer than one million, no context
    /// reaches 100,000k tokens or is one token, no pfgen score is 0.99, and
    /// the API families have no weights.
    const CASES: &[(&str, &[&str])] = &[
        ("arch", &["--category", "music", "--arch", "bert"]),
        ("base", &["--category", "music", "--base", "qwen"]),
        ("min_params", &["--min-params", "10000b"]),
        ("max_params", &["--max-params", "1m"]),
        ("license", &["--category", "music", "--license", "mit"]),
        ("commercial", &["--category", "music", "--commercial", "no"]),
        (
            "developer",
            &["--category", "music", "--developer", "rinna"],
        ),
        ("domain", &["--category", "music", "--domain", "medical"]),
        ("category", &["--category", "music"]),
        ("task", &["--category", "music", "--task", "asr"]),
        ("approach", &["--category", "music", "--approach", "merge"]),
        ("since", &["--since", "2100"]),
        ("until", &["--until", "2000"]),
        ("year", &["--year", "2000"]),
        ("min_context", &["--min-context", "100000k"]),
        ("max_context", &["--max-context", "1"]),
        ("hf", &["--approach", "api", "--hf"]),
        ("min_score", &["--min-score", "pfgen=0.99"]),
    ];

    fn parse(argv: &[&str]) -> Filters {
        let cmd = FilterArgs::augment_args(Command::new("jllm"));
        let m = cmd
            .try_get_matches_from(std::iter::once("jllm").chain(argv.iter().copied()))
            .unwrap_or_else(|e| panic!("{argv:?}: {e}"));
        FilterArgs::from_arg_matches(&m)
            .expect("filters read")
            .to_filters()
    }

    #[test]
    fn every_filter_can_empty_a_result_and_is_named() {
        let full = crate::catalog::load::embedded();
        for d in FILTERS {
            if d.modifies.is_some() {
                continue;
            }
            let Some((_, argv)) = CASES.iter().find(|(id, _)| *id == d.id) else {
                panic!(
                    "no case empties a result with --{}: add one to CASES",
                    d.long
                );
            };
            let mut cat = full.clone();
            if d.id == "category" {
                cat.models
                    .to_mut()
                    .retain(|f| f.category != Category::Music);
            }
            let f = parse(argv);
            assert!((d.set)(&f), "{argv:?} sets {}", d.id);
            let hits = Filter::new(&f, &cat).expect("valid values").apply(&cat);
            assert!(hits.is_empty(), "{argv:?} selects {} families", hits.len());
            let why = why_empty(&f, &cat, Lang::En).expect("an explanation");
            let typed = d.as_typed(&f);
            let fact = d.fact.and_then(|fact| fact(&f, &cat, Lang::En));
            let named = why == format!("no family matches {typed}")
                || why.ends_with(&format!("but it does not pass {typed}"))
                || why.ends_with(&format!("but none of them passes {typed}"))
                || fact.as_deref() == Some(why.as_str());
            assert!(named, "{argv:?}: '{why}' does not name {typed}");
        }
    }

    /// A flag alone, a flag needing another, and values read back.
    #[test]
    fn flags_read_into_their_filters() {
        let f = parse(&["--license", "mit", "--license", "apache", "--since", "2024"]);
        assert_eq!(f.license, ["mit", "apache"]);
        assert_eq!(f.since, Some(2024));
        let f = parse(&["--min-score", "pfgen=0.5", "--category", "音声"]);
        assert_eq!(f.min_score.len(), 1);
        assert_eq!(f.category, [Category::Speech]);
        let f = parse(&["--commercial"]);
        assert_eq!(
            f.commercial,
            Some(crate::query::filter::defs::CommercialArg::Yes)
        );
        let f = parse(&["--min-context", "8k", "--assume-base-context"]);
        assert!(f.assume_base_context && f.min_context == Some(8192));
        assert!(FilterArgs::augment_args(Command::new("jllm"))
            .try_get_matches_from(["jllm", "--assume-base-context"])
            .is_err());
    }
}
