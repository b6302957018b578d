//! Runner for lab-07: the c10k demo (default), or `serve` the event loop.

use clap::Parser;
use cli::{Cli, Command};

mod cli;
mod commands;
mod report;

fn main() {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Sweep { .. }) if cli.trace.wanted() => labkit::exit::fail(
            "--trace and --timeline record the demo or serve, not a sweep: drop `sweep` to trace",
        ),
        Some(Command::Sweep { max, plot }) => commands::sweep(cli.json, max, plot),
        Some(Command::Serve {
            addr,
            offload,
            keep_alive,
            loops,
            trace,
        }) => commands::serve_until_ctrl_c(addr, offload, keep_alive, loops, &trace),
        None => commands::c10k(&cli),
    }
}
