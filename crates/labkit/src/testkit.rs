//! Helpers for the labs' tests and grading checks: run a lab's binary and check its
//! contract; meet at a rendezvous; give up after a time limit instead of hanging.
//!
//! Every runner promises `--json` on success and exit code 2 with one sentence on bad
//! input; these two checks are the same in every lab, so they live here once.
//!
//! `testkit/meeting.rs`: where a check meets its threads; `testkit/patience.rs`: a time
//! limit instead of a hang; `testkit/running_server.rs`: a runner started as a server.

pub mod traced;
pub mod traced_server;

mod graded;
mod meeting;
mod patience;
mod running_server;
pub use meeting::*;
pub use patience::*;
pub use running_server::*;

use std::process::Command;
use std::time::Duration;

/// Run `exe` with `args`, assert it succeeded, and parse its stdout as JSON.
///
/// Panics (failing the calling test) with the runner's stderr if it failed.
pub fn run_json(exe: &str, args: &[&str]) -> serde_json::Value {
    let out = Command::new(exe)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("could not run {exe}: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{exe} {args:?} failed: {stderr}");
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{exe} {args:?} printed no JSON ({e}); stderr: {stderr}"))
}

/// Run `exe` with bad `args`, assert exit code 2, and return its stderr.
pub fn run_usage_error(exe: &str, args: &[&str]) -> String {
    let out = Command::new(exe)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("could not run {exe}: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{exe} {args:?} should exit 2; stderr: {stderr}"
    );
    stderr
}

/// How long a test or a grading check waits for anything before it fails.
pub const TEST_TIMEOUT: Duration = Duration::from_secs(10);
