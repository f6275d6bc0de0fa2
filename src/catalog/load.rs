//! Reading catalogs: the embedded one (Rust statics build.rs wrote) and
//! users' TOML files or directories given with `--catalog`, overlaid in
//! order. Every error names the file, and the line where one is known.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use std::collections::HashMap;

use super::parse::{describe, line_col, parse_str, Source};
use super::schema::{Catalog, List, Merge, Row, Table, TABLES};
use super::validate::validate;

use super::embedded as generated;
use super::schema::Str;

/// The compact JSON object of a built-in family, rendered at build time by
/// `render::json` (see build.rs) in parts, so that an object keeping only
/// some checkpoints is copied too: `head` ends with `"params":`, whose value
/// (the largest size of the checkpoints kept) comes next, then
/// `,"variants":[`, the kept checkpoints' objects joined by commas, `]`,
/// and `tail`.
#[derive(Debug)]
pub struct PrerenderedFamily {
    pub head: Str,
    pub variants: List<Str>,
    pub tail: Str,
}

/// The JSON object of the built-in catalog's family `index`, in parts.
pub fn embedded_family_json(index: usize) -> Option<&'static PrerenderedFamily> {
    generated::ready();
    generated::MODELS_JSON.get(index)
}

/// Defines [`embedded`] from the list of tables (`jllm_catalog::catalog_tables!`):
/// each table borrows the static build.rs wrote for it.
macro_rules! embedded {
    ($(
        $(#[$doc:meta])*
        $field:ident: $row:ident { toml: $toml:literal, embedded: $static:ident, $($rest:tt)* }
    )*) => {
        /// The catalog built into the binary, validated at build time. Costs
        /// nothing: every table is borrowed from the binary's read-only data.
        pub fn embedded() -> Catalog {
            generated::ready();
            Catalog {
                $($field: generated::$static.clone(),)*
            }
        }
    };
}

jllm_catalog::catalog_tables!(embedded);

/// The built-in tables an import of the list is given (those curated by
/// hand, and the list's tables whose rows it names), the others empty: what
/// `jllm update` imports with.
pub fn embedded_given_to_import() -> Catalog {
    let mut given = Catalog::default();
    given.take(embedded(), |t| t.origin.given_to_import());
    given
}

/// Largest catalog file read, so a mistaken path cannot exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Most directory entries a catalog walk visits, so that `--catalog /` or
/// a mistaken home directory ends with an error instead of reading a whole
/// file system (a catalog directory has a few dozen files).
pub const MAX_WALK_ENTRIES: usize = 100_000;

/// The TOML files a path stands for: the file itself, or the `.toml` files
/// below a directory, sorted so overlays apply in a stable order. Symlinks
/// are followed, a loop is an error naming it, and a file reached twice
/// (through two links) is listed once. Each listed path is a regular file
/// at the time of the walk; anything else named `*.toml` is an error
/// saying what it is (a FIFO would block the reader forever).
pub fn toml_files(path: &Path) -> Result<Vec<PathBuf>> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path)
        .with_context(|| format!("{}: cannot read catalog", path.display()))?;
    if meta.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    if !meta.is_dir() {
        bail!(
            "{}: is {}, not a catalog file or directory",
            path.display(),
            crate::atomic::describe_kind(&meta.file_type())
        );
    }
    let mut files = Vec::new();
    let mut seen = std::collections::HashSet::new();
    // A catalog directory's results/ holds evaluation results, not catalog
    // tables (see results.rs).
    let walk = walkdir::WalkDir::new(path)
        .follow_links(true)
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0 || !(e.file_type().is_dir() && super::results::is_results_dir(e.path()))
        });
    for (n, entry) in walk.enumerate() {
        if n >= MAX_WALK_ENTRIES {
            bail!(
                "{}: more than {MAX_WALK_ENTRIES} entries below this directory; give the catalog's own directory",
                path.display()
            );
        }
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let at = e.path().unwrap_or(path);
                if let Some(up) = e.loop_ancestor() {
                    bail!(
                        "{}: symbolic link loop (leads back to {}); remove the link",
                        at.display(),
                        up.display()
                    );
                }
                let dangling = e
                    .io_error()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound);
                // A dangling link is only an error where a catalog file
                // was meant to be.
                if dangling && at.extension().is_none_or(|e| e != "toml") {
                    continue;
                }
                let why = e
                    .io_error()
                    .map_or_else(|| e.to_string(), |io| io.to_string());
                let what = if dangling { "catalog" } else { "directory" };
                bail!("{}: cannot read {what}: {why}", at.display());
            }
        };
        let p = entry.path();
        if entry.file_type().is_dir() || p.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        if !entry.file_type().is_file() {
            bail!(
                "{}: is {}, not a regular file",
                p.display(),
                crate::atomic::describe_kind(&entry.file_type())
            );
        }
        let meta = entry
            .metadata()
            .with_context(|| format!("{}: cannot read catalog", p.display()))?;
        if seen.insert((meta.dev(), meta.ino())) {
            files.push(p.to_path_buf());
        }
    }
    files.sort();
    if files.is_empty() {
        bail!("{}: no .toml files in this directory", path.display());
    }
    Ok(files)
}

/// A directory's identity: inode and change time. `catalog import --out`
/// swaps a whole new directory in (`atomic::replace_dir`), which gives the
/// path another inode, and a rename changes the moved directory's ctime.
fn identity(path: &Path) -> Option<(u64, u64, i64, i64)> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).ok()?;
    m.is_dir()
        .then(|| (m.dev(), m.ino(), m.ctime(), m.ctime_nsec()))
}

/// The parsed files of one `--catalog` path, all from one version of it. A
/// directory replaced while it was read (an import committing meanwhile)
/// mixes two versions, or loses files whose inode numbers were reused; so
/// it is read again, up to [`READ_ATTEMPTS`] times, until its identity is
/// the same before and after (failures while it changed count as changes).
fn read_consistently(path: &Path) -> Result<Vec<(PathBuf, Catalog, String)>> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        let before = identity(path);
        let read = toml_files(path).and_then(|files| {
            files
                .into_iter()
                .map(|file| parse_file(&file).map(|(cat, text)| (file, cat, text)))
                .collect::<Result<Vec<_>>>()
        });
        let changed = before.is_some() && identity(path) != before;
        if !changed || attempt >= READ_ATTEMPTS {
            return read;
        }
    }
}

/// How often a catalog directory replaced during a read is read again.
const READ_ATTEMPTS: usize = 8;

/// Parses one TOML catalog file.
pub fn parse_file(path: &Path) -> Result<(Catalog, String)> {
    let bytes = read_bytes(path, "catalog")?;
    parse_bytes(path, bytes)
}

/// Parses the bytes of a catalog file read from `path` (named in errors).
pub fn parse_bytes(path: &Path, bytes: Vec<u8>) -> Result<(Catalog, String)> {
    let text = utf8(path, bytes, "catalog files are UTF-8 TOML")?;
    let catalog = parse_str(&text).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
    Ok((catalog, text))
}

/// Reads a regular file (after symlinks) of at most [`MAX_FILE_BYTES`]
/// (`what` names it in errors: "catalog", "list"), so a mistaken path cannot
/// exhaust memory or block: the file is opened without blocking (a FIFO
/// would wait for a writer forever), and its type and size are checked on
/// the open file before one byte is read.
pub fn read_bytes(path: &Path, what: &str) -> Result<Vec<u8>> {
    use std::os::unix::fs::OpenOptionsExt;
    let cannot = || format!("{}: cannot read {what}", path.display());
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .with_context(cannot)?;
    let meta = file.metadata().with_context(cannot)?;
    if !meta.is_file() {
        bail!(
            "{}: is {}, not a regular file; {what} files must be regular files",
            path.display(),
            crate::atomic::describe_kind(&meta.file_type())
        );
    }
    let too_big = |size: u64| {
        anyhow::anyhow!(
            "{}: file is {} MiB; {what} files are limited to {} MiB",
            path.display(),
            size >> 20,
            MAX_FILE_BYTES >> 20
        )
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    // Bounded again while reading: files under /proc claim a size of 0.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(cannot)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The bytes as text, or an error naming the line and column of the first
/// byte that is not UTF-8 and what the file should be (`expected`).
pub fn utf8(path: &Path, bytes: Vec<u8>, expected: &str) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(&e.as_bytes()[..valid]);
        let (line, col) = line_col(&before, valid);
        anyhow::anyhow!(
            "{}:{line}:{col}: not valid UTF-8 ({expected})",
            path.display()
        )
    })
}

/// Adds `overlay` to `base`: an entry whose key the base has replaces that
/// entry, any other is appended. An id `overlay` itself has twice is
/// therefore appended twice, and [`validate`] reports the duplicate with its
/// line: uniqueness is checked in one place. For several overlays in a row,
/// use one [`Overlays`].
pub fn overlay(base: &mut Catalog, overlay: Catalog) {
    Overlays::default().add(base, overlay);
}

/// Overlays applied one after another onto the same base, with the index
/// of the base's keys kept between them: rebuilding it for each file made
/// 100k entries over 2,000 files take 30 s (0.8 s in one file). Each
/// overlay costs its own size.
pub struct Overlays {
    /// Per table ([`Table::position`]), each key of the base's rows
    /// ([`Row::key`]) and its last position.
    index: [Option<HashMap<String, usize>>; TABLES.len()],
}

impl Default for Overlays {
    fn default() -> Overlays {
        Overlays {
            index: std::array::from_fn(|_| None),
        }
    }
}

impl Overlays {
    /// [`overlay`], reusing the index built by earlier calls on `base`
    /// (which nothing else may change in between).
    pub fn add(&mut self, base: &mut Catalog, overlay: Catalog) {
        base.merge(overlay, self);
    }
}

/// One table of [`Overlays::add`]: a base entry is replaced once per
/// overlay; a key the overlay repeats, or a new one, is appended (and
/// indexed for the next).
impl Merge for Overlays {
    fn table<T: Row>(&mut self, table: &'static Table, base: &mut List<T>, new: List<T>) {
        if new.is_empty() {
            return;
        }
        let base = base.to_mut();
        let index = self.index[table.position].get_or_insert_with(|| {
            base.iter()
                .enumerate()
                .map(|(i, b)| (b.key().into_owned(), i))
                .collect()
        });
        let mut replaced = std::collections::HashSet::new();
        let mut added = Vec::new();
        base.reserve(new.len());
        for item in new.into_owned() {
            let k = item.key().into_owned();
            match index.get(&k) {
                Some(&i) if !replaced.contains(&k) => {
                    base[i] = item;
                    replaced.insert(k);
                }
                _ => {
                    added.push((k, base.len()));
                    base.push(item);
                }
            }
        }
        index.extend(added);
    }
}

/// Reads the user catalogs in `paths` (files or directories) over `base`,
/// and validates the result. Errors list every problem with file:line.
pub fn with_overlays(mut base: Catalog, paths: &[PathBuf]) -> Result<Catalog> {
    if paths.is_empty() {
        return Ok(base);
    }
    let mut sources = Vec::new();
    let mut overlays = Overlays::default();
    for path in paths {
        for (file, cat, text) in read_consistently(path)? {
            overlays.add(&mut base, cat);
            sources.push(Source { path: file, text });
        }
    }
    let problems = validate(&base);
    if !problems.is_empty() {
        let lines = describe(&sources, &problems);
        let more = if lines.len() > 1 {
            format!(
                " (and {} more problems; run `jllm catalog validate` to list them)",
                lines.len() - 1
            )
        } else {
            String::new()
        };
        bail!("invalid catalog: {}{more}", lines[0]);
    }
    Ok(base)
}
