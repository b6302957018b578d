//! Grades challenge `06-parallel-map` with the lab's own checks (`processes::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 06-parallel-map`, or
//! `cargo test -p lab-06-exercise --test parallel_map -- --include-ignored`.

// The code under grading: yours, or (for `course dev verify` only) a file of the
// exercise's catalogue (`catalogue/06-parallel-map/`), placed in `.verify/` (which
// exists only while verify runs, so rustfmt is told not to look for it).
#[cfg(feature = "verify")]
#[rustfmt::skip]
#[path = "../.verify/parallel_map.rs"]
mod parallel_map;
#[cfg(not(feature = "verify"))]
use processes_exercise::parallel_map;

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
