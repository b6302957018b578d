//! Grades exercise `04-submit` with the lab's own checks (`thread_pool::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 04-submit`, or
//! `cargo test -p lab-04-exercise --test submit -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(submit, "../.verify/submit.rs", thread_pool_exercise::submit);

use submit::submit as subject;
use thread_pool::checks;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-submit`"]
fn submit_runs_the_task_on_a_pool_worker() {
    checks::submit_runs_the_task_on_a_pool_worker(subject);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-submit`"]
fn submit_returns_the_value_or_the_panic() {
    checks::submit_returns_the_value_or_the_panic(subject);
}
