//! Grades exercise `04-submit` with the lab's own checks (`thread_pool::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 04-submit`, or
//! `cargo test -p lab-04-exercise --test submit -- --include-ignored`.

// The code under grading: yours, or (for `course dev verify` only) a file of the
// exercise's catalogue (`catalogue/04-submit/`), placed in `.verify/` (which exists only
// while verify runs, so rustfmt is told not to look for it).
#[cfg(feature = "verify")]
#[rustfmt::skip]
#[path = "../.verify/submit.rs"]
mod submit;
#[cfg(not(feature = "verify"))]
use thread_pool_exercise::submit;

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
