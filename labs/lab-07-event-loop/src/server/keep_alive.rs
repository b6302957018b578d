//! Keep-alive's bookkeeping in the loop (HTTP/1.1): what it takes for one connection to
//! carry many requests. A first reading can skip this file: without `--keep-alive`, a
//! connection is answered once and drained (`respond.rs`), and nothing here runs but
//! the one check at the top of [`EventLoop::kept_alive_deadline`].
//!
//! Three things change once a connection outlives its answer:
//! 1. Bytes after a head are the next request (pipelining): they are kept, not dropped
//!    (`routing.rs` keeps them in `conn.kept.pending`).
//! 2. The head deadline is per request. One timer per connection re-arms itself for the
//!    current request's deadline, rather than one timer per request.
//! 3. Readiness is edge-triggered: it reports bytes that arrive, not bytes that are
//!    there. Bytes already kept, or left in the socket at the head's limit, bring no
//!    event, so the loop looks at such a connection itself, on its next turn.
//!
//! lab-08 writes the same on tokio as one `loop` and one `deadline` (`conn.rs`): the
//! future keeps this bookkeeping for you.

use super::EventLoop;
use crate::conn::State;
use crate::timers::Due;
use mio::{Interest, Token};
use std::time::Instant;

impl EventLoop {
    /// The response is out and the connection stays: start the next head with the bytes
    /// that followed the last one, due one read timeout from now.
    pub(super) fn next_request(&mut self, token: Token) {
        let deadline = Instant::now() + self.options.read_timeout;
        let Some(conn) = self.conns.get_mut(&token) else {
            return;
        };
        let head = std::mem::take(&mut conn.kept.pending);
        // Look on the next turn (not at once: a fast client would then recurse through
        // request after request) if there is something no event will announce.
        let look = !head.is_empty() || conn.kept.unread || conn.wants_writable;
        conn.state = State::Reading { head };
        conn.keep_alive = false;
        conn.kept.head_due = deadline;
        conn.kept.answered += 1;
        if conn.wants_writable {
            conn.wants_writable = false;
            let _ = self
                .poll
                .registry()
                .reregister(&mut conn.stream, token, Interest::READABLE);
        }
        if !conn.kept.head_timer {
            conn.kept.head_timer = true;
            self.timers.at(deadline, token, Due::HeadDeadline);
        }
        if look {
            self.read_again.push(token);
        }
    }

    /// A head-deadline timer fired. True if keep-alive's bookkeeping dealt with it: it
    /// was set for an earlier request (re-armed for this one), or the connection sat idle
    /// between requests (closed quietly, as keep-alive allows). False: a head is late.
    pub(super) fn kept_alive_deadline(&mut self, token: Token) -> bool {
        let Some(conn) = self.conns.get_mut(&token) else {
            return false;
        };
        conn.kept.head_timer = false;
        let State::Reading { head } = &conn.state else {
            return false;
        };
        if Instant::now() < conn.kept.head_due {
            conn.kept.head_timer = true;
            self.timers.at(conn.kept.head_due, token, Due::HeadDeadline);
            true
        } else if head.is_empty() && conn.kept.answered > 0 {
            self.close(token);
            true
        } else {
            false
        }
    }
}
