//! The loop itself: poll, then accept, move each ready connection one step (`ready.rs`),
//! pick up the pool's results and fire due timers. Closing is in `closing.rs`.

use super::{EventLoop, LISTENER, WAKER};
use crate::conn::{Conn, State};
use crate::timers::Due;
use mio::net::TcpStream;
use mio::{Events, Interest, Token};
use std::io;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// How soon to try `accept` again after it failed for lack of file descriptors.
const ACCEPT_RETRY: Duration = Duration::from_millis(20);

impl EventLoop {
    pub(super) fn run(&mut self) {
        let mut events = Events::with_capacity(1024);
        // Without the listener registered, the loop cannot serve; it then just stops.
        if !self.listen() {
            return;
        }
        loop {
            // 1. Shutting down: stop accepting and close idle connections; leave once the
            //    in-flight ones are done.
            // Acquire: pairs with the Release store in `EventLoopHandle::shutdown`.
            if self.stop.load(Ordering::Acquire) {
                self.begin_shutdown();
                if self.conns.is_empty() {
                    break;
                }
            }
            // 2. Wait for readiness, but no longer than the next timer (a 408, a /sleep,
            //    a drain). This is the only place the thread blocks.
            let timeout = if self.read_again.is_empty() {
                self.timers.until_next(Instant::now())
            } else {
                Some(Duration::ZERO) // kept-alive connections are waiting for a look
            };
            let waiting = labkit::trace::span("poll");
            if let Err(e) = self.poll.poll(&mut events, timeout)
                && e.kind() != io::ErrorKind::Interrupted
            {
                break;
            }
            drop(waiting);
            // `--trace` marks the rest of the turn: the loop's work, between its waits.
            let _turn = labkit::trace::span("turn");
            // 3. Act on what is ready: new connections, the pool's finished handlers,
            //    or one step of a connection's state machine.
            for event in events.iter() {
                match event.token() {
                    LISTENER => self.accept_all(),
                    WAKER => self.collect_offloaded(),
                    token => self.on_ready(token, event.is_read_closed()),
                }
            }
            // 4. Kept-alive connections that may hold their next request already
            //    (`keep_alive.rs`): read it, once each per turn, so no client holds the loop.
            for token in std::mem::take(&mut self.read_again) {
                self.on_ready(token, false);
            }
            // 5. Fire the timers that are due.
            for (token, due) in self.timers.pop_due(Instant::now()) {
                self.on_timer(token, due);
            }
        }
        if let Some(offload) = &mut self.offload {
            offload.shutdown();
        }
    }

    /// Ask `poll` to report the listener readable: a client is waiting to be accepted.
    fn listen(&mut self) -> bool {
        match &mut self.listener {
            Some(listener) => self
                .poll
                .registry()
                .register(listener, LISTENER, Interest::READABLE)
                .is_ok(),
            None => true,
        }
    }

    pub(super) fn accept_all(&mut self) {
        loop {
            let Some(listener) = &self.listener else {
                return;
            };
            match listener.accept() {
                Ok((stream, _)) => self.add(stream),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                // Out of file descriptors (EMFILE, ENFILE), or out of memory. The queue is
                // not empty, and an edge-triggered listener reports "readable" only when it
                // becomes so: waiting for the next event could wait for ever while clients
                // sit in the queue. So try again on a timer, when connections may have closed.
                Err(_) => {
                    self.timers
                        .at(Instant::now() + ACCEPT_RETRY, LISTENER, Due::RetryAccept);
                    return;
                }
            }
        }
    }

    pub(super) fn add(&mut self, mut stream: TcpStream) {
        let token = Token(self.next);
        self.next += 1;
        if self
            .poll
            .registry()
            .register(&mut stream, token, Interest::READABLE)
            .is_err()
        {
            return;
        }
        let deadline = Instant::now() + self.options.read_timeout;
        self.conns.insert(token, Conn::new(stream, deadline));
        self.timers.at(deadline, token, Due::HeadDeadline);
        let open = self.stats.open.fetch_add(1, Ordering::Relaxed) + 1;
        self.stats.peak_open.fetch_max(open, Ordering::Relaxed);
    }

    pub(super) fn on_timer(&mut self, token: Token, due: Due) {
        if due == Due::RetryAccept {
            return self.accept_all();
        }
        if due == Due::GraceOver {
            return; // the loop's next turn sees it, in begin_shutdown
        }
        // A kept-alive connection's head timers (`keep_alive.rs`): a stale one re-arms,
        // and one idle between requests closes quietly.
        if due == Due::HeadDeadline && self.kept_alive_deadline(token) {
            return;
        }
        let Some(conn) = self.conns.get_mut(&token) else {
            return;
        };
        match (due, &mut conn.state) {
            (Due::HeadDeadline, State::Reading { .. }) => self.reject(token, 408),
            (Due::SleepDone, State::Sleeping(body)) => {
                let body = std::mem::take(body);
                self.stats.sleeping.fetch_sub(1, Ordering::Relaxed);
                self.stats.served.fetch_add(1, Ordering::Relaxed);
                self.send(token, body);
            }
            (Due::DrainDeadline, State::Draining) => self.close(token),
            (Due::WriteDeadline, State::Writing { .. })
                if Instant::now() >= conn.write_deadline =>
            {
                self.close(token)
            }
            _ => {} // the connection moved on; this timer is stale
        }
    }

    pub(super) fn collect_offloaded(&mut self) {
        let done: Vec<_> = self
            .offload
            .as_ref()
            .map(|o| o.done.try_iter().collect())
            .unwrap_or_default();
        for (token, response) in done {
            if matches!(
                self.conns.get(&token),
                Some(Conn {
                    state: State::Working,
                    ..
                })
            ) {
                self.respond(token, response);
            }
        }
    }
}
