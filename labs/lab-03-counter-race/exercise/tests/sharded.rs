//! Grades exercise `03-sharded` with the lab's own checks (`counter_race::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 03-sharded`, or
//! `cargo test -p lab-03-exercise --test sharded -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    sharded,
    "../.verify/sharded.rs",
    counter_race_exercise::sharded
);

use sharded::ShardedCounter as Subject;

#[cfg(not(loom))]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 03-sharded`"]
fn exact_total_with_threads_released_together() {
    counter_race::checks::exact_total_when_released_together(Subject::default);
}

#[cfg(not(loom))]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 03-sharded`"]
fn shares_nothing_while_the_threads_run() {
    counter_race::checks::shares_nothing_while_the_threads_run(Subject::default);
}

#[cfg(loom)]
#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 03-sharded`"]
fn no_interleaving_loses_an_update() {
    counter_race::checks::loom_model::no_interleaving_loses_an_update::<Subject>();
}
