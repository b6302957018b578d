//! The atomics and Mutex the model-checked strategies use: std's normally, loom's under
//! `--cfg loom`, so the very same counter code is explored interleaving by interleaving.

#[cfg(loom)]
pub(crate) use loom::sync::Mutex;
#[cfg(loom)]
pub(crate) use loom::sync::atomic::AtomicI64;

#[cfg(not(loom))]
pub(crate) use std::sync::Mutex;
#[cfg(not(loom))]
pub(crate) use std::sync::atomic::AtomicI64;
