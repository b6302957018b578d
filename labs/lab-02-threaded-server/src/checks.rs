//! The lab's outcome checks, generic over any [`Dispatch`], against real sockets.
//!
//! One check, two callers: the lab's tests run them on its models, and the exercise
//! (`labs/lab-02-threaded-server/exercise`) runs them on a student's accept-loop model.
//! Each check starts the lab's server on 127.0.0.1 port 0 with the dispatch that `make`
//! builds, and panics with a sentence in the student's words when the expectation fails.
//!
//! By what they prove: `checks/at_once.rs` (N requests in the handler together; a
//! silent client holds no one up), `checks/finish.rs` (finish waits for the request in
//! flight), `checks/bounded.rs` (never more than W inside; 503 at once when full) and
//! `checks/waiting.rs` (the waiting pool's challenge). This file holds what they share.

use crate::dispatch::{Connections, Dispatch};
use crate::server::{ServerHandle, serve_dispatched};
use labkit::testkit::TEST_TIMEOUT;
use netkit::client::get_with_timeout;
use netkit::request::Request;
use netkit::response::Response;
use std::io;
use std::sync::Arc;
use std::time::Duration;

/// Builds the dispatch under test from the server's connections.
pub type MakeDispatch = Box<dyn FnOnce(Connections) -> io::Result<Box<dyn Dispatch>> + Send>;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Requests that must be in the handler together in [`n_requests_in_the_handler_at_once`].
pub const N: usize = 4;

const HANG: &str = "does finish() wait for a thread that never ends, or does dispatch block?";

fn start(
    make: MakeDispatch,
    handler: impl Fn(&Request) -> Response + Send + Sync + 'static,
) -> ServerHandle {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("a valid address"))
        .expect("port 0 on loopback binds");
    serve_dispatched(listener, Arc::new(handler), TEST_TIMEOUT, false, make)
        .unwrap_or_else(|e| panic!("the server did not start: {e}"))
}

/// What a client got: a status, or nothing in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Got {
    Status(u16),
    Nothing,
}

impl std::fmt::Display for Got {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Status(status) => write!(f, "{status}"),
            Self::Nothing => f.write_str("no answer"),
        }
    }
}

fn status_within(addr: std::net::SocketAddr, wait: Duration) -> Got {
    get_with_timeout(addr, "/", wait).map_or(Got::Nothing, |r| Got::Status(r.status))
}

/// Statuses as a student reads them: `200, 504, 504` (0 is no answer).
fn listed(statuses: &[u16]) -> String {
    let words: Vec<String> = statuses
        .iter()
        .map(|&s| {
            if s == 0 {
                "no answer".into()
            } else {
                s.to_string()
            }
        })
        .collect();
    words.join(", ")
}

mod at_once;
mod bounded;
mod finish;
mod waiting;
pub use at_once::*;
pub use bounded::*;
pub use finish::*;
pub use waiting::*;
