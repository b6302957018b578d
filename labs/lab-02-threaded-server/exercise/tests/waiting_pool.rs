//! Grades challenge `02-waiting-pool` with the lab's own checks
//! (`threaded_server::checks`), against the lab's server on real sockets.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 02-waiting-pool`, or
//! `cargo test -p lab-02-exercise --test waiting_pool -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    waiting_pool,
    "../.verify/waiting_pool.rs",
    threaded_server_exercise::waiting_pool
);

use std::time::Duration;
use threaded_server::checks::{self, MakeDispatch, N};
use threaded_server::dispatch::{Connections, Dispatch};
use waiting_pool::WaitingPool;

fn waiting(
    connections: Connections,
    workers: usize,
    queue: usize,
    wait: Duration,
) -> std::io::Result<Box<dyn Dispatch>> {
    Ok(Box::new(WaitingPool::start(
        connections,
        workers,
        queue,
        wait,
    )?))
}

/// The pool checks of `02-bounded-pool`, with room for 2 and a short wait.
fn subject() -> MakeDispatch {
    Box::new(|connections| waiting(connections, N, 2, Duration::from_millis(200)))
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-waiting-pool`"]
fn a_full_pool_answers_503_after_its_wait() {
    checks::a_full_pool_answers_503_after_its_wait(waiting);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-waiting-pool`"]
fn a_place_freed_in_time_is_taken() {
    checks::a_place_freed_in_time_is_taken(waiting);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-waiting-pool`"]
fn n_requests_in_the_handler_at_once() {
    checks::n_requests_in_the_handler_at_once(subject());
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-waiting-pool`"]
fn never_more_than_w_requests_in_the_handler() {
    checks::never_more_than_w_requests_in_the_handler(subject(), N, 2);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-waiting-pool`"]
fn finish_waits_for_a_request_in_flight() {
    checks::finish_waits_for_a_request_in_flight(subject());
}
