//! The scaling tests' measure: a cost is linear when 10x the input takes at
//! most ~12x the time on the same run (the rule; 2x of slack for a
//! shared machine, where quadratic costs show as ~100x). Each size is timed
//! three times and the fastest run kept, in CPU time where it can be
//! ([`cpu_time`]), so another process's burst on the shared cores does not
//! decide the verdict.

use std::time::Duration;

/// Asserts that `run` (the time for an input of size n) scales linearly:
/// 10n within 12x of n (plus 5 ms of timer and scheduler noise), each the
/// fastest of three runs. Up to three rounds are tried, since a burst of
/// load on the shared cores can slow one size alone; a quadratic cost
/// (~100x) fails them all.
pub fn assert_linear(what: &str, n: usize, mut run: impl FnMut(usize) -> Duration) {
    let mut best = |n: usize| (0..3).map(|_| run(n)).min().unwrap_or_default();
    let mut seen = Vec::new();
    for _ in 0..3 {
        let (small, large) = (best(n), best(10 * n));
        if large <= small * 12 + Duration::from_millis(5) {
            return;
        }
        seen.push(format!("{small:?} → {large:?}"));
    }
    panic!("{what}: 10x the input took more than 12x the time: {seen:?}");
}

/// The CPU time this thread spends in `f`: unlike the wall clock, it does
/// not count the time other processes on the shared cores take.
pub fn cpu_time(f: impl FnOnce()) -> Duration {
    let now = || {
        let mut t = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime fills the timespec it is given.
        unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
        Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
    };
    let start = now();
    f();
    now().saturating_sub(start)
}
