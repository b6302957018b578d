//! Grades exercise `04-pool` with the lab's own checks (`thread_pool::checks`), in the
//! lesson's order: bounded, joined, exact, parallel, and surviving a panic.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 04-pool`, or
//! `cargo test -p lab-04-exercise --test pool -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(pool, "../.verify/pool.rs", thread_pool_exercise::pool);

use pool::ThreadPool as Subject;
use thread_pool::checks;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-pool`"]
fn never_more_than_w_tasks_run_at_once() {
    checks::never_more_than_w_tasks_run_at_once(Subject::new);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-pool`"]
fn drop_waits_for_a_running_task() {
    checks::drop_waits_for_a_running_task(Subject::new);
}

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
