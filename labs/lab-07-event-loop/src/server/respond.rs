//! Sending a response without blocking: write what the socket takes, wait for writable
//! for the rest, then half-close and drain until the client closes.

use super::{DRAIN_TIMEOUT, EventLoop};
use crate::conn::{Peer, State, WriteOutcome};
use crate::timers::Due;
use mio::{Interest, Token};
use netkit::response::Response;
use std::net::Shutdown;
use std::sync::atomic::Ordering;
use std::time::Instant;

impl EventLoop {
    pub(super) fn set_state(&mut self, token: Token, state: State) {
        if let Some(conn) = self.conns.get_mut(&token) {
            conn.state = state;
        }
    }

    pub(super) fn respond(&mut self, token: Token, response: Response) {
        self.stats.served.fetch_add(1, Ordering::Relaxed);
        let Some(conn) = self.conns.get(&token) else {
            return;
        };
        let method = if conn.head_only { "HEAD" } else { "GET" };
        let bytes = response.to_bytes_for(method, conn.keep_alive);
        self.send(token, bytes);
    }

    /// Start writing `out`; most responses fit the socket buffer and go at once.
    pub(super) fn send(&mut self, token: Token, out: Vec<u8>) {
        let Some(conn) = self.conns.get_mut(&token) else {
            return;
        };
        conn.state = State::Writing { out, sent: 0 };
        match conn.write_some(&self.options.steps) {
            WriteOutcome::AllSent => self.finish_response(token),
            WriteOutcome::Closed => self.close(token),
            WriteOutcome::WouldBlock => {
                conn.wants_writable = true;
                let _ =
                    self.poll
                        .registry()
                        .reregister(&mut conn.stream, token, Interest::WRITABLE);
                // The client must take the response within the read timeout.
                conn.write_deadline = Instant::now() + self.options.read_timeout;
                self.timers
                    .at(conn.write_deadline, token, Due::WriteDeadline);
            }
        }
    }

    /// Response sent: read the next request on a kept-alive connection
    /// (`keep_alive.rs`), else close.
    pub(super) fn finish_response(&mut self, token: Token) {
        self.requests.answered(token);
        match self.conns.get(&token) {
            Some(conn) if conn.keep_alive && !self.stopping() => self.next_request(token),
            Some(_) => self.start_drain(token),
            None => {}
        }
    }

    /// Response sent: shut down our side, then wait (bounded) for the client to close.
    pub(super) fn start_drain(&mut self, token: Token) {
        let Some(conn) = self.conns.get_mut(&token) else {
            return;
        };
        let _ = conn.stream.shutdown(Shutdown::Write);
        conn.state = State::Draining;
        if std::mem::take(&mut conn.wants_writable) {
            let _ = self
                .poll
                .registry()
                .reregister(&mut conn.stream, token, Interest::READABLE);
        }
        self.timers
            .at(Instant::now() + DRAIN_TIMEOUT, token, Due::DrainDeadline);
        if conn.drain() == Peer::Gone {
            self.close(token);
        }
    }
}
