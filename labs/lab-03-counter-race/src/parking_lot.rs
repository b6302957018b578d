//! Fix 1b: `parking_lot::Mutex`, the same exclusion with a cheaper lock.
//!
//! It spins briefly before sleeping and has no poisoning, so an uncontended lock is a
//! single atomic instruction and a contended one often avoids the kernel.

use crate::strategy::Counter;

/// A counter behind a parking_lot Mutex.
#[derive(Debug, Default)]
pub struct ParkingLotCounter {
    value: ::parking_lot::Mutex<i64>,
}

impl Counter for ParkingLotCounter {
    fn run_thread(&self, _thread: usize, delta: i64, loops: u64) {
        for _ in 0..loops {
            *self.value.lock() += delta;
        }
    }

    fn total(&self) -> i64 {
        *self.value.lock()
    }
}
