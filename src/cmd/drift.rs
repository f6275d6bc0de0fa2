//! `--check`, shared by `catalog import` and `catalog import-results`: what
//! would be written is compared with a committed directory, and each entry
//! added, removed or changed is printed (exit 1 on a difference), so CI
//! catches a catalog that no longer matches its sources.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::catalog::load;
use crate::i18n::{self, trf};
use crate::sanitize;

/// A generated file's entries: key (`model swallow-70b`) → a text that
/// changes when the entry does.
pub type Entries = BTreeMap<String, String>;

/// One kind of generated files `--check` compares with a directory.
pub struct Drift<'a> {
    /// What the files are, in messages about reading them: `catalog`, `results`.
    pub what: &'static str,
    /// The line when nothing differs, before the summary (translated).
    pub up_to_date: &'static str,
    /// Where they are generated from, in messages: `the list` (translated).
    pub from: &'static str,
    /// The command that rewrites them, without `--out DIR`.
    pub fix: &'static str,
    /// A file's entries by key (`model swallow-70b`), each with a text that
    /// changes when the entry does; `file:line:col: …` when it cannot be read.
    pub entries: &'a dyn Fn(&str) -> std::result::Result<Entries, String>,
}

/// `--check`: lists what differs between `files` (generated, relative
/// paths) and `target`, entry by entry (added, changed, removed, or only
/// reformatted), and exits 1 when anything does; 0 and `summary` when not.
pub fn drift(
    target: &Path,
    files: &[(PathBuf, String)],
    summary: &str,
    kind: &Drift,
) -> Result<ExitCode> {
    let mut changes = Vec::new();
    for (rel, content) in files {
        let path = target.join(rel);
        let existing = if path.exists() {
            load::utf8(
                &path,
                load::read_bytes(&path, kind.what)?,
                "files of a catalog are UTF-8 TOML",
            )?
        } else {
            String::new()
        };
        if existing == *content {
            continue;
        }
        let new = (kind.entries)(content)
            .map_err(|e| anyhow::anyhow!("generated {}:{e}", rel.display()))?;
        let old =
            (kind.entries)(&existing).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
        let before = changes.len();
        for (k, v) in &new {
            match old.get(k) {
                None => changes.push(format!("added    {k} ({})", rel.display())),
                Some(o) if o != v => changes.push(format!("changed  {k} ({})", rel.display())),
                _ => {}
            }
        }
        for k in old.keys().filter(|k| !new.contains_key(*k)) {
            changes.push(format!("removed  {k} ({})", rel.display()));
        }
        if changes.len() == before {
            changes.push(format!("reformatted {}", rel.display()));
        }
    }
    let lang = i18n::lang();
    let mut out = super::stdout();
    if changes.is_empty() {
        writeln!(
            out,
            "{}",
            trf(lang, "{0}: {1}", &[&kind.up_to_date, &summary])
        )?;
        return super::finish(out, true);
    }
    for c in &changes {
        writeln!(out, "{}", sanitize::line(c))?;
    }
    out.flush()?;
    crate::eline!(
        "jllm: {}",
        trf(
            lang,
            "{0} differences between {1} and {2}; run `{3} --out {2}` to update",
            &[&changes.len(), &kind.from, &target.display(), &kind.fix]
        )
    );
    Ok(ExitCode::from(1))
}
