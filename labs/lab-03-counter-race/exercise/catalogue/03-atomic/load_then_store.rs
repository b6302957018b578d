//! Mistake: an atomic load, then an atomic store. Each is indivisible, the pair is not:
//! another thread can store in between, and its update is overwritten.

use counter_race::strategy::Counter;
use counter_race::sync::AtomicI64;
use std::sync::atomic::Ordering;

/// A counter updated with one atomic instruction per step.
#[derive(Debug, Default)]
pub struct AtomicCounter {
    value: AtomicI64,
}

impl AtomicCounter {
    /// Add `delta` in one indivisible step.
    pub fn add(&self, delta: i64) {
        // Relaxed: the count is the only data; joining the threads orders the final read.
        let seen = self.value.load(Ordering::SeqCst);
        self.value.store(seen + delta, Ordering::SeqCst);
    }
}

impl Counter for AtomicCounter {
    fn run_thread(&self, _thread: usize, delta: i64, loops: u64) {
        for _ in 0..loops {
            self.add(delta);
        }
    }

    fn total(&self) -> i64 {
        self.value.load(Ordering::Relaxed)
    }
}
