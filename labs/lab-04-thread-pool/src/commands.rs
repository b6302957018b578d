//! What each command runs, and how it shows it (declared by `main.rs`).

use crate::cli::Cli;
use crate::report;
use labkit::exit::or_fail;
use labkit::json::{print_json, report_or_json};
use labkit::verdict::Judged;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;
use thread_pool::demo::alone::measure_alone;
use thread_pool::demo::measure::{measure, runs_verdict};
use thread_pool::demo::sweep::{sweep as run_sweep, sweep_verdict};
use thread_pool::demo::traced;
use thread_pool::demo::work::{Work, WorkKind, measured_sleep};
use thread_pool::strategy::Strategy;

/// What `sweep` was asked for.
pub struct SweepArgs {
    /// Pool sizes.
    pub sizes: Vec<usize>,
    /// Each point's time budget.
    pub budget: Duration,
    /// Tasks per size.
    pub tasks: usize,
    /// `--plot FILE.svg`.
    pub plot: Option<PathBuf>,
}

/// `sweep`: our pool at each size against the Little's-law line.
pub fn sweep(cli: &Cli, args: SweepArgs) {
    if cli.trace.wanted() {
        labkit::exit::fail(
            "--trace and --timeline record the comparison of strategies, not a sweep: drop `sweep` to trace",
        );
    }
    let label = cli.work.label(cli.task_ms);
    // Keep the in-process server alive for the whole run when tasks fetch real URLs.
    let (work, _server) = or_fail(cli.work.build(cli.task_ms, cli.workers as usize));
    let latency = task_latency(cli, &work);
    let progress = !cli.json && std::io::stderr().is_terminal();
    let points = or_fail(run_sweep(
        &args.sizes,
        args.tasks,
        args.budget,
        &work,
        latency,
        progress,
    ));
    let verdict = sweep_verdict(&points, labkit::probe::cpu_count());
    if let Some(path) = args.plot {
        or_fail(labkit::plot::line_chart(
            &path,
            &report::sweep_picture(&points, &label),
        ));
    }
    let swept = Judged {
        results: points,
        verdict,
    };
    report_or_json(cli.json, &swept, || {
        report::sweep(&swept.results, &label, &swept.verdict)
    })
}

/// The default: every strategy (or `--strategy`), each in a process of its own, so
/// that its peak memory is its own and not what an earlier strategy left behind.
pub fn compare(cli: &Cli) {
    let label = cli.work.label(cli.task_ms);
    let strategies = if cli.strategy.is_empty() {
        Strategy::ALL.to_vec()
    } else {
        cli.strategy.clone()
    };
    let exe = or_fail(std::env::current_exe());
    let args = run_flags(cli);
    let parts = std::env::temp_dir();
    let part = |s| cli.trace.wanted().then(|| traced::part_path(&parts, s));
    let runs: Vec<_> = strategies
        .iter()
        .map(|&s| or_fail(measure_alone(&exe, &args, s, part(s).as_deref())))
        .collect();
    let compared = Judged {
        verdict: runs_verdict(&runs),
        results: runs,
    };
    report_or_json(cli.json, &compared, || {
        let latency_ms = compared.results.iter().find_map(|r| r.latency_ms());
        report::runs(&compared.results, &label, latency_ms, &compared.verdict)
    });
    if cli.trace.wanted() {
        let trace = or_fail(traced::merge_parts(&parts, &strategies));
        let wall = compared.results.iter().map(|r| r.wall_ms).sum::<f64>();
        let title = format!(
            "{} tasks of {label}, each strategy in its own process",
            cli.tasks
        );
        let note: Vec<String> = traced::sampling_note(&strategies, cli.tasks as usize)
            .into_iter()
            .collect();
        labkit::trace::print_lines(&note, cli.json);
        let run = Duration::from_secs_f64(wall / 1e3);
        or_fail(cli.trace.save(&trace, &title, run, cli.json));
    }
}

/// The child's side of [`measure_alone`]: one strategy, measured, printed as JSON.
pub fn measure_one_strategy(cli: &Cli) {
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
fn task_latency(cli: &Cli, work: &Work) -> Option<Duration> {
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
