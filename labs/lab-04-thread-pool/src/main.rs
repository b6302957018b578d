//! Runner for lab-04: every strategy on 30,000 tasks (default), or a `sweep` of pool sizes.

use clap::Parser;
use cli::{Cli, Command};
use commands::SweepArgs;
use std::time::Duration;

mod cli;
mod commands;
mod report;

fn main() {
    let mut cli = Cli::parse();
    if cli.alone {
        return commands::measure_one_strategy(&cli);
    }
    match cli.command.take() {
        Some(Command::Sweep {
            sizes,
            point_ms,
            tasks,
            plot,
        }) => commands::sweep(
            &cli,
            SweepArgs {
                sizes,
                budget: Duration::from_millis(point_ms),
                tasks: tasks as usize,
                plot,
            },
        ),
        None => commands::compare(&cli),
    }
}
