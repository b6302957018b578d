//! Mistake: Relaxed on the lock and the unlock. The lock is taken by one thread at a
//! time, but nothing makes the last holder's writes visible to the next one.
use counter_race::strategy::Counter;
// std's types in a normal build, loom's when the grading runs the model checker.
use counter_race::sync::{AtomicBool, AtomicI64, spin_loop};
use std::sync::atomic::Ordering;

/// A lock that spins until it is free.
#[derive(Debug)]
pub struct SpinLock {
    locked: AtomicBool,
}

impl SpinLock {
    /// An unlocked lock.
    pub fn new() -> Self {
        Self {
            locked: AtomicBool::new(false),
        }
    }

    /// Wait until the lock is free, and take it.
    pub fn lock(&self) {
        // Acquire: pairs with the Release in unlock, so what the last holder wrote
        // inside the lock is seen here.
        while self
            .locked
            .compare_exchange_weak(false, true, Ordering::Relaxed, Ordering::Relaxed)
            .is_err()
        {
            // Taken: wait with plain loads (no writes to the flag's cache line), then retry.
            while self.locked.load(Ordering::Relaxed) {
                spin_loop();
            }
        }
    }

    /// Let the lock go.
    pub fn unlock(&self) {
        // Release: pairs with the Acquire in lock.
        self.locked.store(false, Ordering::Relaxed);
    }
}

impl Default for SpinLock {
    fn default() -> Self {
        Self::new()
    }
}

/// The racy read-then-write, made exact by the spin lock around it.
#[derive(Debug, Default)]
pub struct SpinLockCounter {
    lock: SpinLock,
    value: AtomicI64,
}

impl Counter for SpinLockCounter {
    /// Lock, read, write, unlock: the two steps cannot interleave with another thread's.
    fn add(&self, delta: i64) {
        self.lock.lock();
        // Relaxed is enough here: the lock's own orderings carry these to the next holder.
        let seen = self.value.load(Ordering::Relaxed);
        self.value.store(seen + delta, Ordering::Relaxed);
        self.lock.unlock();
    }

    fn total(&self) -> i64 {
        self.lock.lock();
        let total = self.value.load(Ordering::Relaxed);
        self.lock.unlock();
        total
    }
}
