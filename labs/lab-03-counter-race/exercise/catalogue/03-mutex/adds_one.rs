//! Mistake: `+= 1` written for `+= delta`. Half the threads should subtract.

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
        let mut value = self.value.lock().unwrap_or_else(PoisonError::into_inner);
        *value += 1;
    } // the guard is dropped here: unlock

    fn total(&self) -> i64 {
        *self.value.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
