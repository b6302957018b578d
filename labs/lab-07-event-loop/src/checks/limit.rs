//! The head's limit: the read step stops there, even with more bytes waiting.

use super::talk::{exchange, in_words};
use super::{HANG, TIME_LIMIT, start};
use crate::conn::IoSteps;
use labkit::testkit::within;

/// A head of 16 KiB, twice the limit, sent in one burst, gets 431: the read step stops
/// at `limit` bytes even when more are there to read.
pub fn a_head_past_the_limit_gets_431(steps: IoSteps) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(steps);
        let huge = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: {}\r\n\r\n",
            "a".repeat(16 * 1024)
        );
        let status = exchange(server.addr(), &[huge.as_bytes()]);
        server.shutdown();
        assert!(
            status == Some(431),
            "a 16 KiB head sent in one burst got {}, not 431: stop at `limit` bytes (return \
             Full) even when more are waiting, or one client decides how much the server buffers",
            in_words(status)
        );
    });
}
