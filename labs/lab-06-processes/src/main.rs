//! Runner for lab-06: join vs lock, results, isolation (default), or cost.

use clap::Parser;
use cli::{Cli, Command};
use labkit::exit::or_fail;

mod cli;
mod commands;
mod documents;
mod report;

fn main() {
    let cli = Cli::parse();
    // The panicking demos' threads print their panic messages: one line each, on every
    // path (`results` alone too), never a backtrace.
    labkit::panics::one_line_panics();
    let exe = || or_fail(std::env::current_exe());
    match cli.command {
        Some(Command::IsolationChild { value }) => {
            labkit::outln!("{}", processes::isolation::child_main(value))
        }
        Some(Command::NoopChild { wait }) => commands::noop(wait),
        Some(Command::JoinVsLock { trace }) => commands::join_vs_lock(cli.json, &trace),
        Some(Command::Results) => commands::results(cli.json),
        Some(Command::Isolation) => commands::isolation(cli.json, &exe()),
        Some(Command::Cost { samples }) => commands::cost(cli.json, &exe(), samples),
        None => commands::all_demos(cli.json, &exe()),
    }
}
