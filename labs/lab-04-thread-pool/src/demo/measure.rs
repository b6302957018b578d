//! One strategy's run, measured: wall time, threads, memory, and the Little's-law bound.

use crate::demo::work::Work;
use crate::strategy::{Batch, Strategy, run};
use labkit::probe::{ThreadSampler, peak_rss_kib, reset_peak_rss};
use labkit::report::{format_figure, or_missing};
use labkit::verdict::Verdict;
use serde::{Deserialize, Serialize};
use std::sync::atomic::Ordering;
use std::time::Duration;

/// What one run measured.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunReport {
    /// The strategy.
    pub strategy: Strategy,
    /// Tasks submitted.
    pub tasks: usize,
    /// Tasks that ran exactly once.
    pub completed: usize,
    /// Tasks that ran more than once (must be 0).
    pub duplicated: usize,
    /// Tasks whose work failed (HTTP errors).
    pub failed: u64,
    /// Threads the OS refused to create (thread-per-task).
    pub spawn_failures: u64,
    /// Worker threads (for thread-per-task: one per task).
    pub workers: usize,
    /// Wall-clock time of the whole run.
    pub wall_ms: f64,
    /// Tasks that ran, per second of wall time (tasks that never got a thread are not
    /// counted: they did not run).
    pub tasks_per_sec: f64,
    /// Most tasks running at the same moment.
    pub max_running: usize,
    /// Most threads alive in the process during the run (sampled every ms).
    pub peak_threads: Option<u64>,
    /// Peak resident memory during the run, KiB. A high-water mark of the whole process:
    /// measured in a process that ran only this strategy (see [`crate::demo::alone`]), it is
    /// this strategy's alone.
    pub peak_rss_kib: Option<u64>,
    /// Little's law: the fastest this many workers can finish: tasks x latency / workers.
    pub bound_ms: Option<f64>,
}

impl RunReport {
    /// Wall time as a percentage of the bound (100% = as fast as physics allows).
    pub fn percent_of_bound(&self) -> Option<f64> {
        self.bound_ms.map(|b| 100.0 * b / self.wall_ms)
    }

    /// One task's wait in ms, read back from the bound (bound = wait x rounds of tasks).
    pub fn latency_ms(&self) -> Option<f64> {
        let rounds = self.tasks.div_ceil(self.workers.max(1)) as f64;
        self.bound_ms.map(|b| b / rounds)
    }
}

/// The Little's-law bound for `tasks` tasks of `latency` each on `workers` workers.
pub fn bound(tasks: usize, workers: usize, latency: Duration) -> Duration {
    latency * tasks.div_ceil(workers.max(1)) as u32
}

/// Run `tasks` tasks of `work` with `strategy` on `workers` workers, measured.
/// `latency` is the measured length of one task's wait, when it has one.
/// With `show_progress`, a progress bar is drawn while it runs (on a terminal only).
pub fn measure(
    strategy: Strategy,
    tasks: usize,
    workers: usize,
    work: &Work,
    latency: Option<Duration>,
    show_progress: bool,
) -> std::io::Result<RunReport> {
    let batch = Batch::new(tasks, work.clone());
    let progress = show_progress.then(|| crate::demo::progress::watch(strategy.name(), &batch));
    let fresh_peak = reset_peak_rss();
    let sampler = ThreadSampler::start(Duration::from_millis(1));
    let wall = run(strategy, workers, &batch)?;
    let peak_threads = sampler.finish();
    if let Some(progress) = progress {
        progress.finish();
    }
    let effective_workers = if strategy == Strategy::ThreadPerTask {
        tasks
    } else {
        workers
    };
    let completed = batch.tracker.ran_exactly_once();
    Ok(RunReport {
        strategy,
        tasks,
        completed,
        duplicated: batch.tracker.ran_more_than_once(),
        failed: batch.failures.load(Ordering::Relaxed),
        spawn_failures: batch.spawn_failures.load(Ordering::Relaxed),
        workers: effective_workers,
        wall_ms: labkit::timing::millis(wall),
        tasks_per_sec: completed as f64 / wall.as_secs_f64().max(1e-9),
        max_running: batch.tracker.max_running(),
        peak_threads,
        peak_rss_kib: if fresh_peak { peak_rss_kib() } else { None },
        bound_ms: latency.map(|l| labkit::timing::millis(bound(tasks, effective_workers, l))),
    })
}

/// The closing verdict on a comparison: every task that got a thread ran exactly once.
/// Its text is the lesson the figures of this run support (see [`lesson`]).
pub fn runs_verdict(runs: &[RunReport]) -> Verdict {
    let all_once = !runs.is_empty()
        && runs
            .iter()
            .all(|r| r.duplicated == 0 && r.completed + r.spawn_failures as usize == r.tasks);
    Verdict::new(all_once, lesson(runs))
}

/// How many times larger the pool the lesson suggests is: the knob, turned once.
const KNOB: usize = 10;

/// The lesson this run's figures support, whichever strategy finished first.
///
/// A thread per task may well beat a pool of 10 on time: with 1 ms waits, creating a
/// thread costs less than the 10 workers' queueing. What it cannot do is bound itself:
/// it spends a thread, and that thread's memory, on every task at once. The pool is held
/// to N x d / W by Little's law, so its size is the knob to turn.
pub fn lesson(runs: &[RunReport]) -> String {
    const ONCE: &str = "every task that got a thread ran exactly once";
    let find = |strategy| runs.iter().find(|r| r.strategy == strategy);
    let (Some(pool), Some(each)) = (find(Strategy::Pool), find(Strategy::ThreadPerTask)) else {
        return ONCE.to_string();
    };
    let mib = |r: &RunReport| or_missing(r.peak_rss_kib, |k| format_figure(k as f64 / 1024.0));
    let first = if each.wall_ms < pool.wall_ms {
        format!(
            "one thread per task finished first ({} ms against the pool's {} ms), by spending a thread on each of {} tasks and {} MiB against the pool's {} MiB",
            format_figure(each.wall_ms),
            format_figure(pool.wall_ms),
            each.completed,
            mib(each),
            mib(pool)
        )
    } else {
        format!(
            "the pool of {} finished first ({} ms against {} ms for one thread per task), in {} MiB against {} MiB",
            pool.workers,
            format_figure(pool.wall_ms),
            format_figure(each.wall_ms),
            mib(pool),
            mib(each)
        )
    };
    let refused = if each.spawn_failures > 0 {
        format!(
            "; {} of thread-per-task's threads could not even be created",
            each.spawn_failures
        )
    } else {
        String::new()
    };
    let knob = match (pool.bound_ms, pool.workers) {
        (Some(bound), workers) if workers > 0 => format!(
            "; Little's law holds the pool of {workers} to {} ms, so its size is the knob: {} workers would be held to {} ms",
            format_figure(bound),
            workers * KNOB,
            format_figure(bound / KNOB as f64)
        ),
        _ => String::new(),
    };
    format!("{ONCE}; {first}{refused}{knob}")
}

#[cfg(test)]
mod tests;
