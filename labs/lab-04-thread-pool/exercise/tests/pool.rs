//! Grades exercise `04-pool` with the lab's own checks (`thread_pool::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 04-pool`, or
//! `cargo test -p lab-04-exercise --test pool -- --include-ignored`.

// The code under grading: yours, or (for `course verify` only) the lab's reference or
// its wrong-on-purpose pool that runs one job at a time.
#[cfg(all(feature = "verify-wrong", not(feature = "verify-reference")))]
use thread_pool::naive_pool::NaivePool as Subject;
#[cfg(feature = "verify-reference")]
use thread_pool::pool::ThreadPool as Subject;
#[cfg(not(any(feature = "verify-reference", feature = "verify-wrong")))]
use thread_pool_exercise::pool::ThreadPool as Subject;

use thread_pool::checks;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-pool`"]
fn all_30_000_tasks_run_exactly_once() {
    checks::all_30_000_tasks_run_exactly_once(Subject::new);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-pool`"]
fn w_tasks_run_in_parallel() {
    checks::w_tasks_run_in_parallel(Subject::new);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-pool`"]
fn a_panicking_task_does_not_kill_its_worker() {
    checks::a_panicking_task_does_not_kill_its_worker(Subject::new);
}
