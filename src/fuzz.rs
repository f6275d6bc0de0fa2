//! Entry points for the coverage-guided fuzz targets in `fuzz/` (one
//! function per target) and the property tests. Each takes raw input, runs
//! the same code the binary runs on it, and panics only when the code panics
//! or an invariant the binary relies on breaks (so libFuzzer records it as a
//! crash). The binary never calls these; they cost it nothing.

use std::path::Path;

use clap::Parser;

use crate::catalog::schema::Catalog;
use crate::catalog::{load, parse, validate, write};
use crate::cli::{Cli, Command, Tree};
use crate::import::markdown::{self, SPACES};
use crate::import::{self, Sources};
use crate::sanitize;
use crate::units;

/// Sizes: the list's cells (`8x7b (46.7b)`) and what users type (`7b`,
/// `32k`, `24GB`). Every value read is a count in range; a parameter count
/// a user may type prints back to one they may type, within the precision
/// `units::format` keeps (two decimals of its unit).
pub fn sizes(text: &str) {
    let _ = units::read(text);
    for n in [units::parse_tokens(text), units::parse_bytes(text)]
        .into_iter()
        .flatten()
    {
        assert!(
            (1..1_000_000_000_000_000_000).contains(&n),
            "{text:?} → {n}"
        );
    }
    if let Ok(n) = units::parse_params(text) {
        assert!(
            (units::PLAIN_COUNT_MIN..1_000_000_000_000_000_000).contains(&n)
                || text.trim().ends_with(|c: char| c.is_ascii_alphabetic()),
            "{text:?} → {n}: a plain count below a million was accepted"
        );
        assert!(
            (1..1_000_000_000_000_000_000).contains(&n),
            "{text:?} → {n}"
        );
        let printed = units::format(n);
        match units::parse_params(&printed) {
            Ok(back) => assert!(
                back.abs_diff(n) <= round_trip_tolerance(n),
                "{text:?} → {n} → {printed} → {back}"
            ),
            // Below a million the plain count prints, which needs a unit;
            // only a count within rounding of 10^18 may print as too large.
            Err(e) => assert!(
                !(units::PLAIN_COUNT_MIN..999_995_000_000_000_000).contains(&n),
                "{text:?} → {printed}: {e}"
            ),
        }
    }
}

/// How far `parse_params(&format(n))` may be from `n`: half a unit in the last
/// of the two decimals `format` prints, plus one for the final rounding.
pub fn round_trip_tolerance(n: u64) -> u64 {
    let unit: u64 = match n {
        1_000_000_000_000.. => 1_000_000_000_000,
        1_000_000_000.. => 1_000_000_000,
        1_000_000.. => 1_000_000,
        1_000.. => 1_000,
        _ => return 0,
    };
    unit / 200 + 1
}

/// The Markdown reader and the importer. The input is the Japanese README;
/// NUL characters separate the English and French ones (missing ones are
/// copies of the Japanese). When the importer accepts the input and the
/// result validates, every file it would write must load again.
pub fn markdown(text: &str) {
    let doc = markdown::parse(text);
    for table in &doc.tables {
        for row in &table.rows {
            for c in &row.cells {
                cell(c);
            }
        }
    }
    let mut parts = text.split('\0');
    let ja = parts.next().unwrap_or_default().to_string();
    let en = parts.next().map_or_else(|| ja.clone(), str::to_string);
    let fr = parts.next().map_or_else(|| ja.clone(), str::to_string);
    let sources = Sources {
        ja,
        en: Some(en),
        fr: Some(fr),
        references_model: parts.next().map(str::to_string),
        references_training: parts.next().map(str::to_string),
        size_overview: parts.next().map(str::to_string),
    };
    let curated = load::embedded_given_to_import();
    let Ok((catalog, _report)) = import::import(&sources, &curated) else {
        return;
    };
    if !validate::validate(&catalog).is_empty() {
        return; // `catalog import` writes nothing then.
    }
    let files = write::render(&catalog).expect("an imported catalog renders as TOML");
    for (path, content) in files {
        if let Err(e) = parse::parse_str(&content) {
            panic!(
                "the importer would write {} that does not load: {e}",
                path.display()
            );
        }
    }
}

/// One table cell through every cell reader: links lie inside the cell,
/// cleaned text has no doubled or edge spaces (the ones `tidy` collapses),
/// top-level parts are not empty.
pub fn cell(cell: &str) {
    for link in markdown::links(cell) {
        assert!(link.start < link.end && link.end <= cell.len());
        assert!(cell[link.start..link.end].starts_with('['));
    }
    let clean = markdown::clean(cell);
    for line in clean.lines() {
        assert!(
            !line.contains("  ") && line.trim_matches(SPACES) == line,
            "{clean:?}"
        );
    }
    let _ = markdown::strip_footnotes(&clean);
    let _ = markdown::footnote_refs(cell);
    assert!(markdown::split_top(&clean).iter().all(|p| !p.is_empty()));
    let _ = units::read(&clean);
}

/// A `--catalog` file: read, validated over the built-in catalog, and, when
/// valid, listed in every format. Nothing printed may carry a control or
/// bidi character that the terminal would act on.
pub fn catalog(bytes: &[u8]) {
    let path = Path::new("fuzz.toml");
    let Ok((part, text)) = load::parse_bytes(path, bytes.to_vec()) else {
        return;
    };
    let mut cat = load::embedded();
    load::overlay(&mut cat, part);
    let problems = validate::validate(&cat);
    if !problems.is_empty() {
        let sources = [parse::Source {
            path: path.to_path_buf(),
            text,
        }];
        for line in parse::describe(&sources, &problems) {
            assert_safe(&sanitize::line(&line), "validation message");
        }
        return;
    }
    let all = crate::render::family::COLUMNS.join(",");
    for args in [
        &["list", "--format", "table", "--columns", &all][..],
        &["list", "--format", "csv", "--columns", &all],
        &["list", "--format", "tsv"],
        &["list", "--format", "markdown"],
        &["list", "--format", "json"],
        &["list", "--format", "ids"],
        &["list", "--variants", "--format", "table"],
        &["list", "--variants", "--format", "jsonl"],
        &["list", "--variants", "--format", "ids"],
        &["search", "a", "--format", "table"],
    ] {
        let out = run(args, &cat).unwrap_or_else(|e| panic!("{args:?} failed: {e:#}"));
        assert_safe(&out, &format!("{args:?}"));
    }
}

/// `jllm list …` / `jllm search …` arguments, one per line: parsed as the
/// binary parses them ([`Cli::parse_args`], whose fast path builds only the
/// command named), filtered, sorted and written against the built-in
/// catalog (never reading files the arguments name). Where the fast path
/// answers, the full clap tree must give the same result.
pub fn query(text: &str) {
    let args: Vec<&str> = text.split('\n').collect();
    let argv = argv(&args);
    if let Some(fast) = Cli::parse_one(&argv, Tree::Free) {
        match Cli::try_parse_from(argv.clone()) {
            Ok(full) => assert_eq!(format!("{fast:?}"), format!("{full:?}"), "{args:?}"),
            Err(e) => panic!("{args:?}: the fast parse accepted what clap refuses: {e}"),
        }
    }
    let _ = run(&args, &load::embedded());
}

fn argv(args: &[&str]) -> Vec<std::ffi::OsString> {
    std::iter::once("jllm")
        .chain(args.iter().copied())
        .map(std::ffi::OsString::from)
        .collect()
}

/// Runs a `list` or `search` command line into a buffer.
fn run(args: &[&str], cat: &Catalog) -> anyhow::Result<String> {
    let cli = Cli::parse_args_in(argv(args), Tree::Free)?;
    let cfg = cli.global.config();
    let mut out = Vec::new();
    match &cli.command {
        Command::List(a) => crate::cmd::list::write(a, &cfg, cat, &mut out)?,
        Command::Search(a) => crate::cmd::search::write(a, &cfg, cat, &mut out)?,
        _ => false,
    };
    Ok(String::from_utf8(out)?)
}

fn assert_safe(out: &str, what: &str) {
    if let Some(c) = out.chars().find(|&c| sanitize::is_dangerous(c)) {
        panic!("{what} printed {c:?} unescaped: {out:?}");
    }
}
