//! Mistake: look with `get`, then `set`. Between the look and the set, another thread
//! looks too, and both build (the losing `set` just throws its config away).

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
        if self.cell.get().is_none() {
            let _ = self.cell.set(self.builder.build());
        }
        self.cell.get().expect("set above")
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
