//! Validates the TOML catalog under `catalog/` and embeds it: a broken data
//! file fails the build with file:line, never reaches a user. The binary
//! reads the compact postcard form written here instead of parsing TOML on
//! every run (jllm runs inside shell completion and fzf preview loops).
#![allow(dead_code)]

#[path = "src/catalog/schema.rs"]
mod schema;
#[path = "src/catalog/validate.rs"]
mod validate;

use std::path::{Path, PathBuf};

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            toml_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "toml") {
            out.push(p);
        }
    }
}

fn fail(lines: &[String]) -> ! {
    for l in lines {
        println!("cargo::error={l}");
        eprintln!("error: {l}");
    }
    std::process::exit(1);
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("catalog");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files = Vec::new();
    toml_files(&dir, &mut files);
    files.sort();
    let mut catalog = schema::Catalog::default();
    let mut sources = Vec::new();
    for file in &files {
        println!("cargo::rerun-if-changed={}", file.display());
        let rel = file.strip_prefix(root).unwrap_or(file).to_path_buf();
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => fail(&[format!("{}: {e}", rel.display())]),
        };
        let part = match validate::parse_str(&text) {
            Ok(c) => c,
            Err(e) => fail(&[format!("{}:{e}", rel.display())]),
        };
        catalog.models.extend(part.models);
        catalog.benchmarks.extend(part.benchmarks);
        catalog.developers.extend(part.developers);
        catalog.licenses.extend(part.licenses);
        catalog.license_texts.extend(part.license_texts);
        catalog.footnotes.extend(part.footnotes);
        catalog.papers.extend(part.papers);
        catalog.domains.extend(part.domains);
        catalog.size_facts.extend(part.size_facts);
        sources.push(validate::Source { path: rel, text });
    }
    let problems = validate::validate(&catalog);
    if !problems.is_empty() {
        fail(&validate::describe(&sources, &problems));
    }
    let bytes = postcard::to_allocvec(&catalog)
        .unwrap_or_else(|e| fail(&[format!("cannot serialize the catalog: {e}")]));
    let out = PathBuf::from(
        std::env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR not set".into()])),
    );
    if let Err(e) = std::fs::write(out.join("catalog.bin"), bytes) {
        fail(&[format!("cannot write the embedded catalog: {e}")]);
    }
}
