//! Fix 1: take a Mutex on every access.
//!
//! The check and the build happen under one lock, so only the first thread builds.
//! Correct, and simple; but every later access still takes the lock, and with many
//! threads reading they queue for it, though nothing is being built any more.

use crate::config::{Builder, Config};
use crate::way::Way;
use std::sync::Mutex;

/// A Mutex around the whole "check, build" step, on every call.
#[derive(Debug)]
pub struct LockedSingleton {
    slot: Mutex<Option<&'static Config>>,
    builder: Builder,
}

impl LockedSingleton {
    /// An empty singleton.
    pub fn new(builder: Builder) -> Self {
        Self {
            slot: Mutex::new(None),
            builder,
        }
    }
}

impl Way for LockedSingleton {
    fn get(&self) -> &Config {
        // A poisoned lock means a build panicked; the slot is still None or Some, both whole.
        let mut slot = self
            .slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        slot.get_or_insert_with(|| Box::leak(Box::new(self.builder.build())))
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
