//! The lab's outcome checks, generic over any [`Way`].
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

use crate::config::{Builder, Pause, slow_build};
use crate::way::Way;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

#[cfg(loom)]
pub mod loom_model;

/// How long a check may take before it fails as a hang (a lock never released).
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Threads released together in [`one_instance_for_50_threads`].
pub const THREADS: usize = 50;

/// 50 threads released together on a fresh instance all get the same config, and it
/// was built once.
pub fn one_instance_for_50_threads<W: Way + 'static>(new: fn(Builder) -> W) {
    labkit::testkit::within(TIME_LIMIT, HANG, move || {
        let way = new(Builder::new(slow_build()));
        let addresses = crate::measure::race_instance(&way, THREADS);
        let (built, seen) = (way.constructions(), addresses.len());
        assert!(
            built == 1 && seen == 1,
            "{THREADS} threads asking at once got {seen} different config(s), and {built} \
             were built: make \"is it built? no: build it and store it\" one step"
        );
    });
}

/// The first builder waits inside the build (up to 200 ms) for a second builder; a
/// correct way never lets a second one in, so 8 threads still build once.
pub fn first_builder_waits_alone<W: Way + 'static>(new: fn(Builder) -> W) {
    labkit::testkit::within(TIME_LIMIT, HANG, move || {
        let way = new(Builder::new(builders_meet(2, Duration::from_millis(200))));
        let addresses = crate::measure::race_instance(&way, 8);
        let (built, seen) = (way.constructions(), addresses.len());
        assert!(
            built == 1 && seen == 1,
            "while the first thread was still building, a second thread built too \
             ({built} builds, {seen} different configs): the other threads must wait for \
             the first build, then check again"
        );
    });
}

/// Two singletons, each with a builder of its own, each build once and hand out their
/// own config: the cell belongs to the instance, not to a static every instance shares.
pub fn two_singletons_each_build_their_own<W: Way + 'static>(new: fn(Builder) -> W) {
    labkit::testkit::within(TIME_LIMIT, HANG, move || {
        let no_pause: Pause = Arc::new(|| {});
        let (first, second) = (
            new(Builder::new(no_pause.clone())),
            new(Builder::new(no_pause)),
        );
        let same = std::ptr::eq(first.get(), second.get());
        let built = (first.constructions(), second.constructions());
        assert!(
            built == (1, 1) && !same,
            "two singletons, each with a builder of its own, built {} and {} config(s){}: keep \
             the config in the struct (self.cell), not in a static that every instance shares",
            built.0,
            built.1,
            if same {
                " and handed out the same one"
            } else {
                ""
            }
        );
    });
}

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
