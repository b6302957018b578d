//! Runner for lab-04: every strategy on 30,000 tasks (default), or a `sweep` of pool sizes.

use clap::{Parser, Subcommand};
use labkit::exit::or_fail;
use labkit::json::print_json;
use serde_json::json;
use std::io::IsTerminal;
use std::time::Duration;
use thread_pool::alone::measure_alone;
use thread_pool::measure::{measure, runs_verdict};
use thread_pool::strategy::Strategy;
use thread_pool::sweep::{sweep, sweep_verdict};
use thread_pool::traced;
use thread_pool::work::{WorkKind, measured_sleep};

mod report;

/// 30,000 URL tasks: a thread per task vs a pool vs work stealing vs rayon.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// How many tasks.
    #[arg(long, default_value_t = 30_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    tasks: u32,
    /// Worker threads per pool.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=4096))]
    workers: u16,
    /// Milliseconds each task waits (sleep) or the server waits (http).
    #[arg(long, default_value_t = 1, global = true, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    task_ms: u64,
    /// What a task does: sleep (a simulated download), cpu (hashing), http (a real GET from lab-02's server), noop (nothing: the strategy's own cost).
    #[arg(long, value_enum, default_value = "sleep", global = true)]
    work: WorkKind,
    /// Only these strategies (comma-separated); default: all.
    #[arg(long, value_enum, value_delimiter = ',')]
    strategy: Vec<Strategy>,
    /// Print one JSON document with the figures instead of the report.
    #[arg(long, global = true)]
    json: bool,
    #[command(flatten)]
    trace: labkit::trace::TraceArgs,
    /// (Internal) run the one --strategy given and print its figures as JSON: the
    /// runner measures each strategy in a process of its own this way.
    #[arg(long = "alone", hide = true, requires = "strategy")]
    alone: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Our pool at 1, 2, 4, ... 256 workers: throughput next to the Little's-law line.
    Sweep {
        /// Pool sizes to try (comma-separated).
        #[arg(long, value_delimiter = ',', default_values_t = thread_pool::sweep::DEFAULT_SIZES, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=4096))]
        sizes: Vec<usize>,
        /// Each point's time budget in milliseconds (the tasks are cut to fit it).
        #[arg(long, default_value_t = 2_000, value_parser = clap::value_parser!(u64).range(10..=60_000))]
        point_ms: u64,
        /// Also draw the sweep as an SVG picture: tasks per second against workers.
        #[arg(long, value_name = "FILE.svg")]
        plot: Option<std::path::PathBuf>,
        /// Tasks per pool size (fewer than the main run: 1 worker takes tasks x latency).
        #[arg(long, default_value_t = 2_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
        tasks: u32,
    },
}

fn main() {
    let mut cli = Cli::parse();
    if cli.alone {
        return measure_one_strategy(&cli);
    }
    let label = cli.work.label(cli.task_ms);
    match cli.command.take() {
        Some(Command::Sweep {
            sizes,
            point_ms,
            tasks,
            plot,
        }) => {
            if cli.trace.wanted() {
                labkit::exit::fail(
                    "--trace and --timeline record the comparison of strategies, not a sweep: drop `sweep` to trace",
                );
            }
            // Keep the in-process server alive for the whole run when tasks fetch real URLs.
            let (work, _server) = or_fail(cli.work.build(cli.task_ms, cli.workers as usize));
            let latency = task_latency(&cli, &work);
            let progress = !cli.json && std::io::stderr().is_terminal();
            let budget = Duration::from_millis(point_ms);
            let points = or_fail(sweep(
                &sizes,
                tasks as usize,
                budget,
                &work,
                latency,
                progress,
            ));
            let verdict = sweep_verdict(&points, labkit::exit::cpu_count());
            if let Some(path) = plot {
                or_fail(labkit::plot::line_chart(
                    &path,
                    &report::sweep_picture(&points, &label),
                ));
            }
            if cli.json {
                print_json(&json!({ "results": points, "verdicts": [verdict] }))
            } else {
                report::sweep(&points, &label, &verdict).print()
            }
        }
        None => {
            let strategies = if cli.strategy.is_empty() {
                Strategy::ALL.to_vec()
            } else {
                cli.strategy.clone()
            };
            // Each strategy runs in a fresh process of this runner, so that its peak memory
            // is its own and not what an earlier strategy left behind.
            let exe = or_fail(std::env::current_exe());
            let args = run_flags(&cli);
            let parts = std::env::temp_dir();
            let part = |s| cli.trace.wanted().then(|| traced::part_path(&parts, s));
            let runs: Vec<_> = strategies
                .iter()
                .map(|&s| or_fail(measure_alone(&exe, &args, s, part(s).as_deref())))
                .collect();
            let traced = cli.trace.wanted().then(|| {
                let trace = or_fail(traced::merge_parts(&parts, &strategies));
                let wall = runs.iter().map(|r| r.wall_ms).sum::<f64>();
                let title = format!(
                    "{} tasks of {label}, each strategy in its own process",
                    cli.tasks
                );
                let lines = cli
                    .trace
                    .save(&trace, &title, Duration::from_secs_f64(wall / 1e3));
                traced::sampling_note(&strategies, cli.tasks as usize)
                    .into_iter()
                    .chain(or_fail(lines))
            });
            let verdict = runs_verdict(&runs);
            if cli.json {
                print_json(&json!({ "results": runs, "verdicts": [verdict] }))
            } else {
                let latency_ms = runs.iter().find_map(|r| r.latency_ms());
                report::runs(&runs, &label, latency_ms, &verdict).print()
            }
            if let Some(lines) = traced {
                labkit::trace::print_lines(&lines.collect::<Vec<_>>(), cli.json);
            }
        }
    }
}

/// The child's side of [`measure_alone`]: one strategy, measured, printed as JSON.
fn measure_one_strategy(cli: &Cli) {
    let (work, _server) = or_fail(cli.work.build(cli.task_ms, cli.workers as usize));
    let latency = task_latency(cli, &work);
    let progress = !cli.json && std::io::stderr().is_terminal();
    let strategy = cli.strategy[0];
    if cli.trace.wanted() {
        labkit::trace::start_sampled(traced::sample_every(strategy, cli.tasks as usize));
    }
    let report = or_fail(measure(
        strategy,
        cli.tasks as usize,
        cli.workers as usize,
        &work,
        latency,
        progress,
    ));
    if let Some(part) = &cli.trace.trace {
        or_fail(labkit::trace::finish(strategy.name()).write(part));
    }
    print_json(&report);
}

/// One task's wait: measured for sleeps (a 1 ms sleep takes longer), the server's for
/// http; none at `--task-ms 0`, where there is no wait for Little's law to hold.
fn task_latency(cli: &Cli, work: &thread_pool::work::Work) -> Option<Duration> {
    if cli.task_ms == 0 {
        return None;
    }
    (cli.work == WorkKind::Sleep)
        .then(|| measured_sleep(Duration::from_millis(cli.task_ms), 50))
        .or(work.latency())
}

/// The flags a child needs to run the same batch as this run.
fn run_flags(cli: &Cli) -> Vec<String> {
    let work = clap::ValueEnum::to_possible_value(&cli.work)
        .map(|v| v.get_name().to_string())
        .unwrap_or_default();
    [
        "--tasks",
        &cli.tasks.to_string(),
        "--workers",
        &cli.workers.to_string(),
        "--task-ms",
        &cli.task_ms.to_string(),
        "--work",
        &work,
    ]
    .map(String::from)
    .into_iter()
    // A child prints JSON either way; `--json` also keeps its progress bar off.
    .chain(cli.json.then(|| "--json".to_string()))
    .collect()
}
