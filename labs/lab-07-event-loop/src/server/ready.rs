//! One connection's step when mio says its socket is ready: read its head, write its
//! answer, drain it, or watch it while it waits; then what the loop does next.

use super::EventLoop;
use crate::conn::{Conn, IoSteps, Peer, ReadOutcome, State, WriteOutcome};
use mio::Token;
use netkit::request::MAX_HEAD_BYTES;

impl EventLoop {
    /// `peer_closed`: the event said the client closed its side (false when the loop
    /// looks without an event).
    pub(super) fn on_ready(&mut self, token: Token, peer_closed: bool) {
        let Some(conn) = self.conns.get_mut(&token) else {
            return;
        };
        let next = match &conn.state {
            State::Reading { .. } => match read_what_came(conn, &self.options.steps, peer_closed) {
                ReadOutcome::Appended | ReadOutcome::Full => Next::Head,
                // The client sent a whole head, then closed its side (a half-close):
                // still answer it; the drain after the response sees the EOF and closes.
                ReadOutcome::Closed if conn.has_whole_head() => {
                    conn.input_closed = true;
                    Next::Head
                }
                ReadOutcome::Closed => Next::Close,
            },
            State::Writing { .. } => match conn.write_some(&self.options.steps) {
                WriteOutcome::AllSent => Next::Finish,
                WriteOutcome::WouldBlock => Next::Wait,
                WriteOutcome::Closed => Next::Close,
            },
            State::Draining => Next::close_if(conn.drain()),
            // Waiting on a timer or the pool: watch for the client going away (EOF), so a
            // client that gave up is closed now, not left in CLOSE-WAIT until then.
            State::Sleeping(_) | State::Working => {
                Next::close_if(conn.watch_while_waiting(MAX_HEAD_BYTES))
            }
        };
        match next {
            Next::Head => self.on_head(token),
            Next::Finish => self.finish_response(token),
            Next::Close => self.close(token),
            Next::Wait => {}
        }
    }
}

/// One read step; and if it stopped at a short read while the event says the client
/// closed, a second one, to reach the end of file that came with the last bytes
/// (`conn/steps.rs`).
fn read_what_came(conn: &mut Conn, steps: &IoSteps, peer_closed: bool) -> ReadOutcome {
    let read = conn.read_head(MAX_HEAD_BYTES, steps);
    if read == ReadOutcome::Appended && peer_closed {
        return conn.read_head(MAX_HEAD_BYTES, steps);
    }
    read
}

/// What the loop does after one connection's readiness step.
enum Next {
    /// Parse the head (it may be whole).
    Head,
    /// The response is out: keep alive or close.
    Finish,
    /// Drop the connection.
    Close,
    /// Wait for the next event.
    Wait,
}

impl Next {
    fn close_if(peer: Peer) -> Self {
        match peer {
            Peer::Gone => Self::Close,
            Peer::Quiet => Self::Wait,
        }
    }
}
