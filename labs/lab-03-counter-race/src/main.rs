//! Runner for lab-03: the live race demo (default), `replay`, and `sweep`.

use clap::{Parser, Subcommand};
use counter_race::demo::{DemoConfig, replay_verdict, run_demo, runs_verdict, sweep_verdict};
use counter_race::harness::{run_concurrent, sweep};
use counter_race::replay::{replay_mutex, replay_racy};
use counter_race::strategy::Strategy;
use labkit::json::print_json;
use serde_json::json;

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
    /// Print one JSON document with every run's figures instead of the report.
    #[arg(long, global = true)]
    json: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Replay one lost update step by step, then the same steps with a Mutex.
    Replay,
    /// Every strategy at 1 to 2x-the-CPUs threads: ns per step as contention grows.
    Sweep {
        /// Steps each thread takes.
        #[arg(long, default_value_t = 1_000_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000_000))]
        loops: u64,
    },
}

fn main() {
    let cli = Cli::parse();
    let (threads, loops, runs) = (cli.threads as usize, cli.loops, cli.runs as usize);
    match cli.command {
        Some(Command::Replay) => {
            let (racy, fixed) = (replay_racy(), replay_mutex());
            let verdict = replay_verdict(&racy, &fixed);
            show(
                cli.json,
                &json!({ "racy": racy, "fixed": fixed, "verdicts": [&verdict] }),
                || report::replay(&racy, &fixed, &verdict),
            )
        }
        Some(Command::Sweep { loops }) => {
            let counts: Vec<usize> = (1..=2 * labkit::exit::cpu_count()).collect();
            let results = sweep(&Strategy::ALL, &counts, loops);
            let verdict = sweep_verdict(&results);
            show(
                cli.json,
                &json!({ "results": results, "verdicts": [&verdict] }),
                || report::sweep(&results, &verdict),
            )
        }
        None => match cli.mode {
            Some(strategy) => {
                let results: Vec<_> = (0..runs)
                    .map(|_| run_concurrent(strategy, threads, loops))
                    .collect();
                let verdict = runs_verdict(&results);
                show(
                    cli.json,
                    &json!({ "results": results, "verdicts": [&verdict] }),
                    || report::runs(&results, &verdict),
                )
            }
            None => {
                let demo = run_demo(&DemoConfig {
                    threads,
                    loops,
                    runs,
                });
                show(cli.json, &demo, || report::demo(&demo))
            }
        },
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
