//! Grades exercise `07-nonblocking` with the lab's own checks (`event_loop::checks`):
//! the lab's event loop, with your read and write steps, against real clients.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 07-nonblocking`, or
//! `cargo test -p lab-07-exercise --test nonblocking -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    nonblocking,
    "../.verify/nonblocking.rs",
    event_loop_exercise::nonblocking
);

use event_loop::checks;
use event_loop::conn::IoSteps;

const STEPS: IoSteps = IoSteps {
    read: nonblocking::read_available,
    write: nonblocking::write_available,
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

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 07-nonblocking`"]
fn a_head_past_the_limit_gets_431() {
    checks::a_head_past_the_limit_gets_431(STEPS);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 07-nonblocking`"]
fn the_loop_never_waits() {
    checks::the_loop_never_waits(STEPS);
}
