//! Grades exercise `08-accept` with the lab's own checks (`async_server::checks::accept`):
//! real clients on 127.0.0.1 against your accept loop, with a `serve` that holds each connection until the check lets it go.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 08-accept`, or
//! `cargo test -p lab-08-exercise --test accept -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    accept,
    "../.verify/accept.rs",
    async_server_exercise::accept
);

use async_server::checks::accept as checks;

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-accept`"]
fn connections_are_served_at_once() {
    checks::connections_are_served_at_once(accept::accept_loop);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-accept`"]
fn never_more_than_the_limit() {
    checks::never_more_than_the_limit(accept::accept_loop);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-accept`"]
fn a_finished_connection_frees_its_place() {
    checks::a_finished_connection_frees_its_place(accept::accept_loop);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 08-accept`"]
fn clients_past_the_limit_wait_in_the_backlog() {
    checks::clients_past_the_limit_wait_in_the_backlog(accept::accept_loop);
}
