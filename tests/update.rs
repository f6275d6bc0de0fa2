//! `jllm update` against a real HTTP server on 127.0.0.1 (std TcpListener,
//! one thread) serving tarballs built here from a copy of the list in
//! JLLM_LIST_DIR: a list with a model added today installs and answers; a
//! 404, a truncated archive, a server that stalls, an archive with a `../`
//! entry, an absolute path or a link, and an archive that is not the list
//! each fail with exit 2 and one line, and the previous install still
//! answers, byte for byte the same file.

mod common;

use std::path::Path;

use common::http::serve;
use common::{copy_list, edit_line, jllm, line_of, list_dir};
use predicates::prelude::*;

/// A `.tar.gz` of `dir` under one top-level directory, as GitHub serves it.
fn tarball(dir: &Path) -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut tar = tar::Builder::new(gz);
    tar.append_dir_all("awesome-japanese-llm-main", dir)
        .expect("tar");
    tar.into_inner().expect("tar").finish().expect("gz")
}

/// A tarball whose second entry has the raw name `name` and `kind`.
fn hostile_tarball(name: &[u8], kind: tar::EntryType) -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut tar = tar::Builder::new(gz);
    let mut h = tar::Header::new_old();
    h.set_entry_type(tar::EntryType::Directory);
    h.set_path("top/").expect("path");
    h.set_size(0);
    h.set_cksum();
    tar.append(&h, std::io::empty()).expect("dir");
    let body = b"pwned\n";
    let mut h = tar::Header::new_old();
    h.as_old_mut().name[..name.len()].copy_from_slice(name);
    h.set_entry_type(kind);
    if kind == tar::EntryType::Symlink {
        h.set_link_name("/etc/passwd").expect("link");
        h.set_size(0);
    } else {
        h.set_size(body.len() as u64);
    }
    h.set_mode(0o644);
    h.set_cksum();
    tar.append(&h, &body[..h.size().expect("size") as usize])
        .expect("entry");
    tar.into_inner().expect("tar").finish().expect("gz")
}

/// A tarball of one top-level directory holding `README.md` with `text`.
fn tarball_of_readme(text: &str) -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut tar = tar::Builder::new(gz);
    let mut h = tar::Header::new_gnu();
    h.set_size(text.len() as u64);
    h.set_mode(0o644);
    h.set_cksum();
    tar.append_data(&mut h, "top/README.md", text.as_bytes())
        .expect("entry");
    tar.into_inner().expect("tar").finish().expect("gz")
}

/// Runs git in `repo` (a throwaway identity), asserting success; stdout.
fn git(repo: &Path, args: &[&str]) -> Vec<u8> {
    let out = std::process::Command::new("git")
        .args(["-c", "user.email=t@example.org", "-c", "user.name=t"])
        .args(args)
        .current_dir(repo)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {out:?}");
    out.stdout
}

/// `jllm update ARGS` with the data directory `data`, within 60 s (the
/// timeout covers the import too, which a loaded machine can make slow).
fn update(data: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    update_within(data, "60", args)
}

fn update_within(data: &Path, timeout: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    let mut cmd = jllm();
    cmd.env("JLLM_DATA_DIR", data)
        .env("JLLM_UPDATE_TIMEOUT", timeout)
        .arg("update")
        .args(args);
    cmd.assert()
}

fn show(data: &Path, id: &str) -> assert_cmd::assert::Assert {
    let mut cmd = jllm();
    cmd.env("JLLM_DATA_DIR", data).args(["show", id]);
    cmd.assert()
}

/// `catalog info --json` after an update from `base`: valid against its
/// schema, naming the source and the list's COMMIT.
fn info_names_the_source(data: &Path, base: &str, list: &Path) {
    // `catalog info` names the source; the commit is the list's COMMIT.
    let commit = std::fs::read_to_string(list.join("COMMIT")).expect("the list has COMMIT");
    let mut info = jllm();
    info.env("JLLM_DATA_DIR", data)
        .args(["catalog", "info", "--json"]);
    let out = info.output().expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["in_effect"], "installed update");
    // With an update installed, `installed` is an object: it too is what
    // `jllm schema catalog info` describes.
    let schema = common::json(&["schema", "catalog", "info"]);
    let validator = jsonschema::draft202012::new(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(v["installed"]["source"], format!("{base}/list.tar.gz"));
    let sha = commit.split_whitespace().next().expect("a sha in COMMIT");
    assert_eq!(v["installed"]["commit"], sha);
}

/// Each refused archive (404, truncated, stalled, escaping, a link, not the
/// list) fails with one line and leaves the installed catalog byte for byte.
fn failures_leave_the_install(data: &Path, base: &str, installed: &Path, before: &[u8]) {
    for (what, url, needle) in [
        ("404", format!("{base}/missing.tar.gz"), "404"),
        (
            "truncated",
            format!("{base}/truncated.tar.gz"),
            "damaged or truncated archive",
        ),
        (
            "stall",
            format!("{base}/stall"),
            "no complete update within 1 s",
        ),
        (
            "../ entry",
            format!("{base}/dotdot.tar.gz"),
            "would escape the archive's directory",
        ),
        (
            "link",
            format!("{base}/link.tar.gz"),
            "is a link or special file",
        ),
        (
            "absolute path",
            format!("{base}/absolute.tar.gz"),
            "would escape the archive's directory",
        ),
        (
            "not the list",
            format!("{base}/notlist.tar.gz"),
            "this does not look like the awesome-japanese-llm list",
        ),
    ] {
        let timeout = if what == "stall" { "1" } else { "60" };
        let out = update_within(data, timeout, &["--from", &url])
            .code(2)
            .get_output()
            .clone();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{what}: {err}");
        assert!(
            err.starts_with("jllm: ") && err.contains(needle),
            "{what}: {err}"
        );
        assert_eq!(
            std::fs::read(installed).expect("still installed"),
            before,
            "{what} changed the install"
        );
        show(data, "jllm-test-70b").code(0);
    }
}

#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn update_installs_a_list_with_a_new_model_and_failures_leave_it() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let list = tmp.path().join("list");
    copy_list(&list_dir(), &list);
    // Today's list: the Llama 3 Swallow 70B row (README.md, the same line in
    // en/ and fr/) replaced by a model the built-in catalog does not have.
    let line = line_of(&list, "| [Llama 3 Swallow 70B](");
    edit_line(&list, line, |l| {
        l.replace("Llama 3 Swallow 70B", "Jllm Test 70B")
            .replace("Llama-3-Swallow-70B", "Jllm-Test-70B")
    });
    let good = tarball(&list);
    let truncated = good[..good.len() / 2].to_vec();
    let base = serve(vec![
        ("/list.tar.gz", good),
        ("/truncated.tar.gz", truncated),
        (
            "/dotdot.tar.gz",
            hostile_tarball(b"top/../../evil.md", tar::EntryType::Regular),
        ),
        (
            "/link.tar.gz",
            hostile_tarball(b"top/README.md", tar::EntryType::Symlink),
        ),
        (
            "/absolute.tar.gz",
            hostile_tarball(b"/tmp/evil.md", tar::EntryType::Regular),
        ),
        (
            "/notlist.tar.gz",
            tarball_of_readme("# Shopping\n\n- milk\n"),
        ),
    ]);
    let data = tmp.path().join("data");

    // Before: the built-in catalog has the old model, not the new one.
    show(&data, "jllm-test-70b").code(1);
    show(&data, "llama-3-swallow-70b").code(0);

    update(&data, &["--from", &format!("{base}/list.tar.gz")])
        .code(0)
        .stdout(predicate::str::contains("installed"))
        .stderr(predicate::str::contains(" 0 dropped"));
    show(&data, "jllm-test-70b")
        .code(0)
        .stdout(predicate::str::contains("Jllm-Test-70B-Instruct-v0.1"));
    // Removed from the list: gone from the catalog in effect.
    show(&data, "llama-3-swallow-70b").code(1);
    let installed = data.join("catalog.json");
    let before = std::fs::read(&installed).expect("installed file");

    info_names_the_source(&data, &base, &list);
    failures_leave_the_install(&data, &base, &installed, &before);
    // No temporary file left in the data directory.
    let names: Vec<String> = std::fs::read_dir(&data)
        .expect("data dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["catalog.json"]);

    // --check installs nothing and names the change; --reset goes back.
    let fresh = tmp.path().join("fresh");
    std::fs::create_dir(&fresh).expect("mkdir");
    update(&fresh, &["--check", "--from", list.to_str().expect("utf8")])
        .code(0)
        .stdout(predicate::str::contains("added    family jllm-test-70b"))
        .stdout(predicate::str::contains(
            "removed  family llama-3-swallow-70b",
        ));
    assert!(!fresh.join("catalog.json").exists());
    update(&data, &["--reset"]).code(0);
    show(&data, "llama-3-swallow-70b").code(0);
}

#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn update_from_a_directory_equals_the_built_in_catalog() {
    // The built-in catalog is the import of the list at its commit: an
    // update from the same list must answer exactly as the built-in one.
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    update(
        &data,
        &["--quiet", "--from", list_dir().to_str().expect("utf8")],
    )
    .code(0);
    for args in [
        &["list", "--json"][..],
        &["benchmarks", "--json"],
        &["show", "swallow-70b", "--json"],
    ] {
        let run = |dir: Option<&Path>| {
            let mut cmd = jllm();
            if let Some(d) = dir {
                cmd.env("JLLM_DATA_DIR", d);
            }
            cmd.args(args).output().expect("run").stdout
        };
        assert_eq!(run(Some(&data)), run(None), "{args:?}");
    }
}

#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn a_git_archive_records_its_commit() {
    // GitHub's tarballs are `git archive` output: the commit is in the pax
    // global header. Made here with git from a copy of the list without its
    // COMMIT file, so the commit can only come from the header.
    let tmp = tempfile::tempdir().expect("tempdir");
    let repo = tmp.path().join("repo");
    copy_list(&list_dir(), &repo);
    let _ = std::fs::remove_file(repo.join("COMMIT"));
    let git = |args: &[&str]| {
        String::from_utf8_lossy(&git(&repo, args))
            .trim()
            .to_string()
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-qm", "list"]);
    let sha = git(&["rev-parse", "HEAD"]);
    let archive = tmp.path().join("main.tar.gz");
    git(&[
        "archive",
        "--format=tar.gz",
        "--prefix=awesome-japanese-llm-main/",
        "-o",
        archive.to_str().expect("utf8"),
        "HEAD",
    ]);
    let data = tmp.path().join("data");
    update(
        &data,
        &["--quiet", "--from", archive.to_str().expect("utf8")],
    )
    .code(0);
    let mut info = jllm();
    info.env("JLLM_DATA_DIR", &data)
        .args(["catalog", "info", "--json"]);
    let v: serde_json::Value =
        serde_json::from_slice(&info.output().expect("run").stdout).expect("json");
    assert_eq!(v["installed"]["commit"], sha);
    assert!(v["installed"]["archive_date"].is_string(), "{v}");
}

/// The evaluation sources (../shared/evals), from JLLM_EVALS_DIR.
fn evals_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(
        std::env::var_os("JLLM_EVALS_DIR").expect("JLLM_EVALS_DIR names ../shared/evals"),
    )
}

/// `git archive` of `files` (name → text) under `prefix/`, as GitHub serves
/// a repository's tarball: the commit in the pax header, files dated by it.
/// Returns the archive and the commit.
fn git_archive(dir: &Path, prefix: &str, files: &[(&str, String)]) -> (Vec<u8>, String) {
    let repo = dir.join(prefix);
    std::fs::create_dir_all(&repo).expect("mkdir");
    for (name, text) in files {
        let path = repo.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    let git = |args: &[&str]| git(&repo, args);
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-qm", "results"]);
    let sha = String::from_utf8_lossy(&git(&["rev-parse", "HEAD"]))
        .trim()
        .to_string();
    let archive = git(&[
        "archive",
        "--format=tar.gz",
        &format!("--prefix={prefix}-main/"),
        "HEAD",
    ]);
    (archive, sha)
}

/// The pfgen-bench score of `repo` (completion mode, the first row of it)
/// as the README table states it: `<code>0.7628 (±…`.
fn pfgen_row(readme: &str, repo: &str) -> (usize, String) {
    let needle = format!("result/{repo}/");
    let (i, line) = readme
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(&needle) && l.contains('🟢'))
        .unwrap_or_else(|| panic!("{repo} has a pre-trained row in pfgen-bench's README"));
    let score = line.split("<code>").nth(2).expect("score cell");
    let score = score.split_whitespace().next().expect("score").to_string();
    (i, score)
}

fn pfgen_avg(data: &Path, family: &str, repo: &str) -> f64 {
    let out = jllm()
        .env("JLLM_DATA_DIR", data)
        .args(["show", family, "--json"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let variant = v["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .find(|c| c["hf"] == repo)
        .unwrap_or_else(|| panic!("{repo} in {family}"));
    variant["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["suite"] == "pfgen" && r["task"] == "avg" && r["mode"] == "completion")
        .and_then(|r| r["score"].as_f64())
        .unwrap_or_else(|| panic!("{repo} has a pfgen average"))
}

fn results_info(data: &Path) -> serde_json::Value {
    let out = jllm()
        .env("JLLM_DATA_DIR", data)
        .args(["catalog", "info", "--json"])
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    v["results"].clone()
}

/// A directory laid out like ../shared/evals: pfgen-bench's README as
/// given, the Swallow leaderboard's model.yml and both COMMIT files as
/// they are in `evals`.
fn write_evals_dir(dir: &Path, evals: &Path, pfgen_readme: &str) {
    let read = |rel: &str| std::fs::read_to_string(evals.join(rel)).expect("evals file");
    for (rel, text) in [
        ("pfgen-bench/README.md", pfgen_readme.to_string()),
        ("pfgen-bench/COMMIT", read("pfgen-bench/COMMIT")),
        (
            "swallow-leaderboard/model.yml",
            read("swallow-leaderboard/model.yml"),
        ),
        (
            "swallow-leaderboard/COMMIT",
            read("swallow-leaderboard/COMMIT"),
        ),
    ] {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
}

/// After an update with the evaluation results, the Swallow leaderboard's
/// respelled Qwen3 Swallow id joins its checkpoint through the built-in
/// aliases, with model.yml's own average.
fn qwen3_swallow_joins_through_the_aliases(data: &Path, evals: &Path) {
    // The leaderboard's respelled Qwen3 Swallow id joins the checkpoint
    // through the built-in aliases, with the file's own average.
    let yml: serde_norway::Value = serde_norway::from_str(
        &std::fs::read_to_string(evals.join("swallow-leaderboard/model.yml")).expect("evals file"),
    )
    .expect("YAML");
    let ja_post = yml
        .as_sequence()
        .expect("models")
        .iter()
        .find(|m| m["model_id"] == "tokyotech-llm/Qwen-3-Swallow-32B-RL-v0.2")
        .and_then(|m| m["results"]["ja_post"]["avg"].as_f64())
        .expect("model.yml has Qwen-3-Swallow-32B-RL-v0.2's ja_post average");
    let out = jllm()
        .env("JLLM_DATA_DIR", data)
        .args(["show", "qwen3-swallow-32b", "--json"])
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let joined = v["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .find(|c| c["hf"] == "tokyotech-llm/Qwen3-Swallow-32B-RL-v0.2")
        .and_then(|c| {
            c["results"]
                .as_array()?
                .iter()
                .find(|r| r["suite"] == "swallow-ja-post" && r["task"] == "avg")
        })
        .and_then(|r| r["score"].as_f64());
    assert_eq!(joined, Some(ja_post));
}

/// `jllm update` refreshes the evaluation results from
/// the two leaderboards' repositories (here git archives served on
/// 127.0.0.1 in their place), installs them with the catalog, and a failed
/// download leaves the install as it was.
#[test]
#[ignore = "needs the list and the evals: set JLLM_LIST_DIR and JLLM_EVALS_DIR"]
fn update_refreshes_the_evaluation_results() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let evals = evals_dir();
    let read = |rel: &str| std::fs::read_to_string(evals.join(rel)).expect("evals file");
    let (repo, family) = ("tokyotech-llm/Swallow-70b-hf", "swallow-70b");
    // The leaderboard's own value first, then a new one in its place.
    let readme = read("pfgen-bench/README.md");
    let (row, stated) = pfgen_row(&readme, repo);
    let stated: f64 = stated.parse().expect("a score");
    let data = tmp.path().join("data");
    let list = tarball(&list_dir());
    assert_eq!(pfgen_avg(&data, family, repo), stated, "built-in results");
    let edited: String = readme
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == row {
                l.replacen(&format!("<code>{stated}"), "<code>0.1234", 1)
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_ne!(edited, readme);
    let (pfgen, pfgen_sha) =
        git_archive(tmp.path(), "pfgen-bench", &[("README.md", edited.clone())]);
    let (swallow, swallow_sha) = git_archive(
        tmp.path(),
        "leaderboard",
        &[("model.yml", read("swallow-leaderboard/model.yml"))],
    );
    let base = serve(vec![
        ("/list.tar.gz", list),
        ("/pfgen.tar.gz", pfgen),
        ("/swallow.tar.gz", swallow),
    ]);
    let run = |pfgen_path: &str| {
        jllm()
            .env("JLLM_DATA_DIR", &data)
            .env("JLLM_UPDATE_TIMEOUT", "60")
            .env("JLLM_SWALLOW_URL", format!("{base}/swallow.tar.gz"))
            .env("JLLM_PFGEN_URL", format!("{base}{pfgen_path}"))
            .args(["update", "--from", &format!("{base}/list.tar.gz")])
            .args(["--evals-from", "github"])
            .output()
            .expect("run")
    };
    let out = run("/pfgen.tar.gz");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(pfgen_avg(&data, family, repo), 0.1234);
    let info = results_info(&data);
    assert_eq!(info["from"], "installed update");
    let commits: Vec<&str> = info["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .filter_map(|s| s["commit"].as_str())
        .collect();
    assert!(commits.contains(&pfgen_sha.as_str()), "{info}");
    assert!(commits.contains(&swallow_sha.as_str()), "{info}");
    // A leaderboard that cannot be downloaded: exit 2, one line, the
    // install byte for byte as it was.
    let installed = std::fs::read(data.join("catalog.json")).expect("installed");
    let out = run("/missing.tar.gz");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.tar.gz: download failed"), "{err}");
    assert_eq!(
        err.lines().count(),
        1,
        "a failed update says one line: {err}"
    );
    assert_eq!(
        std::fs::read(data.join("catalog.json")).expect("installed"),
        installed
    );
    // From a directory laid out like ../shared/evals. A source row that is
    // not a model's result is reported with its line, not dropped silently.
    let ground_truth = 1 + readme
        .lines()
        .position(|l| l.contains("system/ground-truth"))
        .expect("pfgen-bench's README has its ground-truth row");
    let dir = tmp.path().join("evals");
    write_evals_dir(
        &dir,
        &evals,
        &edited.replace("<code>0.1234", "<code>0.4321"),
    );
    update(
        &data,
        &[
            "--quiet",
            "--from",
            list_dir().to_str().expect("utf8"),
            "--evals-from",
            dir.to_str().expect("utf8"),
        ],
    )
    .code(0)
    .stderr(predicate::str::contains(format!(
        "pfgen-bench/README.md:{ground_truth}: '👑 system/ground-truth' is not a model result"
    )));
    assert_eq!(pfgen_avg(&data, family, repo), 0.4321);
    qwen3_swallow_joins_through_the_aliases(&data, &evals);
    // A local list without --evals-from: the built-in results, re-joined.
    update(
        &data,
        &["--quiet", "--from", list_dir().to_str().expect("utf8")],
    )
    .code(0);
    assert_eq!(pfgen_avg(&data, family, repo), stated);
    update(&data, &["--reset"]).code(0);
    assert_eq!(results_info(&data)["from"], "built-in");
}
