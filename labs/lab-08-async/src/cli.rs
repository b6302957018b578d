//! The runner's flags (declared by `main.rs`).

use async_server::demo::tasks::TaskStrategy;
use clap::{Parser, Subcommand, ValueEnum};
use thread_pool::demo::work::WorkKind;

/// The event loop written for you: tokio beside lab-07's loop, lab-02's threads, lab-04's pool.
#[derive(Parser)]
#[command(version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub freeze: FreezeArgs,
    #[command(flatten)]
    pub tasks: TaskArgs,
    /// Idle connections each server holds in the memory section (at most what the open-file limit allows).
    #[arg(long, default_value_t = 2_000, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=100_000))]
    pub idle: usize,
    /// Persistent clients in the keep-alive section, each on one kept-alive connection.
    #[arg(long, default_value_t = 64, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000))]
    pub clients: usize,
    /// How long each server of the keep-alive section serves them, ms.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(100..=60_000))]
    pub kept_alive_ms: u64,
    /// Print one JSON document with the figures instead of the report.
    #[arg(long, global = true)]
    pub json: bool,
    /// `--trace` / `--timeline`: the freeze runs, each a process of its own.
    #[command(flatten)]
    pub trace: labkit::trace::TraceArgs,
    /// Internal: run one task strategy and print its run as JSON (a child of the demo).
    #[arg(long, hide = true)]
    pub alone: Option<TaskStrategy>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Serve until Ctrl-C: `/`, `/sleep?ms=N` (a timer), `/block?ms=N` (a blocking call).
    Serve(crate::serve::ServeArgs),
    /// The freeze alone: other clients' wait while /block runs, four ways.
    Block(FreezeArgs),
    /// The URL tasks alone: all at once, 10 at a time, lab-04's pool, a thread each.
    Urls(TaskArgs),
}

/// The freeze's flags: the demo's, and `block`'s.
#[derive(clap::Args, Clone, Copy)]
pub struct FreezeArgs {
    /// Worker threads of the multi-thread runtime in the freeze (it freezes at workers + 1 blocks).
    #[arg(long, default_value_t = 2, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=64))]
    pub workers: usize,
    /// How long each /block request blocks its thread, ms.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(100..=10_000))]
    pub block_ms: u64,
}

/// The URL tasks' flags: the demo's, and `urls`'s.
#[derive(clap::Args, Clone, Copy)]
pub struct TaskArgs {
    /// URL tasks in the tasks section (lab-04's 30,000).
    #[arg(long, default_value_t = 30_000, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000))]
    pub tasks: usize,
    /// What each task does: sleep (a simulated download), http (a real GET from lab-02's
    /// server, in-process), noop, or cpu (hashing: it blocks a runtime thread, as /block does).
    #[arg(long, value_enum, default_value = "sleep")]
    pub work: WorkKind,
    /// How long each task waits, ms (a download's latency); 0 for no wait at all.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(0..=1000))]
    pub task_ms: u64,
}

/// `--work`'s value as typed on the command line, for the child processes.
pub fn work_flag(work: WorkKind) -> String {
    work.to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string())
}
