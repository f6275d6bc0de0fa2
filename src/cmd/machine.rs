//! The machine flags `fit` and `recommend` share — `--vram SIZE|auto`,
//! `--gpu NAME`, `--ram SIZE|auto` — and what they resolve to: the memory
//! the estimate compares with, and the memory bandwidth a speed estimate
//! needs when it is known. What `auto` finds is said on stderr; a GPU name
//! is matched against the table like other values (exact, else the one
//! name it begins or is part of, else an error suggesting the nearest).

use anyhow::{anyhow, Result};

use crate::catalog::schema::Lang;
use crate::estimate::Machine;
use crate::hardware::{self, Gpu, Share};
use crate::i18n::{self, trf};
use crate::units;

#[derive(Debug, Clone, Default, clap::Args)]
pub struct MachineArgs {
    /// GPU memory (24GB, 8GiB, 12g; binary units: 1 GB = 1024³ bytes), or `auto`: every GPU nvidia-smi or rocm-smi lists (their total), or Apple unified memory's GPU share
    #[arg(long, value_name = "SIZE|auto", required_unless_present = "gpu")]
    pub vram: Option<String>,
    /// A GPU of the built-in table (rtx-4090, a100-80gb, h100-sxm, m4-max-128gb…): its memory, and its bandwidth for a speed estimate; with --vram, --vram's size is used and the GPU's bandwidth
    #[arg(long, value_name = "NAME")]
    pub gpu: Option<String>,
    /// System RAM for layers offloaded to the CPU, or `auto` (/proc/meminfo, sysctl hw.memsize) [default: no offload]
    #[arg(long, value_name = "SIZE|auto")]
    pub ram: Option<String>,
}

/// The machine the flags describe.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub machine: Machine,
    /// Memory bandwidth in GB/s, when a table row gives it.
    pub bandwidth_gb_s: Option<u64>,
}

impl MachineArgs {
    /// Reads the flags, running the detection `auto` asks for and saying
    /// on stderr what it found.
    pub fn resolve(&self, lang: Lang) -> Result<Resolved> {
        let gpu = self.gpu.as_deref().map(|n| find_gpu(n, lang)).transpose()?;
        let mut bandwidth_gb_s = gpu.and_then(|g| g.bandwidth_gb_s);
        let vram = match (self.vram.as_deref(), gpu) {
            (Some(v), _) if v.trim().eq_ignore_ascii_case("auto") => {
                let found = hardware::detect_vram().map_err(|why| {
                    anyhow!(trf(
                        lang,
                        "--vram auto: no GPU found ({0}); give its size, e.g. --vram 24GB, or --gpu NAME",
                        &[&why],
                    ))
                })?;
                crate::eline!("jllm: {}", describe(&found, lang));
                if gpu.is_none() {
                    bandwidth_gb_s = found.bandwidth_gb_s;
                }
                found.vram
            }
            (Some(v), _) => units::parse_bytes(v).map_err(|e| anyhow!("--vram: {e}"))?,
            (None, Some(g)) => g.memory_bytes(),
            (None, None) => {
                return Err(anyhow!(i18n::tr(
                    lang,
                    "give --vram SIZE, --vram auto or --gpu NAME"
                )))
            }
        };
        let ram = resolve_ram(self.ram.as_deref(), lang)?;
        Ok(Resolved {
            machine: Machine { vram, ram },
            bandwidth_gb_s,
        })
    }
}

/// `--ram SIZE|auto`: the size, or what `auto` found (said on stderr).
pub fn resolve_ram(ram: Option<&str>, lang: Lang) -> Result<Option<u64>> {
    match ram {
        Some(r) if r.trim().eq_ignore_ascii_case("auto") => {
            let (bytes, source) = hardware::detect_ram().map_err(|why| {
                anyhow!(trf(
                    lang,
                    "--ram auto: no RAM size found ({0}); give it, e.g. --ram 64GB",
                    &[&why],
                ))
            })?;
            crate::eline!(
                "jllm: {}",
                trf(
                    lang,
                    "--ram auto: {0} of RAM ({1})",
                    &[&units::format_gib_in(bytes, lang), &source],
                )
            );
            Ok(Some(bytes))
        }
        Some(r) => Ok(Some(
            units::parse_bytes(r).map_err(|e| anyhow!("--ram: {e}"))?,
        )),
        None => Ok(None),
    }
}

/// The table's GPU `name` names, or an error suggesting the nearest.
pub fn find_gpu(name: &str, lang: Lang) -> Result<&'static Gpu> {
    use crate::query::resolve::{find, Entry, Miss};
    let table = hardware::gpus();
    let entries: Vec<Entry> = table
        .iter()
        .map(|g| Entry::new(&g.id, &g.name, g.all_names().collect()))
        .collect();
    let unknown = trf(lang, "unknown GPU '{0}'", &[&crate::sanitize::line(name)]);
    match find(name, &entries) {
        Ok(ids) if ids.len() == 1 => table
            .iter()
            .find(|g| g.id == ids[0])
            .ok_or_else(|| anyhow!(unknown)),
        Ok(ids) => Err(anyhow!(trf(
            lang,
            "{0}; did you mean {1}?",
            &[&unknown, &ids.join(", ")]
        ))),
        Err(Miss::Many(_, labels)) => Err(anyhow!(trf(
            lang,
            "{0}; did you mean {1}?",
            &[&unknown, &labels.join(", ")]
        ))),
        Err(Miss::None(near)) if !near.is_empty() => Err(anyhow!(trf(
            lang,
            "{0}; did you mean {1}?",
            &[&unknown, &near.join(", ")]
        ))),
        Err(_) => Err(anyhow!(trf(
            lang,
            "{0}; known GPUs: {1}",
            &[
                &unknown,
                &table
                    .iter()
                    .map(|g| g.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ]
        ))),
    }
}

/// What `--vram auto` found, in one line for stderr.
pub(crate) fn describe(found: &hardware::Found, lang: Lang) -> String {
    let devices: Vec<String> = found
        .devices
        .iter()
        .map(|d| {
            format!(
                "{} ({})",
                crate::sanitize::line(&d.name),
                units::format_gib_in(d.memory, lang)
            )
        })
        .collect();
    let vram = units::format_gib_in(found.vram, lang);
    match found.unified {
        Some((total, share)) => {
            let how = match share {
                Share::WiredLimit => "iogpu.wired_limit_mb".to_string(),
                Share::Default => trf(
                    lang,
                    "{0}% of it, macOS's default GPU share",
                    &[&hardware::APPLE_GPU_SHARE_PERCENT],
                ),
            };
            trf(
                lang,
                "--vram auto: {0}, {1} of unified memory; the GPU may use {2} ({3})",
                &[
                    &devices.join(", "),
                    &units::format_gib_in(total, lang),
                    &vram,
                    &how,
                ],
            )
        }
        None if found.devices.len() == 1 => trf(
            lang,
            "--vram auto: {0} by {1}",
            &[&devices.join(", "), &found.tool],
        ),
        None => trf(
            lang,
            "--vram auto: {0} GPUs by {1}: {2}; {3} in total",
            &[
                &found.devices.len(),
                &found.tool,
                &devices.join(", "),
                &vram,
            ],
        ),
    }
}
