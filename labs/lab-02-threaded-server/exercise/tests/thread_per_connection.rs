//! Grades exercise `02-thread-per-connection` with the lab's own checks
//! (`threaded_server::checks`).
//!
//! Ignored in a plain `cargo test`, so the workspace stays green while the stub is
//! untouched. Grade it: `cargo run -p course -- check 02-thread-per-connection`, or
//! `cargo test -p lab-02-exercise --test thread_per_connection -- --include-ignored`.

use threaded_server::checks::{self, MakeDispatch};
use threaded_server::dispatch::Dispatch;

/// The code under grading: yours, or (for `course verify` only) the lab's reference or
/// the one-at-a-time sequential model.
fn subject() -> MakeDispatch {
    Box::new(|connections| {
        #[cfg(feature = "verify-reference")]
        let dispatch = threaded_server::dispatch::ThreadPerConnection::new(connections, None);
        #[cfg(all(feature = "verify-wrong", not(feature = "verify-reference")))]
        let dispatch = threaded_server::dispatch::Sequential::new(connections);
        #[cfg(not(any(feature = "verify-reference", feature = "verify-wrong")))]
        let dispatch =
            threaded_server_exercise::thread_per_connection::ThreadPerConnection::new(connections);
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
