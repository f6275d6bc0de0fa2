//! jllm: answers questions about Japanese large language models from the
//! terminal. `main` stays tiny (as in ripgrep): it runs, prints errors as
//! `jllm: …`, and maps outcomes to exit codes — 0 results, 1 nothing found,
//! 2 usage or input error; output into a closed pipe ends quietly with 0.
//! On Linux with glibc the process starts in `start.rs`, which calls
//! [`run`]; elsewhere (and in the unit tests' harness) std's runtime does.

#![cfg_attr(all(target_os = "linux", target_env = "gnu", not(test)), no_main)]

use std::process::ExitCode;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod cmath;
#[cfg(all(target_os = "linux", target_env = "gnu", not(test)))]
mod start;

use jllm::sanitize;

#[cfg(any(test, not(all(target_os = "linux", target_env = "gnu"))))]
fn main() -> ExitCode {
    run()
}

/// Runs the command line and maps its outcome to an exit status.
fn run() -> ExitCode {
    match jllm::run() {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            jllm::eline!("jllm: {}", sanitize::line(&format!("{err:#}")));
            ExitCode::from(2)
        }
    }
}

/// Whether the error comes from writing into a closed pipe (`jllm list | head`).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            return io.kind() == std::io::ErrorKind::BrokenPipe;
        }
        if let Some(json) = cause.downcast_ref::<serde_json::Error>() {
            return json.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe);
        }
        false
    })
}
