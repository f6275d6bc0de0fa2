//! `jllm update` and the data directory against hostile or broken input:
//! archive fields out of their kind (a pax comment that is no commit id, or
//! of a megabyte; modification times of 2^63, 2^64−1 and −1), a
//! decompression bomb, a
//! redirect to another port, a report written to a full disk, and a data
//! directory holding a FIFO, a file, a directory or a symlink loop where
//! jllm expects its own. Archives are built here and served from
//! 127.0.0.1; each case checks the exit code, the one line said and that
//! the installed file is whole (the old one byte for byte, or none). (A
//! list whose catalog would be larger than any reader takes is in
//! tests/release.rs: it is tens of megabytes.)

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::http::{serve, serve_replies, Reply};
use common::{copy_list, jllm, list_dir};

/// The list's files (as `copy_list` takes them), relative paths and bytes,
/// without its COMMIT file: the archive's pax header is the only place that
/// says the commit.
fn list_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let tmp = tempfile::tempdir().expect("tmp");
    copy_list(dir, tmp.path());
    std::fs::remove_file(tmp.path().join("COMMIT")).expect("the list has a COMMIT file");
    walkdir(tmp.path())
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(tmp.path())
                .expect("below")
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read(&p).expect("read"))
        })
        .collect()
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read_dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// The 12 bytes of a tar header's mtime field in base-256 (GNU) for `v`,
/// read as a signed 96-bit number: `-1` is all ones.
fn base256(v: i128) -> [u8; 12] {
    let bytes = v.to_be_bytes();
    let mut field = [0u8; 12];
    field.copy_from_slice(&bytes[4..]);
    field[0] |= 0x80;
    field
}

/// A `.tar.gz` as `git archive` makes it: a pax global header whose
/// `comment` is `commit` (when given), then the top directory `top/` with
/// the raw mtime field `mtime` (when given), then `files` below it.
fn archive(commit: Option<&[u8]>, mtime: Option<[u8; 12]>, files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut tar = tar::Builder::new(gz);
    if let Some(commit) = commit {
        // A pax record: "LEN comment=VALUE\n", LEN counting itself.
        let body_len = " comment=".len() + commit.len() + 1;
        let mut len = body_len + 1;
        while len.to_string().len() + body_len != len {
            len = len.to_string().len() + body_len;
        }
        let mut record = format!("{len} comment=").into_bytes();
        record.extend_from_slice(commit);
        record.push(b'\n');
        let mut h = tar::Header::new_ustar();
        h.set_entry_type(tar::EntryType::XGlobalHeader);
        h.set_path("pax_global_header").expect("path");
        h.set_size(record.len() as u64);
        h.set_mode(0o666);
        h.set_cksum();
        tar.append(&h, &record[..]).expect("pax");
    }
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Directory);
    h.set_path("top/").expect("path");
    h.set_size(0);
    h.set_mode(0o755);
    h.set_mtime(1_787_389_432);
    if let Some(field) = mtime {
        h.as_old_mut().mtime = field;
    }
    h.set_cksum();
    tar.append(&h, std::io::empty()).expect("dir");
    for (rel, bytes) in files {
        let mut h = tar::Header::new_gnu();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        h.set_mtime(1_787_389_432);
        h.set_cksum();
        tar.append_data(&mut h, format!("top/{rel}"), &bytes[..])
            .expect("file");
    }
    tar.into_inner().expect("tar").finish().expect("gz")
}

fn update(data: &Path, env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    jllm()
        .env("JLLM_DATA_DIR", data)
        .env("JLLM_UPDATE_TIMEOUT", "120")
        .envs(env.iter().copied())
        .arg("update")
        .args(args)
        .timeout(Duration::from_secs(180))
        .output()
        .expect("run")
}

fn installed_info(data: &Path) -> serde_json::Value {
    let out = jllm()
        .env("JLLM_DATA_DIR", data)
        .args(["catalog", "info", "--json"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).expect("json")
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// What an archive says about itself is kept only when it is of its kind:
/// a 40-digit commit id is recorded; a commit with a bidi control, or a
/// pax header of a megabyte, is dropped with a warning and the update
/// installs; mtimes of 2^63, 2^64−1 and −1 are no date, never a panic.
#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn archive_fields_are_checked_for_their_kind() {
    let files = list_files(&list_dir());
    let sha = "903d9dbeb18cc71fe4bc4cab1a908544922457ac";
    let big = vec![b'a'; 1 << 20];
    let base = serve(vec![
        ("/good.tar.gz", archive(Some(sha.as_bytes()), None, &files)),
        (
            "/bidi.tar.gz",
            archive(Some("\u{202e}903d9db".as_bytes()), None, &files),
        ),
        ("/big.tar.gz", archive(Some(&big), None, &files)),
        (
            "/t63.tar.gz",
            archive(Some(sha.as_bytes()), Some(base256(1 << 63)), &files),
        ),
        (
            "/tmax.tar.gz",
            archive(Some(sha.as_bytes()), Some(base256(u64::MAX.into())), &files),
        ),
        (
            "/tneg.tar.gz",
            archive(Some(sha.as_bytes()), Some(base256(-1)), &files),
        ),
    ]);
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let args = |path: &str| {
        vec![
            "--quiet".to_string(),
            "--from".into(),
            format!("{base}{path}"),
        ]
    };
    let run = |path: &str| {
        let a = args(path);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        update(&data, &[], &a)
    };

    let out = run("/good.tar.gz");
    assert!(out.status.success(), "{out:?}");
    let info = installed_info(&data);
    assert_eq!(info["installed"]["commit"], sha);
    assert_eq!(info["installed"]["archive_date"], "2026-08-22T09:03:52Z");
    // A commit edited into the installed file by hand: `catalog info
    // --json` escapes its bidi control like every JSON output.
    let path = data.join("catalog.json");
    let text = std::fs::read_to_string(&path).expect("installed");
    std::fs::write(&path, text.replacen(sha, "\\u202eabc", 1)).expect("write");
    let out = jllm()
        .env("JLLM_DATA_DIR", &data)
        .args(["catalog", "info", "--json"])
        .output()
        .expect("run");
    let json = String::from_utf8(out.stdout).expect("utf8");
    assert!(json.contains("\\u202eabc"), "{json}");
    assert!(!json.contains('\u{202e}'), "{json}");

    for (path, warning) in [
        ("/bidi.tar.gz", "is not a commit id"),
        ("/big.tar.gz", "a pax header over 64 KiB"),
    ] {
        let out = run(path);
        assert!(out.status.success(), "{path}: {out:?}");
        let err = stderr(&out);
        assert!(err.contains(warning), "{path}: {err}");
        assert!(
            !err.contains('\u{202e}'),
            "{path}: the control is escaped: {err}"
        );
        let info = installed_info(&data);
        assert_eq!(
            info["installed"]["commit"],
            serde_json::Value::Null,
            "{path}"
        );
        let size = std::fs::metadata(data.join("catalog.json"))
            .expect("file")
            .len();
        assert!(size < 4 << 20, "{path}: {size} bytes installed");
    }

    for path in ["/t63.tar.gz", "/tmax.tar.gz", "/tneg.tar.gz"] {
        let out = run(path);
        assert!(out.status.success(), "{path}: {out:?}");
        let info = installed_info(&data);
        assert_eq!(info["installed"]["commit"], sha, "{path}");
        assert_eq!(
            info["installed"]["archive_date"],
            serde_json::Value::Null,
            "{path}"
        );
    }
}

/// A leaderboard archive whose date is out of range cannot say its date:
/// the update fails with one line and exit 2 (no panic), nothing changed.
#[test]
#[ignore = "needs the list and the evals: set JLLM_LIST_DIR and JLLM_EVALS_DIR"]
fn leaderboard_archives_with_impossible_times_fail_cleanly() {
    let evals = PathBuf::from(std::env::var_os("JLLM_EVALS_DIR").expect("set JLLM_EVALS_DIR"));
    let read = |rel: &str| std::fs::read(evals.join(rel)).expect("evals file");
    let sha = "903d9dbeb18cc71fe4bc4cab1a908544922457ac";
    let swallow = vec![(
        "model.yml".to_string(),
        read("swallow-leaderboard/model.yml"),
    )];
    let pfgen = vec![("README.md".to_string(), read("pfgen-bench/README.md"))];
    let files = list_files(&list_dir());
    let good = |f: &[(String, Vec<u8>)]| archive(Some(sha.as_bytes()), None, f);
    let mut routes = vec![
        ("/list.tar.gz", good(&files)),
        ("/swallow.tar.gz", good(&swallow)),
        ("/pfgen.tar.gz", good(&pfgen)),
    ];
    let times: [(&'static str, &'static str, i128); 6] = [
        ("/s63.tar.gz", "s", 1 << 63),
        ("/smax.tar.gz", "s", u64::MAX as i128),
        ("/sneg.tar.gz", "s", -1),
        ("/p63.tar.gz", "p", 1 << 63),
        ("/pmax.tar.gz", "p", u64::MAX as i128),
        ("/pneg.tar.gz", "p", -1),
    ];
    for (path, which, t) in times {
        let f = if which == "s" { &swallow } else { &pfgen };
        routes.push((path, archive(Some(sha.as_bytes()), Some(base256(t)), f)));
    }
    let base = serve(routes);
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let list = format!("{base}/list.tar.gz");
    let run = |swallow: &str, pfgen: &str| {
        update(
            &data,
            &[
                ("JLLM_SWALLOW_URL", &format!("{base}{swallow}")),
                ("JLLM_PFGEN_URL", &format!("{base}{pfgen}")),
            ],
            &["--quiet", "--from", &list, "--evals-from", "github"],
        )
    };
    let out = run("/swallow.tar.gz", "/pfgen.tar.gz");
    assert!(out.status.success(), "{out:?}");
    let before = std::fs::read(data.join("catalog.json")).expect("installed");
    for (path, which, _) in times {
        let out = if which == "s" {
            run(path, "/pfgen.tar.gz")
        } else {
            run("/swallow.tar.gz", path)
        };
        assert_eq!(out.status.code(), Some(2), "{path}: {out:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{path}: {err}");
        assert!(
            err.contains("does not say its commit and date"),
            "{path}: {err}"
        );
        assert_eq!(
            std::fs::read(data.join("catalog.json")).expect("installed"),
            before,
            "{path}"
        );
    }
}

/// A decompression bomb (600 MiB of zeros in a small download) is refused
/// by the limit it breaks, by name.
#[test]
fn a_decompression_bomb_names_the_limit() {
    let tmp = tempfile::tempdir().expect("tmp");
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut tar = tar::Builder::new(gz);
    let mut h = tar::Header::new_gnu();
    h.set_size(600 << 20);
    h.set_mode(0o644);
    h.set_cksum();
    tar.append_data(
        &mut h,
        "top/figures/zeros.bin",
        std::io::repeat(0).take(600 << 20),
    )
    .expect("entry");
    let bytes = tar.into_inner().expect("tar").finish().expect("gz");
    assert!(bytes.len() < 4 << 20, "{} bytes", bytes.len());
    let bomb = tmp.path().join("bomb.tar.gz");
    std::fs::write(&bomb, &bytes).expect("write");
    let data = tmp.path().join("data");
    let out = update(&data, &[], &["--from", bomb.to_str().expect("utf8")]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("over 512 MiB unpacked"), "{err}");
    assert!(!data.join("catalog.json").exists());
}

/// A redirect to another port is said on stderr; the update follows it.
#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn a_redirect_to_another_port_is_said() {
    let files = list_files(&list_dir());
    let target = serve(vec![("/list.tar.gz", archive(None, None, &files))]);
    let base = serve_replies(vec![(
        "/moved".to_string(),
        Reply::Redirect(format!("{target}/list.tar.gz")),
    )]);
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let out = update(&data, &[], &["--from", &format!("{base}/moved")]);
    assert!(out.status.success(), "{out:?}");
    let err = stderr(&out);
    assert!(
        err.contains(&format!("/moved: redirected to {target}")),
        "{err}"
    );
}

/// Installed is installed: with stdout on a full disk, the update still
/// exits 0 (its table's promise: 2 means nothing changed) and stderr says
/// the report was lost.
#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn a_report_that_cannot_be_written_does_not_turn_an_install_into_a_failure() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("jllm"))
        .env("JLLM_DATA_DIR", &data)
        .env("LANG", "C")
        .env_remove("JLLM_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["update", "-q", "--from", list_dir().to_str().expect("utf8")])
        .stdout(full)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(data.join("catalog.json").is_file());
    let err = stderr(&out);
    assert!(err.contains("the report could not be written"), "{err}");
}

/// The data directory holds something that is not jllm's file.
#[test]
fn a_fifo_at_the_installed_catalog_never_hangs() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).expect("mkdir");
    let fifo = data.join("catalog.json");
    let c = std::ffi::CString::new(fifo.to_str().expect("utf8")).expect("c string");
    // SAFETY: mkfifo reads the NUL-terminated path it is given.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    for args in [
        &["list"][..],
        &["show", "swallow-70b"],
        &["catalog", "info"],
    ] {
        let out = jllm()
            .env("JLLM_DATA_DIR", &data)
            .args(args)
            .timeout(Duration::from_secs(20))
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.contains("is a FIFO (named pipe), not jllm's installed catalog"),
            "{args:?}: {err}"
        );
        assert!(err.contains("jllm update --reset"), "{args:?}: {err}");
    }
    let out = update(&data, &[], &["--reset"]);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("removed "));
    assert!(!fifo.exists());
}

/// A data directory that is a file or a symlink loop, or a directory where
/// the installed file would be: nothing is installed, so queries answer
/// from the built-in catalog; `update --reset` says what is in the way.
#[test]
fn a_data_dir_that_is_not_one_means_nothing_installed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let builtin = jllm().args(["show", "swallow-70b"]).output().expect("run");
    assert!(builtin.status.success());

    let file = tmp.path().join("file");
    std::fs::write(&file, "not a directory").expect("write");
    let lp = tmp.path().join("loop");
    std::os::unix::fs::symlink(&lp, &lp).expect("symlink loop");
    let dir_at_file = tmp.path().join("dir-at-file");
    std::fs::create_dir_all(dir_at_file.join("catalog.json")).expect("mkdir");

    for data in [&file, &lp, &dir_at_file] {
        let out = jllm()
            .env("JLLM_DATA_DIR", data)
            .args(["show", "swallow-70b"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{}: {out:?}", data.display());
        assert_eq!(out.stdout, builtin.stdout, "{}", data.display());
    }
    for data in [&file, &lp] {
        let out = update(data, &[], &["--reset"]);
        assert!(out.status.success(), "{}: {out:?}", data.display());
        assert!(
            String::from_utf8_lossy(&out.stdout).starts_with("nothing installed at "),
            "{}: {out:?}",
            data.display()
        );
    }
    let out = update(&dir_at_file, &[], &["--reset"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = stderr(&out);
    assert!(
        err.contains("is a directory, not jllm's installed catalog"),
        "{err}"
    );
    assert!(dir_at_file.join("catalog.json").is_dir(), "left as it was");
}

/// `update` into a data directory that is a file says so (not "File
/// exists"), and into a directory at catalog.json says what is in the way.
#[test]
#[ignore = "needs the list: set JLLM_LIST_DIR"]
fn update_says_what_is_in_the_way() {
    let tmp = tempfile::tempdir().expect("tmp");
    let list = list_dir();
    let from = list.to_str().expect("utf8");
    let file = tmp.path().join("file");
    std::fs::write(&file, "not a directory").expect("write");
    let out = update(&file, &[], &["-q", "--from", from]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("is a regular file, not a directory"), "{err}");

    let dir_at_file = tmp.path().join("d");
    std::fs::create_dir_all(dir_at_file.join("catalog.json")).expect("mkdir");
    let out = update(&dir_at_file, &[], &["-q", "--from", from]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = stderr(&out);
    assert!(
        err.contains("is a directory; cannot replace it with a file"),
        "{err}"
    );

    // A FIFO there is replaced by the update.
    let data = tmp.path().join("fifo");
    std::fs::create_dir(&data).expect("mkdir");
    let c = std::ffi::CString::new(data.join("catalog.json").to_str().expect("utf8"))
        .expect("c string");
    // SAFETY: mkfifo reads the NUL-terminated path it is given.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let out = update(&data, &[], &["-q", "--from", from]);
    assert!(out.status.success(), "{out:?}");
    assert!(data.join("catalog.json").is_file());
}
