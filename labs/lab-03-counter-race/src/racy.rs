//! The racy counter, wrong on purpose.
//!
//! **What is wrong:** `add` reads the value, then writes `value + delta`, as two
//! separate steps. Between them another thread can write, and that write is then
//! overwritten: A reads 5, B reads 5, B writes 4, A writes 6, and B's update is gone.
//!
//! **What you will see:** two threads adding +1 and -1 ten million times each should
//! end at 0; this counter usually ends millions away from it, different from run to run.
//!
//! **What fixes it:** make the read-modify-write one indivisible step: a lock around
//! it ([`crate::mutex`], [`crate::parking_lot`], [`crate::reentrant`]), one atomic
//! instruction ([`crate::atomic`]), or no sharing at all ([`crate::sharded`]).
//!
//! Each step is itself an atomic load or store, so this is safe Rust with no undefined
//! behaviour: the bug is purely logical, which is exactly the bug Python has. (A
//! `static mut` would be undefined behaviour, and the optimiser would fold the loop into
//! one addition, so the demo would show nothing.)

use crate::strategy::Counter;
use crate::sync::AtomicI64;
use std::sync::atomic::Ordering;

/// A counter whose `add` is a separate read and write.
#[derive(Debug)]
pub struct RacyCounter {
    value: AtomicI64,
}

impl RacyCounter {
    /// A counter starting at `start` (the replay starts at 5).
    pub fn new(start: i64) -> Self {
        Self {
            value: AtomicI64::new(start),
        }
    }

    /// Step one: read. Relaxed: no other memory is published through this counter.
    pub fn read(&self) -> i64 {
        self.value.load(Ordering::Relaxed)
    }

    /// Step two: write what this thread computed, whatever happened in between.
    pub fn write(&self, value: i64) {
        self.value.store(value, Ordering::Relaxed);
    }
}

impl Default for RacyCounter {
    fn default() -> Self {
        Self::new(0)
    }
}

impl Counter for RacyCounter {
    /// Read, then write: the gap between the two lines is the race.
    fn add(&self, delta: i64) {
        let seen = self.read();
        self.write(seen + delta);
    }

    fn total(&self) -> i64 {
        self.read()
    }
}
