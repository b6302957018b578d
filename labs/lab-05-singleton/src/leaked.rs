//! A pointer slot that only ever holds leaked, never-freed configs: the one `unsafe`.
//!
//! The naive and double-checked ways both need "load a pointer, maybe store one".
//! `AtomicPtr` gives that, but turning a loaded pointer back into a reference is
//! `unsafe`. Two facts make it sound, and both live here, once:
//!
//! 1. Every pointer stored comes from `Box::leak`, so it is valid for the rest of the
//!    program and never freed.
//! 2. The store is `Release` and the load is `Acquire`: a thread that sees the pointer
//!    also sees every write made before it was stored, i.e. the fully built `Config`.
//!    With `Relaxed` on either side, a thread could see the pointer *before* the
//!    fields it points to (the CPU or compiler may reorder the writes), and read a
//!    half-built config: exactly how double-checked locking was broken in old Java
//!    and C++.
#![allow(unsafe_code)]

use crate::config::Config;
use std::sync::atomic::Ordering;

use crate::sync::AtomicPtr;

/// An atomic slot for a `&'static Config`.
#[derive(Debug)]
pub struct LeakedSlot {
    ptr: AtomicPtr<Config>,
    load_order: Ordering,
    store_order: Ordering,
}

impl Default for LeakedSlot {
    /// An empty slot that loads with Acquire and stores with Release: the right pair.
    fn default() -> Self {
        Self {
            ptr: AtomicPtr::new(std::ptr::null_mut()),
            load_order: Ordering::Acquire,
            store_order: Ordering::Release,
        }
    }
}

impl LeakedSlot {
    /// The stored config, if any.
    #[inline]
    pub fn load(&self) -> Option<&'static Config> {
        // Acquire pairs with the Release in `store`: seeing the pointer means seeing the config.
        let ptr = self.ptr.load(self.load_order);
        // SAFETY: `ptr` is null or came from `Box::leak` in `store`, never freed, so it is
        // valid and immutable for 'static; the Acquire above makes its contents visible.
        // (Only [`LeakedSlot::relaxed`], wrong on purpose, breaks the second half.)
        unsafe { ptr.as_ref() }
    }

    /// Leak `config`, publish it, and return the leaked reference. A config stored
    /// earlier stays leaked (and valid) for whoever already holds it.
    pub fn store(&self, config: Config) -> &'static Config {
        let leaked: &'static mut Config = Box::leak(Box::new(config));
        // Release pairs with the Acquire in `load`: the config's fields are written before this.
        self.ptr.store(leaked, self.store_order);
        leaked
    }
}

impl LeakedSlot {
    /// Wrong on purpose: a slot that publishes and reads with `Relaxed`, for
    /// [`crate::relaxed`]. A reader may see the pointer before the config's fields;
    /// x86 hides it, loom shows it (a "Causality violation"). The default slot fixes it.
    pub fn relaxed() -> Self {
        Self {
            load_order: Ordering::Relaxed,
            store_order: Ordering::Relaxed,
            ..Self::default()
        }
    }
}
