//! Grades exercise `02-thread-per-connection` with the lab's own checks (`threaded_server::checks`),
//! against the lab's server on real sockets.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 02-thread-per-connection`, or
//! `cargo test -p lab-02-exercise --test thread_per_connection -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    thread_per_connection,
    "../.verify/thread_per_connection.rs",
    threaded_server_exercise::thread_per_connection
);

use threaded_server::checks::{self, MakeDispatch};
use threaded_server::dispatch::Dispatch;

fn subject() -> MakeDispatch {
    Box::new(|connections| {
        let dispatch = thread_per_connection::ThreadPerConnection::new(connections);
        Ok(Box::new(dispatch) as Box<dyn Dispatch>)
    })
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-thread-per-connection`"]
fn n_requests_in_the_handler_at_once() {
    checks::n_requests_in_the_handler_at_once(subject());
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-thread-per-connection`"]
fn an_idle_client_does_not_block_others() {
    checks::an_idle_client_does_not_block_others(subject());
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-thread-per-connection`"]
fn finish_waits_for_a_request_in_flight() {
    checks::finish_waits_for_a_request_in_flight(subject());
}
