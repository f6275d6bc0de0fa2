//! `jllm update` against a real HTTP server on 127.0.0.1 (std TcpListener,
//! one thread) serving tarballs built here from a copy of the list in
//! JLLM_LIST_DIR: a list with a model added today installs and answers; a
//! 404, a truncated archive, a server that stalls, an archive with a `../`
//! entry, an absolute path or a link, and an archive that is not the list
//! each fail with exit 2 and one line, and the previous install still
//! answers, byte for byte the same file.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::time::Duration;

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

/// Serves `routes` (path → body) on 127.0.0.1; `/stall` reads the request
/// and never answers; anything else is a 404. Returns the base URL.
fn serve(routes: Vec<(&'static str, Vec<u8>)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let routes = routes.clone();
            std::thread::spawn(move || answer(stream, &routes));
        }
    });
    format!("http://{addr}")
}

fn answer(mut stream: TcpStream, routes: &[(&'static str, Vec<u8>)]) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    if path == "/stall" {
        std::thread::sleep(Duration::from_secs(30));
        return;
    }
    match routes.iter().find(|(p, _)| *p == path) {
        Some((_, body)) => {
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/gzip\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(body);
        }
        None => {
            let _ = stream.write_all(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nNot Found",
            );
        }
    }
}

fn update(data: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    let mut cmd = jllm();
    cmd.env("JLLM_DATA_DIR", data)
        .env("JLLM_UPDATE_TIMEOUT", "1")
        .arg("update")
        .args(args);
    cmd.assert()
}

fn show(data: &Path, id: &str) -> assert_cmd::assert::Assert {
    let mut cmd = jllm();
    cmd.env("JLLM_DATA_DIR", data).args(["show", id]);
    cmd.assert()
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

    // `catalog info` names the source; the commit is the list's COMMIT.
    let commit = std::fs::read_to_string(list.join("COMMIT")).unwrap_or_default();
    let mut info = jllm();
    info.env("JLLM_DATA_DIR", &data)
        .args(["catalog", "info", "--json"]);
    let out = info.output().expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["in_effect"], "installed update");
    assert_eq!(v["installed"]["source"], format!("{base}/list.tar.gz"));
    if let Some(sha) = commit.split_whitespace().next() {
        assert_eq!(v["installed"]["commit"], sha);
    }

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
            "no complete answer within 1 s",
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
        let out = update(&data, &["--from", &url])
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
            std::fs::read(&installed).expect("still installed"),
            before,
            "{what} changed the install"
        );
        show(&data, "jllm-test-70b").code(0);
    }
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
        let out = std::process::Command::new("git")
            .args(["-c", "user.email=t@example.org", "-c", "user.name=t"])
            .args(args)
            .current_dir(&repo)
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
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
