//! Runner for lab-03: the live race demo (default), `replay`, and `sweep`.

use clap::{Parser, Subcommand};
use counter_race::demo::{DemoConfig, replay_verdict, run_demo, runs_verdict};
use counter_race::harness::{Pinning, run_concurrent};
use counter_race::replay::{replay_mutex, replay_racy};
use counter_race::strategy::Strategy;
use counter_race::sweep::{SweepPlan, run_sweep, sweep_verdicts};
use labkit::json::print_json;
use labkit::trace::{Parts, Trace};
use serde_json::json;
use std::time::{Duration, Instant};

mod report;

/// Two threads, one counter: watch updates get lost, then fix it.
#[derive(Parser)]
#[command(version, about, long_about = None, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Run only this strategy (`--runs` times) instead of the whole demo.
    #[arg(long, value_enum, value_name = "STRATEGY")]
    mode: Option<Strategy>,
    /// Threads per run: half add 1, half subtract 1.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u16).range(1..=1024))]
    threads: u16,
    /// Steps each thread takes.
    #[arg(long, default_value_t = 10_000_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000_000))]
    loops: u64,
    /// How many times the racy counter (or --mode) runs.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..))]
    runs: u16,
    /// Pin every thread to a CPU, the fixes too (default: only the racy runs, so the race
    /// shows; the fixes run unpinned, as your own program would).
    #[arg(long, global = true, conflicts_with = "no_pin")]
    pin: bool,
    /// Pin no thread, the racy ones neither (the race may then hide on some machines).
    #[arg(long, global = true)]
    no_pin: bool,
    /// Print one JSON document with every run's figures instead of the report.
    #[arg(long, global = true)]
    json: bool,
    /// `--trace` / `--timeline`: every run (or the replay), one process each.
    #[command(flatten)]
    trace: labkit::trace::TraceArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Replay one lost update step by step, then the same steps with a Mutex.
    Replay {
        #[command(flatten)]
        trace: labkit::trace::TraceArgs,
    },
    /// Every strategy at 1, 2, 4, ... 2x-the-CPUs threads: ns per step as contention grows.
    Sweep {
        /// Most steps each thread takes at a point (fewer where the time budget says so).
        #[arg(long, default_value_t = 1_000_000_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000_000))]
        loops: u64,
        /// Choose the points for this many CPUs (default: this machine's).
        #[arg(long, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1024))]
        cpus: Option<usize>,
        /// The whole sweep's time budget in milliseconds, shared by its points.
        #[arg(long, default_value_t = 24_000, value_parser = clap::value_parser!(u64).range(100..=600_000))]
        budget_ms: u64,
        /// Also draw the sweep as an SVG picture: ns per step against threads.
        #[arg(long, value_name = "FILE.svg")]
        plot: Option<std::path::PathBuf>,
    },
}

fn main() {
    let cli = Cli::parse();
    let (threads, loops, runs) = (cli.threads as usize, cli.loops, cli.runs as usize);
    let began = Instant::now();
    match cli.command {
        Some(Command::Replay { .. }) => {
            let mut parts = Parts::new(cli.trace_args().wanted());
            let racy = parts.run("replay: racy", 1, replay_racy);
            let fixed = parts.run("replay: mutex", 1, replay_mutex);
            let verdict = replay_verdict(&racy, &fixed);
            show(
                cli.json,
                &json!({ "racy": racy, "fixed": fixed, "verdicts": [&verdict] }),
                || report::replay(&racy, &fixed, &verdict),
            );
            save_trace(
                &cli,
                parts.merged(),
                "one lost update, replayed step by step",
                began,
            );
        }
        Some(Command::Sweep {
            loops,
            cpus,
            budget_ms,
            plot,
        }) => {
            if cli.trace.wanted() {
                labkit::exit::fail(
                    "--trace and --timeline record the demo, --mode or replay, not a sweep: drop `sweep` to trace",
                );
            }
            let cpus = cpus.unwrap_or_else(labkit::exit::cpu_count);
            let pinning = if cli.pin {
                Pinning::Pinned
            } else {
                Pinning::Unpinned
            };
            let plan = SweepPlan::new(cpus, Duration::from_millis(budget_ms), loops, pinning);
            let mut bar = labkit::progress::bar(cli.json, plan.points());
            let points = run_sweep(&plan, &mut |done, _| bar.set(done));
            bar.finish();
            let verdicts = sweep_verdicts(&points, plan.cpus);
            if let Some(path) = plot {
                labkit::exit::or_fail(labkit::plot::line_chart(
                    &path,
                    &report::sweep_picture(&plan, &points),
                ));
            }
            show(
                cli.json,
                &json!({ "plan": plan, "results": points, "goals": &verdicts.goals, "verdicts": [&verdicts.closing] }),
                || report::sweep(&plan, &points, &verdicts),
            )
        }
        None => match cli.mode {
            Some(strategy) => {
                let pinning = match (strategy, cli.pin, cli.no_pin) {
                    (_, true, _) => Pinning::Pinned,
                    (_, _, true) => Pinning::Unpinned,
                    (Strategy::Racy, _, _) => Pinning::Pinned,
                    _ => Pinning::Unpinned,
                };
                let mut parts = Parts::new(cli.trace.wanted());
                let results: Vec<_> = (0..runs)
                    .map(|i| {
                        parts.run(&format!("{}, run {}", strategy.name(), i + 1), 1, || {
                            run_concurrent(strategy, threads, loops, pinning)
                        })
                    })
                    .collect();
                let verdict = runs_verdict(&results);
                show(
                    cli.json,
                    &json!({ "results": results, "verdicts": [&verdict] }),
                    || report::runs(&results, &verdict),
                );
                save_trace(
                    &cli,
                    parts.merged(),
                    &format!("{threads} threads, {loops} steps each"),
                    began,
                );
            }
            None => {
                let pinned = |yes: bool| {
                    if yes {
                        Pinning::Pinned
                    } else {
                        Pinning::Unpinned
                    }
                };
                let demo = run_demo(&DemoConfig {
                    threads,
                    loops,
                    runs,
                    racy_pinning: pinned(!cli.no_pin),
                    fixes_pinning: pinned(cli.pin),
                    trace: cli.trace.wanted(),
                });
                show(cli.json, &demo, || report::demo(&demo));
                let title = format!(
                    "{threads} threads, {} steps each: every run",
                    labkit::report::group_thousands(loops as i64)
                );
                save_trace(&cli, demo.trace.clone(), &title, began);
            }
        },
    }
}

/// Write the run's trace where `--trace` and `--timeline` say, and say so.
fn save_trace(cli: &Cli, trace: Option<Trace>, title: &str, began: Instant) {
    if let Some(trace) = trace {
        let lines = cli.trace_args().save(&trace, title, began.elapsed());
        labkit::trace::print_lines(&labkit::exit::or_fail(lines), cli.json);
    }
}

impl Cli {
    /// The trace flags, given before `replay` or after it.
    fn trace_args(&self) -> &labkit::trace::TraceArgs {
        match &self.command {
            Some(Command::Replay { trace }) if trace.wanted() => trace,
            _ => &self.trace,
        }
    }
}

/// `--json`: the figures and verdicts as one document; else the report.
fn show(
    json: bool,
    figures: &impl serde::Serialize,
    report: impl FnOnce() -> labkit::report::Report,
) {
    if json {
        print_json(figures)
    } else {
        report().print()
    }
}
