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
