//! The atomics and Mutex the model-checked strategies use: std's normally, loom's under
//! `--cfg loom`, so the very same counter code is explored interleaving by interleaving.
//!
//! This is the lab's one loom switch: every other module compiles the same either way.
//! Exercise counters import them from here too, so loom can check a student's code,
//! and so does the spin-lock challenge: its `spin_loop` is loom's under loom, which
//! lets the model run the other thread instead of spinning for ever.
//!
//! With the `count-writes` feature (which the exercise package turns on), the atomic
//! also counts the writes each thread makes to it (`counted`, with the feature on): that is how the
//! grading sees that a sharded counter writes the shared cell once per thread, not
//! once per step. The lab's own runs leave it off, so its timings pay nothing for it.

#[cfg(loom)]
pub use loom::hint::spin_loop;
#[cfg(loom)]
pub use loom::sync::atomic::{AtomicBool, AtomicI64};
#[cfg(loom)]
pub use loom::sync::{Mutex, MutexGuard};

#[cfg(all(not(loom), feature = "count-writes"))]
pub mod counted;
#[cfg(all(not(loom), feature = "count-writes"))]
pub use counted::AtomicI64;
#[cfg(not(loom))]
pub use std::hint::spin_loop;
#[cfg(not(loom))]
pub use std::sync::atomic::AtomicBool;
#[cfg(all(not(loom), not(feature = "count-writes")))]
pub use std::sync::atomic::AtomicI64;
#[cfg(not(loom))]
pub use std::sync::{Mutex, MutexGuard};
