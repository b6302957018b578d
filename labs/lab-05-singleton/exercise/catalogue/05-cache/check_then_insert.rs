//! Mistake: look under the lock, build with the lock released, then insert. No key
//! waits for another, but threads that all looked before the first insert all build.

use singleton::checks::BuildValue;
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

/// A cache of values by key, each built once, on first use.
pub struct OnceCache {
    build: BuildValue,
    values: Mutex<HashMap<u64, u64>>,
}

impl OnceCache {
    /// An empty cache whose values `build` makes.
    pub fn new(build: BuildValue) -> Self {
        Self {
            build,
            values: Mutex::new(HashMap::new()),
        }
    }

    /// The value for `key`, built under the one lock.
    pub fn get(&self, key: u64) -> u64 {
        if let Some(value) = self.values.lock().unwrap_or_else(PoisonError::into_inner).get(&key) {
            return *value;
        }
        let value = (self.build)(key);
        self.values
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key, value);
        value
    }
}
