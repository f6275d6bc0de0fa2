//! Getting the bytes `jllm update` imports, from a source that may be
//! broken or hostile: downloads over HTTP(S) and `.tar.gz` archives read in
//! memory. Kept apart from the command so that every bound lives in one
//! place and the command reads as what it does.
//!
//! Bounds: [`MAX_DOWNLOAD`] compressed bytes per archive, [`MAX_UNPACKED`]
//! unpacked bytes per archive (a decompression bomb is refused by name),
//! [`load::MAX_FILE_BYTES`] per file kept, [`MAX_PAX_BYTES`] of a pax
//! header read for the commit, and one [`Deadline`] for the whole update.
//! Archives are never extracted: an entry with `..`, an absolute path, a
//! link or a device refuses the whole archive. What an archive says about
//! itself is checked for its kind: a commit is a hexadecimal object id or it
//! is dropped, a date is a time between the years 1970 and 9999.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use anyhow::{bail, Context, Result};

use crate::i18n::{self, tr, trf};

mod archive;

pub use archive::{commit_id, read_archive, Archive};

/// Largest download: a bound against a wrong URL (a tarball of the list's
/// text files is about 150 KiB; the repository's figures add images).
pub const MAX_DOWNLOAD: u64 = 100 * 1024 * 1024;

/// Largest total of unpacked bytes read from an archive: a guard against
/// decompression bombs.
pub const MAX_UNPACKED: u64 = 512 * 1024 * 1024;

/// Largest pax header read for the commit it records (`git archive` writes
/// 52 bytes); a larger one is skipped and its commit dropped.
pub const MAX_PAX_BYTES: u64 = 64 * 1024;

/// Timeout in seconds of the whole update (downloads and import), unless
/// `JLLM_UPDATE_TIMEOUT` says.
pub const DEFAULT_TIMEOUT_SECS: u64 = 120;

/// The end of the time an update may take: set once from
/// `JLLM_UPDATE_TIMEOUT` (else [`DEFAULT_TIMEOUT_SECS`]) and shared by every
/// download and by the import.
#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    end: Instant,
    limit: Duration,
}

impl Deadline {
    /// `JLLM_UPDATE_TIMEOUT` seconds from now, else the default.
    pub fn from_env() -> Result<Deadline> {
        let limit = match std::env::var("JLLM_UPDATE_TIMEOUT") {
            Ok(v) if !v.is_empty() => {
                let secs: f64 = v
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s > 0.0 && *s <= 86_400.0)
                    .with_context(|| {
                        trf(
                            i18n::lang(),
                            "JLLM_UPDATE_TIMEOUT={0}: expected seconds, e.g. 60 or 0.5",
                            &[&v],
                        )
                    })?;
                Duration::from_secs_f64(secs)
            }
            _ => Duration::from_secs(DEFAULT_TIMEOUT_SECS),
        };
        Ok(Deadline {
            end: Instant::now() + limit,
            limit,
        })
    }

    /// The time left, `None` once it has run out.
    fn left(&self) -> Option<Duration> {
        self.end
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())
    }

    /// The one-line error of an update that ran out of time.
    pub fn expired(&self, what: &str) -> anyhow::Error {
        anyhow::anyhow!(
            "{}",
            trf(
                i18n::lang(),
                "{0}: no complete update within {1} s (JLLM_UPDATE_TIMEOUT); nothing installed",
                &[&what, &self.limit.as_secs_f64()]
            )
        )
    }

    /// Runs `work` on a thread of its own and waits for it until the
    /// deadline: past it, the update fails (the thread is left to end with
    /// the process), so no input can hold `jllm update` beyond its timeout.
    pub fn run<T: Send + 'static>(
        &self,
        what: &str,
        work: impl FnOnce() -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("update".into())
            .spawn(move || {
                let _ = tx.send(work());
            })
            .context("cannot start the update's thread")?;
        let left = self.left().ok_or_else(|| self.expired(what))?;
        match rx.recv_timeout(left) {
            Ok(result) => result,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(self.expired(what)),
            // The thread ended without an answer: it panicked, and said so.
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                bail!("{what}: the update stopped on an internal error; nothing installed")
            }
        }
    }
}

/// Progress on stderr, on a terminal only: one line rewritten in place.
pub struct Progress(bool);

impl Progress {
    /// Shown unless `quiet`, and only when stderr is a terminal.
    pub fn new(quiet: bool) -> Progress {
        Progress(!quiet && std::io::stderr().is_terminal())
    }
    pub fn say(&self, what: &str) {
        if self.0 {
            // Never panics (as `eprint!` would on a closed stderr).
            let _ = write!(std::io::stderr(), "\r\x1b[2Kjllm: {what}");
        }
    }
    pub fn clear(&self) {
        if self.0 {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
    }
}

/// Whether `source` is an `http(s)://` URL.
pub fn is_url(source: &str) -> bool {
    source.starts_with("http://") || source.starts_with("https://")
}

/// The bytes of a `.tar.gz`: downloaded from an `http(s)://` URL, else read
/// from a local regular file, either way within [`MAX_DOWNLOAD`]. A
/// redirect to another host or port is added to `notes`.
pub fn archive_bytes(
    source: &str,
    deadline: &Deadline,
    progress: &Progress,
    notes: &mut Vec<String>,
) -> Result<Vec<u8>> {
    if is_url(source) {
        return download(source, deadline, progress, notes);
    }
    let lang = i18n::lang();
    let cannot = || trf(lang, "{0}: cannot read archive", &[&source]);
    let meta = std::fs::metadata(source).with_context(cannot)?;
    if !meta.is_file() {
        bail!(
            "{}",
            trf(
                lang,
                "{0}: is {1}, not a .tar.gz file",
                &[&source, &crate::atomic::describe_kind(&meta.file_type())]
            )
        );
    }
    let file = std::fs::File::open(source).with_context(cannot)?;
    let mut bytes = Vec::new();
    file.take(MAX_DOWNLOAD + 1)
        .read_to_end(&mut bytes)
        .with_context(cannot)?;
    if bytes.len() as u64 > MAX_DOWNLOAD {
        bail!(
            "{}",
            trf(
                lang,
                "{0}: archive over {1} MiB; the limit is {1} MiB",
                &[&source, &(MAX_DOWNLOAD >> 20)]
            )
        );
    }
    Ok(bytes)
}

fn download(
    url: &str,
    deadline: &Deadline,
    progress: &Progress,
    notes: &mut Vec<String>,
) -> Result<Vec<u8>> {
    let left = deadline.left().ok_or_else(|| deadline.expired(url))?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(left))
        .user_agent(concat!("jllm/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let lang = i18n::lang();
    progress.say(tr(lang, "connecting"));
    let fail = |e: &dyn std::fmt::Display| {
        let text = e.to_string();
        if text.contains("timeout") || text.contains("timed out") {
            deadline.expired(url)
        } else {
            anyhow::anyhow!(
                "{}",
                trf(
                    lang,
                    "{0}: download failed: {1}; nothing installed",
                    &[&url, &text]
                )
            )
        }
    };
    let mut response = agent.get(url).call().map_err(|e| fail(&e))?;
    notes.extend(redirect_note(url, ureq::ResponseExt::get_uri(&response)));
    let total = response.body().content_length();
    let mut reader = response
        .body_mut()
        .with_config()
        .limit(MAX_DOWNLOAD)
        .reader();
    let mut bytes = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = reader.read(&mut buf).map_err(|e| {
            if e.to_string().contains("limit") {
                anyhow::anyhow!(
                    "{}",
                    trf(
                        lang,
                        "{0}: download over {1} MiB; nothing installed",
                        &[&url, &(MAX_DOWNLOAD >> 20)]
                    )
                )
            } else {
                fail(&e)
            }
        })?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(&buf[..n]);
        let got = bytes.len() >> 10;
        progress.say(&match total {
            Some(n) => trf(lang, "downloading: {0} KiB of {1} KiB", &[&got, &(n >> 10)]),
            None => trf(lang, "downloading: {0} KiB", &[&got]),
        });
    }
    Ok(bytes)
}

/// The line saying that `asked` was answered from another host or port
/// (`got`), `None` when the host and port are the same.
fn redirect_note(asked: &str, got: &ureq::http::Uri) -> Option<String> {
    let asked: ureq::http::Uri = asked.parse().ok()?;
    let port = |u: &ureq::http::Uri| {
        u.port_u16().or_else(|| match u.scheme_str() {
            Some("https") => Some(443),
            Some("http") => Some(80),
            _ => None,
        })
    };
    let same = asked.host() == got.host() && port(&asked) == port(got);
    (!same).then(|| {
        trf(
            i18n::lang(),
            "{0}: redirected to {1}",
            &[
                &asked,
                &format!(
                    "{}://{}",
                    got.scheme_str().unwrap_or("?"),
                    got.authority().map_or("?", |a| a.as_str())
                ),
            ],
        )
    })
}

/// A time as `YYYY-MM-DDTHH:MM:SSZ` (UTC), without a date crate.
pub fn utc(t: SystemTime) -> String {
    let secs = t
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Whether `source` is a local directory (a checkout of the list), as
/// against a URL or an archive file; an error when it cannot be read.
pub fn is_dir(source: &str) -> Result<bool> {
    if is_url(source) {
        return Ok(false);
    }
    Ok(std::fs::metadata(Path::new(source))
        .with_context(|| trf(i18n::lang(), "{0}: cannot read update source", &[&source]))?
        .is_dir())
}

#[cfg(test)]
mod tests {
    use super::archive::archive_time;
    use super::*;

    #[test]
    fn utc_dates() {
        assert_eq!(utc(SystemTime::UNIX_EPOCH), "1970-01-01T00:00:00Z");
        // 2026-08-22T09:03:52Z: the list's commit 903d9db (18:03:52 +0900).
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_787_389_432);
        assert_eq!(utc(t), "2026-08-22T09:03:52Z");
        let leap = SystemTime::UNIX_EPOCH + Duration::from_secs(951_782_400);
        assert_eq!(utc(leap), "2000-02-29T00:00:00Z");
        let last = archive_time(253_402_300_799).expect("the last second of 9999");
        assert_eq!(utc(last), "9999-12-31T23:59:59Z");
    }

    #[test]
    fn archive_times_never_overflow() {
        for t in [253_402_300_800, 1 << 63, u64::MAX] {
            assert_eq!(archive_time(t), None, "{t}");
        }
        assert_eq!(archive_time(0), Some(SystemTime::UNIX_EPOCH));
    }

    #[test]
    fn commit_ids() {
        let sha1 = "903d9db8b7a3a6b1c1f0e0d4f5a6b7c8d9e0f1a2";
        assert_eq!(commit_id(sha1).as_deref(), Some(sha1));
        assert_eq!(
            commit_id(&format!("{sha1} 2026-08-22")).as_deref(),
            Some(sha1)
        );
        let sha256 = "a".repeat(64);
        assert_eq!(commit_id(&sha256).as_deref(), Some(sha256.as_str()));
        for bad in [
            "",
            "903d9db",
            &"g".repeat(40),
            &sha1.to_uppercase(),
            &"a".repeat(41),
            "\u{202e}x",
        ] {
            assert_eq!(commit_id(bad), None, "{bad:?}");
        }
    }
}
