//! Release dates per checkpoint, checked against their sources read here:
//! rinna's paper (../shared/seeds/004_*, Tables 1 and 5: one row per repo,
//! its release month last) and the list's date CSV
//! (figures/scripts/parameter_size_overview_ja.csv: rows whose source URL is
//! a checkpoint's Hugging Face repo). A checkpoint no source dates apart
//! shows its family's date, marked as inherited, or else the list's year.

mod common;

use std::collections::HashMap;

use common::{jllm, json, list_dir, seeds_dir};
use serde_json::Value;

/// Every checkpoint row (`list --variants`) by lower-cased repo id.
fn checkpoints() -> HashMap<String, Value> {
    json(&[
        "list",
        "--variants",
        "--json",
        "family,hf,released,released_source,year",
    ])
    .as_array()
    .expect("array")
    .iter()
    .filter_map(|r| Some((r["hf"].as_str()?.to_ascii_lowercase(), r.clone())))
    .collect()
}

/// `(repo, YYYY-MM)` of the paper's table rows: `<i>owner/repo</i>`, tab
/// separated cells, the last a month and year (`April 2021`).
fn paper_months() -> Vec<(String, String)> {
    let dir = seeds_dir();
    let file = std::fs::read_dir(&dir)
        .expect("seeds")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("004_"))
        })
        .expect("the seed paper 004_*");
    let text = std::fs::read_to_string(file).expect("read");
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
    let mut out = Vec::new();
    for line in text
        .lines()
        .filter(|l| l.starts_with("<i>") && l.contains('\t'))
    {
        let repo = line
            .trim_start_matches("<i>")
            .split("</i>")
            .next()
            .expect("repo");
        let last = line.rsplit('\t').next().expect("cell");
        let Some((month, year)) = last.trim().split_once(' ') else {
            continue; // Table 2-4 rows end with a score
        };
        let Some(m) = MONTHS.iter().position(|x| *x == month) else {
            continue;
        };
        out.push((repo.to_string(), format!("{year}-{:02}", m + 1)));
    }
    out
}

#[test]
#[ignore = "needs the seeds: set JLLM_SEEDS_DIR"]
fn rinna_checkpoints_have_the_papers_release_month() {
    let cat = checkpoints();
    let months = paper_months();
    // Table 1's 11 rows and Table 5's 37.
    assert!(months.len() >= 45, "{} rows read", months.len());
    let mut dated = 0;
    for (repo, month) in &months {
        let Some(row) = cat.get(&repo.to_ascii_lowercase()) else {
            continue; // the list does not link this repo under this name
        };
        let released = row["released"].as_str().unwrap_or("");
        assert!(released.starts_with(month.as_str()), "{repo}: {row}");
        let source = row["released_source"].as_str().unwrap_or("");
        assert!(
            source.contains("Sawada") || source.contains("parameter_size_overview_ja.csv"),
            "{repo}: {row}"
        );
        dated += 1;
    }
    assert!(
        dated >= 20,
        "{dated} of the paper's checkpoints are in the list"
    );
    // The family "rinna GPT (Japanese only)" is dated by its earliest
    // checkpoint (April 2021), its 3.6B checkpoints by their own month.
    let f = json(&["show", "rinna-gpt-japanese-only", "--json"]);
    let earliest = months
        .iter()
        .filter(|(r, _)| {
            f["variants"]
                .as_array()
                .expect("variants")
                .iter()
                .any(|v| v["hf"].as_str().is_some_and(|h| h.eq_ignore_ascii_case(r)))
        })
        .map(|(_, m)| m.clone())
        .min()
        .expect("the family's checkpoints are in the paper");
    assert_eq!(f["released"].as_str(), Some(earliest.as_str()));
}

#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn csv_rows_citing_a_checkpoint_repo_date_that_checkpoint() {
    let cat = checkpoints();
    let text =
        std::fs::read_to_string(list_dir().join("figures/scripts/parameter_size_overview_ja.csv"))
            .expect("CSV");
    let mut dated = 0;
    for (i, line) in text.lines().enumerate().skip(1) {
        // Model,Lab,Parameters(B),Announced,Type,Source(JP); the rows
        // checked here cite one Hugging Face URL, unquoted.
        let Some(repo) = line
            .rsplit(',')
            .next()
            .and_then(|u| u.strip_prefix("https://huggingface.co/"))
        else {
            continue;
        };
        let Some(row) = cat.get(&repo.to_ascii_lowercase()) else {
            continue;
        };
        let date = line.split(',').nth(3).expect("Announced").replace('/', "-");
        let year: u64 = date[..4].parse().expect("year");
        if row["year"].as_u64() != Some(year) {
            continue; // the import refuses a year the list contradicts
        }
        let released = row["released"].as_str().unwrap_or("");
        let source = row["released_source"].as_str().unwrap_or("");
        let at = format!("parameter_size_overview_ja.csv:{}", i + 1);
        if source.contains(&at) {
            assert_eq!(released, date, "{repo}: {row}");
        } else {
            // Another source dates it in another month, and wins.
            assert!(
                !date.starts_with(released) && source.contains("Sawada"),
                "{repo}: {row}"
            );
        }
        dated += 1;
    }
    assert!(dated >= 5, "{dated} checkpoints dated by the CSV");
}

/// A checkpoint no source dates apart shows its family's date, marked.
#[test]
fn undated_checkpoints_inherit_the_familys_date_and_say_so() {
    let f = json(&["show", "swallow-70b", "--json"]);
    let family = f["released"].clone();
    assert!(family.is_string(), "{f}");
    for v in f["variants"].as_array().expect("variants") {
        if v["released_source"] == "inherited from the family" {
            assert_eq!(v["released"], family, "{v}");
        }
    }
    assert!(f["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .any(|v| v["released_source"] == "inherited from the family"));
    // Without a family date, the list's year, said as such.
    let rows = json(&[
        "list",
        "--variants",
        "--json",
        "family,released,released_source,year",
    ]);
    let mut years = 0;
    for r in rows.as_array().expect("array") {
        if r["released_source"] == "the list's year for the family" {
            assert_eq!(
                r["released"].as_str(),
                Some(r["year"].to_string().as_str()),
                "{r}"
            );
            years += 1;
        }
        if r["year"].is_null() {
            continue;
        }
        assert!(
            r["released"].is_string(),
            "a checkpoint of a dated family has a date: {r}"
        );
    }
    assert!(years > 0);
}

/// Every CSV row without a model name (`,rinna,3.6,2023/05/17,…`) is
/// matched (by its URL to a family, or to the checkpoints of that size of
/// that developer), or the import says why not (not in the list as such,
/// ambiguous, conflicting year). rinna's 3.6B
/// checkpoints take the row's day within the paper's month.
#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn unnamed_csv_rows_date_one_size_of_one_developer_or_are_reported() {
    let text =
        std::fs::read_to_string(list_dir().join("figures/scripts/parameter_size_overview_ja.csv"))
            .expect("CSV");
    let out = common::jllm()
        .args(["catalog", "import"])
        .arg(list_dir())
        .arg("--check")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/catalog"))
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let rows = json(&[
        "list",
        "--variants",
        "--json",
        "family,hf,params,released,released_source",
    ]);
    let rows = rows.as_array().expect("array");
    let unmatched: Vec<usize> = stderr
        .lines()
        .find_map(|l| l.split_once("unmatched lines: "))
        .map(|(_, list)| {
            list.split(", ")
                .filter_map(|x| x.trim().parse().ok())
                .collect()
        })
        .expect("the import's note lists the unmatched lines");
    let mut unnamed = 0;
    for (i, line) in text.lines().enumerate().skip(1) {
        if !line.starts_with(',') {
            continue;
        }
        unnamed += 1;
        let n = i + 1;
        // Matched (a family's or checkpoints' date), or among the
        // unmatched lines with the reason.
        if unmatched.contains(&n) {
            assert!(
                stderr.contains(&format!("csv: line {n}: the unnamed row")),
                "CSV line {n} is unmatched without a reason: {line}\n{stderr}"
            );
        }
        let cells: Vec<&str> = line.split(',').collect();
        if cells[1] == "rinna" && cells[2] == "3.6" {
            let day = cells[3].replace('/', "-");
            let sized: Vec<&Value> = rows
                .iter()
                .filter(|r| {
                    r["family"] == "rinna-gpt-japanese-only" && r["params"] == 3_600_000_000u64
                })
                .collect();
            assert!(!sized.is_empty());
            for r in sized {
                assert_eq!(r["released"].as_str(), Some(day.as_str()), "{r}");
            }
        }
    }
    assert!(unnamed >= 10, "{unnamed} unnamed rows");
}

/// `plot` places each checkpoint at its own date: rinna GPT (Japanese
/// only)'s 3.6B checkpoints (May 2023 in rinna's paper) no longer make it
/// the largest model of 2021, the year of its first checkpoints.
#[test]
fn plot_places_checkpoints_at_their_own_dates() {
    let rows = json(&[
        "list",
        "--variants",
        "--json",
        "family,params,released,year",
    ]);
    let largest_2021 = rows
        .as_array()
        .expect("array")
        .iter()
        .filter(|r| !r["year"].is_null())
        .filter(|r| {
            r["released"]
                .as_str()
                .is_some_and(|d| d.starts_with("2021"))
        })
        .filter_map(|r| r["params"].as_u64())
        .max()
        .expect("checkpoints of 2021");
    assert!(largest_2021 < 3_600_000_000, "{largest_2021}");
    let rinna_36: Vec<&Value> = rows
        .as_array()
        .expect("array")
        .iter()
        .filter(|r| r["family"] == "rinna-gpt-japanese-only" && r["params"] == 3_600_000_000u64)
        .collect();
    assert!(rinna_36.iter().all(|r| r["released"]
        .as_str()
        .is_some_and(|d| d.starts_with("2023"))));
    let chart = common::stdout(&["plot"]);
    let y2021 = chart
        .lines()
        .find(|l| l.starts_with("2021 "))
        .expect("a 2021 bar");
    assert!(!y2021.contains("3.6B"), "{y2021}");
    let size = units_of(largest_2021);
    assert!(y2021.contains(&size), "{y2021} (largest of 2021: {size})");
}

/// A size as jllm prints a round one (`1.3B`, `336M`).
fn units_of(p: u64) -> String {
    if p >= 1_000_000_000 {
        format!("{}B", p as f64 / 1e9)
    } else {
        format!("{}M", p as f64 / 1e6)
    }
}

/// `list --variants --since/--until` test each checkpoint's own date (the
/// paper's month for rinna's GPT-2 medium, April 2021, Table 1), while the
/// family mode keeps the family's year (the list gives its family 2023).
#[test]
#[ignore = "needs the seeds: set JLLM_SEEDS_DIR"]
fn date_filters_with_variants_test_each_checkpoint() {
    let months = paper_months();
    let (repo, month) = months
        .iter()
        .find(|(r, _)| r == "rinna/japanese-gpt2-medium")
        .expect("Table 1 dates rinna/japanese-gpt2-medium");
    let year = &month[..4];
    let next = (year.parse::<u16>().expect("year") + 1).to_string();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["list", "--variants", "--developer", "rinna", "--json", "hf"];
        all.extend(args);
        let out = jllm().args(&all).output().expect("run");
        if !out.status.success() {
            return Vec::new();
        }
        let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        v.as_array()
            .expect("array")
            .iter()
            .filter_map(|r| r["hf"].as_str().map(str::to_string))
            .collect()
    };
    assert!(ids(&["--until", year]).contains(repo));
    assert!(ids(&["--year", year]).contains(repo));
    assert!(!ids(&["--since", &next]).contains(repo));
    // Family mode: the family's year in the list is later, so `--until`
    // of the checkpoint's year leaves the family out.
    let row = checkpoints()[repo.as_str()].clone();
    let fy = row["year"].as_u64().expect("family year");
    assert!(fy > year.parse::<u64>().expect("year"), "{row}");
    let out = jllm()
        .args([
            "list",
            "--developer",
            "rinna",
            "--until",
            year,
            "--json",
            "id",
        ])
        .output()
        .expect("run");
    let families: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    assert!(!families
        .as_array()
        .is_some_and(|a| a.iter().any(|r| r["id"] == row["family"])));
}

/// Every checkpoint `--variants --since/--until` keeps has a date in the
/// range, its own or its family's; `--sort released` orders by it, newest
/// first; the table marks an inherited date.
#[test]
fn date_filters_and_sort_with_variants_use_the_checkpoints_date() {
    let rows = json(&[
        "list",
        "--variants",
        "--since",
        "2021",
        "--until",
        "2022",
        "--json",
        "hf,released,released_source,year",
    ]);
    let rows = rows.as_array().expect("array");
    assert!(!rows.is_empty());
    for r in rows {
        let year: u16 = r["released"].as_str().expect("date")[..4]
            .parse()
            .expect("year");
        assert!((2021..=2022).contains(&year), "{r}");
    }
    // Some checkpoint is kept by its own date although its family's year
    // in the list is outside the range.
    assert!(rows
        .iter()
        .any(|r| r["year"].as_u64().is_some_and(|y| y > 2022)));
    let sorted = json(&[
        "list",
        "--variants",
        "--developer",
        "rinna",
        "--sort",
        "released",
        "--json",
        "released",
    ]);
    let dates: Vec<&str> = sorted
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|r| r["released"].as_str())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    let table = common::stdout(&[
        "list",
        "--variants",
        "--developer",
        "pfn",
        "--columns",
        "hf,released",
        "-f",
        "tsv",
    ]);
    assert!(table.contains(" (family)"), "{table}");
}
