//! What the tasks record about themselves: that each ran, and how many ran at once.
//!
//! A counter alone cannot tell "every task ran once" from "one ran twice and another
//! never": each task gets its own slot, incremented when it runs.

use std::sync::atomic::{AtomicU8, AtomicU64, AtomicUsize, Ordering};

/// Per-task run counts and a high-water mark of tasks running at once.
#[derive(Debug)]
pub struct Tracker {
    runs: Vec<AtomicU8>,
    running: AtomicUsize,
    max_running: AtomicUsize,
    done: AtomicU64,
}

impl Tracker {
    /// A tracker for `tasks` tasks.
    pub fn new(tasks: usize) -> Self {
        Self {
            runs: (0..tasks).map(|_| AtomicU8::new(0)).collect(),
            running: AtomicUsize::new(0),
            max_running: AtomicUsize::new(0),
            done: AtomicU64::new(0),
        }
    }

    /// Run task `id`'s `work`, recording that it ran and how many ran alongside it.
    /// All Relaxed: independent tallies, read after every worker is joined (or as a
    /// live estimate for the progress bar).
    pub fn run<T>(&self, id: usize, work: impl FnOnce() -> T) -> T {
        let now = self.running.fetch_add(1, Ordering::Relaxed) + 1;
        self.max_running.fetch_max(now, Ordering::Relaxed);
        let value = work();
        self.running.fetch_sub(1, Ordering::Relaxed);
        self.runs[id].fetch_add(1, Ordering::Relaxed);
        self.done.fetch_add(1, Ordering::Relaxed);
        value
    }

    /// Tasks finished so far (for progress bars).
    pub fn done(&self) -> u64 {
        self.done.load(Ordering::Relaxed)
    }

    /// Tasks that ran exactly once.
    pub fn ran_exactly_once(&self) -> usize {
        self.runs
            .iter()
            .filter(|r| r.load(Ordering::Relaxed) == 1)
            .count()
    }

    /// Tasks that ran more than once (a pool bug).
    pub fn ran_more_than_once(&self) -> usize {
        self.runs
            .iter()
            .filter(|r| r.load(Ordering::Relaxed) > 1)
            .count()
    }

    /// Most tasks that were running at the same moment.
    pub fn max_running(&self) -> usize {
        self.max_running.load(Ordering::Relaxed)
    }

    /// How many tasks this tracker follows.
    pub fn tasks(&self) -> usize {
        self.runs.len()
    }
}
