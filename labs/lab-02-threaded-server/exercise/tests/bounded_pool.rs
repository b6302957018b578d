//! Grades exercise `02-bounded-pool` with the lab's own checks (`threaded_server::checks`),
//! against the lab's server on real sockets.
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 02-bounded-pool`, or
//! `cargo test -p lab-02-exercise --test bounded_pool -- --include-ignored`.

// The code under grading: yours (`course dev verify` swaps in its catalogue's files).
labkit::graded_code!(
    bounded_pool,
    "../.verify/bounded_pool.rs",
    threaded_server_exercise::bounded_pool
);

use threaded_server::checks::{self, MakeDispatch, N};
use threaded_server::dispatch::Dispatch;

/// Room in the queue beyond the workers.
const QUEUE: usize = 2;

fn subject() -> MakeDispatch {
    Box::new(|connections| {
        let dispatch = bounded_pool::BoundedPool::start(connections, N, QUEUE)?;
        Ok(Box::new(dispatch) as Box<dyn Dispatch>)
    })
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-bounded-pool`"]
fn n_requests_in_the_handler_at_once() {
    checks::n_requests_in_the_handler_at_once(subject());
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-bounded-pool`"]
fn never_more_than_w_requests_in_the_handler() {
    checks::never_more_than_w_requests_in_the_handler(subject(), N, QUEUE);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-bounded-pool`"]
fn a_full_pool_refuses_with_503_at_once() {
    checks::a_full_pool_refuses_with_503_at_once(subject(), N, QUEUE);
}

#[test]
#[ignore = "exercise: grade with `cargo run -p course -- check 02-bounded-pool`"]
fn finish_waits_for_a_request_in_flight() {
    checks::finish_waits_for_a_request_in_flight(subject());
}
