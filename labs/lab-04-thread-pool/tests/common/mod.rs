//! A rendezvous with a timeout, so a pool that serialises its tasks fails instead of hanging.
#![allow(dead_code)] // each test file uses its own subset

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Every test gives up waiting after this long.
pub const TEST_TIMEOUT: Duration = Duration::from_secs(10);

/// A meeting point for `parties` tasks: `wait` returns true if all arrived in time.
#[derive(Clone)]
pub struct Rendezvous {
    parties: usize,
    state: Arc<(Mutex<usize>, Condvar)>,
}

impl Rendezvous {
    /// A rendezvous for `parties` tasks.
    pub fn new(parties: usize) -> Self {
        Self {
            parties,
            state: Arc::new((Mutex::new(0), Condvar::new())),
        }
    }

    /// Arrive and wait for the others; false if they did not all come within [`TEST_TIMEOUT`].
    pub fn wait(&self) -> bool {
        let (count, cv) = &*self.state;
        let mut arrived = count.lock().unwrap();
        *arrived += 1;
        cv.notify_all();
        let (arrived, _) = cv
            .wait_timeout_while(arrived, TEST_TIMEOUT, |n| *n < self.parties)
            .unwrap();
        *arrived >= self.parties
    }
}
