//! What jllm writes and reads on disk, with real special files, on the real
//! binary: writes that fail (a file-size limit stands in for a full disk: it
//! needs no root and no mount), are interrupted (SIGINT) or race each other
//! leave the previous output byte-identical and no temporary files; inputs
//! that are FIFOs, devices, directories or symlink loops end at once with an
//! error naming the path and what it is, never a hang.

mod common;

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::hostile::snapshot;
use common::jllm;
use predicates::prelude::*;

const MINI_LIST: &str = include_str!("../fuzz/seeds/markdown/list-shaped.md");

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

fn write(path: &Path, content: impl AsRef<[u8]>) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, content).expect("write");
}

fn list_dir(dir: &Path, text: &str) -> PathBuf {
    let list = dir.join("list");
    for f in ["README.md", "en/README.md", "fr/README.md"] {
        write(&list.join(f), text);
    }
    list
}

/// The mini list with one training-data cell longer: a new catalog whose
/// ids are those of the old one (so both overlay the built-in catalog).
fn changed() -> String {
    let old = "Sparse Upcycling on Sarashina2 (70B)";
    assert!(MINI_LIST.contains(old));
    MINI_LIST.replace(
        old,
        &format!("{old}, then a longer training text for this test"),
    )
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// The names in `dir` (not below), sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// jllm with writes limited to `bytes` per file (RLIMIT_FSIZE) and SIGXFSZ
/// ignored, so that a write past the limit fails with EFBIG as on a full disk.
fn with_file_limit(args: &[&str], bytes: u64) -> std::process::Output {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("jllm"));
    cmd.args(args).env("LANG", "C").env_remove("JLLM_CATALOG");
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: bytes,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    cmd.output().expect("run jllm")
}

#[test]
fn plot_out_on_a_full_disk_keeps_the_old_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let svg = dir.path().join("params.svg");
    write(&svg, "the good chart");
    let out = with_file_limit(&["plot", "--out", s(&svg)], 1000);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("params.svg: cannot write"), "{err}");
    assert_eq!(std::fs::read(&svg).expect("read"), b"the good chart");
    assert_eq!(names(dir.path()), ["params.svg"], "no temporary file left");
    // Without the limit it is replaced, and keeps its permissions.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&svg, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    jllm().args(["plot", "--out", s(&svg)]).assert().success();
    let text = std::fs::read_to_string(&svg).expect("read");
    assert!(text.starts_with("<svg"), "{}", &text[..40.min(text.len())]);
    let mode = std::fs::metadata(&svg).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
    assert_eq!(names(dir.path()), ["params.svg"]);
}

#[test]
fn plot_out_replaces_a_planted_symlink_instead_of_writing_through_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let victim = dir.path().join("victim");
    write(&victim, "precious");
    let svg = dir.path().join("params.svg");
    std::os::unix::fs::symlink(&victim, &svg).expect("symlink");
    jllm().args(["plot", "--out", s(&svg)]).assert().success();
    assert_eq!(std::fs::read(&victim).expect("read"), b"precious");
    assert!(std::fs::symlink_metadata(&svg).expect("meta").is_file());
}

#[test]
fn import_on_a_full_disk_keeps_the_old_catalog_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let list = list_dir(dir.path(), MINI_LIST);
    let out = dir.path().join("out");
    jllm()
        .args(["catalog", "import", s(&list), "--out", s(&out)])
        .assert()
        .success();
    let before = snapshot(&out);
    // Room for copies of the old files, not for the longer new one.
    let biggest = before.iter().map(|(_, c)| c.len()).max().expect("files") + 1;
    list_dir(dir.path(), &changed());
    let got = with_file_limit(
        &["catalog", "import", s(&list), "--out", s(&out)],
        biggest as u64,
    );
    let err = String::from_utf8_lossy(&got.stderr);
    assert_eq!(got.status.code(), Some(2), "{err}");
    assert!(err.contains("File too large"), "{err}");
    assert_eq!(snapshot(&out), before, "the old catalog, byte for byte");
    assert_eq!(
        names(dir.path()),
        ["list", "out"],
        "no staging directory left"
    );
}

#[test]
fn interrupted_imports_leave_the_old_or_the_new_catalog() {
    let dir = tempfile::tempdir().expect("tempdir");
    let list = list_dir(dir.path(), MINI_LIST);
    let out = dir.path().join("out");
    let import = || {
        Command::new(assert_cmd::cargo::cargo_bin("jllm"))
            .args(["catalog", "import", s(&list), "--out", s(&out)])
            .env("LANG", "C")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn")
    };
    assert!(import().wait().expect("wait").success());
    let old = snapshot(&out);
    list_dir(dir.path(), &changed());
    let mut new = None;
    let mut interrupted = 0;
    for delay_ms in (0..40).step_by(2) {
        // Back to the old catalog, then an import stopped `delay_ms` in.
        if snapshot(&out) != old {
            std::fs::remove_dir_all(&out).expect("rm");
            for (p, c) in &old {
                write(p, c);
            }
        }
        let child = import();
        std::thread::sleep(Duration::from_millis(delay_ms));
        // SAFETY: signalling our own child by its id.
        unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
        let status = child.wait_with_output().expect("wait").status;
        interrupted += usize::from(status.code().is_none());
        let now = snapshot(&out);
        if now != old {
            let new = new.get_or_insert_with(|| now.clone());
            assert_eq!(&now, new, "after {delay_ms} ms: a mix of old and new");
        }
        assert_eq!(names(dir.path()), ["list", "out"], "after {delay_ms} ms");
    }
    assert!(
        interrupted > 0,
        "no run was interrupted: the test tested nothing"
    );
}

#[test]
fn concurrent_imports_each_commit_a_whole_catalog() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a");
    let b = dir.path().join("b");
    let list_a = list_dir(&a, MINI_LIST);
    let list_b = list_dir(&b, &changed());
    let out = dir.path().join("out");
    let run = |list: &Path, to: &Path| {
        jllm()
            .args(["catalog", "import", s(list), "--out", s(to)])
            .assert()
            .success();
    };
    // The curated tables in each catalog, so that readers can load it
    // alone (--no-builtin); the import carries them over.
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
    for to in [&out, &dir.path().join("ref-a"), &dir.path().join("ref-b")] {
        for name in ["developers.toml", "licenses.toml", "sizes.toml"] {
            write(
                &to.join(name),
                std::fs::read(repo.join(name)).expect("curated"),
            );
        }
    }
    run(&list_a, &dir.path().join("ref-a"));
    run(&list_b, &dir.path().join("ref-b"));
    let relative = |root: &Path| -> Vec<(PathBuf, Vec<u8>)> {
        snapshot(root)
            .into_iter()
            .map(|(p, c)| (p.strip_prefix(root).expect("below").to_path_buf(), c))
            .collect()
    };
    let (ref_a, ref_b) = (
        relative(&dir.path().join("ref-a")),
        relative(&dir.path().join("ref-b")),
    );
    assert_ne!(ref_a, ref_b);
    run(&list_a, &out);
    // Eight imports at once, alternating lists, and readers meanwhile.
    let spawn = |args: &[&str]| {
        Command::new(assert_cmd::cargo::cargo_bin("jllm"))
            .args(args)
            .env("LANG", "C")
            .env_remove("JLLM_CATALOG")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn")
    };
    let mut children: Vec<_> = (0..8)
        .map(|i| {
            let list = if i % 2 == 0 { &list_b } else { &list_a };
            spawn(&["catalog", "import", s(list), "--out", s(&out)])
        })
        .collect();
    for _ in 0..8 {
        children.push(spawn(&[
            "--no-builtin",
            "--catalog",
            s(&out),
            "list",
            "--format",
            "ids",
        ]));
    }
    for (i, c) in children.into_iter().enumerate() {
        let c = c.wait_with_output().expect("wait");
        assert!(
            c.status.success(),
            "{} {i} exited {:?}: {}",
            if i < 8 { "import" } else { "reader" },
            c.status.code(),
            String::from_utf8_lossy(&c.stderr)
        );
    }
    let end = relative(&out);
    assert!(end == ref_a || end == ref_b, "a mix of two imports");
    assert_eq!(names(dir.path()), ["a", "b", "out", "ref-a", "ref-b"]);
}

/// Runs jllm, which must fail at once (not hang) with `needle` on stderr.
fn refuses(args: &[&str], needle: &str) {
    jllm()
        .args(args)
        .timeout(Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(needle))
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn fifos_are_refused_not_waited_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let catalogs = dir.path().join("catalogs");
    std::fs::create_dir(&catalogs).expect("mkdir");
    mkfifo(&catalogs.join("x.toml"));
    refuses(
        &["--catalog", s(&catalogs), "list"],
        "x.toml: is a FIFO (named pipe), not a regular file",
    );
    refuses(
        &["catalog", "validate", s(&catalogs.join("x.toml"))],
        "x.toml: is a FIFO (named pipe), not a catalog file or directory",
    );
    let list = list_dir(dir.path(), MINI_LIST);
    std::fs::remove_file(list.join("en/README.md")).expect("rm");
    mkfifo(&list.join("en/README.md"));
    let out = dir.path().join("out");
    refuses(
        &["catalog", "import", s(&list), "--out", s(&out)],
        "en/README.md: is a FIFO (named pipe), not a regular file",
    );
    let fifo_dir = dir.path().join("fifo-list");
    mkfifo(&fifo_dir);
    refuses(
        &["catalog", "import", s(&fifo_dir), "--out", s(&out)],
        "fifo-list: is a FIFO (named pipe); expected the directory",
    );
    assert!(!out.exists());
}

#[test]
fn devices_and_directories_are_named_for_what_they_are() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zero = dir.path().join("zero.toml");
    std::os::unix::fs::symlink("/dev/zero", &zero).expect("symlink");
    refuses(
        &["--catalog", s(&zero), "list"],
        "zero.toml: is a character device, not a catalog file or directory",
    );
    let catalogs = dir.path().join("catalogs");
    std::fs::create_dir(&catalogs).expect("mkdir");
    std::os::unix::fs::symlink("/dev/zero", catalogs.join("zero.toml")).expect("symlink");
    refuses(
        &["--catalog", s(&catalogs), "list"],
        "zero.toml: is a character device, not a regular file",
    );
    let list = list_dir(dir.path(), MINI_LIST);
    std::fs::remove_file(list.join("fr/README.md")).expect("rm");
    std::fs::create_dir(list.join("fr/README.md")).expect("mkdir");
    refuses(
        &["catalog", "import", s(&list), "--check", s(dir.path())],
        "fr/README.md: is a directory, not a regular file",
    );
}

const MODEL: &str = "[[model]]\nid = \"mine\"\nname = \"Mine\"\nname_ja = \"私の\"\ncategory = \"text-generation\"\n";

#[test]
fn symlink_loops_end_with_an_error_and_each_file_is_read_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cat = dir.path().join("cat");
    write(&cat.join("a.toml"), MODEL);
    // Two links to the same file: one entry, not a duplicate id.
    std::os::unix::fs::symlink(cat.join("a.toml"), cat.join("b.toml")).expect("symlink");
    std::os::unix::fs::symlink(cat.join("a.toml"), cat.join("c.toml")).expect("symlink");
    jllm()
        .args(["catalog", "validate", s(&cat)])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("ok: 1 models").and(predicate::str::contains("in 1 files")),
        );
    // `ln -s . cat/self` and a second loop: an error naming the link, at once.
    std::os::unix::fs::symlink(".", cat.join("self")).expect("symlink");
    std::os::unix::fs::symlink("..", cat.join("up")).expect("symlink");
    refuses(&["--catalog", s(&cat), "list"], "symbolic link loop");
    // The whole file system is refused, not walked forever.
    refuses(&["--catalog", "/", "list"], "");
}

#[test]
fn validate_reports_every_problem_in_every_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let syntax = dir.path().join("a-syntax.toml");
    write(&syntax, "[[model]]\nid = \n");
    let unknown = dir.path().join("b-unknown.toml");
    write(&unknown, format!("{MODEL}developers = [\"nobody\"]\n"));
    let fifo = dir.path().join("c-fifo.toml");
    mkfifo(&fifo);
    let other = dir.path().join("d-unknown.toml");
    write(
        &other,
        MODEL.replace("mine", "other")
            + "license = { ids = [\"nolicense\"], commercial = \"yes\" }\n",
    );
    let missing = dir.path().join("e-missing.toml");
    let args: Vec<&str> = ["catalog", "validate"]
        .into_iter()
        .chain([&syntax, &unknown, &fifo, &missing, &other].map(|p| s(p)))
        .collect();
    let out = jllm()
        .args(&args)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("run");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    for needle in [
        "a-syntax.toml:2:6: string values must be quoted",
        "c-fifo.toml: is a FIFO (named pipe)",
        "e-missing.toml: cannot read catalog",
        "jllm: 5 problems",
    ] {
        assert!(stderr.contains(needle), "{needle} not in {stderr}");
    }
    for needle in [
        "b-unknown.toml:2: model 'mine' names unknown developer id 'nobody'",
        "d-unknown.toml:2: model 'other' names unknown license id 'nolicense'",
    ] {
        assert!(stdout.contains(needle), "{needle} not in {stdout}");
    }
}

/// Empty environment values mean unset (`export JLLM_CATALOG=`), and empty
/// paths in JLLM_CATALOG are skipped.
#[test]
fn empty_environment_values_mean_unset() {
    let ids = |env: &[(&str, &str)]| {
        let mut cmd = jllm();
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.args(["list", "--format", "ids"]).output().expect("run");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{env:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let plain = ids(&[]);
    assert!(plain.lines().any(|l| l == "swallow-70b"));
    for env in [
        [("JLLM_CATALOG", ""), ("JLLM_LANG", "")],
        [("JLLM_CATALOG", ":"), ("JLLM_LANG", "")],
        [("JLLM_CATALOG", "::"), ("JLLM_LANG", "en")],
    ] {
        assert_eq!(ids(&env), plain, "{env:?}");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = dir.path().join("mine.toml");
    write(&mine, format!("{MODEL}developers = [\"cyberagent\"]\n"));
    let with = ids(&[("JLLM_CATALOG", &format!(":{}:", s(&mine)))]);
    assert!(with.lines().any(|l| l == "mine"), "{with}");
}

/// `--out` is replaced whole, so a directory holding anything but catalog
/// TOML (`--out .` in a checkout) is refused before anything is written.
#[test]
fn import_refuses_to_replace_a_directory_that_is_not_a_catalog() {
    let dir = tempfile::tempdir().expect("tempdir");
    let list = list_dir(dir.path(), MINI_LIST);
    let out = dir.path().join("project");
    write(&out.join("Cargo.toml"), "[package]\n");
    write(&out.join("src/main.rs"), "fn main() {}\n");
    let before = snapshot(&out);
    jllm()
        .args(["catalog", "import", s(&list), "--out", s(&out)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "project: holds src/main.rs, which is not catalog TOML; --out must be a catalog directory",
        ));
    assert_eq!(snapshot(&out), before);
    assert_eq!(names(dir.path()), ["list", "project"]);
}
