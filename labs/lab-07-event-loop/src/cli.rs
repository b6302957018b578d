//! The runner's flags (declared by `main.rs`).

use clap::{Parser, Subcommand};
use std::net::SocketAddr;

/// One thread, ten thousand connections: an event loop against threads.
#[derive(Parser)]
#[command(version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Idle connections to hold against each server.
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(1..))]
    pub connections: u32,
    /// Active clients sending requests meanwhile.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub clients: u16,
    /// Milliseconds of load per server.
    #[arg(long, default_value_t = 1500, value_parser = clap::value_parser!(u64).range(1..=600_000))]
    pub duration_ms: u64,
    /// Print one JSON document with the figures instead of the report.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(flatten)]
    pub trace: labkit::trace::TraceArgs,
}

#[derive(Subcommand)]
pub enum Command {
    /// Memory and threads as idle connections double (250, 500, ...), event loop and threads.
    Sweep {
        /// The largest number of idle connections.
        #[arg(long, default_value_t = 4_000, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(250..=100_000))]
        max: usize,
        /// Also draw the sweep as an SVG picture: memory, and threads, against connections.
        #[arg(long, value_name = "FILE.svg")]
        plot: Option<std::path::PathBuf>,
    },
    /// Serve the event loop until Ctrl-C: `/`, `/sleep?ms=N` (a timer), `/block?ms=N` (a blocking handler).
    Serve {
        /// Address to listen on; port 0 picks a free port.
        #[arg(long, default_value = "127.0.0.1:8007")]
        addr: SocketAddr,
        /// Keep connections open between requests (HTTP/1.1 keep-alive, pipelining too).
        #[arg(long)]
        keep_alive: bool,
        /// Run the blocking handler on this many pool threads instead of on the loop.
        #[arg(long, value_name = "WORKERS", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=4096))]
        offload: Option<usize>,
        /// Event loops, each on its own thread with its own listener on the port (SO_REUSEPORT): nginx's workers.
        #[arg(long, default_value_t = 1, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=256))]
        loops: usize,
        #[command(flatten)]
        trace: labkit::trace::TraceArgs,
    },
}
