//! Grades challenge `07-deadlines` with the lab's own checks
//! (`event_loop::checks::deadlines`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 07-deadlines`, or
//! `cargo test -p lab-07-exercise --test deadlines -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    deadlines,
    "../.verify/deadlines.rs",
    event_loop_exercise::deadlines
);

use deadlines::Deadlines as Subject;
use event_loop::checks::deadlines as checks;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 07-deadlines`"]
fn deadlines_fire_in_order_once() {
    checks::deadlines_fire_in_order_once::<Subject>();
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 07-deadlines`"]
fn a_rearmed_deadline_replaces_the_old() {
    checks::a_rearmed_deadline_replaces_the_old::<Subject>();
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 07-deadlines`"]
fn a_disarmed_deadline_never_fires() {
    checks::a_disarmed_deadline_never_fires::<Subject>();
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 07-deadlines`"]
fn next_wake_is_the_earliest_live_deadline() {
    checks::next_wake_is_the_earliest_live_deadline::<Subject>();
}
