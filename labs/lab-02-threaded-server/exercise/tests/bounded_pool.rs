//! Grades exercise `02-bounded-pool` with the lab's own checks (`threaded_server::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 02-bounded-pool`, or
//! `cargo test -p lab-02-exercise --test bounded_pool -- --include-ignored`.

use threaded_server::checks::{self, MakeDispatch, N};
use threaded_server::dispatch::Dispatch;

/// Queue places in the checks' pools.
const QUEUE: usize = 2;

/// The code under grading: yours, or (for `course verify` only) the lab's reference or
/// the one-at-a-time sequential model.
fn subject() -> MakeDispatch {
    Box::new(|connections| {
        #[cfg(feature = "verify-reference")]
        let dispatch = threaded_server::pool::BoundedPool::start(connections, N, QUEUE)?;
        #[cfg(all(feature = "verify-wrong", not(feature = "verify-reference")))]
        let dispatch = threaded_server::dispatch::Sequential::new(connections);
        #[cfg(not(any(feature = "verify-reference", feature = "verify-wrong")))]
        let dispatch =
            threaded_server_exercise::bounded_pool::BoundedPool::start(connections, N, QUEUE)?;
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
fn a_full_pool_refuses_with_503_at_once() {
    checks::a_full_pool_refuses_with_503_at_once(subject(), N, QUEUE);
}
