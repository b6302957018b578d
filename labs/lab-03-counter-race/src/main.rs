//! Runner for lab-03: the live race demo (default), `replay`, and `sweep`.

use clap::Parser;
use cli::{Cli, Command};
use std::time::Duration;

mod cli;
mod commands;
mod report;

fn main() {
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::Replay { .. }) => commands::replay(&cli),
        Some(Command::Sweep {
            loops,
            cpus,
            budget_ms,
            plot,
        }) => {
            let budget = Duration::from_millis(*budget_ms);
            commands::sweep(&cli, *loops, *cpus, budget, plot.clone())
        }
        None => match cli.mode {
            Some(strategy) => commands::mode(&cli, strategy),
            None => commands::demo(&cli),
        },
    }
}
