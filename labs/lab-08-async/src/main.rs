//! Runner for lab-08: the demo (default), or `serve` the tokio server.

use async_server::demo::outcome::{self, DemoConfig};
use async_server::demo::tasks::{TaskStrategy, run_alone};
use clap::{Parser, Subcommand, ValueEnum};
use labkit::exit::or_fail;
use thread_pool::work::WorkKind;

mod report;
mod serve;

/// The event loop written for you: tokio beside lab-07's loop, lab-02's threads, lab-04's pool.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Worker threads of the multi-thread runtime in the freeze (it freezes at workers + 1 blocks).
    #[arg(long, default_value_t = 2, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=64))]
    workers: usize,
    /// How long each /block request blocks its thread, ms.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(100..=10_000))]
    block_ms: u64,
    /// URL tasks in the tasks section (lab-04's 30,000).
    #[arg(long, default_value_t = 30_000, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000))]
    tasks: usize,
    /// What each task does: sleep (a simulated download), http (a real GET from lab-02's
    /// server, in-process), noop, or cpu (hashing: it blocks a runtime thread, as /block does).
    #[arg(long, value_enum, default_value = "sleep")]
    work: WorkKind,
    /// How long each task waits, ms (a download's latency); 0 for no wait at all.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(0..=1000))]
    task_ms: u64,
    /// Idle connections each server holds in the memory section (at most what the open-file limit allows).
    #[arg(long, default_value_t = 2_000, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=100_000))]
    idle: usize,
    /// Print one JSON document with the figures instead of the report.
    #[arg(long, global = true)]
    json: bool,
    /// Internal: run one task strategy and print its run as JSON (a child of the demo).
    #[arg(long, hide = true)]
    alone: Option<TaskStrategy>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve until Ctrl-C: `/`, `/sleep?ms=N` (a timer), `/block?ms=N` (a blocking call).
    Serve(serve::ServeArgs),
}

fn main() {
    let cli = Cli::parse();
    if let Some(strategy) = cli.alone {
        return labkit::json::print_json(&or_fail(run_alone(
            strategy,
            cli.tasks,
            cli.work,
            cli.task_ms,
        )));
    }
    if let Some(Command::Serve(args)) = cli.command {
        return serve::run(args);
    }
    let config = DemoConfig {
        workers: cli.workers,
        block_ms: cli.block_ms,
        tasks: cli.tasks,
        task_ms: cli.task_ms,
        work: cli.work,
        idle: cli.idle,
    };
    let exe = or_fail(std::env::current_exe());
    let child_args = vec![
        format!("--tasks={}", cli.tasks),
        format!("--task-ms={}", cli.task_ms),
        format!("--work={}", work_flag(cli.work)),
    ];
    let demo = or_fail(outcome::run(&config, &exe, &child_args));
    if cli.json {
        labkit::json::print_json(&demo)
    } else {
        report::demo(&demo, &config).print()
    }
}

/// `--work`'s value as typed on the command line, for the child processes.
fn work_flag(work: WorkKind) -> String {
    work.to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string())
}
