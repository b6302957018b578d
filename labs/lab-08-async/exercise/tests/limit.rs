//! Grades exercise `08-limit` with the lab's own checks (`async_server::checks::limit`):
//! jobs on tokio's paused clock, so every time is exact.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 08-limit`, or
//! `cargo test -p lab-08-exercise --test limit -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(limit, "../.verify/limit.rs", async_server_exercise::limit);

use async_server::checks::limit as checks;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-limit`"]
fn never_more_than_the_limit_at_once() {
    checks::never_more_than_the_limit_at_once(limit::at_most);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-limit`"]
fn keeps_all_places_busy() {
    checks::keeps_all_places_busy(limit::at_most);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-limit`"]
fn outputs_in_the_jobs_order() {
    checks::outputs_in_the_jobs_order(limit::at_most);
}
