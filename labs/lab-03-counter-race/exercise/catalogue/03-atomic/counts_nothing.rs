//! Mistake: add reads the value and changes nothing. When the threads' deltas cancel
//! out, 0 looks right; with an odd number of threads it is not.

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
        let _ = (delta, self.value.load(Ordering::Relaxed));
    }

    fn total(&self) -> i64 {
        self.value.load(Ordering::Relaxed)
    }
}
