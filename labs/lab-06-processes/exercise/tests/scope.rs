//! Grades exercise `06-scope` with the lab's own checks (`processes::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 06-scope`, or
//! `cargo test -p lab-06-exercise --test scope -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(scope, "../.verify/scope.rs", processes_exercise::scope);

use scope::sum_in_parallel as subject;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 06-scope`"]
fn the_parallel_sum_is_exact_and_reports_a_panic() {
    processes::checks::the_parallel_sum_is_exact_and_reports_a_panic(subject);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 06-scope`"]
fn the_chunks_are_summed_at_the_same_time() {
    processes::checks::the_chunks_are_summed_at_the_same_time(subject);
}
