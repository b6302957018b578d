//! The naive singleton, wrong on purpose: check, then build, then store, no lock.
//!
//! **What is wrong:** between "the slot is empty" and "store my config" there is a
//! whole construction. Every thread that checks during that window also sees an
//! empty slot, and builds its own.
//!
//! **What you will see:** 50 threads released together build up to 50 configs, and
//! different threads hold different "singletons" (the runner prints their addresses).
//! Each extra config is *leaked*: it was `Box::leak`ed so every thread's reference stays
//! valid, and the last store wins the slot; the others are never freed. (In Python
//! the losers are garbage-collected once no thread holds them; here they cannot be,
//! because a `&'static` promises they live forever.)
//!
//! **What fixes it:** make check-and-build one step: [`crate::locked`],
//! [`crate::double_checked`], or simply [`crate::once_lock`].

use crate::config::{Builder, Config};
use crate::leaked::LeakedSlot;
use crate::way::Way;

/// Check, build, store.
#[derive(Debug)]
pub struct NaiveSingleton {
    slot: LeakedSlot,
    builder: Builder,
}

impl NaiveSingleton {
    /// An empty singleton.
    pub fn new(builder: Builder) -> Self {
        Self {
            slot: LeakedSlot::default(),
            builder,
        }
    }
}

impl Way for NaiveSingleton {
    fn get(&self) -> &Config {
        match self.slot.load() {
            Some(config) => config,
            // The window: other threads can pass the check above until `store` runs.
            None => self.slot.store(self.builder.build()),
        }
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
