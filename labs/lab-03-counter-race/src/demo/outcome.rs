//! The live demo as data: what it runs, what it measured, and its verdicts.
//!
//! The runner prints a [`DemoReport`] (or its `--json`); the tests assert its verdicts.

use crate::demo::harness::{Pinning, RunResult, Schedule, run_concurrent, run_sequential};
use crate::strategy::Strategy;
use labkit::verdict::{Verdict, Verdicts};
use serde::Serialize;
use std::time::Instant;

/// What the live demo runs.
#[derive(Debug, Clone)]
pub struct DemoConfig {
    /// Threads per run (even: half add, half subtract).
    pub threads: usize,
    /// Steps per thread.
    pub loops: u64,
    /// How many times the racy counter runs.
    pub runs: usize,
    /// How the racy runs run: pinned, so the race shows (`--no-pin` to see it hide).
    pub racy_pinning: Pinning,
    /// How the fixes run: unpinned, as a student's program would (`--pin` pins them too).
    pub fixes_pinning: Pinning,
    /// Record every run for `--trace`, one process each (see [`DemoReport::trace`]).
    pub trace: bool,
}

/// Everything the demo measured, and what it showed.
#[derive(Debug, Clone, Serialize)]
pub struct DemoReport {
    /// Every run: the sequential one, the racy ones, then one per fix.
    pub results: Vec<RunResult>,
    /// The floor: ns per step of one thread's local loop.
    pub floor_nanos_per_op: f64,
    /// CPUs this process may use.
    pub cpus: usize,
    /// `debug` or `release`.
    pub build: &'static str,
    /// The goals (ratios from this run) and the closing verdict.
    #[serde(flatten)]
    pub verdicts: Verdicts,
    /// With [`DemoConfig::trace`], every run's threads: one process per run.
    #[serde(skip)]
    pub trace: Option<labkit::trace::Trace>,
}

impl DemoReport {
    /// The one-after-the-other run.
    pub fn sequential(&self) -> &RunResult {
        &self.results[0]
    }

    /// The racy runs, threads released together.
    pub fn racy(&self) -> impl Iterator<Item = &RunResult> {
        racy_runs(&self.results)
    }

    /// One run per fix.
    pub fn fixes(&self) -> impl Iterator<Item = &RunResult> {
        fix_runs(&self.results)
    }

    /// ns per step of `strategy`'s first run, if it ran.
    pub fn nanos_per_op(&self, strategy: Strategy) -> Option<f64> {
        nanos_per_op(&self.results, strategy)
    }
}

fn racy_runs(results: &[RunResult]) -> impl Iterator<Item = &RunResult> {
    results
        .iter()
        .filter(|r| r.strategy == Strategy::Racy && r.schedule == Schedule::Concurrent)
}

fn fix_runs(results: &[RunResult]) -> impl Iterator<Item = &RunResult> {
    results.iter().filter(|r| r.strategy != Strategy::Racy)
}

fn nanos_per_op(results: &[RunResult], strategy: Strategy) -> Option<f64> {
    results
        .iter()
        .find(|r| r.strategy == strategy)
        .map(|r| r.nanos_per_op)
}

/// Run the demo: sequential, racy `runs` times, then each fix once, all concurrent.
pub fn run_demo(config: &DemoConfig) -> DemoReport {
    let (threads, loops) = (config.threads, config.loops);
    let mut parts = labkit::trace::Parts::new(config.trace);
    let mut results = vec![parts.run("racy, sequential", 1, || {
        run_sequential(Strategy::Racy, threads, loops)
    })];
    results.extend((0..config.runs).map(|i| {
        parts.run(&format!("racy, run {}", i + 1), 1, || {
            run_concurrent(Strategy::Racy, threads, loops, config.racy_pinning)
        })
    }));
    results.extend(Strategy::fixes().map(|s| {
        parts.run(s.name(), 1, || {
            run_concurrent(s, threads, loops, config.fixes_pinning)
        })
    }));
    let floor = floor_nanos_per_op(threads as u64 * loops);
    DemoReport {
        verdicts: demo_verdicts(&results, floor),
        results,
        floor_nanos_per_op: floor,
        cpus: labkit::probe::cpu_count(),
        build: labkit::timing::build_profile(),
        trace: parts.merged(),
    }
}

/// The goals the handout states, as ratios from this run (release builds only), then
/// the closing verdict: judged from the runs and the floor, before the report exists.
fn demo_verdicts(results: &[RunResult], floor: f64) -> Verdicts {
    let ns = |s| nanos_per_op(results, s);
    let ratio = |a: Option<f64>, b: Option<f64>| Some(a? / b?);
    let goals = [
        labkit::verdict::speed_goal(
            "sharded within 1.5x of the floor",
            ratio(ns(Strategy::Sharded), Some(floor)),
            1.5,
            |f, t| f <= t,
        ),
        labkit::verdict::speed_goal(
            "padded at least 2x faster than adjacent",
            ratio(ns(Strategy::Adjacent), ns(Strategy::Padded)),
            2.0,
            |f, t| f >= t,
        ),
        labkit::verdict::speed_goal(
            "atomic faster than mutex",
            ratio(ns(Strategy::Mutex), ns(Strategy::Atomic)),
            1.0,
            |f, t| f > t,
        ),
    ];
    let racy: Vec<&RunResult> = racy_runs(results).collect();
    let raced = racy.iter().filter(|r| !r.is_correct()).count();
    let fixed = fix_runs(results).all(RunResult::is_correct);
    let sequential = &results[0];
    let closing = Verdict {
        ok: sequential.is_correct() && raced > 0 && fixed,
        text: format!(
            "the racy counter lost updates in {raced} of {} runs; {} fix gave exactly {}",
            racy.len(),
            if fixed { "every" } else { "NOT every" },
            sequential.expected
        ),
        figure: Some(raced as f64),
        threshold: Some(1.0),
    };
    Verdicts {
        goals: goals.into_iter().flatten().collect(),
        closing,
    }
}

/// ns per step of a single-threaded local loop of `steps` steps.
pub fn floor_nanos_per_op(steps: u64) -> f64 {
    let start = Instant::now();
    std::hint::black_box(crate::sharded::local_sum(1, steps));
    labkit::timing::nanos_per_op(start.elapsed(), steps)
}

/// On one CPU two threads never run at the same instant, so the race needs a preemption
/// to land between the read and the write: rare. Say so rather than let the demo "fail".
pub fn one_cpu_warning(cpus: usize) -> Option<&'static str> {
    (cpus < 2).then_some(
        "warning: this machine gives us 1 CPU. Threads take turns instead of running at once, \
         so the race shows only when the OS switches threads between the read and the write: \
         rarely. Give the VM 2+ CPUs, or raise --loops to 100000000 and --runs to 10.",
    )
}
