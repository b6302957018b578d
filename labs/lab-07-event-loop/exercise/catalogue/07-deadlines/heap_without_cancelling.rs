//! Mistake: the lab's own timer heap, used as if it cancelled. Every arm pushes an
//! entry and nothing is ever removed early, so a replaced or disarmed deadline still
//! fires (the lab's loop survives that only because it checks each connection's state).

use event_loop::checks::deadlines::HeadDeadlines;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::time::{Duration, Instant};

/// Each connection's head deadline, stale ones included.
#[derive(Debug, Default)]
pub struct Deadlines {
    heap: BinaryHeap<Reverse<(Instant, usize)>>,
}

impl HeadDeadlines for Deadlines {
    fn empty() -> Self {
        Self::default()
    }

    fn arm(&mut self, conn: usize, at: Instant) {
        self.heap.push(Reverse((at, conn)));
    }

    fn disarm(&mut self, _conn: usize) {}

    fn expired(&mut self, now: Instant) -> Vec<usize> {
        let mut due = Vec::new();
        while let Some(Reverse((at, conn))) = self.heap.peek().copied() {
            if at > now {
                break;
            }
            self.heap.pop();
            due.push(conn);
        }
        due
    }

    fn next_wake(&self, now: Instant) -> Option<Duration> {
        self.heap
            .peek()
            .map(|Reverse((at, _))| at.saturating_duration_since(now))
    }
}
