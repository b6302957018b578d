//! What each command runs, and how it shows it (declared by `main.rs`).

use crate::documents::{AllDemos, ResultsBack};
use crate::report;
use labkit::exit::or_fail;
use labkit::json::report_or_json;
use labkit::report::Report;
use labkit::trace::TraceArgs;
use labkit::verdict::Verdict;
use labkit::verdict::WithVerdicts;
use processes::join_vs_lock::DemoLogs;
use processes::{cost, isolation, results};
use std::path::Path;

/// `join-vs-lock`: the three logs, and their trace when asked.
pub fn join_vs_lock(json: bool, trace: &TraceArgs) {
    let began = std::time::Instant::now();
    let mut parts = labkit::trace::Parts::new(trace.wanted());
    let logs = DemoLogs::recorded(&mut parts);
    let verdicts = logs.verdicts();
    report_or_json(
        json,
        &WithVerdicts {
            figures: &logs,
            verdicts: &verdicts,
        },
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
        or_fail(trace.save(&recorded, title, began.elapsed(), json));
    }
}

/// `results`: a value back from a thread three ways, and a panic in each.
pub fn results(json: bool) {
    let (ok, failed) = (results::all_ways(false), results::all_ways(true));
    let verdict = results::results_verdict(&ok, &failed);
    report_or_json(
        json,
        &WithVerdicts {
            figures: &ResultsBack {
                succeeding: &ok,
                panicking: &failed,
            },
            verdicts: std::slice::from_ref(&verdict),
        },
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

/// `isolation`: a child process's list against a thread's.
pub fn isolation(json: bool, exe: &Path) {
    let iso = or_fail(isolation::run_isolation(exe));
    let verdicts = iso.verdicts();
    let document = WithVerdicts {
        figures: &iso,
        verdicts: &verdicts,
    };
    report_or_json(json, &document, || {
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

/// `cost`: a thread's time and memory next to a process's.
pub fn cost(json: bool, exe: &Path, samples: usize) {
    let c = cost::measure(exe, samples, 100);
    let verdicts = [c.verdict()];
    let document = WithVerdicts {
        figures: &c,
        verdicts: &verdicts,
    };
    report_or_json(json, &document, || report::cost(&c))
}

/// The closing verdict of a demo: `text` holds when every one of its verdicts did.
fn closing(verdicts: &[Verdict], text: &str) -> Verdict {
    Verdict::new(labkit::verdict::all_ok(verdicts), text)
}

/// The default: join vs lock, results and isolation, as one report or one JSON
/// document (the JSON adds the cost figures).
pub fn all_demos(json: bool, exe: &Path) {
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
        return labkit::json::print_json(&AllDemos {
            logs: &logs,
            results: &ok,
            results_when_panicking: &failed,
            isolation: &iso,
            thread_spawn_us: cost.thread_spawn_us,
            process_spawn_us: cost.process_spawn_us,
            parent_list: &iso.parent_list_after_child,
            child_list: &iso.child.list,
            verdicts: &verdicts,
        });
    }
    let mut out = Report::new("lab-06: join vs lock, results, processes vs threads");
    report::join_vs_lock(&mut out, &logs);
    report::results(&mut out, &ok, &failed, &results_verdict);
    report::isolation(&mut out, &iso);
    out.note("\n(run `cargo run -p lab-06 -- cost` to time a thread against a process)");
    out.verdicts(&[all]);
    out.print();
}

/// `noop-child`: a child that does nothing (with `--wait`, until its stdin closes).
pub fn noop(wait: bool) {
    if wait {
        labkit::outln!("ready");
        let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut Vec::new());
    }
}
