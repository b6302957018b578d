//! Mistake: Relaxed on the store and the load. A reader can see the pointer before the
//! writes that built the config behind it: loom finds that interleaving.
#![allow(unsafe_code)] // the lesson needs one `unsafe` block, with its SAFETY comment

use singleton::config::{Builder, Config};
use singleton::sync::{AtomicPtr, Mutex};
use singleton::way::Way;
use std::sync::PoisonError;
use std::sync::atomic::Ordering;

/// Double-checked locking over an atomic pointer to a leaked config.
#[derive(Debug)]
pub struct DoubleChecked {
    slot: AtomicPtr<Config>,
    building: Mutex<()>,
    builder: Builder,
}

impl DoubleChecked {
    /// An empty singleton.
    pub fn new(builder: Builder) -> Self {
        Self {
            slot: AtomicPtr::new(std::ptr::null_mut()),
            building: Mutex::new(()),
            builder,
        }
    }

    /// The config the slot points to, if it has been built.
    fn built(&self) -> Option<&'static Config> {
        // Acquire: pairs with the Release store in build_once, so the writes that built
        // the config are visible before we read through the pointer.
        let ptr = self.slot.load(Ordering::Relaxed);
        // SAFETY: the slot is null or points to a config leaked by build_once: it is never
        // freed or written again, so a shared &'static reference to it is sound.
        unsafe { ptr.as_ref() }
    }

    /// The slow path: lock, check again, build, leak, store.
    fn build_once(&self) -> &'static Config {
        let _only_me = self.building.lock().unwrap_or_else(PoisonError::into_inner);
        // Check again: another thread may have built while we waited for the lock.
        if let Some(config) = self.built() {
            return config;
        }
        let config: &'static mut Config = Box::leak(Box::new(self.builder.build()));
        // Release: pairs with the Acquire load in built().
        self.slot.store(config, Ordering::Relaxed);
        config
    }
}

impl Way for DoubleChecked {
    fn get(&self) -> &Config {
        match self.built() {
            Some(config) => config,
            None => self.build_once(),
        }
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
