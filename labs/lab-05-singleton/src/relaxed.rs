//! Double-checked locking with `Relaxed` orderings, wrong on purpose.
//!
//! **What is wrong:** the pointer is stored and loaded with `Relaxed`, so a thread that
//! sees the pointer is not promised to see the writes that built the config behind it.
//!
//! **What you will see:** nothing, on x86: its loads and stores are ordered anyway, so
//! every real run looks right. loom, which allows every reordering the memory model
//! allows, finds a reader that uses the config before its build is visible
//! ("Causality violation"). An ARM laptop can do the same for real.
//!
//! **What fixes it:** Release on the store, Acquire on the load, as
//! [`crate::double_checked`] does through [`crate::leaked::LeakedSlot`]'s default.

use crate::config::{Builder, Config};
use crate::double_checked::DoubleChecked;
use crate::leaked::LeakedSlot;
use crate::way::Way;

/// Double-checked locking over a Relaxed slot.
#[derive(Debug)]
pub struct RelaxedDoubleChecked(DoubleChecked);

impl RelaxedDoubleChecked {
    /// An empty singleton.
    pub fn new(builder: Builder) -> Self {
        Self(DoubleChecked::with_slot(builder, LeakedSlot::relaxed()))
    }
}

impl Way for RelaxedDoubleChecked {
    fn get(&self) -> &Config {
        self.0.get()
    }

    fn constructions(&self) -> usize {
        self.0.constructions()
    }
}
