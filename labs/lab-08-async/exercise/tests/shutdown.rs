//! Grades exercise `08-shutdown` with the lab's own checks (`async_server::checks::shutdown`):
//! real clients on 127.0.0.1, a `serve` that holds each connection, and a cancelled token.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 08-shutdown`, or
//! `cargo test -p lab-08-exercise --test shutdown -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    shutdown,
    "../.verify/shutdown.rs",
    async_server_exercise::shutdown
);

use async_server::checks::shutdown as checks;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-shutdown`"]
fn stops_when_told() {
    checks::stops_when_told(shutdown::serve_until);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-shutdown`"]
fn waits_for_work_in_flight() {
    checks::waits_for_work_in_flight(shutdown::serve_until);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-shutdown`"]
fn says_how_many_it_served() {
    checks::says_how_many_it_served(shutdown::serve_until);
}
