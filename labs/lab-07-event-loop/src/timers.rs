//! Deadlines the loop must act on: a head that is too slow (408), a `/sleep` that is
//! done, a drain that waited long enough. The loop sleeps in `poll` until the next one.

use mio::Token;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::time::{Duration, Instant};

/// What a timer is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Due {
    /// The request head did not arrive in time.
    HeadDeadline,
    /// A `/sleep` has slept long enough.
    SleepDone,
    /// A response did not leave in time: its client is not reading.
    WriteDeadline,
    /// The client did not close after our response.
    DrainDeadline,
    /// `accept` failed for lack of file descriptors: try the listener again.
    RetryAccept,
    /// The shutdown grace ran out: what is still in flight is answered 503.
    GraceOver,
}

/// A min-heap of (when, connection, what).
#[derive(Debug, Default)]
pub struct Timers {
    heap: BinaryHeap<Reverse<(Instant, usize, Due)>>,
}

impl Timers {
    /// Act on `token` for `due` at `when`. A timer whose connection has moved on is
    /// simply ignored when it fires (the loop checks the state), so none is ever cancelled.
    pub fn at(&mut self, when: Instant, token: Token, due: Due) {
        self.heap.push(Reverse((when, token.0, due)));
    }

    /// How long `poll` may sleep before the next timer (None: no timers).
    pub fn until_next(&self, now: Instant) -> Option<Duration> {
        self.heap
            .peek()
            .map(|Reverse((when, _, _))| when.saturating_duration_since(now))
    }

    /// Remove and return every timer due by `now`.
    pub fn pop_due(&mut self, now: Instant) -> Vec<(Token, Due)> {
        let mut due = Vec::new();
        while let Some(Reverse((when, token, what))) = self.heap.peek().copied() {
            if when > now {
                break;
            }
            self.heap.pop();
            due.push((Token(token), what));
        }
        due
    }
}
