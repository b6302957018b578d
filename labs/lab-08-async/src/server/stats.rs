//! The server's counters: live while it runs, a snapshot when it stops.

use serde::Serialize;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// Live counters, shared by every task of one server.
#[derive(Debug, Default)]
pub struct Stats {
    /// Connections accepted.
    pub accepted: AtomicU64,
    /// Accepts that first waited for a place (the Semaphore was full).
    pub waited_for_a_place: AtomicU64,
    /// Responses written in full.
    pub answered: AtomicU64,
    /// Heads refused (400, 408, 431, 501).
    pub rejected: AtomicU64,
    /// Connections dropped because the client did not read its answer in time.
    pub dropped_non_readers: AtomicU64,
    /// Requests still running when the shutdown grace ran out (answered 503).
    pub cut_at_shutdown: AtomicU64,
    /// Connections still waiting in the listen backlog at shutdown (answered 503).
    pub refused_at_shutdown: AtomicU64,
    /// Failed accepts (out of file descriptors, say); the loop pauses and goes on.
    pub accept_errors: AtomicU64,
}

/// The counters once the server has stopped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Connections accepted.
    pub accepted: u64,
    /// Accepts that first waited for a place.
    pub waited_for_a_place: u64,
    /// Responses written in full.
    pub answered: u64,
    /// Heads refused.
    pub rejected: u64,
    /// Clients dropped for not reading.
    pub dropped_non_readers: u64,
    /// Requests cut at the end of the shutdown grace.
    pub cut_at_shutdown: u64,
    /// Backlog connections answered 503 at shutdown.
    pub refused_at_shutdown: u64,
    /// Failed accepts.
    pub accept_errors: u64,
}

impl Stats {
    /// A snapshot of every counter.
    pub fn totals(&self) -> Totals {
        Totals {
            accepted: self.accepted.load(Relaxed),
            waited_for_a_place: self.waited_for_a_place.load(Relaxed),
            answered: self.answered.load(Relaxed),
            rejected: self.rejected.load(Relaxed),
            dropped_non_readers: self.dropped_non_readers.load(Relaxed),
            cut_at_shutdown: self.cut_at_shutdown.load(Relaxed),
            refused_at_shutdown: self.refused_at_shutdown.load(Relaxed),
            accept_errors: self.accept_errors.load(Relaxed),
        }
    }
}
