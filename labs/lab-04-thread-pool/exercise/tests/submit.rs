//! Grades exercise `04-submit` with the lab's own check (`thread_pool::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 04-submit`, or
//! `cargo test -p lab-04-exercise --test submit -- --include-ignored`.

// The code under grading: yours, or (for `course verify` only) the lab's reference.
#[cfg(feature = "verify-reference")]
use thread_pool::executor::submit;
#[cfg(not(feature = "verify-reference"))]
use thread_pool_exercise::submit::submit;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 04-submit`"]
fn submit_returns_the_value_or_the_panic() {
    thread_pool::checks::submit_returns_the_value_or_the_panic(submit);
}
