//! Mistake: the thread adds its delta once, not `loops` times.

use counter_race::strategy::Counter;
use counter_race::sync::AtomicI64;
use std::sync::atomic::Ordering;

/// Per-thread local sums, combined once per thread.
#[derive(Debug, Default)]
pub struct ShardedCounter {
    combined: AtomicI64,
}

impl Counter for ShardedCounter {
    /// Given: one add straight into the shared total. Each thread should need it once.
    fn add(&self, delta: i64) {
        self.combined
            .fetch_add(delta, std::sync::atomic::Ordering::Relaxed);
    }

    fn run_thread(&self, _thread: usize, delta: i64, loops: u64) {
        let _ = loops;
        self.combined.fetch_add(delta, Ordering::Relaxed);
    }

    fn total(&self) -> i64 {
        self.combined.load(Ordering::Relaxed)
    }
}
