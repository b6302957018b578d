//! Where a check meets the threads it runs: a rendezvous, a gate, and a count of who
//! is inside a section at once, each with a timeout so a wrong answer fails, not hangs.

use super::TEST_TIMEOUT;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

/// A meeting point for `parties` threads, with a timeout, so code that runs them one at
/// a time fails the check instead of hanging it.
#[derive(Clone, Debug)]
pub struct Rendezvous {
    parties: usize,
    state: Arc<(Mutex<usize>, Condvar)>,
}

impl Rendezvous {
    /// A rendezvous for `parties` threads.
    pub fn new(parties: usize) -> Self {
        Self {
            parties,
            state: Arc::new((Mutex::new(0), Condvar::new())),
        }
    }

    /// Arrive and wait up to `patience` for the others: true if all of them came.
    pub fn wait_for(&self, patience: Duration) -> bool {
        let (count, all_here) = &*self.state;
        let mut arrived = count.lock().unwrap_or_else(PoisonError::into_inner);
        *arrived += 1;
        all_here.notify_all();
        let (arrived, _) = all_here
            .wait_timeout_while(arrived, patience, |n| *n < self.parties)
            .unwrap_or_else(PoisonError::into_inner);
        *arrived >= self.parties
    }

    /// Arrive and wait up to [`TEST_TIMEOUT`] for the others.
    pub fn wait(&self) -> bool {
        self.wait_for(TEST_TIMEOUT)
    }
}

/// A gate that tasks wait at until a check opens it (or their patience runs out): how a
/// check holds work "in flight" at the moment it shuts something down.
#[derive(Clone, Debug, Default)]
pub struct Gate {
    state: Arc<(Mutex<bool>, Condvar)>,
}

impl Gate {
    /// A closed gate.
    pub fn new() -> Self {
        Self::default()
    }

    /// Open the gate: every waiter goes on, and later ones do not stop.
    pub fn open(&self) {
        let (open, opened) = &*self.state;
        *open.lock().unwrap_or_else(PoisonError::into_inner) = true;
        opened.notify_all();
    }

    /// Wait up to `patience` for the gate to open: true if it did.
    pub fn wait_for(&self, patience: Duration) -> bool {
        let (open, opened) = &*self.state;
        let guard = open.lock().unwrap_or_else(PoisonError::into_inner);
        let (guard, _) = opened
            .wait_timeout_while(guard, patience, |open| !*open)
            .unwrap_or_else(PoisonError::into_inner);
        *guard
    }
}

/// How many callers are inside a section at once, and the most there ever were: how a
/// check sees that a pool runs W tasks together, and never more.
#[derive(Clone, Debug, Default)]
pub struct Occupancy {
    /// (inside now, the most ever inside at once)
    state: Arc<(Mutex<(usize, usize)>, Condvar)>,
}

impl Occupancy {
    /// Nobody inside yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// A caller comes in.
    pub fn enter(&self) {
        let (count, changed) = &*self.state;
        let mut c = count.lock().unwrap_or_else(PoisonError::into_inner);
        c.0 += 1;
        c.1 = c.1.max(c.0);
        changed.notify_all();
    }

    /// A caller leaves.
    pub fn leave(&self) {
        let (count, _) = &*self.state;
        let mut c = count.lock().unwrap_or_else(PoisonError::into_inner);
        c.0 = c.0.saturating_sub(1);
    }

    /// Wait until `n` are inside (at most `patience`), then `window` longer for any
    /// beyond `n`: the most ever inside at once. Callers held at a gate meanwhile make
    /// it exact: a bounded section shows `n`, an unbounded one shows more within `window`.
    pub fn most_after(&self, n: usize, patience: Duration, window: Duration) -> usize {
        let (count, changed) = &*self.state;
        let c = count.lock().unwrap_or_else(PoisonError::into_inner);
        let (c, _) = changed
            .wait_timeout_while(c, patience, |c| c.0 < n)
            .unwrap_or_else(PoisonError::into_inner);
        let (c, _) = changed
            .wait_timeout_while(c, window, |c| c.1 <= n)
            .unwrap_or_else(PoisonError::into_inner);
        c.1
    }
}
