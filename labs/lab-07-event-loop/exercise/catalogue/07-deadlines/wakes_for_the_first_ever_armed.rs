//! Mistake: next_wake remembers the first deadline ever armed, not the earliest live
//! one: the loop wakes for a deadline that no longer matters, or sleeps past one that does.

use event_loop::checks::deadlines::HeadDeadlines;
use std::collections::{BTreeSet, HashMap};
use std::time::{Duration, Instant};

/// Each connection's head deadline, only the live ones.
#[derive(Debug, Default)]
pub struct Deadlines {
    /// Ordered by time, so the earliest is first; only live entries.
    by_time: BTreeSet<(Instant, usize)>,
    /// Each connection's live deadline, to find its entry in `by_time`.
    by_conn: HashMap<usize, Instant>,
    /// The first deadline armed.
    first: Option<Instant>,
}

impl HeadDeadlines for Deadlines {
    fn empty() -> Self {
        Self::default()
    }

    fn arm(&mut self, conn: usize, at: Instant) {
        if let Some(old) = self.by_conn.insert(conn, at) {
            self.by_time.remove(&(old, conn));
        }
        self.by_time.insert((at, conn));
        self.first.get_or_insert(at);
    }

    fn disarm(&mut self, conn: usize) {
        if let Some(old) = self.by_conn.remove(&conn) {
            self.by_time.remove(&(old, conn));
        }
    }

    fn expired(&mut self, now: Instant) -> Vec<usize> {
        let mut due = Vec::new();
        while let Some(&(at, conn)) = self.by_time.first() {
            if at > now {
                break;
            }
            self.by_time.pop_first();
            self.by_conn.remove(&conn);
            due.push(conn);
        }
        due
    }

    fn next_wake(&self, now: Instant) -> Option<Duration> {
        if self.by_time.is_empty() {
            return None;
        }
        self.first.map(|at| at.saturating_duration_since(now))
    }
}
