//! Grades exercise `05-once-lock` with the lab's own checks (`singleton::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 05-once-lock`, or
//! `cargo test -p lab-05-exercise --test once_lock -- --include-ignored`.

// The code under grading: yours, or (for `course verify` only) the lab's reference or
// its wrong-on-purpose naive singleton.
#[cfg(all(feature = "verify-wrong", not(feature = "verify-reference")))]
use singleton::naive::NaiveSingleton as Subject;
#[cfg(feature = "verify-reference")]
use singleton::once_lock::OnceLockSingleton as Subject;
#[cfg(not(any(feature = "verify-reference", feature = "verify-wrong")))]
use singleton_exercise::once_lock::OnceLockSingleton as Subject;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 05-once-lock`"]
fn one_instance_for_50_threads() {
    singleton::checks::one_instance_for_50_threads(Subject::new);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 05-once-lock`"]
fn the_first_builder_waits_alone() {
    singleton::checks::first_builder_waits_alone(Subject::new);
}
