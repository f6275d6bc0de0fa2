//! Reading a `.tar.gz` in memory without extracting it: every entry is
//! checked (a path out of the archive's directory, a link or a device
//! refuses the whole archive), the unpacked bytes are bounded by
//! [`MAX_UNPACKED`] and each file kept by [`load::MAX_FILE_BYTES`], and the
//! commit and date the archive records are kept only when they are of their
//! kind.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, SystemTime};

use anyhow::{bail, Result};

use super::{MAX_PAX_BYTES, MAX_UNPACKED};
use crate::catalog::load;
use crate::catalog::schema::Lang;
use crate::i18n::{self, trf};

/// What a `.tar.gz` held: the wanted files by path below its top-level
/// directory, the commit `git archive` recorded and the top directory's
/// modification time (the commit's time in GitHub's tarballs), each checked
/// for its kind, and the warnings about what was dropped.
pub struct Archive {
    pub files: BTreeMap<String, Vec<u8>>,
    pub commit: Option<String>,
    pub mtime: Option<SystemTime>,
    pub warnings: Vec<String>,
}

/// The commit id in `text` (its first word) when it is one: 40 (SHA-1) or
/// 64 (SHA-256) hexadecimal digits, in lower case as git writes them.
pub fn commit_id(text: &str) -> Option<String> {
    let word = text.split_whitespace().next()?;
    let hex = word
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    (hex && (word.len() == 40 || word.len() == 64)).then(|| word.to_string())
}

/// A tar modification time as a time, when it is one between 1970 and the
/// end of the year 9999 (what a date of four digits can say); `None` for
/// anything else, never an overflow.
pub fn archive_time(secs: u64) -> Option<SystemTime> {
    // 9999-12-31T23:59:59Z.
    const LAST: u64 = 253_402_300_799;
    (secs <= LAST).then(|| SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(secs)))?
}

/// A reader that fails once more than `limit` bytes went through it, and
/// records that it did, so that the archive's error names the limit.
struct Limited<'a, R> {
    inner: R,
    left: u64,
    over: &'a Cell<bool>,
}

impl<R: Read> Read for Limited<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            // One byte past the limit says whether there is more.
            let mut probe = [0u8; 1];
            if self.inner.read(&mut probe)? == 0 {
                return Ok(0);
            }
            self.over.set(true);
            return Err(std::io::Error::other("archive over its unpacked limit"));
        }
        let want = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.left -= n as u64;
        Ok(n)
    }
}

/// How an archive is refused: the message names its source and ends
/// "nothing installed"; a read error is told apart from the unpacked bound
/// being reached.
struct Refusal<'a> {
    source: &'a str,
    lang: Lang,
    /// Set by [`Limited`] when the unpacked bound is reached.
    over: &'a Cell<bool>,
}

impl Refusal<'_> {
    /// The archive refused for `why`.
    fn bad(&self, why: String) -> anyhow::Error {
        anyhow::anyhow!(
            "{}",
            trf(
                self.lang,
                "{0}: {1}; nothing installed",
                &[&self.source, &why]
            )
        )
    }

    /// The archive refused for a read error: over the unpacked bound, or
    /// damaged.
    fn damaged(&self, e: &dyn std::fmt::Display) -> anyhow::Error {
        if self.over.get() {
            self.bad(trf(
                self.lang,
                "over {0} MiB unpacked",
                &[&(MAX_UNPACKED >> 20)],
            ))
        } else {
            self.bad(trf(self.lang, "damaged or truncated archive ({0})", &[e]))
        }
    }
}

/// Reads a `.tar.gz` in memory: checks every entry (a hostile one refuses
/// the whole archive), keeps the files `wanted` names.
pub fn read_archive(source: &str, bytes: &[u8], wanted: &dyn Fn(&str) -> bool) -> Result<Archive> {
    let over = Cell::new(false);
    let gz = flate2::read::GzDecoder::new(bytes);
    let mut archive = tar::Archive::new(Limited {
        inner: gz,
        left: MAX_UNPACKED,
        over: &over,
    });
    let lang = i18n::lang();
    let refusal = Refusal {
        source,
        lang,
        over: &over,
    };
    let entries = archive
        .entries()
        .map_err(|e| refusal.bad(trf(lang, "not a .tar.gz archive ({0})", &[&e])))?;
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut top: Option<String> = None;
    let mut commit = None;
    let mut mtime: Option<u64> = None;
    let mut warnings = Vec::new();
    for entry in entries {
        let mut entry = entry.map_err(|e| refusal.damaged(&e))?;
        let kind = entry.header().entry_type();
        if kind.is_pax_global_extensions() {
            read_pax(&mut entry, &refusal, &mut commit, &mut warnings)?;
            continue;
        }
        let raw = entry.path_bytes().into_owned();
        let name = String::from_utf8_lossy(&raw).into_owned();
        let path = PathBuf::from(&name);
        check_entry(&path, &name, kind, &refusal)?;
        let Some(rel) = under_top(&path, &mut top, &refusal)? else {
            continue;
        };
        if kind.is_dir() && rel.is_empty() {
            mtime = entry.header().mtime().ok();
        }
        if kind.is_file() && wanted(&rel) {
            if entry.size() > load::MAX_FILE_BYTES {
                bail!(refusal.bad(trf(
                    lang,
                    "{0} is {1} MiB; files read from an archive are limited to {2} MiB",
                    &[&rel, &(entry.size() >> 20), &(load::MAX_FILE_BYTES >> 20)]
                )));
            }
            let mut content = Vec::new();
            entry
                .read_to_end(&mut content)
                .map_err(|e| refusal.damaged(&e))?;
            files.insert(rel, content);
        }
    }
    // Read to the end so that a truncated archive is an error even after the
    // wanted files: a tarball that stops early is not the list.
    let mut rest = archive.into_inner();
    std::io::copy(&mut rest, &mut std::io::sink()).map_err(|e| refusal.damaged(&e))?;
    let mtime = mtime.and_then(|t| recorded_time(t, lang, &mut warnings));
    Ok(Archive {
        files,
        commit,
        mtime,
        warnings,
    })
}

/// Reads a pax global header (where `git archive`, so GitHub's tarballs,
/// records the commit): `commit` becomes the commit id its `comment=` says,
/// or none with a warning where that is not a commit id. A header over
/// [`MAX_PAX_BYTES`] is skipped with a warning, `commit` left as it was.
fn read_pax(
    entry: &mut impl Read,
    refusal: &Refusal,
    commit: &mut Option<String>,
    warnings: &mut Vec<String>,
) -> Result<()> {
    let lang = refusal.lang;
    let mut text = Vec::new();
    (&mut *entry)
        .take(MAX_PAX_BYTES + 1)
        .read_to_end(&mut text)
        .map_err(|e| refusal.damaged(&e))?;
    if text.len() as u64 > MAX_PAX_BYTES {
        std::io::copy(entry, &mut std::io::sink()).map_err(|e| refusal.damaged(&e))?;
        warnings.push(trf(
            lang,
            "a pax header over {0} KiB: its commit is not read",
            &[&(MAX_PAX_BYTES >> 10)],
        ));
        return Ok(());
    }
    let text = String::from_utf8_lossy(&text);
    let said = text
        .lines()
        .find_map(|l| l.split_once(" comment=").map(|(_, c)| c.trim()));
    *commit = said.and_then(commit_id);
    if let (Some(said), None) = (said, &commit) {
        warnings.push(trf(
            lang,
            "the archive's commit '{0}' is not a commit id (40 hexadecimal digits); not recorded",
            &[&crate::sanitize::line(
                &said.chars().take(80).collect::<String>(),
            )],
        ));
    }
    Ok(())
}

/// Refuses an entry whose path would escape the archive's directory
/// (absolute, `..`, a root or prefix) or that is neither a file nor a
/// directory.
fn check_entry(path: &Path, name: &str, kind: tar::EntryType, refusal: &Refusal) -> Result<()> {
    let hostile = path.is_absolute()
        || path.components().any(|c| {
            matches!(
                c,
                Component::ParentDir | Component::RootDir | Component::Prefix(_)
            )
        });
    if hostile {
        bail!(refusal.bad(trf(
            refusal.lang,
            "entry '{0}' would escape the archive's directory",
            &[&crate::sanitize::line(name)]
        )));
    }
    if !(kind.is_file() || kind.is_dir()) {
        bail!(refusal.bad(trf(
            refusal.lang,
            "entry '{0}' is a link or special file; archives of the list hold files and directories only",
            &[&crate::sanitize::line(name)]
        )));
    }
    Ok(())
}

/// The path of an entry below the archive's one top-level directory
/// (`/`-separated, empty for that directory itself), recording that
/// directory in `top` at the first entry; none for an entry with no path.
/// An entry under another top-level directory refuses the archive.
fn under_top(path: &Path, top: &mut Option<String>, refusal: &Refusal) -> Result<Option<String>> {
    let mut parts = path
        .components()
        .filter(|c| !matches!(c, Component::CurDir));
    let Some(first) = parts.next() else {
        return Ok(None);
    };
    let first = first.as_os_str().to_string_lossy().into_owned();
    match &*top {
        None => *top = Some(first.clone()),
        Some(t) if *t != first => {
            return Err(refusal.bad(trf(
                refusal.lang,
                "entries under '{0}' and '{1}'; expected one top-level directory (GitHub's layout)",
                &[&crate::sanitize::line(t), &crate::sanitize::line(&first)],
            )))
        }
        _ => {}
    }
    let rest: PathBuf = parts.collect();
    Ok(Some(rest.to_string_lossy().replace('\\', "/")))
}

/// The archive's date from its top directory's mtime (`secs` after 1970),
/// or none with a warning where it is past the year 9999.
fn recorded_time(secs: u64, lang: Lang, warnings: &mut Vec<String>) -> Option<SystemTime> {
    let time = archive_time(secs);
    if time.is_none() {
        warnings.push(trf(
            lang,
            "the archive's date ({0} s after 1970) is past the year 9999; not recorded",
            &[&secs],
        ));
    }
    time
}
