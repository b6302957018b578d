//! Runner for lab-04: every strategy on 30,000 tasks (default), or a `sweep` of pool sizes.

use clap::{Parser, Subcommand, ValueEnum};
use labkit::exit::or_fail;
use std::io::IsTerminal;
use std::time::Duration;
use thread_pool::measure::measure;
use thread_pool::report::{SweepPoint, print_runs, print_sweep};
use thread_pool::strategy::Strategy;
use thread_pool::work::{CPU_ROUNDS, Work, measured_sleep};
use threaded_server::Model;

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
    #[arg(long, default_value_t = 1, global = true)]
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
}

#[derive(Subcommand)]
enum Command {
    /// Our pool at 1 to 200 workers: throughput next to the Little's-law line.
    Sweep {
        /// Pool sizes to try (comma-separated).
        #[arg(long, value_delimiter = ',', default_values_t = [1, 2, 5, 10, 20, 50, 100, 200])]
        sizes: Vec<usize>,
        /// Tasks per pool size (fewer than the main run: 1 worker takes tasks x latency).
        #[arg(long, default_value_t = 2_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
        tasks: u32,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum WorkKind {
    Noop,
    Sleep,
    Cpu,
    Http,
}

fn main() {
    let cli = Cli::parse();
    // Keep the in-process server alive for the whole run when tasks fetch real URLs.
    let (work, _server) = make_work(cli.work, cli.task_ms, cli.workers as usize);
    let latency = (cli.work == WorkKind::Sleep)
        .then(|| measured_sleep(Duration::from_millis(cli.task_ms), 50))
        .or(work.latency());
    let tasks = cli.tasks as usize;
    let label = match cli.work {
        WorkKind::Noop => "no-op tasks".to_string(),
        WorkKind::Sleep => format!("{} ms sleeps", cli.task_ms),
        WorkKind::Cpu => format!("{CPU_ROUNDS} hash rounds"),
        WorkKind::Http => format!("HTTP GETs of /sleep?ms={}", cli.task_ms),
    };
    let progress = !cli.json && std::io::stderr().is_terminal();
    match cli.command {
        Some(Command::Sweep {
            sizes,
            tasks: sweep_tasks,
        }) => {
            let sweep_tasks = sweep_tasks as usize;
            let points: Vec<SweepPoint> = sizes
                .iter()
                .map(|&w| {
                    let run = or_fail(measure(
                        Strategy::Pool,
                        sweep_tasks,
                        w,
                        &work,
                        latency,
                        progress,
                    ));
                    SweepPoint {
                        workers: w,
                        tasks_per_sec: run.tasks_per_sec,
                        limit_per_sec: latency.map(|l| w as f64 / l.as_secs_f64()),
                    }
                })
                .collect();
            if cli.json {
                labkit::json::print_json(&serde_json::json!({ "results": points }))
            } else {
                print_sweep(&points, &label, labkit::exit::cpu_count())
            }
        }
        None => {
            let strategies = if cli.strategy.is_empty() {
                Strategy::ALL.to_vec()
            } else {
                cli.strategy
            };
            let runs: Vec<_> = strategies
                .into_iter()
                .map(|s| {
                    or_fail(measure(
                        s,
                        tasks,
                        cli.workers as usize,
                        &work,
                        latency,
                        progress,
                    ))
                })
                .collect();
            if cli.json {
                labkit::json::print_json(&serde_json::json!({ "results": runs }))
            } else {
                print_runs(&runs, &label, latency.map(labkit::timing::millis))
            }
        }
    }
}

/// The task's work, and the lab-02 server it fetches from (http only).
fn make_work(
    kind: WorkKind,
    ms: u64,
    workers: usize,
) -> (Work, Option<threaded_server::server::ServerHandle>) {
    match kind {
        WorkKind::Noop => (Work::Noop, None),
        WorkKind::Sleep => (Work::Sleep(Duration::from_millis(ms)), None),
        WorkKind::Cpu => (Work::Cpu(CPU_ROUNDS), None),
        WorkKind::Http => {
            let listener = or_fail(netkit::bind::bind(
                "127.0.0.1:0".parse().expect("a literal address"),
            ));
            let model = Model::Pool {
                workers: workers.clamp(16, 256),
                queue: 4096,
            };
            let server = or_fail(threaded_server::server::serve(
                listener,
                model,
                threaded_server::routes::demo_handler(Duration::ZERO),
                Duration::from_secs(5),
            ));
            (
                Work::Http {
                    addr: server.addr(),
                    ms,
                },
                Some(server),
            )
        }
    }
}
