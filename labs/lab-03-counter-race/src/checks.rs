//! The lab's outcome checks, generic over any [`Counter`].
//!
//! One check, two callers: the lab's own tests run them on the reference counters, and
//! the exercise (`labs/lab-03-counter-race/exercise`) runs them on a student's. Each
//! check panics with a sentence in the student's words when the expectation fails.
//!
//! - [`exact_total_when_released_together`]: real threads, released together, several
//!   runs; a racy counter loses updates here (260 of 260 release runs did, on 2 CPUs),
//!   but a race shown by real threads is luck, so it is not the proof. An odd number of
//!   threads makes the total non-zero, so a counter that counts nothing fails too.
//! - `shares_nothing_while_the_threads_run` (with the `count-writes` feature): each
//!   thread writes the shared cell once, not once per step, counted through [`crate::sync`].
//! - `loom_model::no_interleaving_loses_an_update` (under `--cfg loom`): the proof:
//!   every interleaving of two threads, explored; a racy answer fails every time.

use crate::strategy::Counter;

/// Why a total is wrong, in the words of the likeliest mistake.
fn wrong_total(threads: usize, got: i64, want: i64) -> String {
    let start =
        format!("with {threads} threads released together the counter ended at {got}, not {want}");
    if got == 0 {
        format!(
            "{start}: nothing was counted. Does the update change the value, and does total read it?"
        )
    } else if got == crate::demo::harness::expected_total(threads, 1) {
        format!("{start}: each thread added its delta once, not once per step: loop `loops` times")
    } else if got == threads as i64 * LOOPS as i64 {
        format!("{start}: every thread added +1, but every other thread adds -1: add delta, not 1")
    } else {
        format!(
            "{start}: {} updates were lost. Make each update one indivisible step.",
            got.abs_diff(want)
        )
    }
}

#[cfg(loom)]
pub mod loom_model;

/// Thread counts the exact-total check tries. Threads add +1 and -1 in turn, so an odd
/// count ends at `LOOPS`, not 0: a counter that does nothing cannot pass.
pub const THREAD_COUNTS: [usize; 3] = [2, 3, 5];

/// Runs per thread count: a correct counter is exact in every one.
pub const RUNS: usize = 3;

/// Steps per thread in each run.
pub const LOOPS: u64 = 200_000;

/// How long the whole check may take before it fails as a hang (a lock never released).
pub const TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Threads released together (pinned, from a spinning start line) end at the exact
/// total, at 2, 3 and 5 threads, in every one of [`RUNS`] runs.
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
                    crate::demo::harness::release_together(
                        &counter,
                        threads,
                        LOOPS,
                        crate::demo::harness::Pinning::Pinned,
                    );
                    let want = crate::demo::harness::expected_total(threads, LOOPS);
                    let got = counter.total();
                    assert!(got == want, "{}", wrong_total(threads, got, want));
                }
            }
        },
    );
}

/// Each of 3 threads writes the shared cell once (or a few times, for a retried
/// compare-exchange) while it runs, not once per step: the sharding is real. Writes are
/// counted per thread through [`crate::sync::AtomicI64`].
#[cfg(all(not(loom), feature = "count-writes"))]
pub fn shares_nothing_while_the_threads_run<C: Counter + 'static>(
    new: impl Fn() -> C + Send + 'static,
) {
    use crate::sync::counted::writes_on_this_thread;
    const THREADS: usize = 3;
    labkit::testkit::within(
        TIME_LIMIT,
        "does a lock stay held, or does a thread never finish its steps?",
        move || {
            let counter = new();
            let writes: u64 = std::thread::scope(|s| {
                let workers: Vec<_> = (0..THREADS)
                    .map(|thread| {
                        let counter = &counter;
                        s.spawn(move || {
                            let before = writes_on_this_thread();
                            let delta = crate::demo::harness::delta_for(thread);
                            counter.run_thread(thread, delta, LOOPS);
                            writes_on_this_thread() - before
                        })
                    })
                    .collect();
                workers
                    .into_iter()
                    .map(|w| w.join().expect("a counting thread finishes"))
                    .sum()
            });
            assert!(
                writes <= (THREADS * COMBINE_TRIES) as u64,
                "{THREADS} threads of {LOOPS} steps each wrote the shared counter {writes} times: \
                 that is sharing, not sharding. Sum in a local variable, and write the shared \
                 counter once per thread, at the end"
            );
            let (got, want) = (
                counter.total(),
                crate::demo::harness::expected_total(THREADS, LOOPS),
            );
            assert!(got == want, "{}", wrong_total(THREADS, got, want));
            partial_totals_never_show(new());
        },
    );
}

/// Shared writes a thread may make to combine its sum: one, or a few more for a
/// compare-exchange loop that retried because another thread combined at that moment.
#[cfg(all(not(loom), feature = "count-writes"))]
const COMBINE_TRIES: usize = 8;

/// Steps of the one thread that [`partial_totals_never_show`] watches.
#[cfg(all(not(loom), feature = "count-writes"))]
const WATCHED_LOOPS: u64 = 5_000_000;

/// A second look at sharing, for counters whose atomics bypass [`crate::sync`] (and so
/// are not counted): while one thread is still counting, `total` reads 0 or, once it
/// is done, its whole sum; never a part of it. A sharded counter never shows a part;
/// one written every step shows one as soon as the watcher looks while it runs.
#[cfg(all(not(loom), feature = "count-writes"))]
fn partial_totals_never_show<C: Counter>(counter: C) {
    let done = std::sync::atomic::AtomicBool::new(false);
    let full = WATCHED_LOOPS as i64;
    let seen = std::thread::scope(|s| {
        s.spawn(|| {
            counter.run_thread(0, 1, WATCHED_LOOPS);
            // Release: pairs with the watcher's Acquire load.
            done.store(true, std::sync::atomic::Ordering::Release);
        });
        loop {
            let total = counter.total();
            if total != 0 && total != full {
                return Some(total);
            }
            if done.load(std::sync::atomic::Ordering::Acquire) {
                return None;
            }
        }
    });
    if let Some(part) = seen {
        panic!(
            "while one thread was still counting its {WATCHED_LOOPS} steps, the total already \
             read {part}: the shared counter is written while the threads run, and that is \
             sharing, not sharding. Sum in a local variable, and write the shared counter once \
             per thread, at the end"
        );
    }
}
