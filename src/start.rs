//! The process entry on Linux with glibc: what std's runtime sets up before
//! a Rust `main`, less its one costly step.
//!
//! Before `main`, std's runtime reopens `/dev/null` on any of the
//! descriptors 0, 1 and 2 that is closed, ignores SIGPIPE (a write into a
//! closed pipe then fails with EPIPE, which jllm ends quietly on), and
//! finds the main thread's stack bounds, for the message it prints when
//! the stack overflows. That last step asks glibc's `pthread_getattr_np`,
//! which has the kernel format `/proc/self/maps` and parses it with
//! `sscanf`: a third of a hello world's instructions and about a tenth of
//! its time (docs/performance.md). jllm's recursion is bounded, so this
//! entry keeps the first two steps and leaves the third out: a stack
//! overflow, were one to happen, ends in SIGSEGV without std's line. After
//! `main`, it does what std does: flushes stdout and turns a panic into
//! exit status 101.

use std::ffi::{c_char, c_int};
use std::io::Write;
use std::process::ExitCode;

/// The C entry point, called by glibc's start-up code.
#[no_mangle]
pub extern "C" fn main(_argc: c_int, _argv: *const *const c_char) -> c_int {
    reopen_closed_standard_fds();
    // SAFETY: setting a signal's disposition to "ignore" runs no code of ours.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
    let status = std::panic::catch_unwind(crate::run).map_or(101, status);
    let _ = std::io::stdout().flush();
    status
}

/// The exit status `code` stands for: [`ExitCode`] shows its number only
/// by comparison (`ExitCode::from(u8)` makes every status there is).
fn status(code: ExitCode) -> c_int {
    (0..=u8::MAX)
        .find(|&n| ExitCode::from(n) == code)
        .map_or(1, c_int::from)
}

/// Opens `/dev/null` on each of descriptors 0, 1 and 2 that is closed, so
/// that no file jllm opens later takes its place (an answer written into
/// an update's archive). One `poll` answers for all three.
fn reopen_closed_standard_fds() {
    let mut fds = [0, 1, 2].map(|fd| libc::pollfd {
        fd,
        events: 0,
        revents: 0,
    });
    // SAFETY: `fds` is an array of three initialised pollfd.
    let polled = unsafe { libc::poll(fds.as_mut_ptr(), 3, 0) };
    for pollfd in &fds {
        let closed = if polled < 0 {
            // SAFETY: F_GETFD only reads the descriptor's flags.
            let flags = unsafe { libc::fcntl(pollfd.fd, libc::F_GETFD) };
            flags < 0
        } else {
            pollfd.revents & libc::POLLNVAL != 0
        };
        if closed {
            // SAFETY: a NUL-terminated path; the lowest free descriptor is
            // the closed one, as the loop goes up from 0.
            let fd = unsafe { libc::open(c"/dev/null".as_ptr(), libc::O_RDWR) };
            if fd < 0 {
                // As std: without its standard descriptors the process
                // cannot report anything.
                std::process::abort();
            }
        }
    }
}
