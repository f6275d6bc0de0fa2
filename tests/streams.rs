//! Every command with its stdout and stderr on a full disk (`/dev/full`) and
//! on a pipe whose reader is already gone, run on the real binary. Nothing
//! may panic (exit 101): output that cannot be written is an error (exit 2,
//! said on stderr when stderr works); a closed pipe on stdout ends quietly
//! with 0 as soon as the command tries to print (the contract of
//! `jllm … | head`); a failed stderr changes nothing.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const MINI_LIST: &str = include_str!("../fuzz/seeds/markdown/list-shaped.md");

/// Where a stream goes.
#[derive(Clone, Copy, Debug)]
enum Sink {
    Capture,
    Full,
    ClosedPipe,
}

fn stdio(sink: Sink) -> Stdio {
    match sink {
        Sink::Capture => Stdio::piped(),
        Sink::Full => std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full")
            .into(),
        Sink::ClosedPipe => {
            // std::io::pipe is newer than the MSRV (1.85).
            let mut fds = [0; 2];
            // SAFETY: pipe(2) fills two descriptors we then own.
            assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0, "pipe");
            use std::os::fd::FromRawFd;
            // SAFETY: both descriptors are ours and used once each.
            let (reader, writer) = unsafe {
                (
                    std::fs::File::from_raw_fd(fds[0]),
                    std::fs::File::from_raw_fd(fds[1]),
                )
            };
            drop(reader);
            writer.into()
        }
    }
}

/// jllm with `args`, in English, on the built-in catalog, without stdin.
fn jllm<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("jllm"));
    cmd.args(args)
        .env("LANG", "C")
        .env_remove("JLLM_CATALOG")
        .env_remove("JLLM_LANG")
        .stdin(Stdio::null());
    cmd
}

fn run(args: &[String], out: Sink, err: Sink) -> Output {
    jllm(args)
        .stdout(stdio(out))
        .stderr(stdio(err))
        .output()
        .expect("run jllm")
}

/// Every command, with arguments that print something and, for the lookups,
/// arguments that fail (so that stderr carries the message).
fn commands(dir: &Path) -> Vec<Vec<String>> {
    let list = dir.join("list");
    for f in ["README.md", "en/README.md", "fr/README.md"] {
        let p = list.join(f);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, MINI_LIST).expect("write");
    }
    let bad = dir.join("bad.toml");
    std::fs::write(
        &bad,
        "[[model]]\nid = \"x\"\nname = \"X\"\nname_ja = \"X\"\ncategory = \"text-generation\"\ndevelopers = [\"nobody\"]\n",
    )
    .expect("write");
    let p = |p: PathBuf| p.to_string_lossy().into_owned();
    let lines: Vec<Vec<String>> = vec![
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", "swallow-70b"],
        vec!["show", "no-such-model"],
        vec!["show", "swallow"],
        vec!["search", "elyza"],
        vec!["compare", "swallow-70b", "swallow-7b"],
        vec!["compare", "swallow-70b", "nosuch"],
        vec!["stats", "--by", "license"],
        vec!["fit", "--vram", "16GB"],
        vec!["fit", "--vram", "16"],
        vec!["plot"],
        vec!["plot", "--out", "OUT/params.svg"],
        vec!["benchmarks"],
        vec!["benchmark", "jmteb"],
        vec!["benchmark", "nosuch"],
        vec!["catalog", "validate", "catalog"],
        vec!["catalog", "validate", "BAD"],
        vec![
            "catalog",
            "import",
            "LIST",
            "--out",
            "OUT/cat",
            "--allow-unknown",
        ],
        vec!["catalog", "import", "LIST", "--check", "catalog"],
        vec!["completions", "bash"],
        vec!["complete", "models", "swal"],
        vec!["schema"],
        vec!["man"],
        vec!["--help"],
        vec!["--version"],
        vec!["list", "--bogus"],
    ]
    .into_iter()
    .map(|l| l.into_iter().map(str::to_string).collect())
    .collect();
    let out = p(dir.join("out"));
    lines
        .into_iter()
        .map(|l| {
            l.into_iter()
                .map(|a| {
                    a.replace("OUT", &out)
                        .replace("LIST", &p(list.clone()))
                        .replace("BAD", &p(bad.clone()))
                })
                .collect()
        })
        .collect()
}

#[test]
fn no_command_panics_on_a_full_disk_or_a_closed_pipe() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("out")).expect("mkdir");
    let mut runs = 0;
    // Relative paths (`catalog`) are the repository's: tests run in it.
    for args in commands(dir.path()) {
        let normal = run(&args, Sink::Capture, Sink::Capture);
        let code = normal.status.code();
        assert!(
            matches!(code, Some(0..=2)),
            "{args:?}: {code:?} {}",
            String::from_utf8_lossy(&normal.stderr)
        );
        let prints = !normal.stdout.is_empty();
        for (out, err) in [
            (Sink::Full, Sink::Capture),
            (Sink::Full, Sink::Full),
            (Sink::Full, Sink::ClosedPipe),
            (Sink::ClosedPipe, Sink::Capture),
            (Sink::ClosedPipe, Sink::Full),
            (Sink::ClosedPipe, Sink::ClosedPipe),
            (Sink::Capture, Sink::Full),
            (Sink::Capture, Sink::ClosedPipe),
        ] {
            let got = run(&args, out, err);
            runs += 1;
            let stderr = String::from_utf8_lossy(&got.stderr);
            assert!(
                !stderr.contains("panicked"),
                "{args:?} {out:?} {err:?}: {stderr}"
            );
            // A closed pipe on stdout ends quietly with 0 (`jllm … | head`,
            // main.rs); a full disk is an error.
            let expected = match out {
                Sink::Full if prints => Some(2),
                Sink::ClosedPipe if prints => Some(0),
                _ => code,
            };
            assert_eq!(
                got.status.code(),
                expected,
                "{args:?} stdout {out:?} stderr {err:?}: {stderr}"
            );
            if matches!((out, err), (Sink::Full, Sink::Capture)) && prints {
                assert!(
                    stderr.contains("No space left on device"),
                    "{args:?}: {stderr}"
                );
            }
            if matches!(out, Sink::ClosedPipe) && matches!(err, Sink::Capture) && code == Some(0) {
                assert!(
                    stderr.is_empty() || args.contains(&"--out".to_string()),
                    "{args:?}: {stderr}"
                );
            }
        }
    }
    assert!(runs >= 27 * 8, "{runs} runs");
}

/// With stdout closed (`jllm … >&-`), what is printed is dropped as Rust's
/// own stdout drops it: exit 0, nothing said. jllm writes its answers to
/// the descriptor itself (pager.rs), past std's line buffering.
#[test]
fn a_closed_stdout_takes_the_answer_silently() {
    use std::os::unix::process::CommandExt;
    for args in [
        &[
            "list",
            "--license",
            "apache",
            "--min-params",
            "7b",
            "--json",
        ][..],
        &["list"],
        &["show", "swallow-70b"],
    ] {
        let mut cmd = jllm(args);
        cmd.stderr(Stdio::piped());
        // SAFETY: close(2) is async-signal-safe; the child closes its own
        // stdout before exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::close(libc::STDOUT_FILENO);
                Ok(())
            });
        }
        let out = cmd.output().expect("run jllm");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {:?}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// A descriptor of 0, 1 and 2 that the process starts without is
/// `/dev/null` by the time it runs (as std's runtime makes it), so no file
/// jllm opens takes its number and receives its answers or messages.
/// `jllm mcp` waits on its stdin, long enough to look at its descriptors.
#[test]
fn closed_standard_descriptors_start_as_dev_null() {
    use std::os::unix::process::CommandExt;
    let mut cmd = jllm(&["mcp"]);
    cmd.stdin(Stdio::piped());
    // SAFETY: close(2) is async-signal-safe; the child closes its own
    // stdout and stderr before exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::close(libc::STDOUT_FILENO);
            libc::close(libc::STDERR_FILENO);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("run jllm mcp");
    let link = |fd: u32| std::fs::read_link(format!("/proc/{}/fd/{fd}", child.id()));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while link(2).is_err() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let (out, err) = (link(1), link(2));
    drop(child.stdin.take());
    let status = child.wait().expect("wait for jllm mcp");
    for (fd, target) in [(1, out), (2, err)] {
        assert_eq!(
            target.ok().as_deref(),
            Some(Path::new("/dev/null")),
            "descriptor {fd}"
        );
    }
    // A session closed before it began is an error, said on (null) stderr.
    assert_eq!(status.code(), Some(2));
}
