//! Fix 1: a `std::sync::Mutex` makes the read-modify-write one exclusive step.
//!
//! While one thread holds the lock, the other waits in `lock()`; so no thread can
//! read between another's read and write. The cost: every step takes and releases
//! the lock, and with two threads fighting for it, the waiter may sleep in the kernel.

use crate::strategy::Counter;
use crate::sync::{Mutex, MutexGuard};
use std::sync::PoisonError;

/// A counter behind a std Mutex.
#[derive(Debug)]
pub struct MutexCounter {
    value: Mutex<i64>,
}

impl MutexCounter {
    /// A counter starting at `start`.
    pub fn new(start: i64) -> Self {
        Self {
            value: Mutex::new(start),
        }
    }

    /// Lock, for callers that hold it across several steps (the replay does).
    pub fn lock(&self) -> MutexGuard<'_, i64> {
        // A poisoned lock means another thread panicked mid-update; the i64 is still whole.
        self.value.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Try to lock without waiting: `None` if another thread holds it.
    pub fn try_lock(&self) -> Option<MutexGuard<'_, i64>> {
        self.value.try_lock().ok()
    }
}

impl Default for MutexCounter {
    fn default() -> Self {
        Self::new(0)
    }
}

impl Counter for MutexCounter {
    /// Lock, add, unlock (the guard unlocks when it goes out of scope).
    fn add(&self, delta: i64) {
        *self.lock() += delta;
    }

    fn total(&self) -> i64 {
        *self.lock()
    }
}
