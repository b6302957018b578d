//! Grades challenge `03-spin-lock` with the lab's own checks (`counter_race::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 03-spin-lock`, or
//! `cargo test -p lab-03-exercise --test spin_lock -- --include-ignored`.

// The code under grading: yours, or (for `course dev verify` only) a file of the
// exercise's catalogue (`catalogue/03-spin-lock/`), placed in `.verify/` (which exists
// only while verify runs, so rustfmt is told not to look for it).
#[cfg(feature = "verify")]
#[rustfmt::skip]
#[path = "../.verify/spin_lock.rs"]
mod spin_lock;
#[cfg(not(feature = "verify"))]
use counter_race_exercise::spin_lock;

use spin_lock::SpinLockCounter as Subject;

#[cfg(not(loom))]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 03-spin-lock`"]
fn exact_total_with_threads_released_together() {
    counter_race::checks::exact_total_when_released_together(Subject::default);
}

#[cfg(loom)]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 03-spin-lock`"]
fn no_interleaving_loses_an_update() {
    counter_race::checks::loom_model::no_interleaving_loses_an_update::<Subject>();
}
