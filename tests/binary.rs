//! What the build makes of jllm on Linux: a position-independent
//! executable by default (ASLR of its own code and data), whose loader
//! patches only the code's own pointers, none in the embedded catalog
//! (build.rs writes the catalog as spans of one text blob and of one array
//! per type: `jllm_catalog::schema::embed`). The binary's ELF headers,
//! symbol table and relocations are read here directly. It needs no C
//! math library at start-up (`src/cmath.rs` says why).

#![cfg(all(target_os = "linux", target_pointer_width = "64"))]

use std::ops::Range;

/// A little-endian unsigned integer of `n` bytes at `at`.
fn le(bytes: &[u8], at: usize, n: usize) -> u64 {
    bytes[at..at + n]
        .iter()
        .rev()
        .fold(0, |acc, &b| (acc << 8) | u64::from(b))
}

/// A section header: its name, type, file offset, size and entry size.
struct Section {
    name: Vec<u8>,
    kind: u64,
    offset: usize,
    size: usize,
    entsize: usize,
    link: usize,
}

/// The NUL-terminated string at `at` (a name in a string table).
fn c_str(elf: &[u8], at: usize) -> &[u8] {
    elf[at..].split(|&b| b == 0).next().unwrap_or(&[])
}

fn sections(elf: &[u8]) -> Vec<Section> {
    let shoff = le(elf, 0x28, 8) as usize;
    let shentsize = le(elf, 0x3a, 2) as usize;
    let shnum = le(elf, 0x3c, 2) as usize;
    let shstrndx = le(elf, 0x3e, 2) as usize;
    let header = |i: usize| shoff + i * shentsize;
    let names = le(elf, header(shstrndx) + 0x18, 8) as usize;
    (0..shnum)
        .map(|i| {
            let h = header(i);
            let name_at = names + le(elf, h, 4) as usize;
            Section {
                name: c_str(elf, name_at).to_vec(),
                kind: le(elf, h + 4, 4),
                offset: le(elf, h + 0x18, 8) as usize,
                size: le(elf, h + 0x20, 8) as usize,
                link: le(elf, h + 0x28, 4) as usize,
                entsize: le(elf, h + 0x38, 8) as usize,
            }
        })
        .collect()
}

/// The addresses of the data objects whose mangled name has `part`, with
/// their names.
fn objects(elf: &[u8], sections: &[Section], part: &str) -> Vec<(String, Range<u64>)> {
    const SYMTAB: u64 = 2;
    const OBJECT: u64 = 1;
    let mut found = Vec::new();
    for symtab in sections.iter().filter(|s| s.kind == SYMTAB) {
        let strtab = &sections[symtab.link];
        for at in (symtab.offset..symtab.offset + symtab.size).step_by(symtab.entsize.max(1)) {
            let name_at = strtab.offset + le(elf, at, 4) as usize;
            let name = c_str(elf, name_at);
            let name = String::from_utf8_lossy(name);
            let (value, size) = (le(elf, at + 8, 8), le(elf, at + 16, 8));
            if le(elf, at + 4, 1) & 0xf == OBJECT && size > 0 && name.contains(part) {
                found.push((name.into_owned(), value..value + size));
            }
        }
    }
    found
}

#[test]
fn the_binary_is_position_independent_and_the_catalog_needs_no_relocation() {
    let bin = assert_cmd::cargo::cargo_bin("jllm");
    let elf = std::fs::read(&bin).expect("read the binary");
    assert_eq!(
        &elf[..4],
        b"\x7fELF",
        "{} is not an ELF file",
        bin.display()
    );
    // ET_DYN (3) is a PIE; ET_EXEC (2) is what `JLLM_PIE=0` (`-no-pie`)
    // asks for.
    let no_pie = option_env!("JLLM_PIE") == Some("0");
    assert_eq!(le(&elf, 16, 2), if no_pie { 2 } else { 3 }, "ELF type");

    let sections = sections(&elf);
    let rela = sections
        .iter()
        .find(|s| s.name == b".rela.dyn")
        .expect("a .rela.dyn section");
    let relocated: Vec<u64> = (rela.offset..rela.offset + rela.size)
        .step_by(rela.entsize.max(1))
        .map(|at| le(&elf, at, 8))
        .collect();
    // `jllm::catalog::embedded`, as the legacy mangling spells the path.
    let statics = objects(&elf, &sections, "4jllm7catalog8embedded");
    let names: Vec<&str> = statics.iter().map(|(n, _)| n.as_str()).collect();
    for table in [
        "6MODELS",
        "11POOL_Family",
        "12POOL_Variant",
        "8POOL_Str",
        "7RESULTS",
    ] {
        assert!(
            names.iter().any(|n| n.contains(table)),
            "no {table} among the embedded statics {names:?}"
        );
    }
    let mut bytes = 0;
    for (name, range) in &statics {
        bytes += range.end - range.start;
        // The one pointer: the text blob itself, a `&'static str`.
        if name.contains("13EMBEDDED_TEXT") {
            continue;
        }
        let inside = relocated.iter().filter(|a| range.contains(a)).count();
        assert_eq!(inside, 0, "{name}: {inside} relocations");
    }
    assert!(bytes > 100_000, "{bytes} bytes of embedded statics");
}

/// The shared libraries the binary names as needed (DT_NEEDED).
fn needed(elf: &[u8], sections: &[Section]) -> Vec<String> {
    const DYNAMIC: u64 = 6;
    const NEEDED: u64 = 1;
    let mut names = Vec::new();
    for dynamic in sections.iter().filter(|s| s.kind == DYNAMIC) {
        let strings = &sections[dynamic.link];
        for at in (dynamic.offset..dynamic.offset + dynamic.size).step_by(dynamic.entsize.max(1)) {
            if le(elf, at, 8) == NEEDED {
                let name_at = strings.offset + le(elf, at + 8, 8) as usize;
                let name = c_str(elf, name_at);
                names.push(String::from_utf8_lossy(name).into_owned());
            }
        }
    }
    names
}

/// Asserts that the built binary needs the C library (so its needs were
/// read) and no library whose name starts with `prefix`.
#[cfg(target_env = "gnu")]
fn assert_not_needed(prefix: &str) {
    let bin = assert_cmd::cargo::cargo_bin("jllm");
    let elf = std::fs::read(&bin).expect("read the binary");
    let needed = needed(&elf, &sections(&elf));
    assert!(
        needed.iter().any(|n| n.starts_with("libc.so")),
        "the needed libraries are read: {needed:?}"
    );
    assert!(
        !needed.iter().any(|n| n.starts_with(prefix)),
        "{} needs {needed:?}",
        bin.display()
    );
}

#[cfg(target_env = "gnu")]
#[test]
fn the_binary_does_not_need_the_c_math_library() {
    assert_not_needed("libm.so");
}

/// The unwinder is linked in (build.rs, `static_unwinder`): the loader
/// does not open `libgcc_s.so.1` at start-up.
#[cfg(all(target_env = "gnu", target_arch = "x86_64"))]
#[test]
fn the_binary_does_not_need_libgcc_s() {
    assert_not_needed("libgcc_s");
}
