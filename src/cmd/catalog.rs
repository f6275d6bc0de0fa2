//! `jllm catalog import|validate`: turning a checkout of the list into
//! catalog TOML, checking a committed catalog for drift, and validating a
//! user's catalog file with file:line messages.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Subcommand;

use crate::catalog::load;
use crate::catalog::parse::{describe, Source};
use crate::catalog::schema::Catalog;
use crate::catalog::validate::validate;
use crate::catalog::write;
use crate::config::Config;
use crate::import::{self, Sources};
use crate::sanitize;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build catalog TOML from a checkout of the awesome-japanese-llm list
    ///
    /// Reads README.md (Japanese), en/README.md and fr/README.md, and
    /// parts/references_*.md and figures/parameter_size_overview_ja.csv
    /// (announcement dates) where present. The curated tables
    /// (developers.toml, licenses.toml, sizes.toml) are read from the target
    /// directory, or taken from the built-in catalog when it has none.
    /// Unknown developers or license texts stop the import and are listed.
    Import {
        /// Directory of the list (a checkout of awesome-japanese-llm)
        list_dir: PathBuf,
        /// Write the generated TOML files into this catalog directory
        #[arg(
            long,
            value_name = "DIR",
            required_unless_present = "check",
            conflicts_with = "check"
        )]
        out: Option<PathBuf>,
        /// Compare with this catalog directory instead of writing; exit 1 on drift
        #[arg(long, value_name = "DIR")]
        check: Option<PathBuf>,
        /// Report unknown developers and license texts but write anyway
        #[arg(long)]
        allow_unknown: bool,
    },
    /// Check catalog TOML files (over the built-in catalog) and list every problem as file:line
    Validate {
        /// Files or directories
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

pub fn run(cmd: &Command, cfg: &Config) -> Result<ExitCode> {
    match cmd {
        Command::Import {
            list_dir,
            out,
            check,
            allow_unknown,
        } => {
            let target = out
                .as_deref()
                .or(check.as_deref())
                .context("--out or --check is required")?;
            import(list_dir, target, check.is_some(), *allow_unknown)
        }
        Command::Validate { paths } => validate_paths(paths, cfg),
    }
}

fn read(path: &Path) -> Result<String> {
    let bytes = load::read_bytes(path, "list")?;
    load::utf8(path, bytes, "the list is UTF-8 Markdown")
}

fn read_sources(dir: &Path) -> Result<Sources> {
    let meta = std::fs::metadata(dir).with_context(|| format!("{}: cannot read", dir.display()))?;
    if !meta.is_dir() {
        bail!(
            "{}: is {}; expected the directory of a checkout of the awesome-japanese-llm list",
            dir.display(),
            load::describe_kind(&meta.file_type())
        );
    }
    // `exists`, not `is_file`: a README.md that is not a regular file (a
    // FIFO) is read, and that names what it is.
    if !dir.join("README.md").exists() {
        bail!(
            "{}: no README.md here; expected a checkout of the awesome-japanese-llm list (README.md, en/README.md, fr/README.md)",
            dir.display()
        );
    }
    let optional = |p: PathBuf| p.exists().then(|| read(&p)).transpose();
    Ok(Sources {
        ja: read(&dir.join("README.md"))?,
        en: read(&dir.join("en/README.md"))?,
        fr: read(&dir.join("fr/README.md"))?,
        references_model: optional(dir.join("parts/references_model.md"))?,
        references_training: optional(dir.join("parts/references_training.md"))?,
        size_overview: optional(dir.join(import::OVERVIEW_CSV))?,
    })
}

/// The hand-curated tables: from the target directory where it has them.
fn curated(target: &Path) -> Result<Catalog> {
    let mut cat = Catalog::default();
    let mut sources = Vec::new();
    for name in ["developers.toml", "licenses.toml", "sizes.toml"] {
        let p = target.join(name);
        if p.exists() {
            let (part, text) = load::parse_file(&p)?;
            load::overlay(&mut cat, part);
            sources.push(Source { path: p, text });
        }
    }
    let found = !sources.is_empty();
    let problems = validate(&cat);
    if !problems.is_empty() {
        bail!("{}", describe(&sources, &problems).join("; "));
    }
    if !found {
        let builtin = load::embedded();
        cat.developers = builtin.developers;
        cat.licenses = builtin.licenses;
        cat.license_texts = builtin.license_texts;
        cat.size_facts = builtin.size_facts;
        cat.base_contexts = builtin.base_contexts;
    }
    Ok(cat)
}

fn import(list_dir: &Path, target: &Path, check: bool, allow_unknown: bool) -> Result<ExitCode> {
    let sources = read_sources(list_dir)?;
    let curated = curated(target)?;
    let (catalog, report) = import::import(&sources, &curated)?;
    let readme = list_dir.join("README.md");
    for w in report.warnings.iter() {
        let w = w.replace("README.md", &readme.display().to_string());
        crate::eline!("jllm: warning: {}", sanitize::line(&w));
    }
    if !report.is_clean() {
        for (line, name) in report.unknown_developers.iter() {
            let name = sanitize::line(name);
            crate::eline!(
                "{}:{line}: unknown developer '{name}': add a [[developer]] with name_ja or an alias \"{name}\" to developers.toml",
                readme.display()
            );
        }
        for (line, text) in report.unknown_licenses.iter() {
            crate::eline!(
                "{}:{line}: unknown license text \"{}\": add a [[text]] with this text to licenses.toml",
                readme.display(),
                sanitize::line(text)
            );
        }
        let message = format!(
            "{} unknown developers and {} unknown license texts",
            report.unknown_developers.len(),
            report.unknown_licenses.len()
        );
        if !allow_unknown {
            bail!("{message}; nothing written");
        }
        crate::eline!("jllm: warning: {message}");
    }
    let problems = validate(&catalog);
    if !problems.is_empty() {
        for line in describe(&[], &problems) {
            crate::eline!("jllm: {}", sanitize::line(&line));
        }
        bail!(
            "the imported catalog has {} problem{}; nothing written",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        );
    }
    let files = write::render(&catalog)?;
    let variants: usize = catalog.models.iter().map(|m| m.variants.len()).sum();
    let summary = format!(
        "{} models ({} checkpoints), {} benchmarks, {} footnotes, {} papers, {} domains",
        catalog.models.len(),
        variants,
        catalog.benchmarks.len(),
        catalog.footnotes.len(),
        catalog.papers.len(),
        catalog.domains.len()
    );
    if check {
        return drift(target, &files, &summary);
    }
    write::write_all_atomic(target, &files)?;
    let mut out = super::stdout();
    writeln!(out, "wrote {summary} to {}", target.display())?;
    super::finish(out, true)
}

/// Entries keyed by id, to say what changed between two versions of a file.
fn entries(cat: &Catalog) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    let mut put = |kind: &str, id: String, value: String| {
        map.insert(format!("{kind} {id}"), value);
    };
    for m in cat.models.iter() {
        put("model", m.id.to_string(), format!("{m:?}"));
    }
    for b in cat.benchmarks.iter() {
        put("benchmark", b.id.to_string(), format!("{b:?}"));
    }
    for f in cat.footnotes.iter() {
        put("footnote", f.id.to_string(), format!("{f:?}"));
    }
    for p in cat.papers.iter() {
        put("paper", p.id.to_string(), format!("{p:?}"));
    }
    for d in cat.domains.iter() {
        put("domain", d.id.to_string(), format!("{d:?}"));
    }
    map
}

fn drift(target: &Path, files: &[(PathBuf, String)], summary: &str) -> Result<ExitCode> {
    let mut changes = Vec::new();
    for (rel, content) in files {
        let path = target.join(rel);
        let existing = if path.exists() {
            load::utf8(
                &path,
                load::read_bytes(&path, "catalog")?,
                "catalog files are UTF-8 TOML",
            )?
        } else {
            String::new()
        };
        if existing == *content {
            continue;
        }
        let new = crate::catalog::parse::parse_str(content)
            .map_err(|e| anyhow::anyhow!("generated {}:{e}", rel.display()))?;
        let old = if existing.is_empty() {
            Catalog::default()
        } else {
            crate::catalog::parse::parse_str(&existing)
                .map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?
        };
        let (old, new) = (entries(&old), entries(&new));
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
    if changes.is_empty() {
        let mut out = super::stdout();
        writeln!(out, "catalog is up to date: {summary}")?;
        return super::finish(out, true);
    }
    let mut out = super::stdout();
    for c in &changes {
        writeln!(out, "{}", sanitize::line(c))?;
    }
    out.flush()?;
    crate::eline!(
        "jllm: {} differences between the list and {}; run `jllm catalog import LIST_DIR --out {}` to update",
        changes.len(),
        target.display(),
        target.display()
    );
    Ok(ExitCode::from(1))
}

/// Validates every file given, listing every problem: a file that cannot be
/// read or parsed is reported on stderr (`jllm: file:line:col: …`) and the
/// others are still read and checked together, so one broken file does not
/// hide the rest; the rules' problems go to stdout, one per line.
fn validate_paths(paths: &[PathBuf], cfg: &Config) -> Result<ExitCode> {
    let mut base = if cfg.no_builtin() {
        Catalog::default()
    } else {
        load::embedded()
    };
    let mut sources = Vec::new();
    let mut own = Catalog::default();
    let (mut into_base, mut into_own) = (load::Overlays::default(), load::Overlays::default());
    // Problems of reading and parsing, in the order the files were given.
    let mut broken = Vec::new();
    for path in paths {
        let files = match load::toml_files(path) {
            Ok(files) => files,
            Err(e) => {
                broken.push(format!("{e:#}"));
                continue;
            }
        };
        for file in files {
            match load::parse_file(&file) {
                Ok((cat, text)) => {
                    into_own.add(&mut own, cat.clone());
                    into_base.add(&mut base, cat);
                    sources.push(Source { path: file, text });
                }
                Err(e) => broken.push(format!("{e:#}")),
            }
        }
    }
    let problems = validate(&base);
    let mut out = super::stdout();
    if problems.is_empty() && broken.is_empty() {
        writeln!(
            out,
            "ok: {} models, {} benchmarks, {} developers, {} licenses in {} files",
            own.models.len(),
            own.benchmarks.len(),
            own.developers.len(),
            own.licenses.len(),
            sources.len()
        )?;
        return super::finish(out, true);
    }
    // Files that cannot be read or parsed are errors (stderr, as when
    // they stop other commands); the rules' problems are the output.
    for e in &broken {
        crate::eline!("jllm: {}", sanitize::line(e));
    }
    for line in describe(&sources, &problems) {
        writeln!(out, "{}", sanitize::line(&line))?;
    }
    out.flush()?;
    let n = problems.len() + broken.len();
    crate::eline!("jllm: {n} problem{}", if n == 1 { "" } else { "s" });
    Ok(ExitCode::from(2))
}
