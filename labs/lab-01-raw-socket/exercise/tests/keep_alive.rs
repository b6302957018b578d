//! Grades challenge `01-keep-alive` with the lab's own checks
//! (`raw_socket::checks::keep_alive`), on real sockets.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 01-keep-alive`, or
//! `cargo test -p lab-01-exercise --test keep_alive -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    keep_alive,
    "../.verify/keep_alive.rs",
    raw_socket_exercise::keep_alive
);

use keep_alive::serve_keep_alive as subject;
use raw_socket::checks::keep_alive as checks;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-keep-alive`"]
fn two_requests_on_one_connection() {
    checks::two_requests_on_one_connection(subject);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-keep-alive`"]
fn pipelined_requests_are_answered_in_order() {
    checks::pipelined_requests_are_answered_in_order(subject);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-keep-alive`"]
fn connection_close_is_honoured() {
    checks::connection_close_is_honoured(subject);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 01-keep-alive`"]
fn an_idle_connection_is_closed_after_the_timeout() {
    checks::an_idle_connection_is_closed_after_the_timeout(subject);
}
