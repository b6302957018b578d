//! Grades exercise `08-blocking` with the lab's own checks (`async_server::checks::blocking`):
//! a blocking call that waits for another task of the same one-thread runtime.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 08-blocking`, or
//! `cargo test -p lab-08-exercise --test blocking -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    blocking,
    "../.verify/blocking.rs",
    async_server_exercise::blocking
);

use async_server::checks::blocking as checks;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-blocking`"]
fn the_runtime_runs_other_tasks_during_a_block() {
    checks::the_runtime_runs_other_tasks_during_a_block(blocking::off_the_runtime);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-blocking`"]
fn the_result_comes_back() {
    checks::the_result_comes_back(blocking::off_the_runtime);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-blocking`"]
fn a_panic_in_the_work_comes_back_as_an_error() {
    checks::a_panic_in_the_work_comes_back_as_an_error(blocking::off_the_runtime);
}
