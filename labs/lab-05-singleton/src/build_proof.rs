//! Under loom only: a cell the builder writes while building, so loom can tell whether a
//! thread that got the config also sees the writes that built it.
//!
//! loom tracks only its own cells, not a plain struct's fields. Reading this cell on a
//! thread with no happens-before edge to the build is what loom reports as a
//! "Causality violation": the half-built object of a Relaxed publication.
#![allow(unsafe_code)]

use loom::cell::UnsafeCell;
use std::sync::Arc;

/// A shared record of the last build, tracked by loom.
#[derive(Debug, Clone)]
pub struct BuildProof(Arc<Tracked>);

#[derive(Debug)]
struct Tracked(UnsafeCell<usize>);

// SAFETY: every access goes through loom's `with`/`with_mut`, which check that no two
// threads race on the cell and panic if they would; so sharing it cannot cause one.
unsafe impl Sync for Tracked {}

impl Default for BuildProof {
    fn default() -> Self {
        Self(Arc::new(Tracked(UnsafeCell::new(0))))
    }
}

impl BuildProof {
    /// The builder writes its serial, as part of building.
    pub fn write(&self, serial: usize) {
        // SAFETY: loom checks this access itself; it panics on a racing access instead
        // of letting one happen.
        self.0.0.with_mut(|v| unsafe { *v = serial });
    }

    /// A reader of the config reads what the build wrote.
    pub fn read(&self) -> usize {
        // SAFETY: as in `write`: loom checks the access and reports a race as a panic.
        self.0.0.with(|v| unsafe { *v })
    }
}
