//! Live counters a server keeps, and the totals it returns on shutdown.

use serde::Serialize;
use std::sync::atomic::{AtomicU64, Ordering};

/// Counters updated by every thread of one server. All Relaxed: each is an
/// independent tally; `shutdown` joins every thread before reading the totals.
#[derive(Debug, Default)]
pub struct Stats {
    served: AtomicU64,
    connections: AtomicU64,
    rejected: AtomicU64,
    refused: AtomicU64,
    panics: AtomicU64,
    live_threads: AtomicU64,
    peak_threads: AtomicU64,
    cut_at_shutdown: AtomicU64,
}

/// A snapshot of [`Stats`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Requests answered by the handler (any status, 500 included).
    pub served: u64,
    /// Connections that got at least one answer (with keep-alive, fewer than requests).
    pub connections: u64,
    /// Bad requests answered 400, 431 or 408.
    pub rejected: u64,
    /// Connections refused with 503 because the cap or queue was full.
    pub refused: u64,
    /// Handler panics caught (each answered 500).
    pub panics: u64,
    /// Threads serving connections right now (0 after shutdown).
    pub live_threads: u64,
    /// Most threads serving connections at once, the accept thread included.
    pub peak_threads: u64,
    /// Requests still running when the shutdown's grace ended, answered 503 by it.
    pub cut_at_shutdown: u64,
}

impl Stats {
    /// Count the requests shutdown answered 503 when its grace ended.
    pub fn cut_at_shutdown(&self, cut: u64) {
        self.cut_at_shutdown.fetch_add(cut, Ordering::Relaxed);
    }

    /// Count a request the handler answered.
    pub fn served(&self) {
        self.served.fetch_add(1, Ordering::Relaxed);
    }

    /// Count a connection's first answered request.
    pub fn connection_served(&self) {
        self.connections.fetch_add(1, Ordering::Relaxed);
    }

    /// Count a bad request.
    pub fn rejected(&self) {
        self.rejected.fetch_add(1, Ordering::Relaxed);
    }

    /// Count a connection refused with 503.
    pub fn refused(&self) {
        self.refused.fetch_add(1, Ordering::Relaxed);
    }

    /// Count a handler panic.
    pub fn panicked(&self) {
        self.panics.fetch_add(1, Ordering::Relaxed);
    }

    /// A serving thread started; track the peak (the accept thread counts as one more).
    pub fn thread_started(&self) {
        let now = self.live_threads.fetch_add(1, Ordering::Relaxed) + 1;
        self.peak_threads.fetch_max(now + 1, Ordering::Relaxed);
    }

    /// A serving thread ended.
    pub fn thread_ended(&self) {
        self.live_threads.fetch_sub(1, Ordering::Relaxed);
    }

    /// Serving threads alive right now.
    pub fn live_threads(&self) -> u64 {
        self.live_threads.load(Ordering::Relaxed)
    }

    /// A snapshot of every counter.
    pub fn totals(&self) -> Totals {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        Totals {
            served: get(&self.served),
            connections: get(&self.connections),
            rejected: get(&self.rejected),
            refused: get(&self.refused),
            panics: get(&self.panics),
            live_threads: get(&self.live_threads),
            peak_threads: get(&self.peak_threads).max(1),
            cut_at_shutdown: get(&self.cut_at_shutdown),
        }
    }
}
