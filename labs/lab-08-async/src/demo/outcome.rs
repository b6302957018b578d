//! The demo's typed outcome: its figures and its verdicts, shown by the runner,
//! serialised as `--json`, asserted by tests.

use super::freeze::{self, FreezeRun};
use super::idle::IdleRow;
use super::kept_alive::{self, KeptRow};
use super::tasks::{TaskRun, TaskStrategy, measure_in_a_process_of_its_own};
use super::waiting::{self, Burst, WaitRow};
use crate::blocking::Blocking;
use labkit::verdict::{Verdict, speed_goal};
use serde::Serialize;
use std::path::Path;

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

/// Each section's verdicts (true or false for this run), and the closing verdict.
#[derive(Debug, Clone, Serialize)]
pub struct Verdicts {
    /// One per freeze run: froze where it must, kept serving where it must.
    pub freeze: Vec<Verdict>,
    /// The Semaphore made clients wait; the pool refused.
    pub waiting: Option<Verdict>,
    /// Memory of 30,000 tasks against 30,000 threads; 10 at a time against Little's bound.
    pub tasks: Vec<Verdict>,
    /// An idle connection costs tokio less than a thread.
    pub idle: Option<Verdict>,
    /// tokio served every persistent client; the pool only its workers' worth.
    pub kept_alive: Option<Verdict>,
    /// The lesson, if this run showed it.
    pub closing: Verdict,
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

fn freeze_goal(run: &FreezeRun) -> Verdict {
    let should_freeze = run.blocking == Blocking::InTask
        && match run.flavor {
            super::running::Flavor::CurrentThread => true,
            super::running::Flavor::MultiThread { workers } => run.blocked > workers,
        };
    let what = format!(
        "{}, {} /block {}: other clients waited up to {:.0} ms of a {} ms block",
        run.flavor.label(),
        run.blocked,
        run.blocking.label(),
        run.probe_max_ms,
        run.block_ms
    );
    // Say what happened: the expected outcome when it came, and what came instead when not.
    let seen = match (should_freeze, run.froze()) {
        (true, true) => "froze, as a blocking task must",
        (false, false) => "kept serving",
        (true, false) => "did NOT freeze (was the block shorter than a probe's round?)",
        // Seen in some runs on a 2-CPU VM: a spare worker hides a block
        // often, not always. Work tokio queued on the blocked worker (its LIFO slot, which
        // no other worker steals) waits for it.
        (false, true) => {
            "froze anyway: work queued on the blocked worker waits for it (tokio's LIFO slot is never stolen), so a spare worker hides a block often, not always"
        }
    };
    Verdict::new(run.froze() == should_freeze, format!("{what}: {seen}"))
}

fn waiting_goal(rows: &[WaitRow]) -> Option<Verdict> {
    let [tokio, pool] = rows else { return None };
    let ok = tokio.refused == 0 && tokio.ok == tokio.clients && pool.refused > 0;
    Some(Verdict::new(
        ok,
        format!(
            "a full Semaphore made {} of {} clients wait (all answered 200, the last after {:.0} ms); a full pool refused {} with 503 within {:.0} ms",
            tokio.clients.saturating_sub(4),
            tokio.clients,
            tokio.ok_max_ms,
            pool.refused,
            pool.refused_max_ms
        ),
    ))
}

fn idle_goal(rows: &[IdleRow]) -> Option<Verdict> {
    let [tokio, _, threads] = rows else {
        return None;
    };
    let ratio = tokio
        .per_connection_kib()
        .zip(threads.per_connection_kib())
        .map(|(t, th)| th / t.max(0.01));
    Verdict::measured(
        format!(
            "an idle connection costs tokio at most half the memory of a thread each ({} connections)",
            labkit::report::group_thousands(tokio.connections as i64)
        ),
        ratio,
        2.0,
        |r, t| r >= t,
    )
}

fn tasks_goals(runs: &[TaskRun]) -> Vec<Verdict> {
    let find = |s: TaskStrategy| runs.iter().find(|r| r.strategy == s);
    let mut goals = Vec::new();
    if let (Some(all), Some(threads)) = (
        find(TaskStrategy::SpawnAll),
        find(TaskStrategy::ThreadPerTask),
    ) {
        let ratio = all
            .peak_rss_kib
            .zip(threads.peak_rss_kib)
            .map(|(a, t)| t as f64 / a.max(1) as f64);
        goals.extend(Verdict::measured(
            format!(
                "{} tasks spawned at once peak at a tenth or less of the memory of a thread per task",
                labkit::report::group_thousands(all.tasks as i64)
            ),
            ratio,
            10.0,
            |r, t| r >= t,
        ));
    }
    if let Some(ten) = find(TaskStrategy::TenAtATime) {
        goals.extend(speed_goal(
            "10 tasks at a time finish within 2% of Little's bound (tasks x wait / 10)",
            ten.percent_of_bound(),
            98.0,
            |p, t| p >= t,
        ));
    }
    goals
}

/// Every goal of this run, and the closing verdict on the sections that ran: every task
/// ran once, every client was answered, and a blocking task froze one runtime where
/// spawn_blocking did not.
pub fn verdicts(
    sections: Sections,
    freeze: &[FreezeRun],
    waiting: &[WaitRow],
    tasks: &[TaskRun],
    idle: &[IdleRow],
    kept_alive: &[KeptRow],
) -> Verdicts {
    let all_ran = !tasks.is_empty() && tasks.iter().all(|t| t.completed == t.tasks);
    let all_answered = waiting.iter().all(|w| w.ok + w.refused == w.clients);
    let fix_shown = freeze.iter().take(2).map(freeze_goal).all(|v| v.ok) && freeze.len() >= 2;
    let closing = match sections {
        Sections::All => Verdict::new(
            all_ran && all_answered && fix_shown,
            "tokio is an event loop: a blocking call in a task freezes its thread's clients, spawn_blocking frees them, and a Semaphore bounds the work without a thread per task",
        ),
        Sections::Freeze => Verdict::new(
            fix_shown,
            "a blocking call in a task froze its runtime's clients; spawn_blocking freed them",
        ),
        Sections::Tasks => Verdict::new(
            all_ran,
            format!(
                "every strategy completed all {} tasks",
                labkit::report::group_thousands(tasks.first().map_or(0, |t| t.tasks) as i64)
            ),
        ),
    };
    Verdicts {
        freeze: freeze.iter().map(freeze_goal).collect(),
        waiting: waiting_goal(waiting),
        tasks: tasks_goals(tasks),
        idle: idle_goal(idle),
        kept_alive: kept_alive::verdict(kept_alive),
        closing,
    }
}
