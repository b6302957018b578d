//! The runner's flags (declared by `main.rs`).

use clap::{Parser, Subcommand};

/// Join vs lock, results back from threads, and processes vs threads.
#[derive(Parser)]
#[command(version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Print one JSON document with the figures instead of the report.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Subcommand)]
pub enum Command {
    /// join orders whole tasks; a lock makes one region exclusive.
    JoinVsLock {
        #[command(flatten)]
        trace: labkit::trace::TraceArgs,
    },
    /// A result back by join, by a channel, by a scoped borrow; and a panic in each.
    Results,
    /// A child process appends to its own list; a thread appends to yours.
    Isolation,
    /// Time and memory of a thread next to a process.
    Cost {
        /// Spawns of each kind to take the median of.
        #[arg(long, default_value_t = 101, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=100_000))]
        samples: usize,
    },
    /// (internal) the child side of `isolation`.
    #[command(hide = true, name = "isolation-child")]
    IsolationChild { value: i32 },
    /// (internal) a child that does nothing, for `cost`.
    #[command(hide = true, name = "noop-child")]
    NoopChild {
        #[arg(long)]
        wait: bool,
    },
}
