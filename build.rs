//! Validates the TOML catalog under `catalog/` and embeds it: a broken data
//! file fails the build with file:line, never reaches a user. The catalog is
//! written as Rust statics (`OUT_DIR/catalog.rs`), so the binary neither
//! parses nor allocates anything to have it: jllm runs inside shell
//! completion and fzf preview loops, where start-up time is the product.

use jllm_catalog::{json, parse, results, rust_literal, schema, validate};
use std::path::{Path, PathBuf};

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            // catalog/results/ holds evaluation results, embedded apart.
            if !results::is_results_dir(&p) {
                toml_files(&p, out);
            }
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
    link_without_pie();
    order_symbols();
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
        let part = match parse::parse_str(&text) {
            Ok(c) => c,
            Err(e) => fail(&[format!("{}:{e}", rel.display())]),
        };
        catalog.append(part);
        sources.push(parse::Source { path: rel, text });
    }
    // The list's order (line in its README.md), which `list` documents as
    // its default: the files are read by name, so embedding models came
    // first. Families without a line (none today) keep their place after.
    catalog
        .models
        .to_mut()
        .sort_by_key(|f| f.source_line.unwrap_or(u32::MAX));
    let problems = validate::validate(&catalog);
    if !problems.is_empty() {
        fail(&parse::describe(&sources, &problems));
    }
    let results = embed_results(root, &dir, &catalog);
    let code =
        statics(&catalog).unwrap_or_else(|e| fail(&[format!("cannot embed the catalog: {e}")]));
    let out = PathBuf::from(
        std::env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR not set".into()])),
    );
    if let Err(e) = std::fs::write(out.join("catalog.rs"), code) {
        fail(&[format!("cannot write the embedded catalog: {e}")]);
    }
    if let Err(e) = std::fs::write(out.join("results.rs"), results) {
        fail(&[format!("cannot write the embedded results: {e}")]);
    }
}

/// Reads and checks `catalog/results/*.toml`, makes them the table the
/// checkpoint objects are rendered with ([`RESULTS`]), and returns them as Rust statics (`results.rs`), sorted by
/// lower-cased repo id for `results::for_repo`.
fn embed_results(root: &Path, catalog_dir: &Path, catalog: &schema::Catalog) -> String {
    let dir = catalog_dir.join("results");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let p = entry.path();
            if p.extension().is_some_and(|e| e == "toml") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut all = results::Results::default();
    for file in &files {
        println!("cargo::rerun-if-changed={}", file.display());
        let rel = file.strip_prefix(root).unwrap_or(file);
        let text = std::fs::read_to_string(file)
            .unwrap_or_else(|e| fail(&[format!("{}: {e}", rel.display())]));
        let part =
            results::parse_str(&text).unwrap_or_else(|e| fail(&[format!("{}:{e}", rel.display())]));
        all.append(part);
    }
    let problems = all.problems();
    if !problems.is_empty() {
        let dir = dir.strip_prefix(root).unwrap_or(&dir).display().to_string();
        fail(
            &problems
                .iter()
                .map(|p| format!("{dir}: {p}"))
                .collect::<Vec<_>>(),
        );
    }
    // A checkpoint added to or removed from the catalog since the results
    // were imported: not an error (the join is by repo id at run time), but
    // the marks are stale until `jllm catalog import-results` runs again.
    let repos: std::collections::HashSet<String> = catalog
        .models
        .iter()
        .flat_map(|m| m.variants.iter())
        .filter_map(|v| v.hf.as_deref().map(str::to_ascii_lowercase))
        .collect();
    let stale = all
        .results
        .iter()
        .filter(|r| repos.contains(&r.hf.to_ascii_lowercase()) != r.in_list)
        .count();
    if stale > 0 {
        println!("cargo::warning={stale} results have a stale in_list mark: run `jllm catalog import-results EVALS_DIR --out catalog/results`");
    }
    let mut sorted = all.results.into_owned();
    results::sort(&mut sorted, &all.suites);
    let code = (|| -> Result<String, rust_literal::Error> {
        use rust_literal::slice;
        // Lower-cased repo ids parallel to RESULTS: the lookup compares
        // plain strings instead of case-folding bytes at each comparison.
        let keys: Vec<String> = sorted.iter().map(|r| r.hf.to_ascii_lowercase()).collect();
        Ok(format!(
            "// Generated by build.rs from catalog/results/*.toml. Do not edit.\n\
             pub static SOURCES: &[Source] = {};\n\
             pub static SUITES: &[Suite] = {};\n\
             pub static RESULTS: &[Score] = {};\n\
             pub static ALIASES: &[Alias] = {};\n\
             pub static KEYS: &[&str] = &{keys:?};\n",
            slice(&all.sources)?,
            slice(&all.suites)?,
            slice(&sorted)?,
            slice(&all.aliases)?
        ))
    })()
    .unwrap_or_else(|e| fail(&[format!("cannot embed the results: {e}")]));
    let _ = RESULTS.set(Vec::leak(sorted));
    let lower = all.suites.iter().filter(|s| s.lower_is_better);
    let _ = LOWER.set(lower.map(|s| s.id.to_string()).collect());
    code
}

/// The results just read, which the checkpoint objects rendered ahead
/// join as the binary's embedded results will (set before rendering).
static RESULTS: std::sync::OnceLock<&'static [results::Score]> = std::sync::OnceLock::new();

/// The suites of the results just read where lower is better.
static LOWER: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

/// The results just read, as the checkpoint objects look them up.
const RESULTS_OF: json::ResultsOf = json::ResultsOf {
    for_repo: |hf| results::for_repo(RESULTS.get().copied().unwrap_or(&[]), hf),
    lower_is_better: |suite| LOWER.get().is_some_and(|l| l.iter().any(|s| s == suite)),
};

/// One `static` per table of the catalog, and the families' JSON objects.
fn statics(c: &schema::Catalog) -> Result<String, rust_literal::Error> {
    let tables = rust_literal::statics(c)?;
    // Every family's JSON object, rendered now in parts: what comes before
    // the value of `params`, each checkpoint's object, and what follows
    // `variants`. `list --json` of the built-in catalog then only copies
    // bytes, also when a filter keeps some checkpoints of a family (the
    // contract is the same code's output; a unit test compares them).
    let mut json = String::from("&[");
    for f in c.models.iter() {
        let bare = compact_json(&json::family(c, f, Some(&[]), RESULTS_OF))?;
        let marker = r#""params":null,"variants":[]"#;
        let Some(at) = bare.find(marker) else {
            return Err(<rust_literal::Error as serde::ser::Error>::custom(format!(
                "{}: no {marker} in its JSON object",
                f.id
            )));
        };
        let head = &bare[..at + r#""params":"#.len()];
        let tail = &bare[at + marker.len()..];
        let mut variants = Vec::new();
        for v in f.variants.iter() {
            variants.push(compact_json(&json::VariantJson::new(f, v, RESULTS_OF))?);
        }
        json.push_str(&format!(
            "PrerenderedFamily {{ head: {head:?}, variants: &{variants:?}, tail: {tail:?} }},\n"
        ));
    }
    json.push(']');
    let mut code = String::from("// Generated by build.rs from catalog/*.toml. Do not edit.\n");
    code.push_str(&tables);
    code.push_str(&format!(
        "pub static MODELS_JSON: &[PrerenderedFamily] = {json};\n"
    ));
    Ok(code)
}

/// Hands `build/symbol-order.txt` (written by `bench/order`) to the linker,
/// which then places the functions the start-up paths run side by side at
/// the start of `.text`. Each page of code first touched is a page fault
/// (~1.5 µs on the 2-core VM jllm is measured on): `list --license apache
/// --min-params 7b` touched 48 pages of code, and touches 9 with the order
/// (186 → 147 faults; 1.57× → 1.46× the hello-world floor). Nothing but
/// the layout changes; a name the binary lacks is ignored.
///
/// Only where the linker takes the option: on x86_64 Linux, rustc 1.90 and
/// later link with rust-lld, which does, unless the build turns it off
/// (`RUSTFLAGS="-C linker-features=-lld"`: GNU ld has no such option) or
/// names another linker. So the option is probed, not assumed: a tiny
/// program is linked with the build's own flags and the option, and only a
/// success passes it on. Anything else links as if there were no order
/// (the order changes the layout only), as does `JLLM_SYMBOL_ORDER=0`.
fn order_symbols() {
    println!("cargo::rerun-if-env-changed=JLLM_SYMBOL_ORDER");
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("build/symbol-order.txt");
    println!("cargo::rerun-if-changed={}", file.display());
    let off = std::env::var("JLLM_SYMBOL_ORDER").is_ok_and(|v| v == "0");
    let target = std::env::var("TARGET").unwrap_or_default();
    if off || target != "x86_64-unknown-linux-gnu" || !file.is_file() {
        return;
    }
    let args = [
        format!("-Wl,--symbol-ordering-file={}", file.display()),
        "-Wl,--no-warn-symbol-ordering".to_string(),
    ];
    if linker_takes(&target, &args) {
        for arg in args {
            println!("cargo::rustc-link-arg-bins={arg}");
        }
    } else {
        println!(
            "cargo::warning=the linker does not take --symbol-ordering-file: linking without build/symbol-order.txt"
        );
    }
}

/// Whether a program linked with this build's rustc, target and flags
/// (`CARGO_ENCODED_RUSTFLAGS`) and the link arguments `args` links.
fn linker_takes(target: &str, args: &[String]) -> bool {
    let Some(out) = std::env::var_os("OUT_DIR").map(std::path::PathBuf::from) else {
        return false;
    };
    let source = out.join("link_probe.rs");
    if std::fs::write(&source, "fn main() {}\n").is_err() {
        return false;
    }
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let flags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    let mut cmd = std::process::Command::new(rustc);
    cmd.args([
        "--edition",
        "2021",
        "--crate-type",
        "bin",
        "--target",
        target,
    ])
    .args(flags.split('\x1f').filter(|f| !f.is_empty()))
    .arg("-o")
    .arg(out.join("link_probe"))
    .arg(&source)
    .stdout(std::process::Stdio::null())
    .stderr(std::process::Stdio::null());
    for arg in args {
        cmd.arg("-C").arg(format!("link-arg={arg}"));
    }
    cmd.status().is_ok_and(|s| s.success())
}

/// A value as `list --json` writes it (compact, terminal-safe escapes).
fn compact_json<T: serde::Serialize>(value: &T) -> Result<String, rust_literal::Error> {
    let mut one = Vec::new();
    json::write_compact(&mut one, value)
        .map_err(<rust_literal::Error as serde::ser::Error>::custom)?;
    Ok(String::from_utf8_lossy(&one).into_owned())
}

/// On Linux, links the binary as a fixed-address executable. The embedded
/// catalog is ~460 KB of statics full of pointers; in a position-independent
/// executable the loader must patch every one of them (13,000 relocations,
/// ~110 pages written) before `main`, on every run. Without PIE the linker
/// resolves them once, and the pages are only read, lazily, when used.
///
/// Distributions that require position-independent executables (Debian's
/// and Fedora's hardening policies) build with `JLLM_PIE=1 cargo build
/// --release`: the binary is then a PIE, and pays those relocations at every
/// start-up again (docs/performance.md). Any other value, or none, keeps
/// `-no-pie`.
fn link_without_pie() {
    println!("cargo::rerun-if-env-changed=JLLM_PIE");
    let pie = std::env::var("JLLM_PIE").is_ok_and(|v| !v.is_empty() && v != "0");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" && !pie {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
