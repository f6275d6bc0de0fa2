//! A shell in a tmux pane, for the completion tests that press Tab in a
//! real terminal (zsh, and bash where readline's own insertion matters):
//! start it with an rc file, type, press keys, read the screen.

use std::time::{Duration, Instant};

use super::super::{path_with_bin, shell};

/// A shell in a pane of a tmux server of its own (200×50), with jllm
/// first on the PATH and a temporary home holding its rc file; the server
/// ends with the value.
pub struct Pane {
    socket: String,
    _home: tempfile::TempDir,
}

impl Pane {
    /// Starts `shell` (its words; `{rc}` stands for the rc file's path)
    /// with `rc` as its rc file, and waits for its prompt `> `.
    pub fn start(shell: &[&str], rc_name: &str, rc: &str) -> Pane {
        static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let home = tempfile::tempdir().expect("tempdir");
        let rc_path = home.path().join(rc_name);
        // The PATH is set in the rc file too: an interactive bash resets the
        // one tmux passes.
        let rc = format!("export PATH='{}'\n{rc}\nPS1='> '\n", path_with_bin());
        std::fs::write(&rc_path, rc).expect("write the rc file");
        let pane = Pane {
            socket: format!("jllm-completion-test-{}-{n}", std::process::id()),
            _home: home,
        };
        let home_dir = pane._home.path().display().to_string();
        let rc_path = rc_path.display().to_string();
        let mut args = vec![
            "new-session".to_string(),
            "-d".into(),
            "-x".into(),
            "200".into(),
            "-y".into(),
            "50".into(),
            "-e".into(),
            format!("ZDOTDIR={home_dir}"),
            "-e".into(),
            format!("HOME={home_dir}"),
            "-e".into(),
            format!("PATH={}", path_with_bin()),
        ];
        args.extend(shell.iter().map(|w| w.replace("{rc}", &rc_path)));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let start = pane.tmux(&args);
        assert!(
            start.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&start.stderr)
        );
        pane.wait_for(&|s| s.lines().any(|l| l.trim_end() == ">"));
        pane
    }

    fn tmux(&self, args: &[&str]) -> std::process::Output {
        let mut cmd = shell("tmux");
        cmd.args(["-L", &self.socket]).args(args);
        cmd.output().expect("run tmux")
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p"]).stdout).to_string()
    }

    /// The screen once `what` holds of it, or after 10 s.
    pub fn wait_for(&self, what: &dyn Fn(&str) -> bool) -> String {
        let end = Instant::now() + Duration::from_secs(10);
        loop {
            let s = self.screen();
            if what(&s) || Instant::now() > end {
                return s;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Types `text` and waits until the screen shows it.
    pub fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
        self.wait_for(&|s| s.contains(text));
    }

    pub fn key(&self, key: &str) {
        self.tmux(&["send-keys", key]);
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}
