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

impl MutexCounter {
    /// Lock, add `delta`, unlock.
    pub fn add(&self, delta: i64) {
        // A thread that panicked while holding the lock leaves a whole i64 behind:
        // carry on with it rather than panicking too.
        let _ = delta;
        let mut value = self.value.lock().unwrap_or_else(PoisonError::into_inner);
        *value += 1;
    } // the guard is dropped here: unlock
}

impl Counter for MutexCounter {
    fn run_thread(&self, _thread: usize, delta: i64, loops: u64) {
        for _ in 0..loops {
            self.add(delta);
        }
    }

    fn total(&self) -> i64 {
        *self.value.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
