//! The lab's outcome checks, generic over any [`Counter`].
//!
//! One check, two callers: the lab's own tests run them on the reference counters, and
//! the exercise (`labs/lab-03-counter-race/exercise`) runs them on a student's. Each
//! check panics with a sentence in the student's words when the expectation fails.
//!
//! - [`exact_total_when_released_together`]: real threads, released together, several
//!   runs; a racy counter loses updates here (260 of 260 release runs did, on 2 CPUs),
//!   but a race shown by real threads is luck, so it is not the proof.
//! - `loom_model::no_interleaving_loses_an_update` (under `--cfg loom`): the proof:
//!   every interleaving of two threads, explored; a racy answer fails every time.

use crate::strategy::Counter;

#[cfg(loom)]
pub mod loom_model;

/// Thread counts the exact-total check tries.
pub const THREAD_COUNTS: [usize; 3] = [2, 4, 8];

/// Runs per thread count: a correct counter is exact in every one.
pub const RUNS: usize = 3;

/// Steps per thread in each run.
pub const LOOPS: u64 = 200_000;

/// How long the whole check may take before it fails as a hang (a lock never released).
pub const TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Threads released together (pinned, from a spinning start line) end at the exact
/// total, at 2, 4 and 8 threads, in every one of [`RUNS`] runs.
pub fn exact_total_when_released_together<C: Counter + 'static>(
    new: impl Fn() -> C + Send + 'static,
) {
    labkit::testkit::within(
        TIME_LIMIT,
        "does a lock stay held, or does a thread never finish its steps?",
        move || {
            for threads in THREAD_COUNTS {
                for _ in 0..RUNS {
                    let counter = new();
                    // Pinned, so racing threads really overlap and a racy answer shows.
                    crate::harness::release_together(
                        &counter,
                        threads,
                        LOOPS,
                        crate::harness::Pinning::Pinned,
                    );
                    let want = crate::harness::expected_total(threads, LOOPS);
                    let got = counter.total();
                    assert!(
                        got == want,
                        "with {threads} threads released together the counter ended at {got}, \
                         not {want}: {} updates were lost. Make each update one indivisible step.",
                        got.abs_diff(want)
                    );
                }
            }
        },
    );
}
