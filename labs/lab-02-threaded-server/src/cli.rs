//! The runner's flags (declared by `main.rs`).

use clap::{Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;

/// A threaded server: one at a time vs a thread per connection vs a bounded pool.
#[derive(Parser)]
#[command(version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// With no subcommand, `compare` runs with these flags.
    #[command(flatten)]
    pub compare: CompareArgs,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run every model under the same load and compare them (the default).
    Compare(CompareArgs),
    /// Serve one model until Ctrl-C.
    Serve(ServeArgs),
}

#[derive(clap::Args)]
pub struct CompareArgs {
    /// Concurrent clients, each sending its next request when the last is answered.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub clients: u16,
    /// Milliseconds each request spends in the handler (simulated work).
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    pub delay_ms: u64,
    /// Milliseconds of load per model.
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(1..=600_000))]
    pub duration_ms: u64,
    /// Most requests per model.
    #[arg(long, default_value_t = 20_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_requests: u64,
    /// Also draw the comparison as an SVG picture: requests/s per model, against its limit.
    #[arg(long, value_name = "FILE.svg")]
    pub plot: Option<std::path::PathBuf>,
    /// Pool sizes to compare (comma-separated).
    #[arg(long, value_delimiter = ',', default_values_t = [16, 64], value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=4096))]
    pub workers: Vec<usize>,
    /// Print one JSON document with the figures instead of the report.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub trace: labkit::trace::TraceArgs,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ModelArg {
    Sequential,
    ThreadPerConnection,
    Pool,
}

#[derive(clap::Args)]
pub struct ServeArgs {
    /// How connections are run.
    #[arg(long, value_enum, default_value = "pool")]
    pub model: ModelArg,
    /// Workers in the pool (and the cap for thread-per-connection, if given).
    #[arg(long, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=4096))]
    pub workers: Option<usize>,
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:8002")]
    pub addr: SocketAddr,
    /// Listen on every interface (0.0.0.0), so other machines can connect.
    #[arg(long)]
    pub host_all: bool,
    /// Milliseconds the `/` page takes to build (simulated work).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    pub delay_ms: u64,
    /// How long a client may take to send its request before it gets 408.
    #[arg(long, default_value_t = 5000, value_name = "MS", value_parser = clap::value_parser!(u64).range(1..=600_000))]
    pub read_timeout_ms: u64,
    /// Keep connections open between requests (HTTP/1.1 keep-alive): see its trap with a pool.
    #[arg(long)]
    pub keep_alive: bool,
    #[command(flatten)]
    pub trace: labkit::trace::TraceArgs,
}
