//! The pager, as git and bat have one: on a terminal, output taller than
//! the screen goes through `$JLLM_PAGER`, else `$PAGER`, else `less -FRX`.
//! Piped output and `--no-pager` (an output option of every command that
//! prints results) are written straight to stdout. The
//! output of a command that may page is held in memory until the command
//! finishes, then written to the pager or to stdout; a pager that cannot
//! be started (not installed, exits 127 without reading) leaves the output
//! printed as it is. A pager closed before reading everything (`q` in
//! less) ends the command quietly. A thread inside [`capture`] (the MCP
//! server answering a tool call) has its output kept in memory instead.

use std::cell::RefCell;
use std::io::{BufWriter, StdoutLock, Write};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use crate::config::Config;

/// The terminal's height when the output may be paged; unset when it may not.
static HEIGHT: OnceLock<usize> = OnceLock::new();

/// Decides once whether output may be paged: stdout is a terminal and
/// paging is not turned off. The height is asked of the terminal only then.
pub fn init(cfg: &Config, enabled: bool) {
    if cfg.tty && enabled {
        let _ = HEIGHT.set(crate::config::terminal_height());
    }
}

thread_local! {
    /// What the commands of this thread printed, while [`capture`] runs.
    static CAPTURED: RefCell<Option<Vec<u8>>> = const { RefCell::new(None) };
}

/// Runs `f` with the output of every [`Out`] it finishes kept instead of
/// written to stdout; returns what `f` returned and those bytes. The MCP
/// server runs each tool call's command so: its stdout is the protocol.
pub fn capture<T>(f: impl FnOnce() -> T) -> (T, Vec<u8>) {
    let before = CAPTURED.with(|c| c.replace(Some(Vec::new())));
    let value = f();
    let bytes = CAPTURED.with(|c| c.replace(before)).unwrap_or_default();
    (value, bytes)
}

/// Whether this thread is inside [`capture`].
fn capturing() -> bool {
    CAPTURED.with(|c| c.borrow().is_some())
}

/// stdout for a command's answer: buffered, and held for the pager when
/// paging is on (see [`Out::finish`]). Which of the two is decided at the
/// first write: the command's output options, read before anything is
/// written, decide whether it may page ([`init`]).
pub struct Out {
    held: Option<Vec<u8>>,
    direct: Option<BufWriter<RawStdout>>,
    /// Held for [`capture`], not for the pager.
    captured: bool,
}

impl Out {
    pub fn new() -> Out {
        Out {
            held: None,
            direct: None,
            captured: false,
        }
    }

    /// Where the bytes go, decided once.
    fn decide(&mut self) {
        if self.held.is_none() && self.direct.is_none() {
            if capturing() {
                self.captured = true;
                self.held = Some(Vec::with_capacity(8192));
                return;
            }
            match HEIGHT.get() {
                Some(_) => self.held = Some(Vec::with_capacity(8192)),
                None => {
                    self.direct = Some(BufWriter::with_capacity(buffer_size(), RawStdout::new()))
                }
            }
        }
    }

    /// Writes what was held: through the pager when it is taller than the
    /// screen, else to stdout; then flushes.
    pub fn finish(&mut self) -> std::io::Result<()> {
        if let Some(direct) = self.direct.as_mut() {
            return direct.flush();
        }
        let Some(text) = self.held.take() else {
            return Ok(());
        };
        if self.captured {
            CAPTURED.with(|c| {
                if let Some(kept) = c.borrow_mut().as_mut() {
                    kept.extend_from_slice(&text);
                }
            });
            return Ok(());
        }
        let height = HEIGHT.get().copied().unwrap_or(24);
        let lines = text.iter().filter(|&&b| b == b'\n').count();
        // One line is left for the shell's prompt after the output.
        if lines >= height {
            if let Some(command) = pager_command() {
                match page(&command, &text) {
                    Paged::Done => return Ok(()),
                    Paged::NotStarted => {}
                }
            }
        }
        let mut out = std::io::stdout().lock();
        out.write_all(&text)?;
        out.flush()
    }
}

/// What [`Out`] holds before it writes to stdout when stdout is not a
/// terminal: a pipe's capacity when it is a pipe, else std's 8 KiB. Each
/// write into a pipe wakes its reader (jq, fzf, a shell's `$(…)`), a
/// costly round between two processes on a VM: with 8 KiB the filtered
/// `list` (24 KB) took 3 writes and its JSON (640 KB) 80, and read through
/// a pipe they ran 1.37× and 1.89× of a hello world, 1.24× and 1.63× with
/// 64 KiB (docs/performance.md). Into a file or `/dev/null` a write wakes
/// nobody, and a larger buffer only touches more pages.
#[cfg(unix)]
fn buffer_size() -> usize {
    const PIPE: usize = 64 * 1024;
    const OTHER: usize = 8 * 1024;
    let mut stat = std::mem::MaybeUninit::<libc::stat>::uninit();
    // SAFETY: fstat writes a whole `stat` into the buffer it is given, or
    // fails and writes nothing that is read.
    if unsafe { libc::fstat(libc::STDOUT_FILENO, stat.as_mut_ptr()) } != 0 {
        return OTHER;
    }
    // SAFETY: fstat succeeded, so it initialised `stat`.
    let mode = unsafe { stat.assume_init() }.st_mode;
    if mode & libc::S_IFMT == libc::S_IFIFO {
        PIPE
    } else {
        OTHER
    }
}

#[cfg(not(unix))]
fn buffer_size() -> usize {
    8 * 1024
}

/// stdout under std's lock, written without std's line buffering: [`Out`]
/// buffers already, and std's `LineWriter` looks for the last newline of
/// each chunk it is given, the whole chunk when there is none (a compact
/// JSON object): half the instructions of a filtered `list --json`. As
/// std's stdout does, a closed stdout (EBADF) takes the bytes silently.
struct RawStdout {
    lock: StdoutLock<'static>,
}

impl RawStdout {
    /// Takes std's lock, once what std holds for stdout is written.
    fn new() -> RawStdout {
        let mut lock = std::io::stdout().lock();
        let _ = lock.flush();
        RawStdout { lock }
    }
}

impl Write for RawStdout {
    #[cfg(unix)]
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let len = buf.len().min(isize::MAX as usize);
        // SAFETY: `buf` is valid for reads of `len` bytes; writing to a
        // descriptor touches no memory of ours.
        let n = unsafe { libc::write(libc::STDOUT_FILENO, buf.as_ptr().cast(), len) };
        if n >= 0 {
            return Ok(n.unsigned_abs());
        }
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EBADF) => Ok(buf.len()),
            _ => Err(e),
        }
    }

    #[cfg(not(unix))]
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.lock.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.lock.flush()
    }
}

impl Default for Out {
    fn default() -> Self {
        Out::new()
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.decide();
        match (&mut self.held, &mut self.direct) {
            (Some(held), _) => {
                held.extend_from_slice(buf);
                Ok(buf.len())
            }
            (None, Some(direct)) => direct.write(buf),
            (None, None) => Ok(buf.len()),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.decide();
        match (&mut self.held, &mut self.direct) {
            (Some(held), _) => {
                held.extend_from_slice(buf);
                Ok(())
            }
            (None, Some(direct)) => direct.write_all(buf),
            (None, None) => Ok(()),
        }
    }

    /// Held output stays held until [`Out::finish`]: a command that flushes
    /// midway does not page half of its answer.
    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.direct {
            Some(direct) => direct.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for Out {
    /// A command that returns early without [`Out::finish`] still prints.
    fn drop(&mut self) {
        let _ = self.finish();
    }
}

/// The pager to run: `$JLLM_PAGER`, else `$PAGER`, else `less -FRX`; None
/// when the one set is empty or `cat` (no pager wanted).
fn pager_command() -> Option<String> {
    let chosen = ["JLLM_PAGER", "PAGER"]
        .iter()
        .find_map(|v| std::env::var(v).ok())
        .unwrap_or_else(|| "less -FRX".to_string());
    let chosen = chosen.trim();
    if chosen.is_empty() || chosen == "cat" {
        None
    } else {
        Some(chosen.to_string())
    }
}

enum Paged {
    /// The pager ran (and read all it wanted).
    Done,
    /// It could not be started: the output is still to print.
    NotStarted,
}

/// Runs `command` through `sh -c` (as git does, so `less -R` and pipelines
/// work) with `text` on its stdin, and waits for it. `LESS` is set to `FRX`
/// when unset, as git sets it.
fn page(command: &str, text: &[u8]) -> Paged {
    let mut cmd = Command::new("sh");
    cmd.args(["-c", command]).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        cmd.env("LESS", "FRX");
    }
    let Ok(mut child) = cmd.spawn() else {
        return Paged::NotStarted;
    };
    let written = match child.stdin.take() {
        Some(mut stdin) => stdin.write_all(text).and_then(|()| stdin.flush()),
        None => Ok(()),
    };
    let status = child.wait();
    match (written, status) {
        // 126/127: the shell could not run the command (not executable,
        // not found); what it did not read is printed instead.
        (Err(_), Ok(s)) | (Ok(()), Ok(s)) if matches!(s.code(), Some(126 | 127)) => {
            Paged::NotStarted
        }
        // A closed pipe is the reader quitting: nothing more to do.
        _ => Paged::Done,
    }
}
