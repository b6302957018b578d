//! Running a strategy: threads released together, or one after another.
//!
//! Threads alternate +1 and -1 (thread 0 adds, thread 1 subtracts, ...), so with an
//! even number of threads the right answer is 0, and any other result is lost updates.

mod how;

pub use how::{Pinning, Schedule};

use crate::demo::start_line::StartLine;
use crate::strategy::{Counter, Strategy};
use serde::Serialize;
use std::time::{Duration, Instant};

/// One run's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct RunResult {
    /// The strategy.
    pub strategy: Strategy,
    /// How the threads ran.
    pub schedule: Schedule,
    /// Whether the threads were pinned to CPUs.
    pub pinning: Pinning,
    /// Threads used.
    pub threads: usize,
    /// Steps per thread.
    pub loops: u64,
    /// The right answer.
    pub expected: i64,
    /// What the counter said.
    pub result: i64,
    /// `|result - expected|`: net updates lost (a lost +1 and a lost -1 cancel, so at least this many).
    pub lost_updates: u64,
    /// Wall-clock nanoseconds per step, all threads' steps together.
    pub nanos_per_op: f64,
    /// Wall-clock time of the run (not in JSON: `nanos_per_op` carries it).
    #[serde(skip)]
    pub elapsed: Duration,
}

impl RunResult {
    /// True when no update was lost.
    pub fn is_correct(&self) -> bool {
        self.result == self.expected
    }
}

/// The delta thread `thread` applies: even threads add, odd threads subtract.
pub fn delta_for(thread: usize) -> i64 {
    if thread.is_multiple_of(2) { 1 } else { -1 }
}

/// The right total for `threads` threads of `loops` steps each.
pub fn expected_total(threads: usize, loops: u64) -> i64 {
    (0..threads).map(|t| delta_for(t) * loops as i64).sum()
}

/// Run `strategy` with all threads released together from a spinning [`StartLine`].
///
/// Without it a release build finishes 10 million racy steps in a few milliseconds,
/// sooner than the second thread starts, and the race may not show.
pub fn run_concurrent(
    strategy: Strategy,
    threads: usize,
    loops: u64,
    pinning: Pinning,
) -> RunResult {
    let counter = strategy.counter(threads);
    let elapsed = release_together(counter.as_ref(), threads, loops, pinning);
    let ran = Ran {
        strategy,
        schedule: Schedule::Concurrent,
        pinning,
        threads,
        loops,
    };
    ran.result(counter.total(), elapsed)
}

/// Run `counter` on `threads` threads (pinned to CPUs round robin where the OS allows it,
/// if `pinning` says so), released together from a spinning [`StartLine`]; return the
/// wall time from the first thread's start to the last one's end. The total is left in
/// `counter`.
pub fn release_together(
    counter: &dyn Counter,
    threads: usize,
    loops: u64,
    pinning: Pinning,
) -> Duration {
    let start_line = StartLine::new(threads);
    let cpus = match pinning {
        Pinning::Pinned => core_affinity::get_core_ids().unwrap_or_default(),
        Pinning::Unpinned => Vec::new(),
    };
    // Each thread times itself: on 2 cores with 2 busy workers the main thread may not
    // run again until a worker is done, so a clock on main would start late.
    let spans: Vec<(Instant, Instant)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|thread| {
                let start_line = &start_line;
                let cpu = cpus.get(thread % cpus.len().max(1)).copied();
                scope.spawn(move || {
                    // One thread per CPU where the OS allows it (Linux, Windows): else the
                    // scheduler may queue both on one CPU and they take turns, not race.
                    if let Some(cpu) = cpu {
                        core_affinity::set_for_current(cpu);
                    }
                    start_line.wait();
                    let start = Instant::now();
                    counter.run_thread(thread, delta_for(thread), loops);
                    let end = Instant::now();
                    traced_steps(thread, loops, start, end);
                    (start, end)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("counter strategies do not panic"))
            .collect()
    });
    let first_start = spans.iter().map(|s| s.0).min();
    let last_end = spans.iter().map(|s| s.1).max();
    match (first_start, last_end) {
        (Some(first), Some(last)) => last - first,
        _ => Duration::ZERO,
    }
}

/// `--trace`: one thread's steps as one slice on a track named for it.
fn traced_steps(thread: usize, loops: u64, start: Instant, end: Instant) {
    if let Some(track) =
        labkit::trace::Track::named(&format!("thread {thread} ({:+})", delta_for(thread)))
    {
        let args = serde_json::json!({ "steps": loops });
        labkit::trace::complete(track, "steps", start, end, args);
    }
}

/// Run `strategy` one thread at a time: start, join, start, join.
pub fn run_sequential(strategy: Strategy, threads: usize, loops: u64) -> RunResult {
    let counter = strategy.counter(threads);
    let start = Instant::now();
    for thread in 0..threads {
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let start = Instant::now();
                counter.run_thread(thread, delta_for(thread), loops);
                traced_steps(thread, loops, start, Instant::now());
            });
        });
    }
    let ran = Ran {
        strategy,
        schedule: Schedule::Sequential,
        pinning: Pinning::Unpinned,
        threads,
        loops,
    };
    ran.result(counter.total(), start.elapsed())
}

/// What one run ran, before its outcome is known.
struct Ran {
    strategy: Strategy,
    schedule: Schedule,
    pinning: Pinning,
    threads: usize,
    loops: u64,
}

impl Ran {
    /// The run's outcome: the counter's `result` after `elapsed`.
    fn result(self, result: i64, elapsed: Duration) -> RunResult {
        let Ran {
            strategy,
            schedule,
            pinning,
            threads,
            loops,
        } = self;
        let expected = expected_total(threads, loops);
        RunResult {
            strategy,
            schedule,
            pinning,
            threads,
            loops,
            expected,
            result,
            lost_updates: result.abs_diff(expected),
            nanos_per_op: labkit::timing::nanos_per_op(elapsed, threads as u64 * loops),
            elapsed,
        }
    }
}
