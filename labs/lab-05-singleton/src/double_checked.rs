//! Fix 2: double-checked locking: lock only while nothing is built yet.
//!
//! 1. Fast path: load the slot (Acquire). Built? Return it. No lock at all.
//! 2. Slow path: take the Mutex, and **check again**: another thread may have built
//!    it while we waited for the lock.
//! 3. Still empty: build, store (Release), unlock.
//!
//! After the first call every access is one Acquire load, which on x86 is a plain
//! load. The orderings are what make it correct (see [`crate::leaked`]): the Release
//! store publishes the built config, and the Acquire load that sees the pointer also
//! sees the config's fields. With Relaxed, a reader could see the pointer before the
//! fields it points to: a half-built object. That is how this pattern was broken in
//! Java before 2004 (JSR-133 gave `volatile` these semantics) and in C++ before
//! C++11's memory model. `OnceLock` is this pattern, written once, correctly.

use crate::config::{Builder, Config};
use crate::leaked::LeakedSlot;
use crate::way::Way;

use crate::sync::Mutex;
use std::sync::PoisonError;

/// Double-checked locking over a leaked slot.
#[derive(Debug)]
pub struct DoubleChecked {
    slot: LeakedSlot,
    building: Mutex<()>,
    builder: Builder,
}

impl DoubleChecked {
    /// An empty singleton.
    pub fn new(builder: Builder) -> Self {
        Self::with_slot(builder, LeakedSlot::default())
    }

    /// The same pattern over a given slot ([`crate::relaxed`] passes a Relaxed one).
    pub fn with_slot(builder: Builder, slot: LeakedSlot) -> Self {
        Self {
            slot,
            building: Mutex::new(()),
            builder,
        }
    }
}

impl DoubleChecked {
    /// The slow path, taken until the config is built. Out of line and marked cold, so
    /// the fast path in `get` stays one load and a branch, inlined into the caller.
    #[cold]
    #[inline(never)]
    fn build_once(&self) -> &'static Config {
        let _building = self.building.lock().unwrap_or_else(PoisonError::into_inner);
        // Second check, under the lock: someone may have built it while we waited.
        if let Some(config) = self.slot.load() {
            return config;
        }
        self.slot.store(self.builder.build())
    }
}

impl Way for DoubleChecked {
    #[inline]
    fn get(&self) -> &Config {
        // First check, no lock (an Acquire load: pairs with the Release store in `build_once`).
        match self.slot.load() {
            Some(config) => config,
            None => self.build_once(),
        }
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
