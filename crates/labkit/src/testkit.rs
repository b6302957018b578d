//! Helpers for the labs' tests and grading checks: run a lab's binary and check its
//! contract; meet at a rendezvous; give up after a time limit instead of hanging.
//!
//! Every runner promises `--json` on success and exit code 2 with one sentence on bad
//! input; these two checks are the same in every lab, so they live here once.

use std::process::Command;
use std::sync::{Arc, Condvar, Mutex, PoisonError, mpsc};
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

/// A meeting point for `parties` threads, with a timeout, so code that runs them one at
/// a time fails the check instead of hanging it.
#[derive(Clone, Debug)]
pub struct Rendezvous {
    parties: usize,
    state: Arc<(Mutex<usize>, Condvar)>,
}

impl Rendezvous {
    /// A rendezvous for `parties` threads.
    pub fn new(parties: usize) -> Self {
        Self {
            parties,
            state: Arc::new((Mutex::new(0), Condvar::new())),
        }
    }

    /// Arrive and wait up to `patience` for the others: true if all of them came.
    pub fn wait_for(&self, patience: Duration) -> bool {
        let (count, all_here) = &*self.state;
        let mut arrived = count.lock().unwrap_or_else(PoisonError::into_inner);
        *arrived += 1;
        all_here.notify_all();
        let (arrived, _) = all_here
            .wait_timeout_while(arrived, patience, |n| *n < self.parties)
            .unwrap_or_else(PoisonError::into_inner);
        *arrived >= self.parties
    }

    /// Arrive and wait up to [`TEST_TIMEOUT`] for the others.
    pub fn wait(&self) -> bool {
        self.wait_for(TEST_TIMEOUT)
    }
}

/// Run `body` on its own thread and give up after `limit`, failing with
/// "timed out after N s: `why`". A deadlock in the code under test then fails the
/// check with a sentence instead of hanging the test run. A panic in `body` is passed
/// on unchanged, so its message is the one the test reports.
pub fn within<T: Send + 'static>(
    limit: Duration,
    why: &str,
    body: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (done, result) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(body));
        let _ = done.send(outcome);
    });
    match result.recv_timeout(limit) {
        Ok(Ok(value)) => {
            let _ = worker.join();
            value
        }
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        // The stuck thread is left behind: the test process ends soon after.
        Err(_) => panic!("timed out after {} s: {why}", limit.as_secs()),
    }
}
