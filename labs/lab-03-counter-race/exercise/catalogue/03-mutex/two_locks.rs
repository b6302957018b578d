//! Mistake: the read and the write under two different locks. Each step is locked,
//! but another thread can run between them, so updates are lost again.

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
        let seen = *self.value.lock().unwrap_or_else(PoisonError::into_inner);
        *self.value.lock().unwrap_or_else(PoisonError::into_inner) = seen + delta;
    } // the guard is dropped here: unlock

    fn total(&self) -> i64 {
        *self.value.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
