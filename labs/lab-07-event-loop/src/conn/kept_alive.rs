//! Keep-alive's bookkeeping on a connection: what one connection needs to carry many
//! requests. A first reading can skip it: without `--keep-alive` a connection is answered
//! once and closed, and none of these fields changes after `new`. The loop's side of it
//! is `src/server/keep_alive.rs`.

use std::time::Instant;

/// What a connection that outlives its first answer has to remember.
#[derive(Debug)]
pub struct KeptAlive {
    /// Bytes that followed the current request's head: a pipelined next request.
    pub pending: Vec<u8>,
    /// When the head being read is due. A head-deadline timer set for an earlier request
    /// fires before this, and is stale.
    pub head_due: Instant,
    /// Requests answered on this connection so far.
    pub answered: u64,
    /// A head-deadline timer is pending for this connection. One at a time: a stale one
    /// re-arms itself for the current deadline, instead of a new timer per request
    /// (a client sending 100,000 requests a second would fill the heap).
    pub head_timer: bool,
    /// Bytes may be waiting in the socket that no readiness event will announce: the
    /// last read stopped at its limit, not at `WouldBlock`, so the loop must look itself.
    pub unread: bool,
}

impl KeptAlive {
    /// A new connection: its first head is due at `head_due`, and its timer is set.
    pub fn new(head_due: Instant) -> Self {
        Self {
            pending: Vec::new(),
            head_due,
            answered: 0,
            head_timer: true,
            unread: false,
        }
    }
}
