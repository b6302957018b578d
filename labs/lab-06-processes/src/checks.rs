//! The lab's outcome checks for getting results back from threads.
//!
//! One check, two callers: the lab's tests run them on [`crate::results`], and the
//! exercise (`labs/lab-06-processes/exercise`) runs them on a student's code. Each check
//! panics with a sentence in the student's words when the expectation fails.
//!
//! By exercise: `checks/results.rs` (06-results), `checks/scope.rs` (06-scope) and
//! `checks/parallel_map.rs` (06-parallel-map). This file holds what they share.

use crate::results::Task;
use labkit::panics::panic_message;
use labkit::testkit::Gate;
use std::time::Duration;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// How long a task waits for the others (to meet, or to finish first): well inside
/// [`TIME_LIMIT`], so a check's own sentence is the one a student reads.
pub const PATIENCE: Duration = Duration::from_millis(500);

const HANG: &str = "does a join wait for a thread that never ends?";

/// Runs tasks on threads and gives back their results: `results::run_all`, or a student's.
pub type RunAll = fn(Vec<Task>) -> Vec<Result<u64, String>>;

/// Sums a slice on scoped threads: `results::sum_in_parallel`, or a student's.
pub type SumInParallel = fn(&[u64], usize, &(dyn Fn(&[u64]) -> u64 + Sync)) -> Result<u64, String>;

/// Results in words, without `Ok(..)` and `Err(..)` for a student to decode.
fn described(results: &[Result<u64, String>]) -> String {
    results.iter().map(one).collect::<Vec<_>>().join(", ")
}

fn one(result: &Result<u64, String>) -> String {
    match result {
        Ok(value) => value.to_string(),
        Err(message) => format!("an error saying \"{message}\""),
    }
}

/// A panic's message in words: std's text for `unwrap()` on a failed join shows Rust's
/// debug output (`Err` value: Any { .. }), which says nothing to a student.
fn panic_in_words(panic: &(dyn std::any::Any + Send)) -> String {
    let message = panic_message(panic);
    if message.starts_with("called `Result::unwrap()` on an `Err` value") {
        "an unwrap() of a join whose thread had panicked".into()
    } else {
        message
    }
}

/// Opens its gate when dropped: when its task returns, and when it panics.
struct OpensWhenDone(Gate);

impl Drop for OpensWhenDone {
    fn drop(&mut self) {
        self.0.open();
    }
}

/// Makes items that run at once finish last to first: item `i` waits (up to
/// [`PATIENCE`]) for item `i + 1` to finish before it goes on.
#[derive(Clone)]
struct LastToFirst(Vec<Gate>);

impl LastToFirst {
    fn new(items: usize) -> Self {
        Self((0..items).map(|_| Gate::new()).collect())
    }

    /// Wait for the item after `i`; the guard that says `i` is done, when it drops
    /// (whether item `i` returns or panics).
    fn hold(&self, i: usize) -> OpensWhenDone {
        let mine = OpensWhenDone(self.0[i].clone());
        if let Some(next) = self.0.get(i + 1) {
            next.wait_for(PATIENCE);
        }
        mine
    }
}

mod parallel_map;
mod results;
mod scope;
pub use parallel_map::*;
pub use results::*;
pub use scope::*;
