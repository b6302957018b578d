//! Mistake: one compare_exchange and no retry. When another thread got there first the
//! exchange fails, and this update is silently dropped.

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
        let seen = self.value.load(Ordering::Relaxed);
        let _ = self
            .value
            .compare_exchange(seen, seen + delta, Ordering::Relaxed, Ordering::Relaxed);
    }

    fn total(&self) -> i64 {
        self.value.load(Ordering::Relaxed)
    }
}
