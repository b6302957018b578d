//! What each command runs, and how it shows it (declared by `main.rs`).

use crate::cli::Cli;
use crate::report;
use counter_race::demo::harness::{Pinning, run_concurrent};
use counter_race::demo::outcome::{DemoConfig, run_demo};
use counter_race::demo::replay::{ReplayOutcome, replay_mutex, replay_racy};
use counter_race::demo::runs::RunsOutcome;
use counter_race::demo::sweep::{SweepOutcome, SweepPlan, run_sweep};
use counter_race::strategy::Strategy;
use labkit::json::report_or_json;
use labkit::report::group_thousands;
use labkit::trace::{Parts, Trace};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// `replay`: the lost update step by step, then the same steps with a Mutex.
pub fn replay(cli: &Cli) {
    let began = Instant::now();
    let mut parts = Parts::new(cli.trace_args().wanted());
    let racy = parts.run("replay: racy", 1, replay_racy);
    let fixed = parts.run("replay: mutex", 1, replay_mutex);
    let outcome = ReplayOutcome::judged(racy, fixed);
    report_or_json(cli.json, &outcome, || report::replay(&outcome));
    save_trace(
        cli,
        parts.merged(),
        "one lost update, replayed step by step",
        began,
    );
}

/// `sweep`: every strategy as threads double, within `budget`.
pub fn sweep(cli: &Cli, loops: u64, cpus: Option<usize>, budget: Duration, plot: Option<PathBuf>) {
    if cli.trace.wanted() {
        labkit::exit::fail(
            "--trace and --timeline record the demo, --mode or replay, not a sweep: drop `sweep` to trace",
        );
    }
    let cpus = cpus.unwrap_or_else(labkit::probe::cpu_count);
    let pinning = Pinning::for_run(Strategy::Mutex, cli.pin, cli.no_pin);
    let plan = SweepPlan::new(cpus, budget, loops, pinning);
    let mut bar = labkit::progress::bar(cli.json, plan.points());
    let points = run_sweep(&plan, &mut |done, _| bar.set(done));
    bar.finish();
    let outcome = SweepOutcome::judged(plan, points);
    if let Some(path) = plot {
        labkit::exit::or_fail(labkit::plot::line_chart(
            &path,
            &report::sweep_picture(&outcome.plan, &outcome.results),
        ));
    }
    report_or_json(cli.json, &outcome, || report::sweep(&outcome))
}

/// `--mode STRATEGY`: that strategy alone, `--runs` times.
pub fn mode(cli: &Cli, strategy: Strategy) {
    let began = Instant::now();
    let (threads, loops) = (cli.threads as usize, cli.loops);
    let pinning = Pinning::for_run(strategy, cli.pin, cli.no_pin);
    let mut parts = Parts::new(cli.trace.wanted());
    let results: Vec<_> = (0..cli.runs)
        .map(|i| {
            parts.run(&format!("{}, run {}", strategy.name(), i + 1), 1, || {
                run_concurrent(strategy, threads, loops, pinning)
            })
        })
        .collect();
    let outcome = RunsOutcome::judged(results);
    report_or_json(cli.json, &outcome, || report::runs(&outcome));
    let title = format!(
        "{threads} threads, {} steps each",
        group_thousands(loops as i64)
    );
    save_trace(cli, parts.merged(), &title, began);
}

/// The default: sequential, racy `--runs` times, then every fix.
pub fn demo(cli: &Cli) {
    let began = Instant::now();
    let (threads, loops) = (cli.threads as usize, cli.loops);
    let demo = run_demo(&DemoConfig {
        threads,
        loops,
        runs: cli.runs as usize,
        racy_pinning: Pinning::for_run(Strategy::Racy, cli.pin, cli.no_pin),
        fixes_pinning: Pinning::for_run(Strategy::Mutex, cli.pin, cli.no_pin),
        trace: cli.trace.wanted(),
    });
    report_or_json(cli.json, &demo, || report::demo(&demo));
    let title = format!(
        "{threads} threads, {} steps each: every run",
        group_thousands(loops as i64)
    );
    save_trace(cli, demo.trace.clone(), &title, began);
}

/// Write the run's trace where `--trace` and `--timeline` say, and say so.
fn save_trace(cli: &Cli, trace: Option<Trace>, title: &str, began: Instant) {
    if let Some(trace) = trace {
        let saved = cli
            .trace_args()
            .save(&trace, title, began.elapsed(), cli.json);
        labkit::exit::or_fail(saved);
    }
}
