//! Runner for lab-08: the demo (default), or `serve` the tokio server.

use async_server::demo::outcome::{self, DemoConfig};
use async_server::demo::tasks::run_alone;
use clap::Parser;
use cli::{Cli, Command, work_flag};
use labkit::exit::or_fail;

mod cli;
mod report;
mod serve;

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
        clients: cli.clients,
        kept_alive_ms: cli.kept_alive_ms,
        trace: cli.trace.wanted(),
    };
    let exe = or_fail(std::env::current_exe());
    let child_args = vec![
        format!("--tasks={}", cli.tasks),
        format!("--task-ms={}", cli.task_ms),
        format!("--work={}", work_flag(cli.work)),
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
