//! What the runner shows: the live demo, the replay and the sweep, as labkit reports.

use crate::harness::{RunResult, run_concurrent, run_sequential};
use crate::replay::Replay;
use crate::strategy::Strategy;
use labkit::report::{
    Table, bar_chart, format_figure, group_thousands, mark, note, section, signed_thousands, title,
    verdict, warn,
};
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
}

/// Everything the demo measured, for the human report and `--json`.
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
}

/// Run the demo: sequential, racy `runs` times, then each fix once, all concurrent.
pub fn run_demo(config: &DemoConfig) -> DemoReport {
    let (threads, loops) = (config.threads, config.loops);
    let mut results = vec![run_sequential(Strategy::Racy, threads, loops)];
    results.extend((0..config.runs).map(|_| run_concurrent(Strategy::Racy, threads, loops)));
    results.extend(Strategy::fixes().map(|s| run_concurrent(s, threads, loops)));
    DemoReport {
        results,
        floor_nanos_per_op: floor_nanos_per_op(threads as u64 * loops),
        cpus: labkit::exit::cpu_count(),
        build: labkit::timing::build_profile(),
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

/// Print the demo report.
pub fn print_demo(report: &DemoReport) {
    title("lab-03: two threads, one counter");
    if let Some(w) = one_cpu_warning(report.cpus) {
        warn(w);
    }
    let racy: Vec<&RunResult> = report
        .results
        .iter()
        .filter(|r| r.strategy == "racy" && r.schedule == crate::harness::Schedule::Concurrent)
        .collect();
    let first = &report.results[0];
    section(&format!(
        "1) one after the other (start, join, start, join): {} threads x {} steps",
        first.threads,
        group_thousands(first.loops as i64)
    ));
    labkit::outln!(
        "   result {}  {}",
        signed_thousands(first.result),
        mark(first.is_correct())
    );
    section("2) together, unprotected (racy: read, then write)");
    for (i, r) in racy.iter().enumerate() {
        let lost = if r.is_correct() {
            "no update lost this time".to_string()
        } else {
            format!("{} updates lost", group_thousands(r.lost_updates as i64))
        };
        labkit::outln!(
            "   run {}:  {:>12}  {} ({lost})",
            i + 1,
            signed_thousands(r.result),
            mark(r.is_correct())
        );
    }
    section("3) together, fixed");
    let fixes: Vec<&RunResult> = report
        .results
        .iter()
        .filter(|r| r.strategy != "racy")
        .collect();
    let mut table = Table::new(&["strategy", "result", "", "time ms", "ns/step"]);
    for r in &fixes {
        table.row(&[
            r.strategy.to_string(),
            signed_thousands(r.result),
            mark(r.is_correct()),
            format_figure(labkit::timing::millis(r.elapsed)),
            format_figure(r.nanos_per_op),
        ]);
    }
    table.print();
    let mut bars: Vec<(String, f64)> = fixes
        .iter()
        .map(|r| (r.strategy.to_string(), r.nanos_per_op))
        .collect();
    if let Some(r) = racy.first() {
        bars.push(("racy (wrong!)".to_string(), r.nanos_per_op));
    }
    bars.push(("floor (1 thread)".to_string(), report.floor_nanos_per_op));
    bar_chart(
        "4) cost: wall-clock ns per step (all threads together), lower is faster",
        &bars,
        "ns",
    );
    print_goals(report);
    labkit::report::debug_build_note();
    let raced = racy.iter().filter(|r| !r.is_correct()).count();
    let fixed = fixes.iter().all(|r| r.is_correct());
    let ok = first.is_correct() && raced > 0 && fixed;
    verdict(
        ok,
        &format!(
            "5) the racy counter lost updates in {raced} of {} runs; {} fix gave exactly {}",
            racy.len(),
            if fixed { "every" } else { "NOT every" },
            first.expected
        ),
    );
}

/// The performance goals the handout states, checked against this run's figures.
fn print_goals(report: &DemoReport) {
    let ns = |name: &str| {
        report
            .results
            .iter()
            .find(|r| r.strategy == name)
            .map_or(f64::NAN, |r| r.nanos_per_op)
    };
    section("goals (ratios from this run)");
    let goals = [
        (
            "sharded within 1.5x of the floor",
            ns("sharded") / report.floor_nanos_per_op,
            ns("sharded") <= 1.5 * report.floor_nanos_per_op,
        ),
        (
            "padded at least 2x faster than adjacent",
            ns("adjacent") / ns("padded"),
            ns("adjacent") >= 2.0 * ns("padded"),
        ),
        (
            "atomic faster than mutex",
            ns("mutex") / ns("atomic"),
            ns("atomic") < ns("mutex"),
        ),
    ];
    for (goal, ratio, met) in goals {
        labkit::outln!("   {} {goal}  (ratio {:.2})", mark(met), ratio);
    }
    if report.cpus < 2 {
        note("   (with 1 CPU there is no contention, so false sharing cannot show)");
    }
}

/// Print the replay: the two threads side by side, racy then fixed.
pub fn print_replay(racy: &Replay, fixed: &Replay) {
    title("lab-03 replay: one lost update, step by step");
    for (heading, replay) in [
        ("racy counter (read, then write)", racy),
        ("the same steps with a Mutex", fixed),
    ] {
        section(heading);
        labkit::outln!("   {:<40}thread B (-1)", "thread A (+1)");
        for step in &replay.steps {
            match step.thread {
                'A' => labkit::outln!("   {}", step.action),
                _ => labkit::outln!("   {:<40}{}", "", step.action),
            }
        }
        let lost = replay.lost_updates();
        labkit::outln!(
            "   counter = {} (expected {})  {} {}",
            replay.result,
            replay.expected,
            mark(lost == 0),
            if lost == 0 {
                "nothing lost: B waited for A"
            } else {
                "B's update is gone: A wrote over it"
            }
        );
    }
    verdict(
        racy.lost_updates() == 1 && fixed.lost_updates() == 0,
        "the forced interleaving loses exactly one update; the Mutex makes B wait and loses none",
    );
}

/// Print a sweep: ns per step by strategy and thread count.
pub fn print_sweep(results: &[RunResult]) {
    title("lab-03 sweep: contention made visible");
    let mut counts: Vec<usize> = results.iter().map(|r| r.threads).collect();
    counts.dedup();
    let mut headers = vec!["strategy".to_string()];
    headers.extend(counts.iter().map(|t| format!("{t} thr")));
    let mut table = Table::new(&headers);
    let first_count = counts.first().copied().unwrap_or(1);
    for name in results
        .iter()
        .filter(|r| r.threads == first_count)
        .map(|r| r.strategy)
    {
        let mut row = vec![name.to_string()];
        let cell = |t: usize| {
            results
                .iter()
                .find(|r| r.strategy == name && r.threads == t)
                .map_or(String::new(), |r| format_figure(r.nanos_per_op))
        };
        row.extend(counts.iter().map(|&t| cell(t)));
        table.row(&row);
    }
    table.print();
    note("wall-clock ns per step, all threads together; lower is faster");
    let top = counts.last().copied().unwrap_or(1);
    let bars: Vec<(String, f64)> = results
        .iter()
        .filter(|r| r.threads == top)
        .map(|r| (r.strategy.to_string(), r.nanos_per_op))
        .collect();
    bar_chart(&format!("ns per step at {top} threads"), &bars, "ns");
    labkit::report::debug_build_note();
    let correct = results
        .iter()
        .filter(|r| r.strategy != "racy")
        .all(RunResult::is_correct);
    verdict(
        correct,
        "every fix gave the exact total at every thread count",
    );
}

/// Print the runs of one strategy (`--mode`).
pub fn print_runs(results: &[RunResult]) {
    let Some(first) = results.first() else { return };
    title(&format!(
        "lab-03: {} with {} threads x {} steps",
        first.strategy,
        first.threads,
        group_thousands(first.loops as i64)
    ));
    for (i, r) in results.iter().enumerate() {
        labkit::outln!(
            "   run {}:  {:>12}  {} ({} updates lost, {} ns/step)",
            i + 1,
            signed_thousands(r.result),
            mark(r.is_correct()),
            group_thousands(r.lost_updates as i64),
            format_figure(r.nanos_per_op)
        );
    }
    labkit::report::debug_build_note();
    let correct = results.iter().filter(|r| r.is_correct()).count();
    verdict(
        correct == results.len(),
        &format!(
            "{correct} of {} runs gave exactly {}",
            results.len(),
            first.expected
        ),
    );
}
