//! Runner for lab-01: `serve` (the default) or `client`.

use clap::Parser;
use cli::{Cli, Command};

mod cli;
mod commands;

fn main() {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Client(args)) => commands::client(args),
        Some(Command::Serve(args)) => commands::serve(args),
        None => commands::serve(cli.serve),
    }
}
