//! Closing: one connection, or all of them at shutdown. Shutdown stops accepting,
//! closes the connections that have sent nothing, answers the queued ones, and gives
//! requests in flight the grace before their 503.

use super::{EventLoop, LISTENER};
use crate::conn::State;
use crate::timers::Due;
use mio::Token;
use netkit::response::Response;
use std::sync::atomic::Ordering;
use std::time::Instant;

impl EventLoop {
    /// Forget `token`'s connection: deregister it, and its socket closes as it drops.
    pub(super) fn close(&mut self, token: Token) {
        self.requests.closed(token);
        if let Some(mut conn) = self.conns.remove(&token) {
            let _ = self.poll.registry().deregister(&mut conn.stream);
            self.stats.open.fetch_sub(1, Ordering::Relaxed);
            if matches!(conn.state, State::Sleeping(_)) {
                self.stats.sleeping.fetch_sub(1, Ordering::Relaxed);
            }
        }
    }

    /// Shutdown has begun. Relaxed: it only decides whether to keep a connection alive,
    /// and a late answer costs one more request; the Acquire load at the top of each turn
    /// is the one that acts on shutdown.
    pub(super) fn stopping(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// Stop accepting (clients still in the backlog get 503), close every connection
    /// that has not sent a request, and once the grace is over answer every pending
    /// `/sleep` with 503, so shutdown never waits past the grace for a timer.
    pub(super) fn begin_shutdown(&mut self) {
        if let Some(mut listener) = self.listener.take() {
            let _ = self.poll.registry().deregister(&mut listener);
            // Clients still queued in the backlog get a 503, not the reset that dropping
            // the listener would give them.
            while let Ok((stream, _)) = listener.accept() {
                let token = Token(self.next);
                self.add(stream);
                self.reject(token, 503);
            }
        }
        let idle: Vec<Token> = self
            .conns
            .iter()
            .filter(|(_, c)| c.is_idle())
            .map(|(t, _)| *t)
            .collect();
        for token in idle {
            self.close(token);
        }
        // A `/sleep` in flight finishes within the grace; past it, it is answered 503.
        let now = Instant::now();
        let began = *self.shutdown_began.get_or_insert_with(|| {
            self.timers
                .at(now + self.options.grace, LISTENER, Due::GraceOver);
            now
        });
        if now < began + self.options.grace {
            return;
        }
        let sleeping: Vec<Token> = self
            .conns
            .iter()
            .filter(|(_, c)| matches!(c.state, State::Sleeping(_)))
            .map(|(t, _)| *t)
            .collect();
        for token in sleeping {
            self.stats.sleeping.fetch_sub(1, Ordering::Relaxed);
            self.respond(token, Response::text(503, "shutting down\n"));
        }
    }
}
