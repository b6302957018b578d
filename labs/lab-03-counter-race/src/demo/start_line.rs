//! A start line where every thread is already running when the race begins.
//!
//! `std::sync::Barrier` puts early arrivals to sleep; the last one wakes them, and on a
//! busy VM that wake-up can take longer than 10 million racy steps take in a release
//! build (a few milliseconds), so the threads may never overlap. Here early arrivals
//! spin, on the CPU, until the last one arrives: at the release they are all running.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Spins until `parties` threads have arrived.
#[derive(Debug)]
pub struct StartLine {
    parties: usize,
    arrived: AtomicUsize,
}

impl StartLine {
    /// A start line for `parties` threads.
    pub fn new(parties: usize) -> Self {
        Self {
            parties,
            arrived: AtomicUsize::new(0),
        }
    }

    /// Arrive, then spin until everyone has.
    pub fn wait(&self) {
        // AcqRel/Acquire: each thread's arrival happens-before everyone's departure,
        // so setup done before `wait` is visible to all after it.
        self.arrived.fetch_add(1, Ordering::AcqRel);
        while self.arrived.load(Ordering::Acquire) < self.parties {
            // No yield: a yield can hand the CPU to the next arrival, and then both
            // threads start on one CPU's run queue, taking turns instead of racing.
            std::hint::spin_loop();
        }
    }
}
