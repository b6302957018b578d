//! The ways to run N tasks, each measured the same way.

use crate::demo::tracker::Tracker;
use crate::demo::work::Work;
use crate::executor::Executor;
use crate::pool::ThreadPool;
use crate::stealing::StealingPool;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How the tasks are run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Strategy {
    /// One OS thread per task, all spawned, then all joined (the lecture's first version).
    ThreadPerTask,
    /// Our pool: W workers on one crossbeam channel.
    Pool,
    /// Our work-stealing pool: an injector and a deque per worker.
    Stealing,
    /// A rayon pool of W threads, one `spawn` per task in a `scope`.
    Rayon,
    /// W scoped threads, each taking every W-th task: no queue at all.
    Scoped,
}

impl Strategy {
    /// Every strategy, in the order the demo runs them.
    pub const ALL: [Strategy; 5] = [
        Self::ThreadPerTask,
        Self::Pool,
        Self::Stealing,
        Self::Rayon,
        Self::Scoped,
    ];

    /// The kebab-case name.
    pub fn name(self) -> &'static str {
        match self {
            Self::ThreadPerTask => "thread-per-task",
            Self::Pool => "pool",
            Self::Stealing => "stealing",
            Self::Rayon => "rayon",
            Self::Scoped => "scoped",
        }
    }
}

/// Everything one task needs, shared by every thread.
#[derive(Debug)]
pub struct Batch {
    /// Who ran, and how many at once.
    pub tracker: Tracker,
    /// What each task does.
    pub work: Work,
    /// Tasks whose work failed (an HTTP error); they still count as run.
    pub failures: AtomicU64,
    /// Threads that could not be created (thread-per-task only).
    pub spawn_failures: AtomicU64,
}

impl Batch {
    /// A batch of `tasks` tasks doing `work`.
    pub fn new(tasks: usize, work: Work) -> Arc<Self> {
        Arc::new(Self {
            tracker: Tracker::new(tasks),
            work,
            failures: AtomicU64::new(0),
            spawn_failures: AtomicU64::new(0),
        })
    }

    /// Run task `id`.
    pub fn run_task(&self, id: usize) {
        // The apparatus marks the task for `--trace`; off, that is one relaxed load.
        let _span = labkit::trace::span("task").with_args(|| serde_json::json!({ "task": id }));
        if self.tracker.run(id, || self.work.run(id)).is_err() {
            self.failures.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// Run every task of `batch` with `strategy` and `workers` threads; return the wall time.
pub fn run(strategy: Strategy, workers: usize, batch: &Arc<Batch>) -> std::io::Result<Duration> {
    let tasks = batch.tracker.tasks();
    let start = Instant::now();
    match strategy {
        Strategy::ThreadPerTask => thread_per_task(batch),
        Strategy::Pool => {
            let pool = ThreadPool::new(workers)?;
            for id in 0..tasks {
                let batch = Arc::clone(batch);
                pool.execute(move || batch.run_task(id))
                    .map_err(std::io::Error::other)?;
            }
            drop(pool); // runs what is queued, joins every worker
        }
        Strategy::Stealing => {
            let pool = StealingPool::new(workers)?;
            for id in 0..tasks {
                let batch = Arc::clone(batch);
                pool.execute(move || batch.run_task(id))
                    .map_err(std::io::Error::other)?;
            }
            drop(pool);
        }
        Strategy::Rayon => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(workers)
                .build()
                .map_err(std::io::Error::other)?;
            pool.scope(|s| (0..tasks).for_each(|id| s.spawn(move |_| batch.run_task(id))));
        }
        Strategy::Scoped => std::thread::scope(|s| {
            for first in 0..workers.min(tasks) {
                s.spawn(move || {
                    (first..tasks)
                        .step_by(workers)
                        .for_each(|id| batch.run_task(id))
                });
            }
        }),
    }
    Ok(start.elapsed())
}

/// Mappings a live thread may hold: its stack, the stack's guard page, and std's
/// signal stack with its guard page.
const MAPS_PER_THREAD: usize = 4;

/// How many spawns pass between looks at `/proc/self/maps`.
const MAP_CHECK_EVERY: usize = 256;

/// Spawn a thread for every task, then join them all, counting threads not created.
///
/// Spawning all first (as the lecture's loop does) keeps every finished thread's stack
/// mapped until its join: memory grows with the number of tasks. Past the kernel's
/// limits the OS refuses (`EAGAIN`, "Resource temporarily unavailable") — or, if the
/// limit is hit inside a new thread while std sets up its signal stack, std aborts the
/// whole process. So on Linux this stops spawning before `vm.max_map_count` is reached
/// and counts the rest as refused, like an OS refusal, instead of crashing.
fn thread_per_task(batch: &Arc<Batch>) {
    let limit = labkit::probe::max_map_count();
    let mut handles = Vec::new();
    for id in 0..batch.tracker.tasks() {
        if id % MAP_CHECK_EVERY == 0 && near_map_limit(limit) {
            let refused = batch.tracker.tasks() - id;
            batch
                .spawn_failures
                .fetch_add(refused as u64, Ordering::Relaxed);
            break;
        }
        let task_batch = Arc::clone(batch);
        match std::thread::Builder::new().spawn(move || task_batch.run_task(id)) {
            Ok(handle) => handles.push(handle),
            Err(_) => {
                batch.spawn_failures.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
    for handle in handles {
        let _ = handle.join();
    }
}

/// True when the next [`MAP_CHECK_EVERY`] threads might not fit under `limit` mappings.
fn near_map_limit(limit: Option<usize>) -> bool {
    match (limit, labkit::probe::memory_maps()) {
        (Some(limit), Some(used)) => used + MAPS_PER_THREAD * MAP_CHECK_EVERY + 1024 > limit,
        _ => false,
    }
}
