//! The atomics and Mutex the model-checked ways use: std's normally, loom's under
//! `--cfg loom`, so the very same singleton code is explored interleaving by interleaving.
//!
//! Exercise singletons import them from here too, so loom can check a student's code.

#[cfg(loom)]
pub use loom::sync::Mutex;
#[cfg(loom)]
pub use loom::sync::atomic::AtomicPtr;

#[cfg(not(loom))]
pub use std::sync::Mutex;
#[cfg(not(loom))]
pub use std::sync::atomic::AtomicPtr;
