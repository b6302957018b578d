//! Grades exercise `05-double-checked` with the lab's own checks (`singleton::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 05-double-checked`, or
//! `cargo test -p lab-05-exercise --test double_checked -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    double_checked,
    "../.verify/double_checked.rs",
    singleton_exercise::double_checked
);

use double_checked::DoubleChecked as Subject;

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

#[cfg(not(loom))]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 05-double-checked`"]
fn two_singletons_each_build_their_own() {
    singleton::checks::two_singletons_each_build_their_own(Subject::new);
}

#[cfg(loom)]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 05-double-checked`"]
fn builds_once_and_every_reader_sees_the_build() {
    singleton::checks::loom_model::builds_once_and_every_reader_sees_the_build(Subject::new);
}
