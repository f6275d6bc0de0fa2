//! rinna's paper (Sawada et al., "Release of Pre-Trained Models for the
//! Japanese Language", LREC-COLING 2024) as a source of evaluation results,
//! for `jllm catalog import-results --seeds DIR`: Tables 2, 3 and 4 of its
//! text in the seed snapshots (`../shared/seeds`), read as the paper prints
//! them (tab-separated rows under a `Pre-trained model` header, the caption
//! `Table N:` after them). Each table is a suite of its own (suites.toml).
//!
//! The paper names models by short names (`rinna/bilingual-gpt-neox-4b-sft`).
//! A name joins a checkpoint only when it is a repo the paper itself lists
//! as released (Tables 1 and 5), or when exactly one of those repos is the
//! name with `-instruction` before its `-sft`/`-ppo` (and maybe a `-vN`
//! after it). A name that can mean two repos, and the baselines the paper
//! compares with (Meta's, LAION's), stay reference rows with the reason.

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

use super::results::{catalog_repos, Imported};
use crate::catalog::results::{Results, Score, Source, Task};
use crate::catalog::schema::Catalog;
use crate::catalog::schema::{List, Str};

/// The paper's title: the seed file that starts with it is the paper, and
/// the list's paper entry with it gives its date and URL.
pub const TITLE: &str = "Release of Pre-Trained Models for the Japanese Language";
const CITATION: &str = "Kei Sawada, Tianyu Zhao, Makoto Shing, Kentaro Mitsui, Akio Kaga, Yukiya Hono, Toshiaki Wakatsuki, Koh Mitsuda. Release of Pre-Trained Models for the Japanese Language";

/// One table of results as printed: its rows, each with its line.
struct Table {
    number: u32,
    header: Vec<String>,
    /// (line, cells) of every row under the header.
    rows: Vec<(u32, Vec<String>)>,
}

/// `<i>rinna/x</i>` → `rinna/x`.
fn plain(cell: &str) -> String {
    cell.replace("<i>", "")
        .replace("</i>", "")
        .replace('*', "")
        .trim()
        .to_string()
}

/// The tables of the text: blocks of tab-separated lines whose first line
/// starts with `Pre-trained model`, each numbered by the first caption
/// (`Table N:`) after it.
fn tables(text: &str) -> Vec<Table> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !(lines[i].starts_with("Pre-trained model\t")) {
            i += 1;
            continue;
        }
        let header: Vec<String> = lines[i].split('\t').map(plain).collect();
        let mut rows = Vec::new();
        let mut j = i + 1;
        while j < lines.len() && !lines[j].trim().is_empty() {
            rows.push((j as u32 + 1, lines[j].split('\t').map(plain).collect()));
            j += 1;
        }
        let number = lines[j..]
            .iter()
            .find_map(|l| {
                let rest = l.trim().strip_prefix("Table ")?;
                rest.split(':').next()?.trim().parse::<u32>().ok()
            })
            .unwrap_or(0);
        out.push(Table {
            number,
            header,
            rows,
        });
        i = j;
    }
    out
}

/// The repos the paper lists as released (Tables 1 and 5): the first cell
/// of every table row that names a repo of rinna and ends with its release
/// month (`May 2023`).
fn released_repos(text: &str) -> Vec<String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split('\t').collect();
        let first = cells.first().copied().unwrap_or("");
        let last = cells.last().copied().unwrap_or("").trim();
        let dated = last.split_once(' ').is_some_and(|(m, y)| {
            MONTHS.contains(&m) && y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())
        });
        if first.starts_with("<i>rinna/") && cells.len() >= 3 && dated {
            let repo = plain(first);
            if !out.contains(&repo) {
                out.push(repo);
            }
        }
    }
    out
}

/// How a short name of the paper joins: the repo it means, or why it does
/// not join.
enum Meaning {
    /// A repo the paper lists, and whether it is the name itself.
    Repo(String, bool),
    /// Two or more repos fit.
    Ambiguous(Vec<String>),
    /// No repo the paper lists: a baseline (or a model it does not list).
    Baseline,
}

/// `name` against the repos the paper lists as released.
fn meaning(name: &str, released: &[String]) -> Meaning {
    if let Some(r) = released.iter().find(|r| r.eq_ignore_ascii_case(name)) {
        return Meaning::Repo(r.clone(), true);
    }
    let Some((stem, kind)) = name.rsplit_once('-') else {
        return Meaning::Baseline;
    };
    if kind != "sft" && kind != "ppo" {
        return Meaning::Baseline;
    }
    let long = format!("{stem}-instruction-{kind}").to_ascii_lowercase();
    let fits: Vec<String> = released
        .iter()
        .filter(|r| {
            let r = r.to_ascii_lowercase();
            r == long
                || r.strip_prefix(&long)
                    .and_then(|v| v.strip_prefix("-v"))
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .cloned()
        .collect();
    match fits.len() {
        0 => Meaning::Baseline,
        1 => Meaning::Repo(fits[0].clone(), false),
        _ => Meaning::Ambiguous(fits),
    }
}

/// What each table is: suite(s), metric and setting.
struct Spec {
    number: u32,
    /// The header the table must have.
    header: &'static [&'static str],
}

const SPECS: [Spec; 3] = [
    Spec {
        number: 2,
        header: &["Pre-trained model", "Average score"],
    },
    Spec {
        number: 3,
        header: &["Pre-trained model", "Accuracy"],
    },
    Spec {
        number: 4,
        header: &["Pre-trained model", "Eval1", "Eval2", "Eval3"],
    },
];

/// The seed file holding the paper: the one whose text has its title.
pub fn find_seed(dir: &Path) -> Result<(PathBuf, String)> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| anyhow::anyhow!("{}: cannot read the seeds: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if !p.is_file() {
            continue;
        }
        let bytes = crate::catalog::load::read_bytes(&p, "seed")?;
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        if text
            .lines()
            .take(10)
            .any(|l| l.trim_start_matches('#').trim() == TITLE)
        {
            return Ok((p, text));
        }
    }
    bail!(
        "{}: no seed file has the paper '{TITLE}' (rinna's paper)",
        dir.display()
    )
}

/// Tables 2, 3 and 4 of the paper's text `text` (file name `file`), joined
/// to the catalog's checkpoints.
pub fn import(text: &str, file: &str, cat: &Catalog) -> Result<Imported> {
    let src = paper_source(cat)?;
    let released = released_repos(text);
    // "The few-shot numbers were 3, 3, 3, 2, 0, 1, 1, and 5."
    let shots = text
        .split("The few-shot numbers were ")
        .nth(1)
        .and_then(|r| r.split('.').next())
        .map(|r| r.replace(" and ", " ").replace(",  ", ", "))
        .ok_or_else(|| {
            anyhow::anyhow!("{file}: the few-shot numbers of Table 2 are not in the text")
        })?;
    let repos = catalog_repos(cat);
    let found = tables(text);
    let mut results = Vec::new();
    let mut skipped = Vec::new();
    for spec in &SPECS {
        let table = checked_table(&found, spec, file)?;
        // Table 4: a model's name on a line of its own, then one row per
        // size of the fine-tuning data.
        let mut current: Option<(u32, String)> = None;
        for (line, cells) in &table.rows {
            let at = format!("{file}:{line}");
            let name = cells.first().cloned().unwrap_or_default();
            let values: Vec<&String> = cells
                .get(1..)
                .unwrap_or_default()
                .iter()
                .filter(|c| !c.is_empty())
                .collect();
            if spec.number == 4 && values.is_empty() && name.contains('/') {
                current = Some((*line, name));
                continue;
            }
            match reading(spec, cells, &values, name, current.as_ref(), &shots) {
                Ok(r) => {
                    let in_list = |hf: &str| repos.contains(&hf.to_ascii_lowercase());
                    push_scores(
                        &mut results,
                        &src,
                        spec.number,
                        *line,
                        r,
                        &released,
                        in_list,
                    );
                }
                Err(why) => skipped.push(format!("{at}: {why}")),
            }
        }
    }
    Ok(Imported {
        results: Results {
            sources: List::Owned(vec![src]),
            suites: List::Owned(Vec::new()),
            results: List::Owned(results),
            aliases: List::Owned(Vec::new()),
        },
        skipped,
    })
}

/// The paper as a source of results, its date, URL and venue from the
/// list's entry of it in `cat`.
fn paper_source(cat: &Catalog) -> Result<Source> {
    let Some(paper) = cat.papers.iter().find(|p| p.title == TITLE) else {
        bail!("the catalog has no paper titled '{TITLE}' (its date and URL come from the list's papers)");
    };
    let (Some(date), Some(url)) = (paper.date.as_deref(), paper.url.as_deref()) else {
        bail!("the list's entry of the paper '{TITLE}' has no date or no URL");
    };
    let venue = paper.venue.as_deref().unwrap_or("");
    Ok(Source {
        id: Str::Static("paper"),
        name: Str::from(format!("rinna's paper ({venue})")),
        benchmark: Str::Static("jp-language-model-evaluation-harness"),
        url: Str::from(url.to_string()),
        license: Str::Static("unknown (the paper's text states none)"),
        attribution: Str::from(format!("{CITATION}. {venue}. {url}")),
        commit: Str::Static(""),
        date: Str::from(date.to_string()),
        citation: Some(Str::from(format!("{CITATION}. {venue}. {url}"))),
    })
}

/// The table `spec` describes among those `found`, refused where it is
/// missing or its header is not the expected one.
fn checked_table<'a>(found: &'a [Table], spec: &Spec, file: &str) -> Result<&'a Table> {
    let Some(table) = found.iter().find(|t| t.number == spec.number) else {
        bail!(
            "{file}: no Table {} (a block under 'Pre-trained model' with that caption)",
            spec.number
        );
    };
    if table.header != spec.header {
        bail!(
            "{file}: Table {}: header {:?}, expected {:?}",
            spec.number,
            table.header,
            spec.header
        );
    }
    Ok(table)
}

/// What one result row of a table says: the model as the paper names it,
/// the setting, and a score per suite.
struct Reading {
    model: String,
    mode: Option<String>,
    suites: Vec<(&'static str, f64)>,
}

/// Reads one row of a table (`cells`, its non-empty values `values`, its
/// first cell `name`); `current` is the model line Table 4 gives above its
/// rows, `shots` the few-shot numbers of Table 2. Err says why the row is
/// skipped.
fn reading(
    spec: &Spec,
    cells: &[String],
    values: &[&String],
    name: String,
    current: Option<&(u32, String)>,
    shots: &str,
) -> Result<Reading, String> {
    let numbers: Option<Vec<f64>> = values
        .iter()
        .map(|v| v.parse::<f64>().ok().filter(|x| x.is_finite()))
        .collect();
    let Some(numbers) = numbers.filter(|n| n.len() == spec.header.len() - 1) else {
        return Err(format!(
            "Table {}: '{}' is not a row of {} numbers: skipped",
            spec.number,
            cells.join(" | "),
            spec.header.len() - 1
        ));
    };
    Ok(match spec.number {
        2 => Reading {
            model: name,
            mode: Some(format!("few-shot {shots}")),
            suites: vec![("paper-jlmeh", numbers[0])],
        },
        3 => Reading {
            model: name,
            mode: Some("zero-shot".into()),
            suites: vec![("paper-imagenet-ja", numbers[0])],
        },
        _ => {
            let Some((_, model)) = current.cloned() else {
                return Err(format!(
                    "Table 4: '{name}' has no model line above it: skipped"
                ));
            };
            Reading {
                model,
                mode: Some(format!("fine-tuned on {name}")),
                suites: vec![
                    ("paper-csj-eval1", numbers[0]),
                    ("paper-csj-eval2", numbers[1]),
                    ("paper-csj-eval3", numbers[2]),
                ],
            }
        }
    })
}

/// The repo id a score is filed under, the paper's short name where that
/// differs (an alias), and a note saying how the name joined or why not.
fn joined(model: &str, released: &[String]) -> (String, Option<String>, Option<String>) {
    match meaning(model, released) {
        Meaning::Repo(repo, true) => (repo, None, None),
        Meaning::Repo(repo, false) => (
            repo.clone(),
            Some(model.to_string()),
            Some(format!(
                "the paper's short name {model}: {repo} is the only repo of Tables 1 and 5 it can mean"
            )),
        ),
        Meaning::Ambiguous(fits) => (
            model.to_string(),
            None,
            Some(format!(
                "the paper's short name can mean {} (all in Table 5): not joined",
                fits.join(" or ")
            )),
        ),
        Meaning::Baseline => (
            model.to_string(),
            None,
            Some("a baseline the paper compares with, named by its short name (not a repo id of the list)".to_string()),
        ),
    }
}

/// Appends to `results` the scores of one row read from Table `table` at
/// `line`, joined to the paper's released repos; `in_list` says whether
/// the catalog has a repo.
fn push_scores(
    results: &mut Vec<Score>,
    src: &Source,
    table: u32,
    line: u32,
    r: Reading,
    released: &[String],
    in_list: impl Fn(&str) -> bool,
) {
    let (hf, alias, note) = joined(&r.model, released);
    let in_list = in_list(&hf);
    for (suite, score) in r.suites {
        results.push(Score {
            hf: Str::from(hf.clone()),
            alias: alias.clone().map(Str::from),
            in_list,
            source: src.id.clone(),
            benchmark: if table == 2 {
                src.benchmark.clone()
            } else {
                Str::Static("")
            },
            suite: Str::Static(suite),
            date: src.date.clone(),
            score,
            std: None,
            trials: None,
            mode: r.mode.clone().map(Str::from),
            version: None,
            params: None,
            url: src.url.clone(),
            line,
            table: Some(Str::from(format!("Table {table}"))),
            note: note.clone().map(Str::from),
            tasks: List::Owned(Vec::<Task>::new()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_join_only_where_unique() {
        let released: Vec<String> = [
            "rinna/japanese-gpt-neox-3.6b",
            "rinna/japanese-gpt-neox-3.6b-instruction-sft",
            "rinna/japanese-gpt-neox-3.6b-instruction-sft-v2",
            "rinna/japanese-gpt-neox-3.6b-instruction-ppo",
            "rinna/bilingual-gpt-neox-4b-instruction-sft",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert!(matches!(
            meaning("rinna/japanese-gpt-neox-3.6b", &released),
            Meaning::Repo(_, true)
        ));
        assert!(matches!(
            meaning("rinna/bilingual-gpt-neox-4b-sft", &released),
            Meaning::Repo(r, false) if r == "rinna/bilingual-gpt-neox-4b-instruction-sft"
        ));
        assert!(matches!(
            meaning("rinna/japanese-gpt-neox-3.6b-sft", &released),
            Meaning::Ambiguous(v) if v.len() == 2
        ));
        assert!(matches!(
            meaning("rinna/japanese-gpt-neox-3.6b-ppo", &released),
            Meaning::Repo(_, false)
        ));
        assert!(matches!(
            meaning("meta/llama-7b", &released),
            Meaning::Baseline
        ));
    }

    #[test]
    fn tables_are_read_with_their_captions() {
        let text = "x\nPre-trained model\tAccuracy\n<i>a/b</i>\t1.50\n\nTable 3: caption\n";
        let t = tables(text);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].number, 3);
        assert_eq!(
            t[0].rows,
            vec![(3, vec!["a/b".to_string(), "1.50".to_string()])]
        );
    }
}
