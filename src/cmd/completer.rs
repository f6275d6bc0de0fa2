//! Dynamic shell completion: the shell calls `jllm` itself on each Tab, with
//! `JLLM_COMPLETE=SHELL` set and the words of the command line after `--`,
//! and clap_complete's engine answers from the clap definition. The values
//! of the flags and positional arguments come from where their parsers get
//! them: a filter's from its entry in [`FILTERS`] and the catalog, the sort
//! keys from the value enums and the suites, models from the catalog's
//! families and Hugging Face repos.
//!
//! A positional argument that names a model declares it with
//! `add = completer::models()` (as `show`, `compare` and `results` do); a
//! benchmark, with `add = completer::benchmarks()`. Options are matched by
//! their long name when the tree is built for completion only
//! ([`with_completers`]), so ordinary commands never build a completer.
//!
//! Ids are offered for names too: `--developer サイバ` completes to
//! `cyberagent`, with the name in the current language as its description.
//! The scripts are clap_complete's, except bash's (words split at `:` and
//! `=` are joined again, so `--sort score:` reaches jllm whole) and zsh's
//! (candidates the typed text does not begin, as ids found by name, are
//! kept).

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;

use clap::builder::ValueParser;
use clap::ValueEnum;
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::{Elvish, Fish, Powershell, Shells};

use crate::catalog::index::{self, norm};
use crate::catalog::schema::{Catalog, Lang};
use crate::config::{ColorWhen, Config};
use crate::query::filter::FILTERS;

mod scripts;
#[cfg(test)]
mod tests;

use scripts::{BASH, ZSH};

/// The environment variable that asks for completion (`JLLM_COMPLETE=bash
/// jllm` prints the registration script; with words after `--`, their
/// completions).
pub const VAR: &str = "JLLM_COMPLETE";

/// The shells, in the order `jllm completions` names them.
pub const SHELLS: Shells<'static> = Shells(&[&BASH, &Elvish, &Fish, &Powershell, &ZSH]);

/// Answers a completion request when [`VAR`] is set; None for an ordinary
/// run. Only an environment lookup happens on the ordinary path.
pub fn run_if_asked(factory: fn() -> clap::Command) -> Option<ExitCode> {
    let shell = std::env::var_os(VAR)?;
    if shell.is_empty() || shell == "0" {
        return None;
    }
    let args: Vec<OsString> = std::env::args_os().collect();
    let words = match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].to_vec(),
        None => Vec::new(),
    };
    let _ = WORDS.set(words);
    let done = clap_complete::CompleteEnv::with_factory(move || with_completers(factory()))
        .var(VAR)
        .shells(SHELLS)
        .try_complete(args, std::env::current_dir().ok().as_deref());
    match done {
        Ok(true) => Some(ExitCode::SUCCESS),
        Ok(false) => None,
        Err(e) => {
            let _ = e.print();
            Some(ExitCode::from(2))
        }
    }
}

/// The words of the command line being completed (`jllm list --sort sc`).
static WORDS: OnceLock<Vec<OsString>> = OnceLock::new();

fn words() -> impl Iterator<Item = &'static str> {
    WORDS.get().into_iter().flatten().filter_map(|w| w.to_str())
}

/// The catalog and language of the command line being completed: its
/// `--catalog`, `--no-builtin` and `--lang`, else the environment's.
fn context() -> Option<(&'static Catalog, Lang)> {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    let cfg = CONFIG.get_or_init(|| {
        let mut catalogs: Vec<PathBuf> = std::env::var_os("JLLM_CATALOG")
            .map(|v| std::env::split_paths(&v).collect())
            .unwrap_or_default();
        let mut lang = std::env::var("JLLM_LANG").ok().and_then(|l| parse_lang(&l));
        let mut no_builtin = false;
        let mut rest = words();
        while let Some(w) = rest.next() {
            let (flag, value) = match w.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f, Some(v)),
                _ => (w, None),
            };
            match flag {
                "--no-builtin" => no_builtin = true,
                "--lang" => {
                    if let Some(l) = value.or_else(|| rest.next()).and_then(parse_lang) {
                        lang = Some(l);
                    }
                }
                "--catalog" => {
                    if let Some(v) = value.or_else(|| rest.next()) {
                        catalogs.extend(v.split(':').filter(|p| !p.is_empty()).map(PathBuf::from));
                    }
                }
                _ => {}
            }
        }
        Config::new(ColorWhen::Never, lang, catalogs, no_builtin)
    });
    let cat = cfg.catalog().ok()?;
    Some((cat, cfg.lang))
}

fn parse_lang(s: &str) -> Option<Lang> {
    match s {
        "en" => Some(Lang::En),
        "ja" => Some(Lang::Ja),
        "fr" => Some(Lang::Fr),
        _ => None,
    }
}

/// Whether the command line being completed has the word `flag`.
fn has_word(flag: &str) -> bool {
    words().any(|w| w == flag)
}

/// One completion: the value, a description, and the names it is found by
/// besides its own beginning (as typed, and normalised by [`norm`]).
struct Offer {
    value: String,
    help: Option<String>,
    names: Vec<(String, String)>,
}

impl Offer {
    fn new(value: impl Into<String>) -> Offer {
        Offer {
            value: value.into(),
            help: None,
            names: Vec::new(),
        }
    }

    fn help(mut self, help: impl Into<String>) -> Offer {
        let help = help.into();
        if !help.is_empty() && help != self.value {
            self.help = Some(help);
        }
        self
    }

    fn names<'a>(mut self, names: impl IntoIterator<Item = &'a str>) -> Offer {
        self.names = names
            .into_iter()
            .map(|n| (n.to_string(), norm(n)))
            .collect();
        self
    }
}

/// The offers `typed` begins (case aside), else those one of whose names it
/// begins (spaces, dashes and case aside), each once.
fn matching(offers: Vec<Offer>, typed: &OsStr) -> Vec<CompletionCandidate> {
    let typed = typed.to_string_lossy();
    let lower = typed.to_lowercase();
    let by_value: Vec<&Offer> = offers
        .iter()
        .filter(|o| o.value.to_lowercase().starts_with(&lower))
        .collect();
    // Found by a name, an offer is described by that name: fish keeps a
    // candidate the typed text does not begin when its description matches.
    let chosen: Vec<(&Offer, Option<String>)> = if by_value.is_empty() {
        let n = norm(&typed);
        offers
            .iter()
            .filter(|_| !n.is_empty())
            .filter_map(|o| {
                let (name, _) = o.names.iter().find(|(_, normed)| normed.starts_with(&n))?;
                let help = match &o.help {
                    Some(h) if h != name => format!("{name} ({h})"),
                    _ => name.clone(),
                };
                Some((o, Some(help)))
            })
            .collect()
    } else {
        by_value.into_iter().map(|o| (o, o.help.clone())).collect()
    };
    let mut seen = std::collections::HashSet::new();
    chosen
        .into_iter()
        .filter(|(o, _)| seen.insert(o.value.as_str()))
        .map(|(o, help)| CompletionCandidate::new(o.value.clone()).help(help.map(Into::into)))
        .collect()
}

/// A completer from a function of the catalog and the language.
fn from_catalog(offers: fn(&Catalog, Lang) -> Vec<Offer>) -> ArgValueCompleter {
    ArgValueCompleter::new(move |typed: &OsStr| match context() {
        Some((cat, lang)) => matching(offers(cat, lang), typed),
        None => Vec::new(),
    })
}

/// Family ids, and Hugging Face repo ids once the typed text is not empty;
/// a family's names find its id.
pub fn models() -> ArgValueCompleter {
    ArgValueCompleter::new(|typed: &OsStr| {
        let Some((cat, lang)) = context() else {
            return Vec::new();
        };
        let mut offers = model_offers(cat, lang);
        if !typed.is_empty() {
            offers.extend(repo_offers(cat));
        }
        matching(offers, typed)
    })
}

fn model_offers(cat: &Catalog, lang: Lang) -> Vec<Offer> {
    cat.models
        .iter()
        .map(|f| {
            Offer::new(f.id.to_string())
                .help(crate::render::family::name(f, lang))
                .names([f.name.as_ref(), f.name_ja.as_ref()])
        })
        .collect()
}

fn repo_offers(cat: &Catalog) -> Vec<Offer> {
    cat.models
        .iter()
        .flat_map(|f| {
            f.variants
                .iter()
                .filter_map(move |v| Some(Offer::new(v.hf.as_deref()?).help(f.id.to_string())))
        })
        .collect()
}

/// Benchmark ids; their names find them.
pub fn benchmarks() -> ArgValueCompleter {
    from_catalog(benchmark_offers)
}

fn benchmark_offers(cat: &Catalog, _lang: Lang) -> Vec<Offer> {
    cat.benchmarks
        .iter()
        .map(|b| {
            Offer::new(b.id.to_string())
                .help(b.name.to_string())
                .names(std::iter::once(b.name.as_ref()).chain(b.name_ja.as_deref()))
        })
        .collect()
}

/// The suites (their ids as `--suite`, `--min-score` and `score:` take them).
fn suites(prefix: &str, suffix: &str) -> Vec<Offer> {
    crate::query::scores::suites()
        .iter()
        .map(|s| Offer::new(format!("{prefix}{}{suffix}", s.id)))
        .collect()
}

/// A filter's values: the developers and licenses by id, found by any of
/// their names too; the others as `jllm complete FLAG` prints them.
fn filter_values(def: &'static crate::query::filter::Def) -> ArgValueCompleter {
    ArgValueCompleter::new(move |typed: &OsStr| {
        let Some((cat, lang)) = context() else {
            return Vec::new();
        };
        let offers = match def.id {
            "developer" => developer_offers(cat, lang, |_| true),
            "license" => cat
                .licenses
                .iter()
                .map(|l| {
                    Offer::new(l.id.to_string())
                        .help(l.name.to_string())
                        .names(index::license_names(l))
                })
                .collect(),
            "min_score" => suites("", "="),
            _ if def.kind == crate::query::filter::defs::Kind::Year => years(cat),
            _ => def.completions(cat).into_iter().map(Offer::new).collect(),
        };
        matching(offers, typed)
    })
}

/// The developers `keep` keeps, by id, with their name in `lang`; any of
/// their names finds them.
fn developer_offers(cat: &Catalog, lang: Lang, keep: impl Fn(&str) -> bool) -> Vec<Offer> {
    cat.developers
        .iter()
        .filter(|d| keep(&d.id))
        .map(|d| {
            let name = match lang {
                Lang::Ja => d.name_ja.as_ref(),
                Lang::Fr => d.name_fr.as_deref().unwrap_or(&d.name),
                Lang::En => d.name.as_ref(),
            };
            Offer::new(d.id.to_string())
                .help(name)
                .names(index::developer_names(d))
        })
        .collect()
}

/// The GPUs of the built-in table by id, described by their name; any of
/// their names finds them.
fn gpus() -> ArgValueCompleter {
    ArgValueCompleter::new(|typed: &OsStr| {
        let offers = crate::hardware::gpus()
            .iter()
            .map(|g| {
                Offer::new(g.id.clone()).help(g.name.clone()).names(
                    std::iter::once(g.name.as_str()).chain(g.names.iter().map(String::as_str)),
                )
            })
            .collect();
        matching(offers, typed)
    })
}

/// A fixed set of values (`auto` of `--vram SIZE|auto`).
fn fixed(values: &[&'static str]) -> ArgValueCompleter {
    let values = values.to_vec();
    ArgValueCompleter::new(move |typed: &OsStr| {
        matching(values.iter().map(|v| Offer::new(*v)).collect(), typed)
    })
}

/// Fixed values, then the paths the typed text begins (`update
/// --evals-from github|builtin|DIR`).
fn fixed_or_path(values: &[&'static str]) -> ArgValueCompleter {
    let values = values.to_vec();
    ArgValueCompleter::new(move |typed: &OsStr| {
        let mut found = matching(values.iter().map(|v| Offer::new(*v)).collect(), typed);
        found.extend(clap_complete::engine::ValueCompleter::complete(
            &clap_complete::engine::PathCompleter::any(),
            typed,
        ));
        found
    })
}

/// The first words of the commands `jllm schema` describes.
fn schema_commands() -> Vec<&'static str> {
    let mut v: Vec<&str> = super::schema::COMMANDS
        .iter()
        .filter_map(|e| e.command.split(' ').next())
        .collect();
    v.dedup();
    v
}

/// The years of release of the catalog's families, latest first.
fn years(cat: &Catalog) -> Vec<Offer> {
    let mut years: Vec<u16> = cat.models.iter().filter_map(|f| f.year).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
        .into_iter()
        .map(|y| Offer::new(y.to_string()))
        .collect()
}

/// `benchmarks --developer`: the developers of a benchmark of the catalog.
fn benchmark_developers(cat: &Catalog, lang: Lang) -> Vec<Offer> {
    developer_offers(cat, lang, |id| {
        cat.benchmarks
            .iter()
            .any(|b| b.developers.iter().any(|d| &**d == id))
    })
}

/// `benchmarks --category`: the benchmark categories, found by their
/// Japanese and French labels too.
fn benchmark_categories(_cat: &Catalog, lang: Lang) -> Vec<Offer> {
    crate::catalog::schema::BENCHMARK_CATEGORIES
        .iter()
        .map(|c| {
            let label = |l| super::benchmarks::category(c, l);
            Offer::new(*c)
                .help(label(lang))
                .names([label(Lang::Ja), label(Lang::Fr)])
        })
        .collect()
}

/// Sort keys: the named ones, then `score:SUITE` for each suite.
fn sort_keys(named: &'static [&'static str]) -> ArgValueCompleter {
    ArgValueCompleter::new(move |typed: &OsStr| {
        if context().is_none() {
            return Vec::new();
        }
        let mut offers: Vec<Offer> = named.iter().map(|k| Offer::new(*k)).collect();
        offers.extend(suites("score:", ""));
        matching(offers, typed)
    })
}

/// `score:SUITE` alone (`plot --y`).
fn score_keys() -> ArgValueCompleter {
    ArgValueCompleter::new(|typed: &OsStr| {
        if context().is_none() {
            return Vec::new();
        }
        matching(suites("score:", ""), typed)
    })
}

/// Comma-separated names, completed after the last comma.
fn comma_list(names: fn() -> &'static [&'static str]) -> ArgValueCompleter {
    ArgValueCompleter::new(move |typed: &OsStr| after_comma(names(), typed))
}

/// The candidates for the name after the last comma of `typed`.
fn after_comma(names: &[&str], typed: &OsStr) -> Vec<CompletionCandidate> {
    let typed = typed.to_string_lossy();
    let (done, last) = match typed.rsplit_once(',') {
        Some((d, l)) => (format!("{d},"), l.to_string()),
        None => (String::new(), typed.to_string()),
    };
    let offers = names
        .iter()
        .map(|n| Offer::new(format!("{done}{n}")))
        .collect();
    matching(offers, OsStr::new(&format!("{done}{last}")))
}

/// `--json FIELDS` of a command other than `list`: the keys of its
/// records, from the schema `jllm schema COMMAND` prints.
fn json_fields(command: &'static str) -> ArgValueCompleter {
    ArgValueCompleter::new(move |typed: &OsStr| {
        let Some(schema) = super::schema::of_command(command) else {
            return Vec::new();
        };
        let v = schema.to_value();
        let record = if v["type"] == "array" {
            &v["items"]
        } else {
            &v
        };
        let keys: Vec<&str> = record["properties"]
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        after_comma(&keys, typed)
    })
}

/// The command of `jllm schema` a subcommand named `name` is (`info` is
/// `catalog info`).
fn schema_command(name: &str) -> Option<&'static str> {
    super::schema::COMMANDS
        .iter()
        .map(|e| e.command)
        .find(|c| *c == name || c.strip_suffix(name).is_some_and(|p| p.ends_with(' ')))
}

/// The columns of `list` in the mode of the command line: checkpoints with
/// `--variants`, else families.
fn list_columns() -> &'static [&'static str] {
    if has_word("--variants") {
        super::list::VARIANT_COLUMNS
    } else {
        crate::render::family::COLUMNS
    }
}

/// The JSON fields of `list` in the mode of the command line.
fn list_fields() -> &'static [&'static str] {
    if has_word("--variants") {
        crate::render::json::VARIANT_FIELDS
    } else {
        crate::render::json::FAMILY_FIELDS
    }
}

/// The value names of [`crate::estimate::QUANTS`], each once.
fn quants() -> ArgValueCompleter {
    ArgValueCompleter::new(|typed: &OsStr| {
        let offers = crate::estimate::QUANTS
            .iter()
            .map(|(name, _)| Offer::new(*name))
            .collect();
        matching(offers, typed)
    })
}

/// The command tree with a completer on every option whose values jllm
/// knows: walked once per completion, never for an ordinary command.
pub fn with_completers(cmd: clap::Command) -> clap::Command {
    let name = cmd.get_name().to_string();
    let path = ValueParser::path_buf().type_id();
    let ids: Vec<clap::Id> = cmd.get_arguments().map(|a| a.get_id().clone()).collect();
    let mut cmd = cmd;
    for id in ids {
        cmd = cmd.mut_arg(id, |arg| {
            if arg.get::<ArgValueCompleter>().is_some() {
                return arg;
            }
            let long = arg.get_long().unwrap_or_default().to_string();
            if let Some(def) = FILTERS.iter().find(|d| d.long == long) {
                if name != "benchmarks" {
                    return arg.add(filter_values(def));
                }
            }
            match (name.as_str(), long.as_str()) {
                ("benchmarks", "developer") => arg.add(from_catalog(benchmark_developers)),
                (_, "gpu") => arg.add(gpus()),
                (_, "vram" | "ram") => arg.add(fixed(&["auto"])),
                ("schema", _) if arg.is_positional() => arg.add(fixed(&schema_commands())),
                ("benchmarks", "category") => arg.add(from_catalog(benchmark_categories)),
                ("list" | "browse", "sort") => arg.add(sort_keys(list_sort_keys())),
                ("update", "from") => arg.value_hint(clap::ValueHint::AnyPath),
                ("update", "evals-from") => arg.add(fixed_or_path(&["github", "builtin"])),
                ("fit", "sort") => arg.add(sort_keys(super::fit::SORT_KEYS)),
                (_, "quant") => arg.add(quants()),
                (_, "suite") => arg.add(ArgValueCompleter::new(|typed: &OsStr| {
                    if context().is_none() {
                        return Vec::new();
                    }
                    matching(suites("", ""), typed)
                })),
                (_, "benchmark") => arg.add(benchmarks()),
                (_, "y") => arg.add(score_keys()),
                ("list", "columns") => arg.add(comma_list(list_columns)),
                ("list", "json") => arg.add(comma_list(list_fields)),
                (_, "json") if schema_command(&name).is_some() => {
                    arg.add(json_fields(schema_command(&name).unwrap_or_default()))
                }
                _ if arg.get_value_parser().type_id() == path
                    && arg.get_value_hint() == clap::ValueHint::Unknown =>
                {
                    arg.value_hint(clap::ValueHint::AnyPath)
                }
                _ => arg,
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(sub, with_completers);
    }
    cmd
}

/// `list --sort`'s named keys, from its value enum.
fn list_sort_keys() -> &'static [&'static str] {
    static KEYS: OnceLock<Vec<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| {
        super::list::SortKey::value_variants()
            .iter()
            .filter_map(|k| k.to_possible_value())
            .map(|p| &*String::leak(p.get_name().to_string()))
            .collect()
    })
}
