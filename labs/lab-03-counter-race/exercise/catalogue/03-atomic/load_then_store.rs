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

impl Counter for AtomicCounter {
    /// Add `delta` in one indivisible step.
    fn add(&self, delta: i64) {
        // Relaxed: the count is the only data; joining the threads orders the final read.
        let seen = self.value.load(Ordering::SeqCst);
        self.value.store(seen + delta, Ordering::SeqCst);
    }

    fn total(&self) -> i64 {
        self.value.load(Ordering::Relaxed)
    }
}
