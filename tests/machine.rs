//! `fit --vram auto`, `--ram auto` and `--gpu NAME` through the real
//! binary. The GPU tools are stubs put first on `PATH` (a shell script
//! standing for `nvidia-smi`), so the tests run on any machine; the GPU
//! table's figures are read from `src/gpus.toml` itself, and the speed
//! estimate is worked out by hand from the bandwidth and the parameters.

mod common;

use std::path::Path;

use common::{jllm, json};
use serde_json::Value;

const MIB: u64 = 1 << 20;

/// A directory holding an executable `nvidia-smi` that runs `body` (sh).
fn stub(body: &str) -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("nvidia-smi");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write stub");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    dir
}

/// `jllm ARGS` with only `dir` on PATH: stdout, stderr, exit code.
fn run_with_path(dir: &Path, args: &[&str]) -> (String, String, Option<i32>) {
    let out = jllm()
        .env("PATH", dir)
        .args(args)
        .output()
        .expect("run jllm");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

fn by_hf<'a>(rows: &'a Value, hf: &str) -> &'a Value {
    rows.as_array()
        .and_then(|a| a.iter().find(|r| r["hf"] == hf))
        .unwrap_or_else(|| panic!("{hf} listed"))
}

/// One GPU: its memory is `--vram`, said on stderr, and the table's row of
/// that name lends its bandwidth (RTX 4090: 24 GB, 1008 GB/s in
/// src/gpus.toml; nvidia-smi reports 24564 MiB).
#[test]
fn vram_auto_reads_one_gpu_from_nvidia_smi() {
    let dir = stub(r#"echo "NVIDIA GeForce RTX 4090, 24564""#);
    let (out, err, code) = run_with_path(dir.path(), &["fit", "--vram", "auto", "--json"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        err.trim_end(),
        "jllm: --vram auto: NVIDIA GeForce RTX 4090 (24.0 GiB) by nvidia-smi"
    );
    let auto: Value = serde_json::from_str(&out).expect("JSON");
    let given = json(&["fit", "--vram", &format!("{}MiB", 24564), "--json"]);
    let strip = |rows: &Value| -> Vec<(Value, Value, Value)> {
        rows.as_array()
            .expect("array")
            .iter()
            .map(|r| (r["hf"].clone(), r["quant"].clone(), r["verdict"].clone()))
            .collect()
    };
    assert_eq!(strip(&auto), strip(&given));
    // Llama 3.1 Swallow 8B (list line 162: 8B) at f16: 16e9 bytes a token;
    // 1008e9 / 16e9 = 63 tokens a second.
    let r = by_hf(&auto, "tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3");
    assert_eq!(
        (r["quant"].as_str(), r["verdict"].as_str()),
        (Some("f16"), Some("gpu"))
    );
    assert_eq!(r["tokens_per_s"].as_f64(), Some(63.0));
    // Given as a size, the bandwidth is not known: no speed.
    let r = by_hf(&given, "tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3");
    assert!(r["tokens_per_s"].is_null());
}

/// Two GPUs: their total is `--vram`, each is said on stderr.
#[test]
fn vram_auto_adds_every_gpu() {
    let dir = stub(
        r#"echo "NVIDIA GeForce RTX 4090, 24564"
echo "NVIDIA GeForce RTX 4090, 24564""#,
    );
    let (out, err, code) = run_with_path(dir.path(), &["fit", "--vram", "auto", "--json"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        err.trim_end(),
        "jllm: --vram auto: 2 GPUs by nvidia-smi: NVIDIA GeForce RTX 4090 (24.0 GiB), NVIDIA GeForce RTX 4090 (24.0 GiB); 48.0 GiB in total"
    );
    let auto: Value = serde_json::from_str(&out).expect("JSON");
    let given = json(&["fit", "--vram", &format!("{}MiB", 2 * 24564), "--json"]);
    let totals = |rows: &Value| -> Vec<(Value, Value)> {
        rows.as_array()
            .expect("array")
            .iter()
            .map(|r| (r["hf"].clone(), r["total_bytes"].clone()))
            .collect()
    };
    assert_eq!(totals(&auto), totals(&given));
    // Swallow 70B (list line 133: 70b) fits 2 × 24564 MiB at q4_k_m:
    // 70e9 × 0.5625 + 70e9 × 4096 / 65536 + 1 GiB = 44,823,741,824
    // ≤ 0.9 × 49128 MiB = 46,363,439,923; q5_k_m (0.6875) does not.
    let r = by_hf(&auto, "tokyotech-llm/Swallow-70b-instruct-hf");
    assert_eq!(r["quant"], "q4_k_m");
    assert_eq!(r["total_bytes"], 44_823_741_824u64);
    const { assert!(44_823_741_824u64 <= 2 * 24564 * MIB * 9 / 10) };
}

/// A failing nvidia-smi (no driver) and no rocm-smi: one line naming both,
/// exit 2, nothing on stdout.
#[test]
fn vram_auto_fails_in_one_line_when_the_tool_fails() {
    let dir = stub(
        r#"echo "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver." >&2
exit 9"#,
    );
    let (out, err, code) = run_with_path(dir.path(), &["fit", "--vram", "auto"]);
    assert_eq!(code, Some(2));
    assert_eq!(out, "");
    assert_eq!(
        err.trim_end(),
        "jllm: --vram auto: no GPU found (nvidia-smi: failed (NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.); rocm-smi: not found); give its size, e.g. --vram 24GB, or --gpu NAME"
    );
}

/// No tool at all: one line, exit 2.
#[test]
fn vram_auto_fails_in_one_line_when_nothing_is_found() {
    let empty = tempfile::tempdir().expect("temp dir");
    let (out, err, code) = run_with_path(empty.path(), &["fit", "--vram", "auto"]);
    assert_eq!(code, Some(2));
    assert_eq!(out, "");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(
            "jllm: --vram auto: no GPU found (nvidia-smi: not found; rocm-smi: not found)"
        ),
        "{err}"
    );
    // A tool that lists no GPU is "nothing found" too.
    let dir = stub(r#"echo "No devices were found""#);
    let (_, err, code) = run_with_path(dir.path(), &["fit", "--vram", "auto"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("nvidia-smi: no GPU listed"), "{err}");
}

/// `--ram auto` reads MemTotal from /proc/meminfo (kB, which are KiB).
#[test]
fn ram_auto_reads_meminfo() {
    let meminfo = std::fs::read_to_string("/proc/meminfo").expect("/proc/meminfo");
    let kib: u64 = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .expect("MemTotal");
    let out = jllm()
        .args(["fit", "--vram", "8GB", "--ram", "auto", "--json"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let gib = format!("{:.1} GiB", (kib * 1024) as f64 / f64::from(1u32 << 30));
    assert_eq!(
        err.trim_end(),
        format!("jllm: --ram auto: {gib} of RAM (/proc/meminfo)")
    );
    let auto: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let given = json(&[
        "fit",
        "--vram",
        "8GB",
        "--ram",
        &format!("{kib}KiB"),
        "--json",
    ]);
    assert_eq!(auto, given);
}

/// The rows of src/gpus.toml: (id, memory a model may use in GB,
/// bandwidth_gb_s): an Apple row's (`unified`) memory is the GPU's 75%
/// share of it (src/hardware.rs, APPLE_GPU_SHARE_PERCENT).
fn table() -> Vec<(String, f64, u64)> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/gpus.toml"))
        .expect("src/gpus.toml");
    let doc: toml::Table = text.parse().expect("TOML");
    doc["gpu"]
        .as_array()
        .expect("[[gpu]]")
        .iter()
        .map(|g| {
            (
                g["id"].as_str().expect("id").to_string(),
                g["memory_gb"].as_integer().expect("memory") as f64
                    * if g.get("unified").and_then(toml::Value::as_bool) == Some(true) {
                        0.75
                    } else {
                        1.0
                    },
                g["bandwidth_gb_s"].as_integer().expect("bandwidth") as u64,
            )
        })
        .collect()
}

/// Every GPU of the table gives `fit` its memory and its bandwidth: the
/// footer states both, and the rows are those of `--vram` at that size.
#[test]
fn gpu_values_are_the_tables() {
    let rows = table();
    assert!(rows.len() >= 20);
    for (id, gb, bw) in &rows {
        let out = jllm()
            .args(["fit", "--gpu", id, "--limit", "1"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{id}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains(&format!("of {gb}.0 GiB VRAM")),
            "{id}: {text}"
        );
        assert!(
            text.contains(&format!("Speed: an upper bound, {bw} GB/s")),
            "{id}: {text}"
        );
    }
    // The same rows as --vram of that size (A100 80GB: 80 GB).
    let (_, gb, bw) = rows.iter().find(|r| r.0 == "a100-80gb").expect("a100-80gb");
    let gpu = json(&["fit", "--gpu", "a100-80gb", "--json"]);
    let vram = json(&["fit", "--vram", &format!("{gb}GB"), "--json"]);
    assert_eq!(*gb, 80.0);
    assert_eq!(gpu.as_array().map(Vec::len), vram.as_array().map(Vec::len));
    // Speeds are bandwidth ÷ weight bytes: f16 8B at 2039 GB/s.
    let r = by_hf(&gpu, "tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3");
    assert_eq!(r["tokens_per_s"].as_f64(), Some(*bw as f64 * 1e9 / 16e9));
}

/// Names match as other values do: the id, the vendor's name, a unique
/// beginning; a partial name matching several is an error suggesting them
/// (exit 2), never one of them used in its place.
#[test]
fn gpu_names_match_or_suggest() {
    for name in ["rtx-4090", "NVIDIA GeForce RTX 4090", "RTX 4090", "rtx4090"] {
        let out = jllm()
            .args(["fit", "--gpu", name, "--limit", "1"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{name}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("1008 GB/s"),
            "{name}"
        );
    }
    let out = jllm().args(["fit", "--gpu", "h10"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end(),
        "jllm: unknown GPU 'h10'; did you mean h100-sxm (NVIDIA H100 SXM), h100-pcie (NVIDIA H100 PCIe)?"
    );
    let out = jllm()
        .args(["fit", "--gpu", "rtx 9999"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    // Nothing near: every id of the table is listed.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("jllm: unknown GPU 'rtx 9999'; known GPUs: "),
        "{err}"
    );
    for (id, _, _) in table() {
        assert!(err.contains(&id), "{id}: {err}");
    }
    // Neither --vram nor --gpu: a usage error.
    let out = jllm().args(["fit"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
}

/// The speed estimate on two cases worked out by hand.
/// Dense: Llama 3.1 Swallow 8B (list line 162: 8B) at f16 on an RTX 4090
/// (1008 GB/s): 8e9 × 2 bytes = 16e9 bytes a token; 1008e9 / 16e9 = 63.
/// MoE: Rakuten AI 2.0 8x7B instruct (catalog/sizes.toml: 46.7B total,
/// 12.9B active, Mixtral's layout) at q8_0 (1.0625 bytes) on an H100 SXM
/// (3350 GB/s): 12.9e9 × 1.0625 = 13,706,250,000 bytes a token;
/// 3350e9 / 13,706,250,000 = 244.414…; the total (46.7B) would give 67.5.
#[test]
fn speed_estimate_by_hand() {
    let rows = json(&["fit", "--gpu", "rtx-4090", "--json"]);
    let r = by_hf(&rows, "tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3");
    assert_eq!(r["quant"], "f16");
    assert_eq!(r["tokens_per_s"].as_f64(), Some(63.0));
    let rows = json(&["fit", "--gpu", "h100-sxm", "--json"]);
    let r = by_hf(&rows, "Rakuten/RakutenAI-2.0-8x7B-instruct");
    assert_eq!(r["active_params"], 12_900_000_000u64);
    assert_eq!(r["quant"], "q8_0");
    let speed = r["tokens_per_s"].as_f64().expect("a speed");
    assert!((speed - 3350e9 / 13_706_250_000.0).abs() < 1e-9, "{speed}");
    assert!((244.41..244.42).contains(&speed), "{speed}");
    // The table shows it as an upper bound, whole tokens a second.
    let out = jllm()
        .args([
            "fit",
            "--gpu",
            "h100-sxm",
            "--format",
            "tsv",
            "--columns",
            "checkpoint,quant,speed",
        ])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines()
            .any(|l| l == "Rakuten/RakutenAI-2.0-8x7B-instruct\tq8_0\t≤ 244 tok/s"),
        "{text}"
    );
    // Offloaded rows get no speed: the bandwidth is the GPU's only.
    let rows = json(&["fit", "--gpu", "rtx-4090", "--ram", "64GB", "--json"]);
    let r = by_hf(&rows, "tokyotech-llm/Swallow-70b-instruct-hf");
    assert_eq!(r["verdict"], "offload");
    assert!(r["tokens_per_s"].is_null());
}
