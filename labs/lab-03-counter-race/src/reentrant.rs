//! Fix 1c: a reentrant lock, Python's `threading.RLock`.
//!
//! A reentrant lock remembers which thread owns it and lets that thread lock it again
//! (a helper that locks, called from code that already holds the lock). It costs a
//! little more than a plain Mutex: it must check the owner on every lock.
//!
//! A plain `std::sync::Mutex` locked twice on one thread never returns: the second
//! `lock()` waits for a release that only the waiting thread could do (std documents
//! it may deadlock or panic). This example is *not run* by the tests, for that reason:
//!
//! ```no_run
//! let m = std::sync::Mutex::new(0);
//! let outer = m.lock().unwrap();
//! let inner = m.lock().unwrap(); // deadlocks (or panics): this thread already holds `m`
//! ```
//!
//! The reentrant version of the same nesting works: see [`ReentrantCounter::add_twice_nested`].

use crate::strategy::Counter;
use parking_lot::ReentrantMutex;
use std::cell::Cell;

/// A counter behind a reentrant lock. The lock hands out `&Cell`, not `&mut`: two guards
/// on one thread may exist at once, so neither may give exclusive access.
#[derive(Debug, Default)]
pub struct ReentrantCounter {
    pub(crate) value: ReentrantMutex<Cell<i64>>,
}

impl ReentrantCounter {
    /// A counter starting at `start`.
    pub fn new(start: i64) -> Self {
        Self {
            value: ReentrantMutex::new(Cell::new(start)),
        }
    }

    /// Take the lock, then call [`ReentrantCounter::add`], which takes it again on the
    /// same thread (fine for a reentrant lock, a deadlock for a plain Mutex): `delta` is
    /// added twice, once at each level.
    pub fn add_twice_nested(&self, delta: i64) {
        let outer = self.value.lock();
        self.add(delta);
        outer.set(outer.get() + delta);
    }
}

impl Counter for ReentrantCounter {
    /// Lock, add, unlock.
    fn add(&self, delta: i64) {
        let guard = self.value.lock();
        guard.set(guard.get() + delta);
    }

    fn total(&self) -> i64 {
        self.value.lock().get()
    }
}
