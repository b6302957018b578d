//! Sending a response without blocking: write what the socket takes, wait for writable
//! for the rest, then half-close and drain until the client closes.

use super::*;

impl EventLoop {
    pub(super) fn set_state(&mut self, token: Token, state: State) {
        if let Some(conn) = self.conns.get_mut(&token) {
            conn.state = state;
        }
    }

    pub(super) fn respond(&mut self, token: Token, response: Response) {
        self.stats.served.fetch_add(1, Ordering::Relaxed);
        self.send(token, response.to_bytes());
    }

    /// Start writing `out`; most responses fit the socket buffer and go at once.
    pub(super) fn send(&mut self, token: Token, out: Vec<u8>) {
        let Some(conn) = self.conns.get_mut(&token) else {
            return;
        };
        conn.state = State::Writing { out, sent: 0 };
        match conn.write_some(&self.options.steps) {
            Progress::Done => self.start_drain(token),
            Progress::Closed => self.close(token),
            Progress::Blocked => {
                let _ =
                    self.poll
                        .registry()
                        .reregister(&mut conn.stream, token, Interest::WRITABLE);
            }
        }
    }

    /// Response sent: shut down our side, then wait (bounded) for the client to close.
    pub(super) fn start_drain(&mut self, token: Token) {
        let Some(conn) = self.conns.get_mut(&token) else {
            return;
        };
        let _ = conn.stream.shutdown(Shutdown::Write);
        conn.state = State::Draining;
        let _ = self
            .poll
            .registry()
            .reregister(&mut conn.stream, token, Interest::READABLE);
        self.timers
            .at(Instant::now() + DRAIN_TIMEOUT, token, Due::DrainDeadline);
        if conn.drain() == Progress::Closed {
            self.close(token);
        }
    }
}
