//! Grades exercise `03-mutex` with the lab's own checks (`counter_race::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 03-mutex`, or
//! `cargo test -p lab-03-exercise --test mutex -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(mutex, "../.verify/mutex.rs", counter_race_exercise::mutex);

use mutex::MutexCounter as Subject;

#[cfg(not(loom))]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 03-mutex`"]
fn exact_total_with_threads_released_together() {
    counter_race::checks::exact_total_when_released_together(Subject::default);
}

#[cfg(loom)]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 03-mutex`"]
fn no_interleaving_loses_an_update() {
    counter_race::checks::loom_model::no_interleaving_loses_an_update::<Subject>();
}
