//! Mistake: a fresh config for every call, leaked so the reference lives: nothing is
//! stored, so nothing is shared.

use singleton::config::{Builder, Config};
use singleton::way::Way;
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
        let _ = &self.cell;
        Box::leak(Box::new(self.builder.build()))
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
