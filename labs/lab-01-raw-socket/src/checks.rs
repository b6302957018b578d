//! The lab's outcome checks, run against real sockets on 127.0.0.1.
//!
//! One check, two callers: the lab's tests run them on the careful steps
//! ([`crate::careful::CAREFUL`]), and the exercise (`labs/lab-01-raw-socket/exercise`)
//! runs them with a student's read or encode step swapped in. Each check starts the
//! lab's accept loop on port 0, sends real bytes, and panics with a sentence in the
//! student's words when the expectation fails.
//!
//! By what they prove: `checks/heads.rs` (a long head gets 200, a huge one 431),
//! `checks/bad_clients.rs` (408 by the deadline for silent and dripping clients, 400 for
//! garbage), `checks/response.rs` (the response step) and [`keep_alive`] (the
//! challenge); `checks/talk.rs` is how they all talk to the server.

pub mod keep_alive;

use std::time::Duration;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

const HANG: &str = "does the server wait for bytes that never come? Stop reading at the blank line";

/// A request head of exactly `total` bytes, padded with one long header.
pub fn padded_head(total: usize) -> Vec<u8> {
    let start = "GET / HTTP/1.1\r\nHost: test\r\nX-Pad: ";
    let end = "\r\n\r\n";
    let pad = "a".repeat(total.saturating_sub(start.len() + end.len()));
    format!("{start}{pad}{end}").into_bytes()
}

/// The server's read timeout in the timeout checks: short, so they finish quickly.
pub const SHORT_TIMEOUT: Duration = Duration::from_millis(500);

mod bad_clients;
mod heads;
mod response;
mod talk;
pub use bad_clients::*;
pub use heads::*;
pub use response::*;
