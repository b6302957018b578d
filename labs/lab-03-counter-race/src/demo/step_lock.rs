//! The lock-based fixes seen one step at a time, so the replay can drive any of them.
//!
//! Each lock fix offers the same three moves: try to enter without waiting, enter
//! (waiting if another thread is inside), and read or write the value while inside.

use crate::mutex::MutexCounter;
use crate::parking_lot::ParkingLotCounter;
use crate::reentrant::ReentrantCounter;

/// A counter guarded by a lock, driven step by step.
pub trait StepLock: Sync {
    /// Proof of being inside the lock; dropping it unlocks.
    type Guard<'a>
    where
        Self: 'a;

    /// Enter if nobody is inside; `None` if another thread holds the lock.
    fn try_enter(&self) -> Option<Self::Guard<'_>>;
    /// Enter, waiting for whoever is inside.
    fn enter(&self) -> Self::Guard<'_>;
    /// The value, read while inside.
    fn value(guard: &Self::Guard<'_>) -> i64;
    /// Write the value while inside.
    fn set(guard: &mut Self::Guard<'_>, value: i64);
}

impl StepLock for MutexCounter {
    type Guard<'a> = crate::sync::MutexGuard<'a, i64>;

    fn try_enter(&self) -> Option<Self::Guard<'_>> {
        self.try_lock()
    }
    fn enter(&self) -> Self::Guard<'_> {
        self.lock()
    }
    fn value(guard: &Self::Guard<'_>) -> i64 {
        **guard
    }
    fn set(guard: &mut Self::Guard<'_>, value: i64) {
        **guard = value;
    }
}

impl StepLock for ParkingLotCounter {
    type Guard<'a> = ::parking_lot::MutexGuard<'a, i64>;

    fn try_enter(&self) -> Option<Self::Guard<'_>> {
        self.value.try_lock()
    }
    fn enter(&self) -> Self::Guard<'_> {
        self.value.lock()
    }
    fn value(guard: &Self::Guard<'_>) -> i64 {
        **guard
    }
    fn set(guard: &mut Self::Guard<'_>, value: i64) {
        **guard = value;
    }
}

impl StepLock for ReentrantCounter {
    type Guard<'a> = ::parking_lot::ReentrantMutexGuard<'a, std::cell::Cell<i64>>;

    // Reentrant only for the thread that holds it: another thread is refused like any Mutex.
    fn try_enter(&self) -> Option<Self::Guard<'_>> {
        self.value.try_lock()
    }
    fn enter(&self) -> Self::Guard<'_> {
        self.value.lock()
    }
    fn value(guard: &Self::Guard<'_>) -> i64 {
        guard.get()
    }
    fn set(guard: &mut Self::Guard<'_>, value: i64) {
        guard.set(value);
    }
}
