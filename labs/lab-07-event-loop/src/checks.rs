//! The lab's outcome checks for one connection's non-blocking read and write steps.
//!
//! One check, two callers: the lab's tests run them on [`crate::conn::NON_BLOCKING`], and
//! the exercise (`labs/lab-07-event-loop/exercise`) runs them on a student's steps. Each
//! check starts the lab's event loop on 127.0.0.1 port 0 with the steps under test, drives
//! it with real clients, and panics with a sentence in the student's words.
//!
//! By what they prove: `checks/served.rs` (200 idle clients and 64 active ones, all
//! served), `checks/partial.rs` (heads in pieces, a response in pieces),
//! `checks/limit.rs` (a head past the limit gets 431), `checks/never_waits.rs` (no step
//! waits for one client), and [`deadlines`] (the challenge); `checks/talk.rs` is how
//! they talk to the loop.

pub mod deadlines;

mod limit;
mod never_waits;
mod partial;
mod served;
mod talk;
pub use limit::*;
pub use never_waits::*;
pub use partial::*;
pub use served::*;

use crate::conn::IoSteps;
use crate::server::{EventLoopHandle, Handler, Options, serve};
use labkit::testkit::TEST_TIMEOUT;
use netkit::response::Response;
use std::sync::Arc;
use std::time::Duration;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Idle clients held open while the active ones are served.
pub const IDLE: usize = 200;

/// Active clients, each sending one request.
pub const ACTIVE: usize = 64;

/// The size of `/big`: more than loopback's socket buffers hold, so writes are partial.
pub const BIG: usize = 16 * 1024 * 1024;

const HANG: &str = "does a step loop for ever, or wait for a readiness event that never comes?";

fn start(steps: IoSteps) -> EventLoopHandle {
    let big: Arc<Vec<u8>> = Arc::new((0..BIG).map(|i| b'a' + (i % 26) as u8).collect());
    let handler: Handler = Arc::new(move |request| match request.path() {
        "/big" => Response::text(200, big.as_slice()),
        _ => Response::error(404),
    });
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("a valid address"))
        .expect("port 0 on loopback binds");
    let options = Options {
        read_timeout: TEST_TIMEOUT,
        steps,
        ..Options::new(handler)
    };
    serve(listener, options).unwrap_or_else(|e| panic!("the event loop did not start: {e}"))
}
