//! Fix 3: `std::sync::OnceLock`: double-checked locking, in the standard library.
//!
//! `get_or_init` runs the closure exactly once, even with 50 threads calling at once;
//! the others block until it is done, then all get the same `&Config`. After that, a
//! call is one Acquire load. Reach for this (or [`crate::lazy`]) first.
//!
//! As a global, the whole pattern is three lines:
//!
//! ```
//! use std::sync::OnceLock;
//! fn config() -> &'static String {
//!     static CONFIG: OnceLock<String> = OnceLock::new();
//!     CONFIG.get_or_init(|| "loaded once".to_string())
//! }
//! assert!(std::ptr::eq(config(), config()));
//! ```

use crate::config::{Builder, Config};
use crate::way::Way;
use std::sync::OnceLock;

/// A config in a `OnceLock`.
#[derive(Debug)]
pub struct OnceLockSingleton {
    cell: OnceLock<Config>,
    builder: Builder,
}

impl OnceLockSingleton {
    /// An empty singleton.
    pub fn new(builder: Builder) -> Self {
        Self {
            cell: OnceLock::new(),
            builder,
        }
    }
}

impl Way for OnceLockSingleton {
    fn get(&self) -> &Config {
        self.cell.get_or_init(|| self.builder.build())
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
