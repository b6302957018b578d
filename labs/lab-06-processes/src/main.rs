//! Runner for lab-06: join vs lock, results, isolation (default), or cost.

use clap::{Parser, Subcommand};
use labkit::exit::or_fail;
use labkit::report::Report;
use labkit::verdict::Verdict;
use processes::join_vs_lock::DemoLogs;
use processes::{cost, isolation, results};
use serde_json::json;

mod report;

/// Join vs lock, results back from threads, and processes vs threads.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Print one JSON document with the figures instead of the report.
    #[arg(long, global = true)]
    json: bool,
}

#[derive(Subcommand)]
enum Command {
    /// join orders whole tasks; a lock makes one region exclusive.
    JoinVsLock {
        #[command(flatten)]
        trace: labkit::trace::TraceArgs,
    },
    /// A result back by join, by a channel, by a scoped borrow; and a panic in each.
    Results,
    /// A child process appends to its own list; a thread appends to yours.
    Isolation,
    /// Time and memory of a thread next to a process.
    Cost {
        /// Spawns of each kind to take the median of.
        #[arg(long, default_value_t = 101, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=100_000))]
        samples: usize,
    },
    /// (internal) the child side of `isolation`.
    #[command(hide = true, name = "isolation-child")]
    IsolationChild { value: i32 },
    /// (internal) a child that does nothing, for `cost`.
    #[command(hide = true, name = "noop-child")]
    NoopChild {
        #[arg(long)]
        wait: bool,
    },
}

fn main() {
    let cli = Cli::parse();
    // The panicking demos' threads print their panic messages: one line each, on every
    // path (`results` alone too), never a backtrace.
    labkit::exit::one_line_panics();
    let exe = || or_fail(std::env::current_exe());
    match cli.command {
        Some(Command::IsolationChild { value }) => {
            labkit::outln!("{}", isolation::child_main(value))
        }
        Some(Command::NoopChild { wait }) => noop(wait),
        Some(Command::JoinVsLock { trace }) => {
            let began = std::time::Instant::now();
            let mut parts = labkit::trace::Parts::new(trace.wanted());
            let logs = DemoLogs::recorded(&mut parts);
            let verdicts = logs.verdicts();
            labkit::json::report_or_json(
                cli.json,
                &json!({ "join": logs.join, "lock": logs.lock, "no_lock": logs.no_lock, "verdicts": verdicts }),
                || {
                    report::page(
                        "lab-06: join vs lock",
                        closing(
                            &verdicts,
                            "join ordered the tasks and the lock guarded the region",
                        ),
                        |out| report::join_vs_lock(out, &logs),
                    )
                },
            );
            if let Some(recorded) = parts.merged() {
                let title = "join vs lock: A and B, three ways";
                let lines = or_fail(trace.save(&recorded, title, began.elapsed()));
                labkit::trace::print_lines(&lines, cli.json);
            }
        }
        Some(Command::Results) => {
            let (ok, failed) = (results::all_ways(false), results::all_ways(true));
            let verdict = results::results_verdict(&ok, &failed);
            labkit::json::report_or_json(
                cli.json,
                &json!({ "succeeding": ok, "panicking": failed, "verdicts": [&verdict] }),
                || {
                    report::page(
                        "lab-06: results back from threads",
                        closing(
                            std::slice::from_ref(&verdict),
                            "every result came back, and every panic as an Err",
                        ),
                        |out| report::results(out, &ok, &failed, &verdict),
                    )
                },
            )
        }
        Some(Command::Isolation) => {
            let iso = or_fail(isolation::run_isolation(&exe()));
            let verdicts = iso.verdicts();
            labkit::json::report_or_json(cli.json, &with_verdicts(&iso, &verdicts), || {
                report::page(
                    "lab-06: a process has its own memory",
                    closing(
                        &verdicts,
                        "the child's memory stayed its own; the thread shared ours",
                    ),
                    |out| report::isolation(out, &iso),
                )
            })
        }
        Some(Command::Cost { samples }) => {
            let c = cost::measure(&exe(), samples, 100);
            labkit::json::report_or_json(cli.json, &with_verdicts(&c, &[c.verdict()]), || {
                report::cost(&c)
            })
        }
        None => all_demos(cli.json, &exe()),
    }
}

/// The closing verdict of a demo: `text` holds when every one of its verdicts did.
fn closing(verdicts: &[Verdict], text: &str) -> Verdict {
    Verdict::new(labkit::verdict::all_ok(verdicts), text)
}

/// `figures` as JSON, with a `verdicts` field added.
fn with_verdicts(figures: &impl serde::Serialize, verdicts: &[Verdict]) -> serde_json::Value {
    let mut doc = serde_json::to_value(figures).unwrap_or_default();
    doc["verdicts"] = json!(verdicts);
    doc
}

/// `--json`: the figures and verdicts as one document; else the report.
fn all_demos(json: bool, exe: &std::path::Path) {
    let logs = DemoLogs::run();
    let (ok, failed) = (results::all_ways(false), results::all_ways(true));
    let results_verdict = results::results_verdict(&ok, &failed);
    let iso = or_fail(isolation::run_isolation(exe));
    let mut verdicts = logs.verdicts();
    verdicts.push(results_verdict.clone());
    verdicts.extend(iso.verdicts());
    let all = closing(
        &verdicts,
        "join ordered tasks, the lock guarded a region, every result came back, and the child's memory stayed its own",
    );
    if json {
        let cost = cost::measure(exe, 51, 100);
        verdicts.push(all);
        return labkit::json::print_json(
            &json!({ "join": logs.join, "lock": logs.lock, "no_lock": logs.no_lock, "results": ok, "results_when_panicking": failed, "isolation": iso, "thread_spawn_us": cost.thread_spawn_us, "process_spawn_us": cost.process_spawn_us, "parent_list": iso.parent_list_after_child, "child_list": iso.child.list, "verdicts": verdicts }),
        );
    }
    let mut out = Report::new("lab-06: join vs lock, results, processes vs threads");
    report::join_vs_lock(&mut out, &logs);
    report::results(&mut out, &ok, &failed, &results_verdict);
    report::isolation(&mut out, &iso);
    out.note("\n(run `cargo run -p lab-06 -- cost` to time a thread against a process)");
    out.verdicts(&[all]);
    out.print();
}

fn noop(wait: bool) {
    if wait {
        labkit::outln!("ready");
        let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut Vec::new());
    }
}
