//! Grades challenge `04-backpressure` with the lab's own checks (`thread_pool::checks`):
//! the backpressure first, then everything `04-pool` proves.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 04-backpressure`, or
//! `cargo test -p lab-04-exercise --test backpressure -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    backpressure,
    "../.verify/backpressure.rs",
    thread_pool_exercise::backpressure
);

use backpressure::BackpressurePool as Subject;
use thread_pool::checks;

/// The pool checks give no queue bound: room for three jobs a worker, so the checks
/// that hold tasks at a gate can queue all of theirs.
fn with_room(workers: usize) -> std::io::Result<Subject> {
    Subject::new(workers, 3 * workers)
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-backpressure`"]
fn submitters_wait_while_the_queue_is_full() {
    checks::submitters_wait_while_the_queue_is_full(Subject::new);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-backpressure`"]
fn never_more_than_w_tasks_run_at_once() {
    checks::never_more_than_w_tasks_run_at_once(with_room);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-backpressure`"]
fn w_tasks_run_in_parallel() {
    checks::w_tasks_run_in_parallel(with_room);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-backpressure`"]
fn drop_waits_for_a_running_task() {
    checks::drop_waits_for_a_running_task(with_room);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-backpressure`"]
fn all_30_000_tasks_run_exactly_once() {
    checks::all_30_000_tasks_run_exactly_once(with_room);
}
