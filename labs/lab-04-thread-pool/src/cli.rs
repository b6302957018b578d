//! The runner's flags (declared by `main.rs`).

use clap::{Parser, Subcommand};
use thread_pool::demo::work::WorkKind;
use thread_pool::strategy::Strategy;

/// 30,000 URL tasks: a thread per task vs a pool vs work stealing vs rayon.
#[derive(Parser)]
#[command(version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// How many tasks.
    #[arg(long, default_value_t = 30_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub tasks: u32,
    /// Worker threads per pool.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=4096))]
    pub workers: u16,
    /// Milliseconds each task waits (sleep) or the server waits (http).
    #[arg(long, default_value_t = 1, global = true, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    pub task_ms: u64,
    /// What a task does: sleep (a simulated download), cpu (hashing), http (a real GET from lab-02's server), noop (nothing: the strategy's own cost).
    #[arg(long, value_enum, default_value = "sleep", global = true)]
    pub work: WorkKind,
    /// Only these strategies (comma-separated); default: all.
    #[arg(long, value_enum, value_delimiter = ',')]
    pub strategy: Vec<Strategy>,
    /// Print one JSON document with the figures instead of the report.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(flatten)]
    pub trace: labkit::trace::TraceArgs,
    /// (Internal) run the one --strategy given and print its figures as JSON: the
    /// runner measures each strategy in a process of its own this way.
    #[arg(long = "alone", hide = true, requires = "strategy")]
    pub alone: bool,
}

#[derive(Subcommand)]
pub enum Command {
    /// Our pool at 1, 2, 4, ... 256 workers: throughput next to the Little's-law line.
    Sweep {
        /// Pool sizes to try (comma-separated).
        #[arg(long, value_delimiter = ',', default_values_t = thread_pool::demo::sweep::DEFAULT_SIZES, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=4096))]
        sizes: Vec<usize>,
        /// Each point's time budget in milliseconds (the tasks are cut to fit it).
        #[arg(long, default_value_t = 2_000, value_parser = clap::value_parser!(u64).range(10..=60_000))]
        point_ms: u64,
        /// Also draw the sweep as an SVG picture: tasks per second against workers.
        #[arg(long, value_name = "FILE.svg")]
        plot: Option<std::path::PathBuf>,
        /// Tasks per pool size (fewer than the main run: 1 worker takes tasks x latency).
        #[arg(long, default_value_t = 2_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
        tasks: u32,
    },
}
