//! The atomics and Mutex the model-checked strategies use: std's normally, loom's under
//! `--cfg loom`, so the very same counter code is explored interleaving by interleaving.
//!
//! This is the lab's one loom switch: every other module compiles the same either way.
//! Exercise counters import them from here too, so loom can check a student's code.

#[cfg(loom)]
pub use loom::sync::atomic::AtomicI64;
#[cfg(loom)]
pub use loom::sync::{Mutex, MutexGuard};

#[cfg(not(loom))]
pub use std::sync::atomic::AtomicI64;
#[cfg(not(loom))]
pub use std::sync::{Mutex, MutexGuard};
