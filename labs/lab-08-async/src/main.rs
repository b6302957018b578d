//! Runner for lab-08: the demo (default), `block` or `urls` alone, or `serve` the tokio server.

use async_server::demo::outcome::{self, DemoConfig, Sections};
use async_server::demo::tasks::run_alone;
use clap::Parser;
use cli::{Cli, Command, work_flag};
use labkit::exit::or_fail;

mod cli;
mod report;
mod serve;

fn main() {
    let cli = Cli::parse();
    let (sections, freeze, tasks) = match cli.command {
        Some(Command::Serve(args)) => return serve::run(args, cli.json),
        Some(Command::Block(freeze)) => (Sections::Freeze, freeze, cli.tasks),
        Some(Command::Urls(tasks)) => (Sections::Tasks, cli.freeze, tasks),
        None => (Sections::All, cli.freeze, cli.tasks),
    };
    if sections == Sections::Tasks && cli.trace.wanted() {
        labkit::exit::fail(
            "--trace and --timeline record the freeze runs: use them with the demo or `block`, not `urls`",
        );
    }
    if let Some(strategy) = cli.alone {
        let run = run_alone(strategy, tasks.tasks, tasks.work, tasks.task_ms);
        return labkit::json::print_json(&or_fail(run));
    }
    let config = DemoConfig {
        sections,
        workers: freeze.workers,
        block_ms: freeze.block_ms,
        tasks: tasks.tasks,
        task_ms: tasks.task_ms,
        work: tasks.work,
        idle: cli.idle,
        clients: cli.clients,
        kept_alive_ms: cli.kept_alive_ms,
        trace: cli.trace.wanted(),
    };
    let exe = or_fail(std::env::current_exe());
    // Each task strategy runs in a child: this runner again, with --alone.
    let child_args = vec![
        format!("--tasks={}", tasks.tasks),
        format!("--task-ms={}", tasks.task_ms),
        format!("--work={}", work_flag(tasks.work)),
    ];
    let began = std::time::Instant::now();
    let demo = or_fail(outcome::run(&config, &exe, &child_args));
    if cli.json {
        labkit::json::print_json(&demo)
    } else {
        report::demo(&demo, &config).print()
    }
    if let Some(trace) = &demo.trace {
        let title = format!(
            "/block of {} ms: the freeze runs, each in turn",
            config.block_ms
        );
        or_fail(cli.trace.save(trace, &title, began.elapsed(), cli.json));
    }
}
