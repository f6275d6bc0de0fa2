//! `jllm browse` end to end: the real binary in a tmux pane (a real
//! pseudo-terminal, 200×50), driven by keys as a person would: start,
//! `/swallow`, Enter, down to swallow-70b, its license and a pfgen score on
//! the screen (both read from the catalog's sources here), `q`; then the
//! terminal is as before (cooked mode with echo, main screen, no mouse
//! reporting) and the `jllm list` line of the view was printed. Also: the
//! terminal restored on SIGTERM and SIGINT, and the refusal without a terminal.
//! Each test runs its own tmux server (`-L`), killed at the end. tmux is
//! needed (.ci/run installs it); without it the tests fail and say so.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux server of the test's own, killed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn new(name: &str) -> Tmux {
        let ok = Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(
            ok,
            "tmux is needed for this test (apt-get install tmux; .ci/run does)"
        );
        Tmux {
            socket: format!("jllm-browse-{name}-{}", std::process::id()),
        }
    }

    fn cmd(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("run tmux");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Starts `shell` (run by sh) in a 200×50 window.
    fn start(&self, shell: &str) {
        self.start_sized(shell, "200", "50");
    }

    /// Starts `shell` in a window of `width`×`height`.
    fn start_sized(&self, shell: &str, width: &str, height: &str) {
        self.cmd(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            width,
            "-y",
            height,
            shell,
        ]);
    }

    fn screen(&self) -> String {
        self.cmd(&["capture-pane", "-p"])
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend(keys);
        self.cmd(&args);
    }

    fn text(&self, text: &str) {
        self.cmd(&["send-keys", "-l", text]);
    }

    /// Waits up to 20 s for the screen to satisfy `ok`; the screen.
    fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {what}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

fn read(path: &str) -> toml::Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    toml::from_str(&std::fs::read_to_string(&p).expect("source file")).expect("TOML")
}

/// swallow-70b's entry in catalog/models/text-generation.toml.
fn swallow_70b() -> toml::Value {
    read("catalog/models/text-generation.toml")["model"]
        .as_array()
        .and_then(|m| {
            m.iter()
                .find(|f| f["id"].as_str() == Some("swallow-70b"))
                .cloned()
        })
        .expect("swallow-70b in the catalog")
}

/// The pfgen scores of swallow-70b's checkpoints in catalog/results/pfgen.toml.
fn pfgen_scores() -> Vec<String> {
    let repos: Vec<String> = swallow_70b()["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .filter_map(|v| v.get("hf")?.as_str().map(str::to_lowercase))
        .collect();
    read("catalog/results/pfgen.toml")["result"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| {
            r["hf"]
                .as_str()
                .is_some_and(|h| repos.contains(&h.to_lowercase()))
        })
        .filter_map(|r| r["score"].as_float())
        .map(|s| s.to_string())
        .collect()
}

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("jllm")
}

/// The shell line of the pane: jllm in English without colours and without
/// an installed update, then its exit code and the terminal's modes.
fn pane_command(jllm_args: &str, pidfile: &Path) -> String {
    format!(
        "echo $$ > {pid}; env LANG=C JLLM_DATA_DIR=/nonexistent/jllm-tests NO_COLOR=1 {bin} browse {jllm_args}; echo EXIT=$?; stty -a | tr '\\n' ' '; echo; echo END; sleep 600",
        pid = pidfile.display(),
        bin = binary().display()
    )
}

#[test]
fn browse_swallow_then_quit_restores_the_terminal() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let tmux = Tmux::new("quit");
    tmux.start(&pane_command("", &tmp.path().join("pid")));
    tmux.wait("the first frame", |s| s.contains("jllm browse ·"));
    assert_eq!(tmux.cmd(&["display", "-p", "#{alternate_on}"]).trim(), "1");
    tmux.keys(&["/"]);
    tmux.text("swallow");
    tmux.wait("the search", |s| s.contains("search 'swallow'"));
    tmux.keys(&["Enter"]);
    // The detail pane starts with the selected family's id.
    let on = |s: &str| {
        s.lines()
            .nth(2)
            .is_some_and(|l| l.contains("││swallow-70b "))
    };
    let mut screen = tmux.screen();
    for _ in 0..40 {
        if on(&screen) {
            break;
        }
        tmux.keys(&["Down"]);
        std::thread::sleep(Duration::from_millis(100));
        screen = tmux.screen();
    }
    assert!(on(&screen), "swallow-70b selected:\n{screen}");
    let license = swallow_70b()["license"]["text"]["en"]
        .as_str()
        .expect("license")
        .to_string();
    assert!(screen.contains(&license), "{license} on\n{screen}");
    let scores = pfgen_scores();
    assert!(!scores.is_empty());
    assert!(
        scores
            .iter()
            .any(|s| screen.contains(&format!("score:pfgen  {s}"))
                || screen.contains(&format!("pfgen   {s}"))),
        "a pfgen score of {scores:?} on\n{screen}"
    );
    tmux.keys(&["q"]);
    let after = tmux.wait("the exit", |s| s.contains("END"));
    assert!(after.contains("EXIT=0"), "{after}");
    assert!(
        after.contains("jllm list\n"),
        "the view's command line:\n{after}"
    );
    assert!(after.contains("jllm search swallow"), "{after}");
    let modes = after
        .lines()
        .find(|l| l.contains("speed"))
        .unwrap_or_default()
        .to_string();
    let all: String = after
        .split("EXIT=0")
        .nth(1)
        .unwrap_or_default()
        .replace('\n', "");
    assert!(
        all.contains(" icanon") && all.contains(" echo ") && !all.contains("-icanon"),
        "cooked mode: {modes}\n{after}"
    );
    assert_eq!(tmux.cmd(&["display", "-p", "#{alternate_on}"]).trim(), "0");
    assert_eq!(
        tmux.cmd(&["display", "-p", "#{mouse_any_flag}"]).trim(),
        "0"
    );
}

/// Sends `signal` to the browser running in a pane and checks what
/// `term.rs` promises for it: exit 128 + the signal's number (`code`), the
/// terminal back in cooked mode with echo, the main screen shown.
fn signal_restores_the_terminal(signal: &str, code: u8) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let pidfile = tmp.path().join("pid");
    let tmux = Tmux::new(&signal.to_lowercase());
    // The pane's shell writes its pid, then runs jllm as its child.
    tmux.start(&pane_command("--license apache", &pidfile));
    tmux.wait("the first frame", |s| s.contains("jllm browse ·"));
    let shell: u32 = std::fs::read_to_string(&pidfile)
        .expect("pid")
        .trim()
        .parse()
        .expect("pid");
    let child = Command::new("pgrep")
        .args(["-P", &shell.to_string(), "jllm"])
        .output()
        .expect("pgrep");
    let pid = String::from_utf8_lossy(&child.stdout).trim().to_string();
    assert!(!pid.is_empty(), "jllm's pid");
    assert!(Command::new("kill")
        .args([&format!("-{signal}"), &pid])
        .status()
        .expect("kill")
        .success());
    let after = tmux.wait("the exit", |s| s.contains("END"));
    let exit = format!("EXIT={code}");
    assert!(after.contains(&exit), "{after}");
    let all: String = after
        .split(&exit)
        .nth(1)
        .unwrap_or_default()
        .replace('\n', "");
    assert!(
        all.contains(" icanon") && !all.contains("-icanon") && !all.contains("-echo "),
        "{after}"
    );
    assert_eq!(tmux.cmd(&["display", "-p", "#{alternate_on}"]).trim(), "0");
}

/// SIGTERM (15): exit 143, as a shell reports a command it killed.
#[test]
fn sigterm_restores_the_terminal() {
    signal_restores_the_terminal("TERM", 143);
}

/// SIGINT (2) sent to the process, as `kill -INT` or a supervisor does (in
/// raw mode Ctrl-C is a key, which quits normally): exit 130.
#[test]
fn sigint_restores_the_terminal() {
    signal_restores_the_terminal("INT", 130);
}

#[test]
fn refuses_without_a_terminal() {
    let out = common::jllm().arg("browse").output().expect("run jllm");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("needs a terminal"), "{err}");
    assert!(out.stdout.is_empty());
}

/// Without --vram the browser asks the machine, as `fit --vram auto` does:
/// with an `nvidia-smi` that reports one RTX 4090 (24564 MiB) first on
/// PATH, the status line says what was found and the fit and speed
/// columns show.
#[test]
fn the_machines_gpu_is_the_default() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().expect("tempdir");
    let stub = tmp.path().join("nvidia-smi");
    std::fs::write(&stub, "#!/bin/sh\necho 'NVIDIA GeForce RTX 4090, 24564'\n").expect("stub");
    std::fs::set_permissions(&stub, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let tmux = Tmux::new("gpu");
    let line = pane_command("", &tmp.path().join("pid"));
    tmux.start(&format!("PATH={}:$PATH; {line}", tmp.path().display()));
    let screen = tmux.wait("the first frame", |s| s.contains("jllm browse ·"));
    let screen = if screen.contains("by nvidia-smi") {
        screen
    } else {
        tmux.wait("the status line", |s| s.contains("by nvidia-smi"))
    };
    assert!(
        screen.contains("NVIDIA GeForce RTX 4090 (24.0 GiB) by nvidia-smi"),
        "{screen}"
    );
    assert!(screen.contains(" fit"), "a fit column:\n{screen}");
    // Its one device is the table's RTX 4090 (src/gpus.toml, 24 GB): its
    // bandwidth gives the speed column.
    assert!(screen.contains(" speed"), "a speed column:\n{screen}");
    tmux.keys(&["q"]);
    let after = tmux.wait("the exit", |s| s.contains("END"));
    assert!(after.contains("EXIT=0"), "{after}");
}

/// At 80×24, `--lang ja`, `NO_COLOR=1`: the frame is in Japanese (the
/// title counts ファミリー, src/i18n/messages.rs's "{0} families", and the
/// fit column is 適合), no colour escape is drawn (bold and reverse only),
/// a wheel event over the list moves the selection, and `q` prints the
/// view's `jllm list` line.
#[test]
fn japanese_at_80_by_24_without_colour() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let tmux = Tmux::new("ja80");
    tmux.start_sized(
        &pane_command("--lang ja --vram 24GB", &tmp.path().join("pid")),
        "80",
        "24",
    );
    let screen = tmux.wait("the first frame", |s| s.contains("jllm browse ·"));
    let title = screen.lines().next().unwrap_or_default();
    assert!(title.contains("ファミリー"), "{screen}");
    assert!(
        screen.contains("適合"),
        "the fit column in Japanese:\n{screen}"
    );
    let escaped = tmux.cmd(&["capture-pane", "-p", "-e"]);
    // tmux writes the default colours back (39, 49) after a styled run:
    // those are no colour.
    let plain = escaped.replace("\x1b[39m", "").replace("\x1b[49m", "");
    for code in ["\x1b[3", "\x1b[4", "\x1b[9", "\x1b[10", ";3", ";4"] {
        let coloured = plain
            .match_indices(code)
            .any(|(i, _)| plain[i + code.len()..].starts_with(|c: char| c.is_ascii_digit()));
        assert!(!coloured, "a colour ({code:?}) with NO_COLOR:\n{escaped:?}");
    }
    // The selected row is drawn reversed: the wheel (an SGR mouse report,
    // button 65, over the list) moves it three rows down.
    let reversed = |s: &str| {
        s.lines()
            .position(|l| l.contains("\x1b[7m"))
            .unwrap_or(usize::MAX)
    };
    let before = reversed(&escaped);
    assert!(before < 24, "a reversed row:\n{escaped:?}");
    tmux.text("\x1b[<65;10;5M");
    let start = Instant::now();
    let mut after = before;
    while after == before && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
        after = reversed(&tmux.cmd(&["capture-pane", "-p", "-e"]));
    }
    assert_eq!(after, before + 3, "the wheel moved the selection");
    tmux.keys(&["q"]);
    let end = tmux.wait("the exit", |s| s.contains("END"));
    assert!(end.contains("EXIT=0"), "{end}");
    assert!(end.contains("jllm list\n"), "{end}");
}
