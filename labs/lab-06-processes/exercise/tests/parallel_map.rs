//! Grades challenge `06-parallel-map` with the lab's own checks (`processes::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 06-parallel-map`, or
//! `cargo test -p lab-06-exercise --test parallel_map -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    parallel_map,
    "../.verify/parallel_map.rs",
    processes_exercise::parallel_map
);

use parallel_map::parallel_map as subject;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 06-parallel-map`"]
fn results_come_back_in_input_order() {
    processes::checks::results_come_back_in_input_order(subject);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 06-parallel-map`"]
fn threads_calls_run_at_once_and_never_more() {
    processes::checks::threads_calls_run_at_once_and_never_more(subject);
}
