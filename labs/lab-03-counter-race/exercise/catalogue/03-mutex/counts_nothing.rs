//! Mistake: add locks and unlocks but changes nothing. When the threads' deltas cancel
//! out, 0 looks right; with an odd number of threads it is not.

use counter_race::strategy::Counter;
use counter_race::sync::Mutex;
use std::sync::PoisonError;

/// A counter behind a Mutex.
#[derive(Debug)]
pub struct MutexCounter {
    value: Mutex<i64>,
}

impl Default for MutexCounter {
    fn default() -> Self {
        Self {
            value: Mutex::new(0),
        }
    }
}

impl Counter for MutexCounter {
    /// Lock, add `delta`, unlock.
    fn add(&self, delta: i64) {
        // A thread that panicked while holding the lock leaves a whole i64 behind:
        // carry on with it rather than panicking too.
        let _ = delta;
        let _value = self.value.lock().unwrap_or_else(PoisonError::into_inner);
    } // the guard is dropped here: unlock

    fn total(&self) -> i64 {
        *self.value.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
