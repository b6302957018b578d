//! Mistake: the cell is a static, shared by every instance: the second singleton hands
//! out the first one's config, and its own builder never runs.

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
        static SHARED: OnceLock<Config> = OnceLock::new();
        let _ = &self.cell;
        SHARED.get_or_init(|| self.builder.build())
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
