//! Mistake: nothing is kept. Every get builds again: right values, built many times.

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
        let _ = &self.values;
        (self.build)(key)
    }
}
