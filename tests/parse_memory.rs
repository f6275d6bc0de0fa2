//! The command-line parser frees what it builds when asked to: the binary
//! leaks clap's command tree on purpose (it exits right after parsing), but
//! a process that parses many command lines must not. Leaking it made the
//! `query` fuzz target hit libFuzzer's 2 GB limit after ~8,000 inputs (the
//! CI run of 2026-11-23). One test in its own process, so the resident size
//! measured is this loop's alone.

fn resident_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS in /proc/self/status")
}

#[test]
#[cfg(target_os = "linux")]
fn parsing_many_command_lines_does_not_grow_memory() {
    // A line the fast path parses and one it declines (an unknown flag goes
    // through the full tree for clap's own error).
    let lines = [
        "list\n--min-params\n7b\n--format\nids",
        "list\n--no-such-flag",
    ];
    for line in lines {
        jllm::fuzz::query(line); // warm-up: first-use allocations
    }
    let before = resident_kib();
    for _ in 0..300 {
        for line in lines {
            jllm::fuzz::query(line);
        }
    }
    let grown = resident_kib().saturating_sub(before);
    // Measured: leaking the trees grew it by 130 MiB (132,660 KiB); freed, by under 16 MiB.
    assert!(
        grown < 16 * 1024,
        "600 parses grew the resident size by {grown} KiB"
    );
}
