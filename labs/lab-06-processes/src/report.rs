//! The runner's display for each demo. Declared by `main.rs`: the library runs the
//! demos and judges them, this prints.

use labkit::report::{Report, Table, format_figure, mark, or_missing};
use labkit::verdict::Verdict;
use processes::cost::Cost;
use processes::isolation::IsolationReport;
use processes::join_vs_lock::DemoLogs;
use processes::results::Outcome;

/// One demo's page: its title, its body, then its closing verdict.
pub fn page(title: &str, closing: Verdict, body: impl FnOnce(&mut Report)) -> Report {
    let mut out = Report::new(title);
    body(&mut out);
    out.verdicts(&[closing]);
    out
}

fn marked(out: &mut Report, verdict: &Verdict) {
    out.line(format!("   {} {}", mark(verdict.ok), verdict.text));
}

/// The join-vs-lock demo, each log followed by what it proves.
pub fn join_vs_lock(out: &mut Report, logs: &DemoLogs) {
    out.section("1) join vs lock");
    let verdicts = logs.verdicts();
    let shown = [
        ("join (start A, join A, start B, join B)", &logs.join),
        ("with a lock", &logs.lock),
        ("without a lock", &logs.no_lock),
    ];
    for ((label, log), verdict) in shown.into_iter().zip(&verdicts) {
        out.line(format!("   {label}: {}", log.join(" | ")));
        marked(out, verdict);
    }
}

/// The three result paths, succeeding and panicking.
pub fn results(out: &mut Report, ok: &[Outcome], failed: &[Outcome], verdict: &Verdict) {
    out.section("2) getting a result back from a thread");
    let mut table = Table::new(&["way", "task succeeds", "task panics"]);
    for (good, bad) in ok.iter().zip(failed) {
        let show = |o: &Outcome| {
            o.got
                .as_ref()
                .map_or_else(|e| e.clone(), |v| format!("Ok({v})"))
        };
        table.row(&[good.way.name().to_string(), show(good), show(bad)]);
    }
    out.table(&table);
    out.note(
        "   (a panic message above comes from the panicking thread itself; the program goes on)",
    );
    marked(out, verdict);
}

/// The isolation demo.
pub fn isolation(out: &mut Report, report: &IsolationReport) {
    out.section("3) a child process has its own memory; a thread shares yours");
    out.line(format!(
        "   parent (pid {}) list:            {:?}",
        report.parent_pid,
        processes::isolation::starting_list()
    ));
    out.line(format!(
        "   child  (pid {}) appended 4:      {:?}",
        report.child.pid, report.child.list
    ));
    out.line(format!(
        "   parent's list after the child:  {:?}",
        report.parent_list_after_child
    ));
    out.line(format!(
        "   shared list after a thread appended 4: {:?}",
        report.list_after_thread
    ));
    for verdict in report.verdicts() {
        marked(out, &verdict);
    }
}

/// The cost comparison.
pub fn cost(cost: &Cost) -> Report {
    let mut out = Report::new("lab-06: what a thread costs next to a process");
    let mut table = Table::new(&["", "thread", "process", "ratio"]);
    table.row(&[
        "start + finish (median µs)".to_string(),
        format_figure(cost.thread_spawn_us),
        format_figure(cost.process_spawn_us),
        format!("{:.0}x", cost.process_spawn_us / cost.thread_spawn_us),
    ]);
    let ratio = match (cost.thread_rss_kib, cost.process_rss_kib) {
        (Some(t), Some(p)) if t > 0.0 => Some(p as f64 / t),
        _ => None,
    };
    table.row(&[
        "resident memory (KiB)".to_string(),
        or_missing(cost.thread_rss_kib, format_figure),
        or_missing(cost.process_rss_kib, |p| format_figure(p as f64)),
        or_missing(ratio, |r| format!("{r:.0}x")),
    ]);
    out.table(&table);
    out.note(&format!(
        "   thread memory: RSS added per thread with {} threads parked; process memory: a parked child's whole RSS",
        cost.threads_parked
    ));
    out.bars(
        "start + finish, µs",
        &[
            ("thread".into(), cost.thread_spawn_us),
            ("process".into(), cost.process_spawn_us),
        ],
        "µs",
    );
    out.verdicts(&[cost.verdict()]);
    out
}
