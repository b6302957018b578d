//! The runner's flags (declared by `main.rs`).

use clap::{Parser, Subcommand};
use counter_race::strategy::Strategy;

/// Two threads, one counter: watch updates get lost, then fix it.
#[derive(Parser)]
#[command(version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Run only this strategy (`--runs` times) instead of the whole demo.
    #[arg(long, value_enum, value_name = "STRATEGY")]
    pub mode: Option<Strategy>,
    /// Threads per run: half add 1, half subtract 1.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub threads: u16,
    /// Steps each thread takes.
    #[arg(long, default_value_t = 10_000_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000_000))]
    pub loops: u64,
    /// How many times the racy counter (or --mode) runs.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..))]
    pub runs: u16,
    /// Pin every thread to a CPU, the fixes too (default: only the racy runs, so the race
    /// shows; the fixes run unpinned, as your own program would).
    #[arg(long, global = true, conflicts_with = "no_pin")]
    pub pin: bool,
    /// Pin no thread, the racy ones neither (the race may then hide on some machines).
    #[arg(long, global = true)]
    pub no_pin: bool,
    /// Print one JSON document with every run's figures instead of the report.
    #[arg(long, global = true)]
    pub json: bool,
    /// `--trace` / `--timeline`: every run (or the replay), one process each.
    #[command(flatten)]
    pub trace: labkit::trace::TraceArgs,
}

#[derive(Subcommand)]
pub enum Command {
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

impl Cli {
    /// The trace flags, given before `replay` or after it.
    pub fn trace_args(&self) -> &labkit::trace::TraceArgs {
        match &self.command {
            Some(Command::Replay { trace }) if trace.wanted() => trace,
            _ => &self.trace,
        }
    }
}
