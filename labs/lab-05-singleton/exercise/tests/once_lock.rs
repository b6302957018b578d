//! Grades exercise `05-once-lock` with the lab's own checks (`singleton::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 05-once-lock`, or
//! `cargo test -p lab-05-exercise --test once_lock -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    once_lock,
    "../.verify/once_lock.rs",
    singleton_exercise::once_lock
);

use once_lock::OnceLockSingleton as Subject;

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

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 05-once-lock`"]
fn two_singletons_each_build_their_own() {
    singleton::checks::two_singletons_each_build_their_own(Subject::new);
}
