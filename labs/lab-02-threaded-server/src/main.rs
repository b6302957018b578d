//! Runner for lab-02: `compare` the models under load (default), or `serve` one.

use clap::Parser;
use cli::{Cli, Command};

mod cli;
mod commands;
mod report;

fn main() {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Serve(args)) => commands::serve(args),
        Some(Command::Compare(args)) => commands::compare(args),
        None => commands::compare(cli.compare),
    }
}
