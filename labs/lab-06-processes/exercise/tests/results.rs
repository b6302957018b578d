//! Grades exercise `06-results` with the lab's own checks (`processes::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 06-results`, or
//! `cargo test -p lab-06-exercise --test results -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    results,
    "../.verify/results.rs",
    processes_exercise::results
);

use results::run_all as subject;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 06-results`"]
fn results_come_back_in_order_with_panics() {
    processes::checks::results_come_back_in_order_with_panics(subject);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 06-results`"]
fn tasks_run_at_the_same_time() {
    processes::checks::tasks_run_at_the_same_time(subject);
}
