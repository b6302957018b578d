//! Grades exercise `05-double-checked` with the lab's own checks (`singleton::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 05-double-checked`, or
//! `cargo test -p lab-05-exercise --test double_checked -- --include-ignored`.

// The code under grading: yours, or (for `course verify` only) the lab's reference or
// its wrong-on-purpose variant with Relaxed orderings (right on x86, wrong for loom).
#[cfg(feature = "verify-reference")]
use singleton::double_checked::DoubleChecked as Subject;
#[cfg(all(feature = "verify-wrong", not(feature = "verify-reference")))]
use singleton::relaxed::RelaxedDoubleChecked as Subject;
#[cfg(not(any(feature = "verify-reference", feature = "verify-wrong")))]
use singleton_exercise::double_checked::DoubleChecked as Subject;

#[cfg(not(loom))]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 05-double-checked`"]
fn one_instance_for_50_threads() {
    singleton::checks::one_instance_for_50_threads(Subject::new);
}

#[cfg(not(loom))]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 05-double-checked`"]
fn the_first_builder_waits_alone() {
    singleton::checks::first_builder_waits_alone(Subject::new);
}

#[cfg(loom)]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 05-double-checked`"]
fn builds_once_and_every_reader_sees_the_build() {
    singleton::checks::loom_model::builds_once_and_every_reader_sees_the_build(Subject::new);
}
