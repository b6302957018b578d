//! The demo's typed outcome: its figures and its verdicts, shown by the runner,
//! serialised as `--json`, asserted by tests.

use super::freeze::{self, FreezeRun};
use super::idle::IdleRow;
use super::kept_alive::{self, KeptRow};
use super::tasks::{TaskRun, TaskStrategy, measure_in_a_process_of_its_own};
use super::waiting::{self, Burst, WaitRow};
use serde::Serialize;
use std::path::Path;

mod judged;
pub use judged::{Verdicts, verdicts};

/// Which of the demo's sections a run shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sections {
    /// All five: the default.
    All,
    /// The freeze alone (`lab-08 block`).
    Freeze,
    /// The URL tasks alone (`lab-08 urls`).
    Tasks,
}

impl Sections {
    fn freeze(self) -> bool {
        matches!(self, Self::All | Self::Freeze)
    }
    fn tasks(self) -> bool {
        matches!(self, Self::All | Self::Tasks)
    }
    fn servers(self) -> bool {
        self == Self::All
    }
}

/// The demo's knobs.
#[derive(Debug, Clone)]
pub struct DemoConfig {
    /// Which sections run.
    pub sections: Sections,
    /// Worker threads of the multi-thread runtime in the freeze.
    pub workers: usize,
    /// How long each `/block` blocks, ms.
    pub block_ms: u64,
    /// Tasks in the 30,000-task section.
    pub tasks: usize,
    /// Each task's wait, ms (0: no wait).
    pub task_ms: u64,
    /// What each task does (lab-04's `--work`).
    pub work: thread_pool::demo::work::WorkKind,
    /// Idle connections each server holds in the memory section (lowered to what the
    /// open-file limit allows).
    pub idle: usize,
    /// Persistent clients in the keep-alive section, each on one connection.
    pub clients: usize,
    /// How long each server of the keep-alive section is offered them, ms.
    pub kept_alive_ms: u64,
    /// Record the freeze runs for `--trace` (see [`Demo::trace`]).
    pub trace: bool,
}

/// What one demo run measured and concluded.
#[derive(Debug, Clone, Serialize)]
pub struct Demo {
    /// The freeze, four ways.
    pub freeze: Vec<FreezeRun>,
    /// The burst that fills both.
    pub burst: Burst,
    /// A full Semaphore against a full pool.
    pub waiting: Vec<WaitRow>,
    /// The tasks, each strategy in a process of its own.
    pub tasks: Vec<TaskRun>,
    /// Idle connections held by tokio, lab-07's loop and a thread each.
    pub idle: Vec<IdleRow>,
    /// Why the idle count was lowered, if it was (the open-file limit).
    pub idle_lowered: Option<String>,
    /// Persistent clients against tokio, lab-07's loops and lab-02's pool.
    pub kept_alive: Vec<KeptRow>,
    /// How long each keep-alive row ran, ms.
    pub kept_alive_ms: u64,
    /// The verdicts on those figures.
    pub verdicts: Verdicts,
    /// With [`DemoConfig::trace`], the freeze runs' threads and connections, one
    /// process each.
    #[serde(skip)]
    pub trace: Option<labkit::trace::Trace>,
}

/// Run the whole demo; `exe` and `args` re-run this runner for each task strategy.
pub fn run(config: &DemoConfig, exe: &Path, args: &[String]) -> std::io::Result<Demo> {
    let mut parts = labkit::trace::Parts::new(config.trace);
    let sections = config.sections;
    let freeze = if sections.freeze() {
        freeze::runs(config.workers, config.block_ms, &mut parts)?
    } else {
        Vec::new()
    };
    let tasks = if sections.tasks() {
        TaskStrategy::ALL
            .iter()
            .map(|&s| measure_in_a_process_of_its_own(exe, args, s))
            .collect::<std::io::Result<Vec<_>>>()?
    } else {
        Vec::new()
    };
    let (mut waiting, mut idle, mut kept_alive, mut idle_lowered) = Default::default();
    if sections.servers() {
        waiting = waiting::rows(Burst::DEMO)?;
        let (idle_count, lowered) = event_loop::demo::c10k::fit_connections(config.idle, 2);
        idle = super::idle::rows(idle_count)?;
        idle_lowered = lowered;
        let run_for = std::time::Duration::from_millis(config.kept_alive_ms);
        kept_alive = kept_alive::rows(config.clients, run_for, config.workers)?;
    }
    let verdicts = verdicts(sections, &freeze, &waiting, &tasks, &idle, &kept_alive);
    Ok(Demo {
        freeze,
        burst: Burst::DEMO,
        waiting,
        tasks,
        idle,
        idle_lowered,
        kept_alive,
        kept_alive_ms: config.kept_alive_ms,
        verdicts,
        trace: parts.merged(),
    })
}
