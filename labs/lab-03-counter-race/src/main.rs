//! Runner for lab-03: the live race demo (default), `replay`, and `sweep`.

use clap::{Parser, Subcommand};
use counter_race::harness::{run_concurrent, sweep};
use counter_race::replay::{replay_mutex, replay_racy};
use counter_race::report::{DemoConfig, print_demo, print_replay, print_sweep, run_demo};
use counter_race::strategy::Strategy;
use labkit::json::print_json;

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
    #[arg(long, default_value_t = 10_000_000)]
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
        #[arg(long, default_value_t = 1_000_000)]
        loops: u64,
    },
}

fn main() {
    let cli = Cli::parse();
    let (threads, loops, runs) = (cli.threads as usize, cli.loops, cli.runs as usize);
    match cli.command {
        Some(Command::Replay) => print_replay(&replay_racy(), &replay_mutex()),
        Some(Command::Sweep { loops }) => {
            let counts: Vec<usize> = (1..=2 * labkit::exit::cpu_count()).collect();
            let results = sweep(&Strategy::ALL, &counts, loops);
            if cli.json {
                print_json(&serde_json::json!({ "results": results }))
            } else {
                print_sweep(&results)
            }
        }
        None => match cli.mode {
            Some(strategy) => {
                let results: Vec<_> = (0..runs)
                    .map(|_| run_concurrent(strategy, threads, loops))
                    .collect();
                if cli.json {
                    print_json(&serde_json::json!({ "results": results }))
                } else {
                    counter_race::report::print_runs(&results)
                }
            }
            None => {
                let report = run_demo(&DemoConfig {
                    threads,
                    loops,
                    runs,
                });
                if cli.json {
                    print_json(&report)
                } else {
                    print_demo(&report)
                }
            }
        },
    }
}
