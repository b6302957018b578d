//! The answer to challenge `05-cache` (also hint level 3): a map from key to its own
//! `OnceLock`, behind a lock held only to find (or add) the key's cell, never while
//! building.

use singleton::checks::BuildValue;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// A cache of values by key, each built once, on first use.
pub struct OnceCache {
    build: BuildValue,
    cells: Mutex<HashMap<u64, Arc<OnceLock<u64>>>>,
}

impl OnceCache {
    /// An empty cache whose values `build` makes.
    pub fn new(build: BuildValue) -> Self {
        Self {
            build,
            cells: Mutex::new(HashMap::new()),
        }
    }

    /// The value for `key`, built once, on the first request for it.
    pub fn get(&self, key: u64) -> u64 {
        // 1. Under the map's lock, only find or add this key's cell: a moment's work.
        let cell = {
            let mut cells = self.cells.lock().unwrap_or_else(PoisonError::into_inner);
            Arc::clone(cells.entry(key).or_default())
        };
        // 2. The lock is released: build in this key's own cell. Threads asking for the
        //    same key wait here for the one build; other keys never see it.
        *cell.get_or_init(|| (self.build)(key))
    }
}
