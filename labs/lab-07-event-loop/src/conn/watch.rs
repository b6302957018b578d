//! While a response is not ready (a `/sleep` timer, a handler on the pool): watch the
//! connection, and tell a client that left from one that only half-closed.
//!
//! Both look the same to a read: end of file. A client that gave up has closed its
//! socket, and should cost nothing more now; a client that half-closed (`shutdown` of its
//! sending side after its request, as `nc -N` does) still waits for its answer. One
//! interim response tells them apart: `HTTP/1.1 100 Continue`, which every HTTP/1.1
//! client must accept and skip (RFC 9110 §15.2). A closed socket answers it with a
//! reset, and the loop closes the connection on that event; a half-closed one takes it,
//! and gets its real answer when it is ready.

use super::{Conn, Peer};
use std::io::{self, Read, Write};

/// The interim response that asks a half-closed client whether it is still there.
const STILL_THERE: &[u8] = b"HTTP/1.1 100 Continue\r\n\r\n";

impl Conn {
    /// Watch a connection whose answer is pending. A kept-alive connection keeps what
    /// else arrives (a pipelined request, up to `limit` bytes) for after this response;
    /// any other connection discards it. `Gone` only when the client is gone.
    pub fn watch_while_waiting(&mut self, limit: usize) -> Peer {
        let mut chunk = [0u8; 4096];
        loop {
            let room = if self.keep_alive {
                limit
                    .saturating_sub(self.kept.pending.len())
                    .min(chunk.len())
            } else {
                chunk.len()
            };
            if room == 0 {
                // Over the limit: the rest waits in the socket until after the response,
                // and no event will say it is there.
                self.kept.unread = true;
                return Peer::Quiet;
            }
            match self.stream.read(&mut chunk[..room]) {
                Ok(0) => return self.on_end_of_input(),
                Ok(n) if self.keep_alive => self.kept.pending.extend_from_slice(&chunk[..n]),
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Peer::Quiet,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                // A reset: the client is gone (our probe may be what it reset).
                Err(_) => return Peer::Gone,
            }
        }
    }

    /// End of file while the answer is pending: ask once whether the client is still
    /// there (HTTP/1.1), then wait for the reply to the probe, or for the answer.
    fn on_end_of_input(&mut self) -> Peer {
        // Nothing more can arrive: no next request on this connection.
        self.keep_alive = false;
        if self.probed {
            // A reset in reply to the probe: the client is gone. (After end of file a
            // read keeps returning 0; the reset shows as the socket's pending error.)
            return match self.stream.take_error() {
                Ok(None) => Peer::Quiet,
                _ => Peer::Gone,
            };
        }
        if !self.http11 {
            return Peer::Gone; // an HTTP/1.0 client cannot be asked: treat it as gone
        }
        self.probed = true;
        match self.stream.write(STILL_THERE) {
            Ok(n) if n == STILL_THERE.len() => Peer::Quiet,
            _ => Peer::Gone,
        }
    }
}
