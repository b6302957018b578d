//! The runner's flags (declared by `main.rs`).

use clap::{Parser, Subcommand};
use std::net::SocketAddr;

/// A raw socket server a browser can talk to, and a raw client.
#[derive(Parser)]
#[command(version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// With no subcommand, `serve` runs with these flags.
    #[command(flatten)]
    pub serve: ServeArgs,
}

#[derive(Subcommand)]
pub enum Command {
    /// Serve a page to any browser, one client at a time (the default).
    Serve(ServeArgs),
    /// Send one request and print every byte that comes back.
    Client(ClientArgs),
}

#[derive(clap::Args)]
pub struct ServeArgs {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:8001")]
    pub addr: SocketAddr,
    /// Listen on every interface (0.0.0.0), so other machines on your network can connect.
    #[arg(long)]
    pub host_all: bool,
    /// Serve like the lecture's first version: one 1024-byte read, a bare response.
    #[arg(long)]
    pub naive: bool,
    /// Stop after this many connections.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_requests: Option<u64>,
    /// How long a client may take to send its request before it gets 408 (1 to 600000).
    #[arg(long, default_value_t = 5000, value_name = "MS", value_parser = clap::value_parser!(u64).range(1..=600_000))]
    pub read_timeout_ms: u64,
}

#[derive(clap::Args)]
pub struct ClientArgs {
    /// Server to connect to.
    #[arg(long, default_value = "127.0.0.1:8001")]
    pub addr: SocketAddr,
    /// Path to GET.
    #[arg(long, default_value = "/")]
    pub path: String,
    /// Send this text instead of a GET; \r and \n are turned into real line endings.
    #[arg(long, value_name = "TEXT")]
    pub raw: Option<String>,
}
