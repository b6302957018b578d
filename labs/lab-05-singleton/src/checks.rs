//! The lab's outcome checks, generic over any [`Way`](crate::way::Way).
//!
//! One check, two callers: the lab's tests run them on the reference ways, and the
//! exercise (`labs/lab-05-singleton/exercise`) runs them on a student's. Each check
//! panics with a sentence in the student's words when the expectation fails.
//!
//! - [`one_instance_for_50_threads`]: 50 threads released together, one config.
//! - [`first_builder_waits_alone`]: the first builder waits inside the build for a
//!   second one; a correct way never lets one in (the naive way does, every run).
//! - `loom_model::builds_once_and_every_reader_sees_the_build` (under `--cfg loom`):
//!   every interleaving of two threads: one build, and no reader that sees the pointer
//!   without the writes behind it (a Relaxed publication fails here).

use crate::config::Pause;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

#[cfg(loom)]
pub mod loom_model;

/// How long a check may take before it fails as a hang (a lock never released).
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Threads released together in [`one_instance_for_50_threads`].
pub const THREADS: usize = 50;

const HANG: &str = "does a lock stay held, or does a thread wait for a build that never ends?";

/// A pause that holds each builder until `parties` builders are inside the build together,
/// or `patience` passes (a correct way never lets a second one in, so it times out).
pub fn builders_meet(parties: usize, patience: Duration) -> Pause {
    let inside = Arc::new((Mutex::new(0usize), Condvar::new()));
    Arc::new(move || {
        let (count, arrived) = &*inside;
        let mut n = count.lock().unwrap_or_else(PoisonError::into_inner);
        *n += 1;
        arrived.notify_all();
        let _ = arrived.wait_timeout_while(n, patience, |n| *n < parties);
    })
}

mod cache;
mod once;
pub use cache::*;
pub use once::*;
