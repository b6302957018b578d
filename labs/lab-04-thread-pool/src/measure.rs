//! One strategy's run, measured: wall time, threads, memory, and the Little's-law bound.

use crate::strategy::{Batch, Strategy, run};
use crate::work::Work;
use labkit::probe::{ThreadSampler, peak_rss_kib, reset_peak_rss};
use labkit::report::{format_figure, or_missing};
use labkit::verdict::Verdict;
use serde::Serialize;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// What one run measured.
#[derive(Debug, Clone, Serialize)]
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
    /// Tasks per second.
    pub tasks_per_sec: f64,
    /// Most tasks running at the same moment.
    pub max_running: usize,
    /// Most threads alive in the process during the run (sampled every ms).
    pub peak_threads: Option<u64>,
    /// Peak resident memory during the run, KiB.
    pub peak_rss_kib: Option<u64>,
    /// Little's law: the fastest this many workers can finish: tasks x latency / workers.
    pub bound_ms: Option<f64>,
}

impl RunReport {
    /// Wall time as a percentage of the bound (100% = as fast as physics allows).
    pub fn percent_of_bound(&self) -> Option<f64> {
        self.bound_ms.map(|b| 100.0 * b / self.wall_ms)
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
    let progress = show_progress.then(|| crate::progress::watch(strategy.name(), &batch));
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
    Ok(RunReport {
        strategy,
        tasks,
        completed: batch.tracker.ran_exactly_once(),
        duplicated: batch.tracker.ran_more_than_once(),
        failed: batch.failures.load(Ordering::Relaxed),
        spawn_failures: batch.spawn_failures.load(Ordering::Relaxed),
        workers: effective_workers,
        wall_ms: labkit::timing::millis(wall),
        tasks_per_sec: tasks as f64 / wall.as_secs_f64().max(1e-9),
        max_running: batch.tracker.max_running(),
        peak_threads,
        peak_rss_kib: if fresh_peak { peak_rss_kib() } else { None },
        bound_ms: latency.map(|l| labkit::timing::millis(bound(tasks, effective_workers, l))),
    })
}

/// The closing verdict on a comparison: every task that got a thread ran exactly once,
/// with the pool's and thread-per-task's threads and memory side by side where both ran.
pub fn runs_verdict(runs: &[RunReport]) -> Verdict {
    let all_once = !runs.is_empty()
        && runs
            .iter()
            .all(|r| r.duplicated == 0 && r.completed + r.spawn_failures as usize == r.tasks);
    Verdict::new(all_once, lesson(runs))
}

/// The one-line lesson the figures support.
fn lesson(runs: &[RunReport]) -> String {
    let find = |strategy| runs.iter().find(|r| r.strategy == strategy);
    let threads = |r: &RunReport| or_missing(r.peak_threads, |t| t.to_string());
    let mib = |r: &RunReport| or_missing(r.peak_rss_kib, |k| format_figure(k as f64 / 1024.0));
    match (find(Strategy::Pool), find(Strategy::ThreadPerTask)) {
        (Some(pool), Some(each)) => format!(
            "every task that got a thread ran exactly once; the pool of {} used {} threads and {} MiB, one thread per task used {} and {} MiB{}",
            pool.workers,
            threads(pool),
            mib(pool),
            threads(each),
            mib(each),
            if each.spawn_failures > 0 {
                format!(
                    ", and {} of its threads could not even be created",
                    each.spawn_failures
                )
            } else {
                String::new()
            }
        ),
        _ => "every task that got a thread ran exactly once".to_string(),
    }
}
