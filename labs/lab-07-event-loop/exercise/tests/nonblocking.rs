//! Grades exercise `07-nonblocking` with the lab's own checks (`event_loop::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 07-nonblocking`, or
//! `cargo test -p lab-07-exercise --test nonblocking -- --include-ignored`.

use event_loop::checks;
use event_loop::conn::IoSteps;

/// The code under grading: yours, or (for `course verify` only) the lab's reference or
/// its wrong-on-purpose steps that do one call per readiness event.
#[cfg(feature = "verify-reference")]
const STEPS: IoSteps = event_loop::conn::NON_BLOCKING;
#[cfg(all(feature = "verify-wrong", not(feature = "verify-reference")))]
const STEPS: IoSteps = event_loop::naive_steps::ONE_CALL_PER_EVENT;
#[cfg(not(any(feature = "verify-reference", feature = "verify-wrong")))]
const STEPS: IoSteps = IoSteps {
    read: event_loop_exercise::nonblocking::read_available,
    write: event_loop_exercise::nonblocking::write_available,
};

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 07-nonblocking`"]
fn idle_and_active_clients_are_all_served() {
    checks::idle_and_active_clients_are_all_served(STEPS);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 07-nonblocking`"]
fn heads_in_pieces_and_a_large_response_get_through() {
    checks::heads_in_pieces_and_a_large_response_get_through(STEPS);
}
