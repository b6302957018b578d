//! The 30,000 tasks, each strategy in a process of its own (its memory is its own).
//!
//! Peak RSS is a high-water mark of the whole process, so the runner re-runs itself
//! once per strategy with `--alone STRATEGY` (lab-04's trick, [`thread_pool::demo::alone`]):
//! the child runs [`run_alone`] and prints one [`TaskRun`] as JSON.

use serde::{Deserialize, Serialize};
use thread_pool::demo::work::{Work, WorkKind};
use thread_pool::strategy::Strategy as Lab04;

mod on_tokio;
use on_tokio::on_tokio;

/// How many at a time the bounded strategies run: lab-04's pool of 10.
pub const PLACES: usize = 10;

/// One way to run the tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum TaskStrategy {
    /// tokio: spawn every task at once.
    SpawnAll,
    /// tokio: at most 10 tasks at a time (a Semaphore taken before each spawn).
    TenAtATime,
    /// lab-04: a pool of 10 threads.
    PoolOfTen,
    /// lab-04: a thread per task.
    ThreadPerTask,
}

impl TaskStrategy {
    /// Every strategy, in the order the report shows them.
    pub const ALL: [Self; 4] = [
        Self::SpawnAll,
        Self::TenAtATime,
        Self::PoolOfTen,
        Self::ThreadPerTask,
    ];

    /// How reports name it.
    pub fn label(self) -> &'static str {
        match self {
            Self::SpawnAll => "tokio: spawn all at once",
            Self::TenAtATime => "tokio: 10 at a time",
            Self::PoolOfTen => "lab-04: pool of 10 threads",
            Self::ThreadPerTask => "lab-04: a thread per task",
        }
    }

    /// Its name on the command line.
    pub fn flag(self) -> &'static str {
        match self {
            Self::SpawnAll => "spawn-all",
            Self::TenAtATime => "ten-at-a-time",
            Self::PoolOfTen => "pool-of-ten",
            Self::ThreadPerTask => "thread-per-task",
        }
    }
}

/// One strategy's run, measured in a process of its own.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TaskRun {
    /// The strategy.
    pub strategy: TaskStrategy,
    /// Tasks run.
    pub tasks: usize,
    /// Tasks that completed.
    pub completed: usize,
    /// Tasks whose work failed (an HTTP error, a refused connection).
    pub failed: u64,
    /// Most running at the same moment.
    pub max_running: usize,
    /// Wall time.
    pub wall_ms: f64,
    /// Little's law: the waits the tasks measured, summed, / places (bounded strategies;
    /// lab-04's pool: tasks x a measured sleep / places).
    pub bound_ms: Option<f64>,
    /// Most threads alive in the process.
    pub peak_threads: Option<u64>,
    /// Peak resident memory, KiB.
    pub peak_rss_kib: Option<u64>,
}

impl TaskRun {
    /// Wall time as a percentage of Little's bound (100% = as fast as the law allows).
    pub fn percent_of_bound(&self) -> Option<f64> {
        self.bound_ms.map(|b| 100.0 * b / self.wall_ms.max(1e-9))
    }
}

/// Run `tasks` tasks of `work` (lab-04's `--work`, `task_ms` its wait) with `strategy`,
/// measured. An http task fetches from lab-02's server, started in this process.
pub fn run_alone(
    strategy: TaskStrategy,
    tasks: usize,
    work: WorkKind,
    task_ms: u64,
) -> std::io::Result<TaskRun> {
    let (work, _server) = work.build(task_ms, PLACES)?;
    match strategy {
        TaskStrategy::PoolOfTen | TaskStrategy::ThreadPerTask => lab_04(strategy, tasks, &work),
        TaskStrategy::SpawnAll | TaskStrategy::TenAtATime => on_tokio(strategy, tasks, work),
    }
}

fn lab_04(strategy: TaskStrategy, tasks: usize, work: &Work) -> std::io::Result<TaskRun> {
    let which = if strategy == TaskStrategy::PoolOfTen {
        Lab04::Pool
    } else {
        Lab04::ThreadPerTask
    };
    let latency = match work {
        Work::Sleep(d) => Some(thread_pool::demo::work::measured_sleep(*d, 20)),
        other => other.latency(),
    };
    let report = thread_pool::demo::measure::measure(which, tasks, PLACES, work, latency, false)?;
    Ok(TaskRun {
        strategy,
        tasks,
        completed: report.completed,
        failed: report.failed,
        max_running: report.max_running,
        wall_ms: report.wall_ms,
        bound_ms: (strategy == TaskStrategy::PoolOfTen)
            .then_some(report.bound_ms)
            .flatten(),
        peak_threads: report.peak_threads,
        peak_rss_kib: report.peak_rss_kib,
    })
}

/// Run `exe args... --alone STRATEGY` and read the run it prints.
pub fn measure_in_a_process_of_its_own(
    exe: &std::path::Path,
    args: &[String],
    strategy: TaskStrategy,
) -> std::io::Result<TaskRun> {
    let mut child = std::process::Command::new(exe);
    child.args(args).args(["--alone", strategy.flag()]);
    labkit::json::from_child(child, strategy.label())
}
