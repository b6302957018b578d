//! Correct, and still slow: false sharing.
//!
//! Give each thread its own atomic and no update is ever lost. But if those atomics
//! sit next to each other, they share one cache line (64 bytes on most CPUs), and the CPU
//! moves lines, not bytes: every write by one core takes the line away from the other.
//! The threads share nothing logically and fight anyway. `crossbeam_utils::CachePadded`
//! puts each slot on its own line, and the fight stops: it pads to 128 bytes on x86-64
//! and aarch64, since those CPUs fetch neighbouring lines in pairs.

use crate::strategy::Counter;
use crossbeam_utils::CachePadded;
use std::sync::atomic::{AtomicI64, Ordering};

/// Eight slots, aligned to one cache line, so the first eight threads surely share it.
#[derive(Debug, Default)]
#[repr(align(64))]
struct Line([AtomicI64; 8]);

/// Per-thread atomics packed side by side.
#[derive(Debug)]
pub struct AdjacentSlots {
    lines: Vec<Line>,
}

impl AdjacentSlots {
    /// Slots for `threads` threads.
    pub fn new(threads: usize) -> Self {
        Self {
            lines: (0..threads.div_ceil(8)).map(|_| Line::default()).collect(),
        }
    }

    fn slot(&self, thread: usize) -> &AtomicI64 {
        &self.lines[thread / 8].0[thread % 8]
    }
}

impl Counter for AdjacentSlots {
    /// A step from outside the threads' loops counts as thread 0's.
    fn add(&self, delta: i64) {
        self.run_thread(0, delta, 1);
    }

    fn run_thread(&self, thread: usize, delta: i64, loops: u64) {
        let slot = self.slot(thread);
        for _ in 0..loops {
            // Relaxed: each slot has one writer; totals are read after join.
            slot.fetch_add(delta, Ordering::Relaxed);
        }
    }

    fn total(&self) -> i64 {
        self.lines
            .iter()
            .flat_map(|l| &l.0)
            .map(|s| s.load(Ordering::Relaxed))
            .sum()
    }
}

/// Per-thread atomics, each on its own cache line.
#[derive(Debug)]
pub struct PaddedSlots {
    slots: Vec<CachePadded<AtomicI64>>,
}

impl PaddedSlots {
    /// Slots for `threads` threads.
    pub fn new(threads: usize) -> Self {
        Self {
            slots: (0..threads)
                .map(|_| CachePadded::new(AtomicI64::new(0)))
                .collect(),
        }
    }
}

impl Counter for PaddedSlots {
    /// A step from outside the threads' loops counts as thread 0's.
    fn add(&self, delta: i64) {
        self.run_thread(0, delta, 1);
    }

    fn run_thread(&self, thread: usize, delta: i64, loops: u64) {
        let slot = &self.slots[thread];
        for _ in 0..loops {
            // Relaxed: each slot has one writer; totals are read after join.
            slot.fetch_add(delta, Ordering::Relaxed);
        }
    }

    fn total(&self) -> i64 {
        self.slots.iter().map(|s| s.load(Ordering::Relaxed)).sum()
    }
}
