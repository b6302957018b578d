//! Stopwatch helpers, and honesty about debug builds.
//!
//! A debug build can be 10-50x slower than release for tight loops; a report that
//! quotes nanoseconds from one must say so.

use std::time::Duration;

/// Nanoseconds per operation, for `ops` operations in `elapsed` (0 ops gives 0).
pub fn nanos_per_op(elapsed: Duration, ops: u64) -> f64 {
    if ops == 0 {
        0.0
    } else {
        elapsed.as_nanos() as f64 / ops as f64
    }
}

/// Milliseconds as a float, for tables and JSON.
pub fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// `"debug"` or `"release"`: the profile this binary was built with.
pub fn build_profile() -> &'static str {
    if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    }
}

/// The note a report prints under any timing taken from a debug build; `None` in release.
pub fn debug_build_note() -> Option<&'static str> {
    cfg!(debug_assertions).then_some(
        "note: timings are from a debug build; run with --release for real figures \
         (correctness verdicts hold either way; speed goals are judged in release builds only)",
    )
}
