//! The catalog `jllm update` installed: where it lives, what it records
//! about its source, and how it takes the place of the list-derived part of
//! the built-in catalog.
//!
//! Precedence, lowest first: (1) the built-in catalog; (2) the installed
//! update, whose tables read from the list (models, benchmarks, footnotes,
//! papers, domains) replace the built-in ones whole (so entries removed
//! from the list disappear) and whose rows of the growing curated tables
//! (developers, license texts) the built-in ones lack are added (the
//! built-in curated tables win on the same key): each table's `Origin` in
//! the catalog's list of tables says which; (3) `--catalog` overlays in
//! order. `--no-builtin` starts from an empty catalog and skips
//! both (1) and (2).
//!
//! Cost when nothing is installed: finding the data directory (environment
//! variables only) and one failed `open`; nothing else on the start-up path.

use std::collections::HashSet;
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use super::schema::{Catalog, List, Merge, Origin, Row, Table};
use super::validate::validate;

/// The installed file's name in the data directory.
pub const FILE: &str = "catalog.json";

/// The version of the installed file's layout; another is refused.
pub const FORMAT: u32 = 2;

/// Oldest format this jllm still reads: 1 is 2 without evaluation results.
pub const OLDEST_FORMAT: u32 = 1;

/// Largest installed file read (today's list gives 0.65 MB).
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// What an installed update records about where it came from.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub format: u32,
    /// URL, archive path or directory the list came from.
    pub source: String,
    /// The list's commit where the source says it (a GitHub archive's pax
    /// header, a checkout's COMMIT file).
    pub commit: Option<String>,
    /// Date of the archive's files (their modification time), UTC.
    pub archive_date: Option<String>,
    /// When `jllm update` fetched it, UTC.
    pub fetched: String,
    /// The jllm version that imported it.
    pub jllm: String,
    /// The import's closing line ("N rows: …").
    pub rows: String,
}

/// The installed file: its record and its catalog.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Installed {
    pub meta: Meta,
    pub catalog: Catalog,
    /// The evaluation results joined to this catalog's checkpoints (format
    /// 2): they replace the embedded results. Format 1 files have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<super::results::Results>,
}

/// `$JLLM_DATA_DIR`, else the platform data directory's `jllm`
/// (`$XDG_DATA_HOME/jllm`, by default `~/.local/share/jllm`, on Linux).
pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("JLLM_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().map_err(|_| {
        anyhow::anyhow!(
            "cannot find the home directory for jllm's data directory; set JLLM_DATA_DIR"
        )
    })?;
    Ok(base.data_dir().join("jllm"))
}

/// Reads the installed update, `None` when there is none: no file at the
/// path, a directory there, or a data directory that is not one (a file, a
/// symlink loop). Anything else must be a regular file of at most
/// [`MAX_BYTES`]: it is opened without blocking (a FIFO would wait for a
/// writer forever) and its type checked before one byte is read. One
/// `open` when there is none.
pub fn read(dir: &Path) -> Result<Option<Installed>> {
    use std::os::unix::fs::OpenOptionsExt;
    let path = dir.join(FILE);
    let cannot = || format!("{}: cannot read installed catalog", path.display());
    let file = match std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(&path)
    {
        Ok(f) => f,
        Err(e) if nothing_there(&e) => return Ok(None),
        Err(e) => return Err(e).with_context(cannot),
    };
    let meta = file.metadata().with_context(cannot)?;
    if meta.is_dir() {
        return Ok(None);
    }
    if !meta.is_file() {
        bail!(
            "{}: is {}, not jllm's installed catalog (a regular file); run `jllm update` or `jllm update --reset`",
            path.display(),
            crate::atomic::describe_kind(&meta.file_type())
        );
    }
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_BYTES) as usize);
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(cannot)?;
    if bytes.len() as u64 > MAX_BYTES {
        bail!(
            "{}: installed catalog over {} MiB; run `jllm update --reset`",
            path.display(),
            MAX_BYTES >> 20
        );
    }
    let installed: Installed = serde_json::from_slice(&bytes).map_err(|e| {
        anyhow::anyhow!(
            "{}:{}:{}: installed catalog is damaged ({e}); run `jllm update` or `jllm update --reset`",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    if !(OLDEST_FORMAT..=FORMAT).contains(&installed.meta.format) {
        bail!(
            "{}: installed catalog has format {}, this jllm reads {OLDEST_FORMAT} to {FORMAT}; run `jllm update` again",
            path.display(),
            installed.meta.format
        );
    }
    Ok(Some(installed))
}

/// Whether opening the installed file failed because nothing can be
/// installed there: no such file, a data directory that is not a directory
/// (ENOTDIR), or a symlink loop on the way (ELOOP).
fn nothing_there(e: &std::io::Error) -> bool {
    e.kind() == ErrorKind::NotFound
        || matches!(e.raw_os_error(), Some(libc::ENOTDIR) | Some(libc::ELOOP))
}

/// The installed file's bytes, refused when they would be more than any
/// reader takes ([`MAX_BYTES`]): serialization stops at the limit, so a
/// hostile source can neither install a file that breaks every later
/// command nor make this hold more than the limit in memory.
pub fn to_json(update: &Installed) -> Result<Vec<u8>> {
    struct Bounded(Vec<u8>);
    impl std::io::Write for Bounded {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if (self.0.len() + buf.len()) as u64 > MAX_BYTES {
                return Err(std::io::Error::other("over the limit"));
            }
            self.0.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut out = Bounded(Vec::new());
    match serde_json::to_writer(&mut out, update) {
        Ok(()) => Ok(out.0),
        Err(e) if e.is_io() => bail!(
            "the catalog to install would be over {} MiB, more than jllm reads",
            MAX_BYTES >> 20
        ),
        Err(e) => Err(e).context("cannot serialize the catalog to install"),
    }
}

/// The built-in catalog with the installed update in place of its
/// list-derived part (see the module's precedence), validated.
pub fn apply(mut base: Catalog, installed: Catalog, path: &Path) -> Result<Catalog> {
    base.merge(installed, &mut Update);
    let problems = validate(&base);
    if let Some(p) = problems.first() {
        bail!(
            "{}: the installed catalog does not fit this jllm's built-in tables ({}{}); run `jllm update` again or `jllm update --reset`",
            path.display(),
            p.message,
            if problems.len() > 1 {
                format!(", and {} more", problems.len() - 1)
            } else {
                String::new()
            }
        );
    }
    Ok(base)
}

/// How an installed update's table joins the built-in one, by the table's
/// [`Origin`]: the list's tables are the update's, the curated ones the
/// built-in ones, with the update's rows of a growing table whose key the
/// built-in one lacks added after them.
struct Update;

impl Merge for Update {
    fn table<T: Row>(&mut self, table: &'static Table, base: &mut List<T>, update: List<T>) {
        match table.origin {
            Origin::List | Origin::ListNamed => *base = update,
            Origin::Curated => {}
            Origin::CuratedGrows => {
                let known: HashSet<_> = base.iter().map(|b| b.key()).collect();
                let new: Vec<T> = update
                    .iter()
                    .filter(|u| !known.contains(&u.key()))
                    .cloned()
                    .collect();
                if !new.is_empty() {
                    base.to_mut().extend(new);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::load;
    use crate::catalog::schema::{Developer, Str};

    /// The precedence: the update's list-derived tables replace the
    /// built-in ones whole; its new developers are added; a built-in
    /// developer it also carries keeps the built-in entry.
    #[test]
    fn update_replaces_list_tables_and_builtin_curated_wins() {
        let builtin = load::embedded();
        let mut family = builtin.models[0].clone();
        family.id = "brand-new".into();
        family.developers = vec![Str::from("new-lab")].into();
        let mut renamed = builtin.developers[0].clone();
        let builtin_name = renamed.name.clone();
        renamed.name = "Renamed by the update".into();
        let update = Catalog {
            models: vec![family].into(),
            benchmarks: builtin.benchmarks[..1].to_vec().into(),
            developers: vec![
                renamed.clone(),
                Developer {
                    id: "new-lab".into(),
                    name: "New Lab".into(),
                    name_ja: "新ラボ".into(),
                    ..Developer::default()
                },
            ]
            .into(),
            ..Catalog::default()
        };
        let cat = apply(load::embedded(), update, Path::new("catalog.json")).expect("valid");
        assert_eq!(cat.models.len(), 1);
        assert_eq!(cat.models[0].id, "brand-new");
        assert_eq!(cat.benchmarks.len(), 1);
        assert!(cat.papers.is_empty(), "papers come from the update too");
        assert_eq!(cat.developers.len(), builtin.developers.len() + 1);
        let kept = cat
            .developers
            .iter()
            .find(|d| d.id == renamed.id)
            .expect("kept");
        assert_eq!(kept.name, builtin_name);
        assert!(cat.developers.iter().any(|d| d.id == "new-lab"));
    }

    /// An update naming a developer this jllm does not have (and does not
    /// carry it) is refused with what to do.
    #[test]
    fn an_update_that_does_not_fit_is_refused() {
        let builtin = load::embedded();
        let mut family = builtin.models[0].clone();
        family.developers = vec![Str::from("nobody-knows")].into();
        let update = Catalog {
            models: vec![family].into(),
            ..Catalog::default()
        };
        let err = apply(load::embedded(), update, Path::new("/d/catalog.json"))
            .expect_err("unknown developer");
        let msg = format!("{err:#}");
        assert!(
            msg.starts_with("/d/catalog.json: the installed catalog does not fit"),
            "{msg}"
        );
        assert!(msg.contains("jllm update --reset"), "{msg}");
    }
}
