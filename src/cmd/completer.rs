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
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Shells, Zsh};

use crate::catalog::index::{self, norm};
use crate::catalog::schema::{Catalog, Lang};
use crate::config::{ColorWhen, Config};
use crate::query::filter::FILTERS;

/// The environment variable that asks for completion (`JLLM_COMPLETE=bash
/// jllm` prints the registration script; with words after `--`, their
/// completions).
pub const VAR: &str = "JLLM_COMPLETE";

/// The shells, in the order `jllm completions` names them.
pub const SHELLS: Shells<'static> = Shells(&[&BashScript, &Elvish, &Fish, &Powershell, &ZshScript]);

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
            "developer" => cat
                .developers
                .iter()
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
                .collect(),
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
            _ => def.completions(cat).into_iter().map(Offer::new).collect(),
        };
        matching(offers, typed)
    })
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
    ArgValueCompleter::new(move |typed: &OsStr| {
        let typed = typed.to_string_lossy();
        let (done, last) = match typed.rsplit_once(',') {
            Some((d, l)) => (format!("{d},"), l.to_string()),
            None => (String::new(), typed.to_string()),
        };
        let offers = names()
            .iter()
            .map(|n| Offer::new(format!("{done}{n}")))
            .collect();
        matching(offers, OsStr::new(&format!("{done}{last}")))
    })
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
                ("list", "sort") => arg.add(sort_keys(list_sort_keys())),
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

/// clap_complete's bash script, with the words bash split at `:` and `=`
/// (readline's word breaks) joined again before jllm reads them, and the
/// joined part taken off the candidates after (bash replaces only the text
/// after the break).
pub struct BashScript;

impl EnvCompleter for BashScript {
    fn name(&self) -> &'static str {
        "bash"
    }

    fn is(&self, name: &str) -> bool {
        name == "bash"
    }

    fn write_registration(
        &self,
        var: &str,
        _name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let script = r#"
_jllm_complete() {
    local IFS=$'\013'
    local -a words=()
    local i w cur="" prev=""
    for ((i = 0; i <= COMP_CWORD && i < ${#COMP_WORDS[@]}; i++)); do
        w="${COMP_WORDS[i]}"
        if ((i == COMP_CWORD)) && [[ "${BASH_VERSINFO[0]}" -ge 4 && "$w" != *"$2" ]]; then
            w="$2"
        fi
        if ((${#words[@]} > 0)) && [[ "$w" =~ ^[:=]+$ || "$prev" =~ ^[:=]+$ ]]; then
            words[${#words[@]}-1]+="$w"
        else
            words+=("$w")
        fi
        prev="$w"
    done
    ((COMP_CWORD >= ${#COMP_WORDS[@]})) && words+=("")
    cur="${words[${#words[@]}-1]}"
    local joined="${cur%"$2"}"
    local -a found=( $( \
        _CLAP_IFS="$IFS" \
        _CLAP_COMPLETE_INDEX="$((${#words[@]} - 1))" \
        _CLAP_COMPLETE_COMP_TYPE="${COMP_TYPE:-9}" \
        VAR="bash" \
        COMPLETER -- "${words[@]}" \
    ) ) || { unset COMPREPLY; return; }
    COMPREPLY=()
    for w in "${found[@]}"; do
        COMPREPLY+=("${w#"$joined"}")
    done
    if [[ ${#COMPREPLY[@]} -eq 1 && "${COMPREPLY[0]}" =~ [=/:,]$ ]]; then
        compopt -o nospace 2>/dev/null
    fi
}
complete -o nosort -o bashdefault -F _jllm_complete BIN 2>/dev/null \
    || complete -o bashdefault -F _jllm_complete BIN
"#
        .replace("BIN", bin)
        .replace("COMPLETER", completer)
        .replace("VAR", var);
        writeln!(buf, "{script}")
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        Bash.write_complete(cmd, args, current_dir, buf)
    }
}

/// clap_complete's zsh script, with `compadd -U` when a candidate jllm
/// chose does not begin with the typed text (an id found by a name), so
/// that zsh keeps it, and the `#compdef` file form that works both from
/// `$fpath` and sourced.
pub struct ZshScript;

impl EnvCompleter for ZshScript {
    fn name(&self) -> &'static str {
        "zsh"
    }

    fn is(&self, name: &str) -> bool {
        name == "zsh"
    }

    fn write_registration(
        &self,
        var: &str,
        _name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let script = r#"#compdef BIN
_jllm() {
    local _CLAP_COMPLETE_INDEX=$(( CURRENT - 1 ))
    local _CLAP_IFS=$'\n'
    local -a completions=("${(@f)$( \
        _CLAP_IFS="$_CLAP_IFS" \
        _CLAP_COMPLETE_INDEX="$_CLAP_COMPLETE_INDEX" \
        VAR="zsh" \
        COMPLETER -- "${words[@]}" 2>/dev/null \
    )}")
    [[ -n $completions ]] || return 1
    local -a dirs=() other=()
    local completion value
    for completion in $completions; do
        value="${completion%%:*}"
        if [[ "$value" == */ ]]; then
            dirs+=("${value%/}${completion#$value}")
        else
            other+=("$completion")
        fi
    done
    [[ -n $dirs ]] && _describe -V 'values' dirs -S '/' -r '/'
    # -U only when a candidate does not begin with the typed text (an id
    # found by a name): without it, zsh inserts the common beginning.
    local -a unmatched=()
    for completion in $other; do
        [[ "${completion%%:*}" == "$PREFIX"* ]] || unmatched=(-U)
    done
    [[ -n $other ]] && _describe -V 'values' other $unmatched
    return 0
}
if [[ "$funcstack[1]" == "_jllm" ]]; then
    _jllm "$@"
else
    compdef _jllm BIN
fi"#
        .replace("BIN", bin)
        .replace("COMPLETER", completer)
        .replace("VAR", var);
        writeln!(buf, "{script}")
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        Zsh.write_complete(cmd, args, current_dir, buf)
    }
}
