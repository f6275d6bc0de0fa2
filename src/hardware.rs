//! The machine's memory: the curated table of common GPUs (`src/gpus.toml`,
//! embedded in the binary and parsed only by the commands that read it),
//! and what `--vram auto` and `--ram auto` find — NVIDIA GPUs through
//! `nvidia-smi`, AMD GPUs through `rocm-smi`, Apple unified memory through
//! `sysctl`, RAM from `/proc/meminfo` or `sysctl`. Parsing is kept apart
//! from running the tools so the unit tests can feed it their outputs.

use std::process::Command;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::catalog::index::norm;

/// One GPU of the table, as `src/gpus.toml` states it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Gpu {
    pub id: String,
    pub name: String,
    /// Other names `--gpu` and nvidia-smi's names match.
    #[serde(default)]
    pub names: Vec<String>,
    /// Memory in the vendor's GB, read as GiB (as `--vram 24GB` is).
    pub memory_gb: u64,
    /// Peak memory bandwidth in GB/s (10⁹ bytes a second); None where the
    /// source does not state it.
    #[serde(default)]
    pub bandwidth_gb_s: Option<u64>,
    /// Apple unified memory, shared with the CPU.
    #[serde(default)]
    pub unified: bool,
    /// The page the figures come from.
    pub source: String,
}

impl Gpu {
    /// The memory a model may use, in bytes (binary units): all of a
    /// GPU's own, or the GPU's default share of unified memory.
    pub fn memory_bytes(&self) -> u64 {
        let all = self.memory_gb.saturating_mul(1 << 30);
        if self.unified {
            all / 100 * APPLE_GPU_SHARE_PERCENT
        } else {
            all
        }
    }

    /// Every name the GPU answers to: its id, its name, its other names.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        [self.id.as_str(), self.name.as_str()]
            .into_iter()
            .chain(self.names.iter().map(String::as_str))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    gpu: Vec<Gpu>,
}

const GPUS_TOML: &str = include_str!("gpus.toml");

/// The GPU table (parsed once, on first use).
pub fn gpus() -> &'static [Gpu] {
    static TABLE: OnceLock<Vec<Gpu>> = OnceLock::new();
    TABLE.get_or_init(|| {
        // The file is part of the binary and a unit test parses it: a
        // failure here cannot come from input.
        toml::from_str::<Table>(GPUS_TOML)
            .map(|t| t.gpu)
            .unwrap_or_default()
    })
}

/// The table's GPU whose id, name or other name is `name` once spaces,
/// dashes and case are set aside (no prefix or partial match: a detected
/// GPU borrows a bandwidth only from its own row).
pub fn gpu_named(name: &str) -> Option<&'static Gpu> {
    let n = norm(name);
    gpus().iter().find(|g| g.all_names().any(|x| norm(x) == n))
}

/// One GPU a tool reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub name: String,
    pub memory: u64,
}

/// What `--vram auto` found.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The tool that answered (`nvidia-smi`, `rocm-smi`, `sysctl`).
    pub tool: &'static str,
    pub devices: Vec<Device>,
    /// The memory a model may use in all: the devices' sum, or for Apple
    /// unified memory the GPU's share of it.
    pub vram: u64,
    /// Apple unified memory: the whole memory and how the GPU's share was
    /// read.
    pub unified: Option<(u64, Share)>,
    /// The bandwidth of one device when every device is the same row of
    /// the table (layers split across GPUs are read one GPU after the
    /// other, so the speed is one device's).
    pub bandwidth_gb_s: Option<u64>,
}

/// How much of Apple's unified memory the GPU may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    /// `sysctl iogpu.wired_limit_mb`, set by the user.
    WiredLimit,
    /// [`APPLE_GPU_SHARE_PERCENT`] of the memory.
    Default,
}

/// The share of unified memory macOS lets the GPU use by default
/// (Metal's `recommendedMaxWorkingSetSize`), in percent: 75%, as GPUStack
/// reads it (github.com/gpustack/gpustack/issues/1375); llmfit measured
/// 11.84 GB of 16 GB on an M3 (github.com/AlexsJones/llmfit/pull/754). Macs
/// with 128 GB were measured higher (107.52 GiB, github.com/antirez/ds4
/// pull 893), so this is on the safe side there.
pub const APPLE_GPU_SHARE_PERCENT: u64 = 75;

/// Parses `nvidia-smi --query-gpu=name,memory.total --format=csv,noheader,nounits`:
/// one line per GPU, `NAME, MiB`. Lines that do not read so are skipped.
pub fn parse_nvidia_smi(out: &str) -> Vec<Device> {
    out.lines()
        .filter_map(|l| {
            let (name, mib) = l.rsplit_once(',')?;
            let mib: u64 = mib.trim().parse().ok()?;
            let name = name.trim();
            (!name.is_empty() && mib > 0).then(|| Device {
                name: name.to_string(),
                memory: mib.saturating_mul(1 << 20),
            })
        })
        .collect()
}

/// Parses `rocm-smi --showmeminfo vram --csv`: a header, then one line per
/// card, `card0,TOTAL_BYTES,USED_BYTES`; the total column is found by its
/// header.
pub fn parse_rocm_smi(out: &str) -> Vec<Device> {
    let mut lines = out.lines().filter(|l| l.contains(','));
    let Some(header) = lines.next() else {
        return Vec::new();
    };
    let Some(col) = header
        .split(',')
        .position(|h| h.contains("Total Memory") && !h.contains("Used"))
    else {
        return Vec::new();
    };
    lines
        .filter_map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            let bytes: u64 = cells.get(col)?.trim().parse().ok()?;
            (bytes > 0).then(|| Device {
                name: format!("AMD GPU ({})", cells.first().map_or("", |c| c.trim())),
                memory: bytes,
            })
        })
        .collect()
}

/// `MemTotal` of `/proc/meminfo`, in bytes (the file gives kB, which are KiB).
pub fn parse_meminfo(text: &str) -> Option<u64> {
    let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: u64 = line
        .trim_start_matches("MemTotal:")
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    Some(kib.saturating_mul(1024))
}

/// The GPUs found in `devices` as one machine.
fn found(tool: &'static str, devices: Vec<Device>) -> Found {
    let vram = devices.iter().map(|d| d.memory).sum();
    // A device borrows the table's bandwidth only when it is that row and
    // its memory is the row's (within 10%: tools report a little less).
    let rows: Vec<Option<&Gpu>> = devices
        .iter()
        .map(|d| {
            gpu_named(&d.name).filter(|g| {
                let m = g.memory_bytes();
                d.memory <= m.saturating_add(m / 10) && d.memory >= m - m / 10
            })
        })
        .collect();
    let bandwidth_gb_s = match rows.first() {
        Some(Some(first)) if rows.iter().all(|r| r.is_some_and(|g| g.id == first.id)) => {
            first.bandwidth_gb_s
        }
        _ => None,
    };
    Found {
        tool,
        devices,
        vram,
        unified: None,
        bandwidth_gb_s,
    }
}

/// What a tool printed, or why it gave nothing: not installed, failed
/// (its first line of error), or printed nothing readable.
fn run(tool: &str, args: &[&str]) -> Result<String, String> {
    match Command::new(tool).args(args).output() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!("{tool}: not found")),
        Err(e) => Err(format!("{tool}: {e}")),
        Ok(o) if !o.status.success() => {
            let text = String::from_utf8_lossy(&o.stderr).to_string()
                + &String::from_utf8_lossy(&o.stdout);
            let first = text.lines().map(str::trim).find(|l| !l.is_empty());
            Err(match first {
                Some(line) => format!("{tool}: failed ({})", crate::sanitize::line(line)),
                None => format!("{tool}: failed ({})", o.status),
            })
        }
        Ok(o) => Ok(String::from_utf8_lossy(&o.stdout).into_owned()),
    }
}

/// The GPUs of this machine, or why none was found (each tool tried, one
/// line).
pub fn detect_vram() -> Result<Found, String> {
    let mut tried = Vec::new();
    match run(
        "nvidia-smi",
        &[
            "--query-gpu=name,memory.total",
            "--format=csv,noheader,nounits",
        ],
    ) {
        Ok(out) => {
            let devices = parse_nvidia_smi(&out);
            if !devices.is_empty() {
                return Ok(found("nvidia-smi", devices));
            }
            tried.push("nvidia-smi: no GPU listed".to_string());
        }
        Err(why) => tried.push(why),
    }
    match run("rocm-smi", &["--showmeminfo", "vram", "--csv"]) {
        Ok(out) => {
            let devices = parse_rocm_smi(&out);
            if !devices.is_empty() {
                return Ok(found("rocm-smi", devices));
            }
            tried.push("rocm-smi: no GPU listed".to_string());
        }
        Err(why) => tried.push(why),
    }
    if cfg!(target_os = "macos") {
        match apple_unified() {
            Ok(f) => return Ok(f),
            Err(why) => tried.push(why),
        }
    }
    Err(tried.join("; "))
}

/// Apple silicon: the unified memory (`sysctl -n hw.memsize`) and the
/// GPU's share of it: `iogpu.wired_limit_mb` when the user set it, else
/// [`APPLE_GPU_SHARE_PERCENT`].
fn apple_unified() -> Result<Found, String> {
    let total: u64 = run("sysctl", &["-n", "hw.memsize"])?
        .trim()
        .parse()
        .map_err(|_| "sysctl hw.memsize: not a number".to_string())?;
    let wired: Option<u64> = run("sysctl", &["-n", "iogpu.wired_limit_mb"])
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .filter(|&mb| mb > 0);
    let (vram, share) = match wired {
        Some(mb) => (mb.saturating_mul(1 << 20).min(total), Share::WiredLimit),
        None => (
            u64::try_from(u128::from(total) * u128::from(APPLE_GPU_SHARE_PERCENT) / 100)
                .unwrap_or(u64::MAX),
            Share::Default,
        ),
    };
    let name = run("sysctl", &["-n", "machdep.cpu.brand_string"])
        .map(|s| s.trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "Apple GPU".to_string());
    Ok(Found {
        tool: "sysctl",
        devices: vec![Device {
            name,
            memory: total,
        }],
        vram,
        unified: Some((total, share)),
        bandwidth_gb_s: None,
    })
}

/// The machine's RAM, with where it was read, or why it could not be.
pub fn detect_ram() -> Result<(u64, &'static str), String> {
    match std::fs::read_to_string("/proc/meminfo") {
        Ok(text) => parse_meminfo(&text)
            .map(|b| (b, "/proc/meminfo"))
            .ok_or_else(|| "/proc/meminfo: no MemTotal".to_string()),
        Err(_) => run("sysctl", &["-n", "hw.memsize"])?
            .trim()
            .parse()
            .map(|b| (b, "sysctl hw.memsize"))
            .map_err(|_| "sysctl hw.memsize: not a number".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of the table: unique names, a source, figures in range.
    #[test]
    fn the_gpu_table_is_valid() {
        let table: Table = toml::from_str(GPUS_TOML).expect("src/gpus.toml parses");
        assert!(table.gpu.len() >= 20, "{}", table.gpu.len());
        assert_eq!(gpus(), table.gpu.as_slice());
        let mut owners = std::collections::HashMap::new();
        for g in &table.gpu {
            for n in g.all_names() {
                if let Some(other) = owners.insert(norm(n), g.id.clone()) {
                    assert_eq!(other, g.id, "'{n}' names two GPUs");
                }
            }
            assert!(g.source.starts_with("https://"), "{}", g.id);
            assert!((4..=512).contains(&g.memory_gb), "{}", g.id);
            let bw = g.bandwidth_gb_s.expect("every row states a bandwidth");
            assert!((50..=10_000).contains(&bw), "{}", g.id);
        }
        for want in [
            "rtx-3060-12gb",
            "rtx-5090",
            "a100-40gb",
            "a100-80gb",
            "h100-sxm",
            "h200",
            "l4",
            "l40s",
            "mi300x",
            "m4-max-128gb",
        ] {
            assert!(table.gpu.iter().any(|g| g.id == want), "{want}");
        }
    }

    #[test]
    fn reads_nvidia_smi() {
        let one = parse_nvidia_smi("NVIDIA GeForce RTX 4090, 24564\n");
        assert_eq!(
            one,
            [Device {
                name: "NVIDIA GeForce RTX 4090".into(),
                memory: 24564 << 20
            }]
        );
        let f = found("nvidia-smi", one);
        assert_eq!(f.bandwidth_gb_s, Some(1008));
        let two = parse_nvidia_smi("NVIDIA A100-SXM4-80GB, 81920\nNVIDIA L4, 23034\n\n");
        assert_eq!(two.len(), 2);
        let f = found("nvidia-smi", two);
        assert_eq!(f.vram, (81920 + 23034) << 20);
        // Two different GPUs: no one bandwidth.
        assert_eq!(f.bandwidth_gb_s, None);
        assert!(parse_nvidia_smi("No devices were found\n").is_empty());
        assert!(parse_nvidia_smi("GPU, [N/A]\n").is_empty());
    }

    #[test]
    fn reads_rocm_smi_and_meminfo() {
        let out = "device,VRAM Total Memory (B),VRAM Total Used Memory (B)\ncard0,206141652992,283873280\n";
        let d = parse_rocm_smi(out);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].memory, 206_141_652_992);
        assert!(parse_rocm_smi("").is_empty());
        let mem = "MemTotal:       65856364 kB\nMemFree:         1000 kB\n";
        assert_eq!(parse_meminfo(mem), Some(65_856_364 * 1024));
        assert_eq!(parse_meminfo("MemFree: 1 kB\n"), None);
    }
}
