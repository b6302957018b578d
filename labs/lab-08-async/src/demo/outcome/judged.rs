//! The demo judged: each section's verdicts, true or false for this run, and the
//! closing verdict on the sections that ran.

use super::Sections;
use crate::blocking::Blocking;
use crate::demo::freeze::FreezeRun;
use crate::demo::idle::IdleRow;
use crate::demo::kept_alive::{self, KeptRow};
use crate::demo::running::Flavor;
use crate::demo::tasks::{TaskRun, TaskStrategy};
use crate::demo::waiting::WaitRow;
use labkit::verdict::{Verdict, speed_goal};
use serde::Serialize;

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

fn freeze_goal(run: &FreezeRun) -> Verdict {
    let should_freeze = run.blocking == Blocking::InTask
        && match run.flavor {
            Flavor::CurrentThread => true,
            Flavor::MultiThread { workers } => run.blocked > workers,
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
    let freeze_verdicts: Vec<Verdict> = freeze.iter().map(freeze_goal).collect();
    // The first two runs: a block in the task freezes one thread; spawn_blocking does not.
    let fix_shown = freeze_verdicts.len() >= 2 && freeze_verdicts.iter().take(2).all(|v| v.ok);
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
        freeze: freeze_verdicts,
        waiting: waiting_goal(waiting),
        tasks: tasks_goals(tasks),
        idle: idle_goal(idle),
        kept_alive: kept_alive::verdict(kept_alive),
        closing,
    }
}
