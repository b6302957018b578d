//! The sweep: every strategy as the thread count grows, sized to finish on any machine.
//!
//! Points double up to the machine's size (1, 2, 4, ..., 2 x CPUs), so a 16-core laptop
//! gets 6 points, not 32. Each point has the same time budget: a short probe measures
//! the point's cost per step, the steps are chosen so that [`REPEATS`] runs fill the
//! budget (fewer where a run costs too much, and only the probe where even one would
//! overrun it), and the point reports their median and their spread. One short run of a
//! contended atomic can differ 2-6x from the next (the scheduler, the other core's
//! load); the median of three longer ones holds, and the spread says how far to trust
//! it. The figure is per step, so points with different step counts still compare.

mod verdicts;

pub use verdicts::{SweepOutcome, sweep_verdicts};

use crate::demo::harness::{Pinning, RunResult, run_concurrent};
use crate::strategy::Strategy;
use serde::Serialize;
use std::time::{Duration, Instant};

/// What the whole default sweep may take, on any machine.
pub const DEFAULT_BUDGET: Duration = Duration::from_secs(24);

/// Steps per thread in a point's probe.
const PROBE_LOOPS: u64 = 2_000;

/// The fewest steps a point runs, however slow it is.
const MIN_LOOPS: u64 = 1_000;

/// Runs per point: the point's figure is their median.
pub const REPEATS: usize = 3;

/// The spread (slowest run over fastest, minus 1) below which a point's median is
/// steady enough to compare strategies by.
pub const STEADY_SPREAD: f64 = 0.5;

/// The sweep's plan: which thread counts, which strategies, how long each point may take.
#[derive(Debug, Clone, Serialize)]
pub struct SweepPlan {
    /// The CPU count the points are chosen for (this machine's, or `--cpus`).
    pub cpus: usize,
    /// Thread counts: 1, 2, 4, ... up to 2 x CPUs.
    pub thread_counts: Vec<usize>,
    /// The strategies, in the order run.
    pub strategies: Vec<Strategy>,
    /// The time each point may take.
    #[serde(serialize_with = "as_ms")]
    pub budget_per_point: Duration,
    /// Most steps per thread at any point.
    pub max_loops: u64,
    /// Pinned or not.
    pub pinning: Pinning,
}

fn as_ms<S: serde::Serializer>(d: &Duration, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_f64(d.as_secs_f64() * 1e3)
}

/// 1, 2, 4, ... doubling, then 2 x `cpus` itself: the machine's size and past it.
pub fn thread_counts(cpus: usize) -> Vec<usize> {
    let top = 2 * cpus.max(1);
    let mut counts: Vec<usize> = std::iter::successors(Some(1), |&n| Some(n * 2))
        .take_while(|&n| n < top)
        .collect();
    counts.push(top);
    counts
}

impl SweepPlan {
    /// Every strategy at the doubling thread counts for `cpus`, sharing `budget`.
    pub fn new(cpus: usize, budget: Duration, max_loops: u64, pinning: Pinning) -> Self {
        let thread_counts = thread_counts(cpus);
        let strategies = Strategy::ALL.to_vec();
        let points = (thread_counts.len() * strategies.len()).max(1) as u32;
        Self {
            cpus,
            thread_counts,
            strategies,
            budget_per_point: budget / points,
            max_loops,
            pinning,
        }
    }

    /// Points in the plan.
    pub fn points(&self) -> usize {
        self.thread_counts.len() * self.strategies.len()
    }
}

/// One point: its median run, the spread of its runs, and how long it took in all.
#[derive(Debug, Clone, Serialize)]
pub struct SweepPoint {
    /// The run with the median ns per step (its totals are checked like every run's).
    #[serde(flatten)]
    pub run: RunResult,
    /// ns per step of each of the [`REPEATS`] runs, in the order run.
    pub runs_ns: Vec<f64>,
    /// Slowest run over fastest, minus 1: 0.1 means the runs were within 10%.
    pub spread: f64,
    /// Whether every run of the point gave the exact total (for the fixes).
    pub all_exact: bool,
    /// Wall time of the point, probe included, ms.
    pub point_ms: f64,
}

impl SweepPoint {
    /// Build a point from its runs: the median run is its figure.
    fn from_runs(mut runs: Vec<RunResult>, started: Instant) -> Self {
        let runs_ns: Vec<f64> = runs.iter().map(|r| r.nanos_per_op).collect();
        let all_exact = runs.iter().all(RunResult::is_correct);
        runs.sort_by(|a, b| a.nanos_per_op.total_cmp(&b.nanos_per_op));
        let (fastest, slowest) = (runs[0].nanos_per_op, runs[runs.len() - 1].nanos_per_op);
        let spread = if fastest > 0.0 {
            slowest / fastest - 1.0
        } else {
            0.0
        };
        Self {
            run: runs.swap_remove(runs.len() / 2),
            runs_ns,
            spread,
            all_exact,
            point_ms: started.elapsed().as_secs_f64() * 1e3,
        }
    }
}

/// Run the plan; `on_point(done, total)` after each point (for a progress bar).
pub fn run_sweep(plan: &SweepPlan, on_point: &mut dyn FnMut(usize, usize)) -> Vec<SweepPoint> {
    let total = plan.points();
    let mut points = Vec::with_capacity(total);
    for &threads in &plan.thread_counts {
        for &strategy in &plan.strategies {
            let started = Instant::now();
            let probe = run_concurrent(strategy, threads, PROBE_LOOPS, plan.pinning);
            // More threads than this machine has CPUs take turns: their runs vary by
            // nature and cost far more than a probe predicts, so one run is the point.
            let oversubscribed = threads > machine_cpus();
            let planned = fitting_loops(plan, &probe)
                .map(|(loops, repeats)| (loops, if oversubscribed { 1 } else { repeats }));
            let runs = match planned {
                Some((loops, repeats)) => (0..repeats)
                    .map(|_| run_concurrent(strategy, threads, loops, plan.pinning))
                    .collect(),
                // Even one more run would overrun the budget: the probe is the point.
                None => vec![probe],
            };
            points.push(SweepPoint::from_runs(runs, started));
            on_point(points.len(), total);
        }
    }
    points
}

/// The CPUs this machine runs threads on.
fn machine_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// Steps per thread and runs for a point, from a short `probe` of it: [`REPEATS`] runs
/// that fill its budget, or fewer where a run (a probe's worth, mostly starting threads)
/// costs too much; `None` where even one would overrun it, as at 32 threads on 2 cores.
fn fitting_loops(plan: &SweepPlan, probe: &RunResult) -> Option<(u64, usize)> {
    let probe_time = probe.elapsed.max(Duration::from_micros(1));
    let left = plan.budget_per_point.saturating_sub(probe_time);
    let affordable = (left.as_secs_f64() / probe_time.as_secs_f64()) as usize;
    if affordable == 0 {
        return None;
    }
    let repeats = affordable.min(REPEATS);
    let per_run = left / repeats as u32;
    let per_loop = probe_time.as_secs_f64() / PROBE_LOOPS as f64;
    let fit = (per_run.as_secs_f64() / per_loop) as u64;
    Some((fit.clamp(MIN_LOOPS, plan.max_loops.max(MIN_LOOPS)), repeats))
}

#[cfg(test)]
mod tests;
