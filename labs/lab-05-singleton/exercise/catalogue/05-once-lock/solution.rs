//! Hint level 3 for `05-once-lock`: a whole solution.

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
        // The first caller builds; callers that arrive meanwhile wait, then all share it.
        self.cell.get_or_init(|| self.builder.build())
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
