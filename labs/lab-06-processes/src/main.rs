//! Runner for lab-06: join vs lock, results, isolation (default), or cost.

use clap::{Parser, Subcommand};
use labkit::exit::or_fail;
use processes::{cost, isolation, join_vs_lock, report, results};

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
    JoinVsLock,
    /// A result back by join, by a channel, by a scoped borrow; and a panic in each.
    Results,
    /// A child process appends to its own list; a thread appends to yours.
    Isolation,
    /// Time and memory of a thread next to a process.
    Cost {
        /// Spawns of each kind to take the median of.
        #[arg(long, default_value_t = 101)]
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
    let exe = || or_fail(std::env::current_exe());
    match cli.command {
        Some(Command::IsolationChild { value }) => {
            labkit::outln!("{}", isolation::child_main(value))
        }
        Some(Command::NoopChild { wait }) => noop(wait),
        Some(Command::JoinVsLock) => {
            let (joined, locked, unlocked) = demo_logs();
            if cli.json {
                labkit::json::print_json(
                    &serde_json::json!({ "join": joined, "lock": locked, "no_lock": unlocked }),
                )
            } else {
                report::print_verdict(report::print_join_vs_lock(&joined, &locked, &unlocked))
            }
        }
        Some(Command::Results) => {
            let (ok, failed) = (results::all_ways(false), results::all_ways(true));
            if cli.json {
                labkit::json::print_json(
                    &serde_json::json!({ "succeeding": ok, "panicking": failed }),
                )
            } else {
                report::print_verdict(report::print_results(&ok, &failed))
            }
        }
        Some(Command::Isolation) => {
            let r = or_fail(isolation::run_isolation(&exe()));
            if cli.json {
                labkit::json::print_json(&r)
            } else {
                report::print_verdict(report::print_isolation(&r))
            }
        }
        Some(Command::Cost { samples }) => {
            let c = cost::measure(&exe(), samples, 100);
            if cli.json {
                labkit::json::print_json(&c)
            } else {
                report::print_cost(&c)
            }
        }
        None => all_demos(cli.json, &exe()),
    }
}

fn all_demos(json: bool, exe: &std::path::Path) {
    let (joined, locked, unlocked) = demo_logs();
    // The panicking demo's threads print their panic messages; one line each is enough.
    labkit::exit::one_line_panics();
    let (ok, failed) = (results::all_ways(false), results::all_ways(true));
    let iso = or_fail(isolation::run_isolation(exe));
    if json {
        let cost = cost::measure(exe, 51, 100);
        return labkit::json::print_json(
            &serde_json::json!({ "join": joined, "lock": locked, "no_lock": unlocked, "results": ok, "results_when_panicking": failed, "isolation": iso, "thread_spawn_us": cost.thread_spawn_us, "process_spawn_us": cost.process_spawn_us, "parent_list": iso.parent_list_after_child, "child_list": iso.child.list }),
        );
    }
    labkit::report::title("lab-06: join vs lock, results, processes vs threads");
    let a = report::print_join_vs_lock(&joined, &locked, &unlocked);
    let b = report::print_results(&ok, &failed);
    let c = report::print_isolation(&iso);
    labkit::report::note(
        "\n(run `cargo run -p lab-06 -- cost` to time a thread against a process)",
    );
    report::print_verdict(a && b && c);
}

fn noop(wait: bool) {
    if wait {
        labkit::outln!("ready");
        let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut Vec::new());
    }
}

/// The join demo (3 steps per task), and the region with and without its lock.
fn demo_logs() -> (Vec<String>, Vec<String>, Vec<String>) {
    let joined = join_vs_lock::join_orders_tasks(3);
    (
        joined,
        join_vs_lock::lock_makes_a_region_exclusive(),
        join_vs_lock::without_a_lock_regions_overlap(),
    )
}
