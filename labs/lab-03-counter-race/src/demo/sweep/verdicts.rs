//! What a sweep's figures say, and whether they are steady enough to say it.

use super::{STEADY_SPREAD, SweepPlan, SweepPoint};
use crate::strategy::Strategy;
use labkit::report::format_figure;
use labkit::verdict::{Verdict, Verdicts};

/// Thread count at which the lesson's orderings are judged.
const JUDGED_AT: usize = 2;

/// A sweep as data (its `--json`): the plan, every point, and the verdicts on them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SweepOutcome {
    /// What was run.
    pub plan: SweepPlan,
    /// One per strategy and thread count.
    pub results: Vec<SweepPoint>,
    /// The goals (steady runs, the orderings) and the closing verdict.
    #[serde(flatten)]
    pub verdicts: Verdicts,
}

impl SweepOutcome {
    /// Judge `results`, the points run for `plan`.
    pub fn judged(plan: SweepPlan, results: Vec<SweepPoint>) -> Self {
        let verdicts = sweep_verdicts(&results, plan.cpus);
        Self {
            plan,
            results,
            verdicts,
        }
    }
}

/// Judge a sweep run on a machine with `cpus` CPUs: a correctness verdict that closes
/// the report (every fix exact), and speed goals (the runs of each point agree within
/// the CPUs, and the lesson's orderings hold), judged in release builds only.
pub fn sweep_verdicts(points: &[SweepPoint], cpus: usize) -> Verdicts {
    let fixes = || points.iter().filter(|p| p.run.strategy != Strategy::Racy);
    let closing = Verdict::new(
        fixes().all(|p| p.all_exact),
        "every fix gave the exact total at every thread count, in every run",
    );
    // Past the CPUs threads take turns on a core, and their runs vary by nature.
    let widest = fixes()
        .filter(|p| p.run.threads <= cpus && p.runs_ns.len() > 1)
        .map(|p| p.spread)
        .fold(0.0, f64::max);
    let steady = Verdict {
        ok: widest <= STEADY_SPREAD,
        text: format!(
            "up to {cpus} threads, the {} runs of each point were within {:.0}% of each other{}",
            super::REPEATS,
            widest * 100.0,
            if widest <= STEADY_SPREAD {
                ": the medians can be compared"
            } else {
                ": some medians are noise; run again on a quieter machine before comparing them"
            }
        ),
        figure: Some(widest),
        threshold: Some(STEADY_SPREAD),
    };
    let goals = std::iter::once(steady).chain(orderings(points)).collect();
    Verdicts { goals, closing }
}

/// sharded < atomic < mutex, and padded < adjacent, at [`JUDGED_AT`] threads.
fn orderings(points: &[SweepPoint]) -> Option<Verdict> {
    let ns = |s: Strategy| {
        points
            .iter()
            .find(|p| p.run.strategy == s && p.run.threads == JUDGED_AT)
            .map(|p| p.run.nanos_per_op)
    };
    let [sharded, atomic, mutex, padded, adjacent] = [
        Strategy::Sharded,
        Strategy::Atomic,
        Strategy::Mutex,
        Strategy::Padded,
        Strategy::Adjacent,
    ]
    .map(ns);
    let (sharded, atomic, mutex, padded, adjacent) =
        (sharded?, atomic?, mutex?, padded?, adjacent?);
    let f = format_figure;
    Some(Verdict::new(
        sharded < atomic && atomic < mutex && padded < adjacent,
        format!(
            "at {JUDGED_AT} threads: sharded {} < atomic {} < mutex {} ns per step, and padded {} < adjacent {} (false sharing)",
            f(sharded),
            f(atomic),
            f(mutex),
            f(padded),
            f(adjacent)
        ),
    ))
}
