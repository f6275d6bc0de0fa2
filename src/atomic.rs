//! Every file jllm writes goes through here, so that nothing is ever
//! half-written: `plot --out`, `catalog import --out` and `jllm update`.
//!
//! - [`write_file`] replaces one file: the bytes go to a temporary sibling
//!   created by `tempfile` (random name, `O_EXCL`, so a planted file or
//!   symlink is never opened), are fsynced, renamed over the path, and the
//!   directory is fsynced. A failure at any step leaves the old file
//!   byte-identical and removes the temporary file.
//! - [`replace_dir`] replaces a whole directory: a staging directory beside
//!   it starts as a copy of the old one, the caller fills it, and it is
//!   swapped in with one `renameat2(RENAME_EXCHANGE)` (Linux), so a reader
//!   sees the old directory or the new one, never a mix. Where the exchange
//!   is not supported (other systems, some file systems) two renames are
//!   used: old → backup name, staging → target; the target is then missing
//!   (never mixed) between the two, and a failed second rename puts the old
//!   one back.
//!
//! SIGINT, SIGTERM, SIGHUP and SIGQUIT are held back while either function
//! runs (they take effect when it returns), so Ctrl-C cannot stop a write
//! between creating a temporary file and removing or committing it: the
//! closure given to [`replace_dir`] must therefore only write files (do
//! slow or network work before calling it). SIGKILL and power loss can
//! still leave a `.NAME.*.tmp` file or directory beside the target; the
//! target itself is then the old version or the new one, never a mix.
//!
//! Two processes replacing the same directory at once each commit a whole
//! directory: the last to commit wins, and nothing is lost from it (each
//! started from a copy of the directory as it was when it began). When the
//! directory does not exist yet, the first to commit creates it and the
//! other fails cleanly (a rename onto a non-empty directory is refused),
//! leaving no staging directory.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// Replaces the file at `path` with `bytes`, atomically: see the module
/// documentation. The file keeps the permissions of the one it replaces (a
/// new file gets 0666 minus the umask). A symlink at `path` is replaced by
/// the file, never followed.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let _held = HeldSignals::new();
    let dir = parent(path);
    let name = file_name(path);
    let old = fs::symlink_metadata(path).ok();
    if old.as_ref().is_some_and(|m| m.is_dir()) {
        bail!(
            "{}: is a directory; cannot replace it with a file",
            path.display()
        );
    }
    let mode = old
        .filter(|m| m.is_file())
        .map_or_else(default_file_mode, |m| m.permissions());
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .permissions(mode)
        .tempfile_in(&dir)
        .with_context(|| format!("{}: cannot create a temporary file", dir.display()))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("{}: cannot write", path.display()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("{}: cannot replace", path.display()))?;
    sync_dir(&dir);
    Ok(())
}

/// Replaces the directory `target` as a whole: `fill` gets a staging
/// directory beside it that starts as a copy of `target` (when it exists;
/// regular files, directories and symlinks), changes it, and on `Ok` the
/// staging directory is fsynced and swapped in (see the module
/// documentation); the old directory is then removed. On any error,
/// `target` is left as it was and the staging directory is removed. A
/// symlink at `target` is resolved: the directory it points to is replaced.
pub fn replace_dir(target: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let _held = HeldSignals::new();
    let target = match fs::canonicalize(target) {
        Ok(real) => real,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => target.to_path_buf(),
        Err(e) => return Err(e).with_context(|| format!("{}: cannot open", target.display())),
    };
    let exists = match fs::metadata(&target) {
        Ok(m) if m.is_dir() => true,
        Ok(_) => bail!(
            "{}: is not a directory; cannot replace it with one",
            target.display()
        ),
        Err(_) => false,
    };
    let dir = parent(&target);
    fs::create_dir_all(&dir)
        .with_context(|| format!("{}: cannot create directory", dir.display()))?;
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{}.", file_name(&target)))
        .suffix(".tmp")
        .permissions(default_dir_mode())
        .tempdir_in(&dir)
        .with_context(|| format!("{}: cannot create a staging directory", dir.display()))?;
    if exists {
        copy_tree(&target, staging.path())?;
        if let Ok(m) = fs::metadata(&target) {
            let _ = fs::set_permissions(staging.path(), m.permissions());
        }
    }
    fill(staging.path())?;
    sync_tree(staging.path())
        .with_context(|| format!("{}: cannot write", staging.path().display()))?;
    // From here the staging directory is committed or removed by hand.
    let staging = staging.keep();
    let committed = if exists {
        swap(&staging, &target)
    } else {
        fs::rename(&staging, &target)
            .with_context(|| format!("{}: cannot create", target.display()))
    };
    if let Err(e) = committed {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    sync_dir(&dir);
    // `staging` now holds the old directory.
    if exists {
        if let Err(e) = fs::remove_dir_all(&staging) {
            crate::eline!(
                "jllm: warning: {}: the previous version stays here: {e}",
                staging.display()
            );
        }
    }
    Ok(())
}

/// Exchanges the directories `staging` and `target`: one system call on
/// Linux, two renames where that is not supported.
fn swap(staging: &Path, target: &Path) -> Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::ffi::OsStrExt;
        let a = std::ffi::CString::new(staging.as_os_str().as_bytes())?;
        let b = std::ffi::CString::new(target.as_os_str().as_bytes())?;
        // SAFETY: two NUL-terminated paths, valid for the call.
        let rc = unsafe {
            libc::syscall(
                libc::SYS_renameat2,
                libc::AT_FDCWD,
                a.as_ptr(),
                libc::AT_FDCWD,
                b.as_ptr(),
                libc::RENAME_EXCHANGE,
            )
        };
        if rc == 0 {
            return Ok(());
        }
        let err = std::io::Error::last_os_error();
        // Not supported here: fall back to two renames. Anything else
        // (permissions, a mount point) is an error the fallback would hit too.
        if !matches!(
            err.raw_os_error(),
            Some(libc::EINVAL | libc::ENOSYS | libc::ENOTSUP)
        ) {
            return Err(err).with_context(|| format!("{}: cannot replace", target.display()));
        }
    }
    swap_by_renames(staging, target)
}

/// The fallback of [`swap`]: target → backup, staging → target, backup →
/// staging (so the caller removes the old version where it expects it).
fn swap_by_renames(staging: &Path, target: &Path) -> Result<()> {
    let backup = staging.with_extension("old");
    fs::rename(target, &backup)
        .with_context(|| format!("{}: cannot move aside", target.display()))?;
    if let Err(e) = fs::rename(staging, target) {
        let _ = fs::rename(&backup, target);
        return Err(e).with_context(|| format!("{}: cannot replace", target.display()));
    }
    fs::rename(&backup, staging).with_context(|| format!("{}: cannot move", backup.display()))?;
    Ok(())
}

/// Copies the directory tree `from` into the existing directory `to`:
/// regular files, directories and symlinks (as symlinks); refuses anything
/// else, naming it.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    for entry in fs::read_dir(from).with_context(|| format!("{}: cannot list", from.display()))? {
        let entry = entry.with_context(|| format!("{}: cannot list", from.display()))?;
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        let kind = entry
            .file_type()
            .with_context(|| format!("{}: cannot read", src.display()))?;
        if kind.is_dir() {
            fs::create_dir(&dst).with_context(|| format!("{}: cannot create", dst.display()))?;
            copy_tree(&src, &dst)?;
        } else if kind.is_file() {
            fs::copy(&src, &dst).with_context(|| format!("{}: cannot copy", src.display()))?;
        } else if kind.is_symlink() {
            let link =
                fs::read_link(&src).with_context(|| format!("{}: cannot read", src.display()))?;
            std::os::unix::fs::symlink(link, &dst)
                .with_context(|| format!("{}: cannot create", dst.display()))?;
        } else {
            bail!(
                "{}: is {}, not a regular file; cannot copy it into the new version",
                src.display(),
                describe_kind(&kind)
            );
        }
    }
    Ok(())
}

/// What a file type is, for errors: "a directory", "a FIFO (named pipe)"…
pub fn describe_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_dir() {
        "a directory"
    } else if kind.is_fifo() {
        "a FIFO (named pipe)"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else if kind.is_file() {
        "a regular file"
    } else {
        "not a regular file"
    }
}

/// fsyncs every file and directory below `dir`, and `dir` itself.
fn sync_tree(dir: &Path) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            sync_tree(&entry.path())?;
        } else if kind.is_file() {
            fs::File::open(entry.path())?.sync_all()?;
        }
    }
    fs::File::open(dir)?.sync_all()
}

/// fsyncs a directory so that a rename in it survives a crash; best effort
/// (some file systems refuse to sync directories).
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| "jllm".into(), |n| n.to_string_lossy().into_owned())
}

fn default_file_mode() -> fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    // open(2) applies the umask to this mode, as for any new file.
    fs::Permissions::from_mode(0o666)
}

fn default_dir_mode() -> fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    fs::Permissions::from_mode(0o777)
}

/// Holds back the signals that end a process from the keyboard or a
/// session (SIGINT, SIGTERM, SIGHUP, SIGQUIT) while alive; they are
/// delivered when it is dropped. Only the calling thread's mask changes:
/// jllm writes from its main thread with no other thread running.
struct HeldSignals {
    old: libc::sigset_t,
}

impl HeldSignals {
    fn new() -> HeldSignals {
        // SAFETY: sigset_t is plain data, initialised by sigemptyset before use.
        unsafe {
            let mut set: libc::sigset_t = std::mem::zeroed();
            let mut old: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT] {
                libc::sigaddset(&mut set, sig);
            }
            libc::pthread_sigmask(libc::SIG_BLOCK, &set, &mut old);
            HeldSignals { old }
        }
    }
}

impl Drop for HeldSignals {
    fn drop(&mut self) {
        // SAFETY: restores the mask saved in `new`.
        unsafe {
            libc::pthread_sigmask(libc::SIG_SETMASK, &self.old, std::ptr::null_mut());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_file_replaces_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.svg");
        write_file(&path, b"one").expect("write");
        write_file(&path, b"two").expect("replace");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["a.svg"]);
    }

    #[test]
    fn write_file_replaces_a_planted_symlink_instead_of_following_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let victim = dir.path().join("victim");
        fs::write(&victim, b"keep").expect("write");
        let path = dir.path().join("out.svg");
        std::os::unix::fs::symlink(&victim, &path).expect("symlink");
        write_file(&path, b"new").expect("write");
        assert_eq!(fs::read(&victim).expect("read"), b"keep");
        assert_eq!(fs::read(&path).expect("read"), b"new");
        assert!(fs::symlink_metadata(&path).expect("meta").is_file());
    }

    #[test]
    fn replace_dir_keeps_the_old_tree_on_error_and_swaps_on_success() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("cat");
        fs::create_dir_all(target.join("models")).expect("mkdir");
        fs::write(target.join("keep.toml"), b"curated").expect("write");
        fs::write(target.join("models/a.toml"), b"old").expect("write");
        let err = replace_dir(&target, |tmp| {
            fs::write(tmp.join("models/a.toml"), b"half")?;
            bail!("failed midway")
        })
        .expect_err("the closure failed");
        assert!(err.to_string().contains("failed midway"), "{err}");
        assert_eq!(fs::read(target.join("models/a.toml")).expect("r"), b"old");
        replace_dir(&target, |tmp| {
            fs::write(tmp.join("models/a.toml"), b"new")?;
            Ok(())
        })
        .expect("replace");
        assert_eq!(fs::read(target.join("models/a.toml")).expect("r"), b"new");
        assert_eq!(fs::read(target.join("keep.toml")).expect("r"), b"curated");
        let names: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["cat"], "no staging directory left behind");
    }

    #[test]
    fn replace_dir_creates_a_missing_directory_and_refuses_a_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("new/cat");
        replace_dir(&target, |tmp| Ok(fs::write(tmp.join("x"), b"x")?)).expect("create");
        assert_eq!(fs::read(target.join("x")).expect("r"), b"x");
        let file = dir.path().join("file");
        fs::write(&file, b"f").expect("write");
        let err = replace_dir(&file, |_| Ok(())).expect_err("a file is not a directory");
        assert!(err.to_string().contains("is not a directory"), "{err}");
    }

    #[test]
    fn the_fallback_swap_exchanges_too() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        fs::create_dir(&a).expect("mkdir");
        fs::create_dir(&b).expect("mkdir");
        fs::write(a.join("f"), b"staged").expect("write");
        fs::write(b.join("f"), b"old").expect("write");
        swap_by_renames(&a, &b).expect("swap");
        assert_eq!(fs::read(b.join("f")).expect("r"), b"staged");
        assert_eq!(fs::read(a.join("f")).expect("r"), b"old");
    }
}
