//! What the runner prints for each demo.

use crate::cost::Cost;
use crate::isolation::IsolationReport;
use crate::results::Outcome;
use labkit::report::{Table, bar_chart, format_figure, mark, note, section, verdict};

/// Print the join-vs-lock demo; returns whether both orders held.
pub fn print_join_vs_lock(joined: &[String], locked: &[String], unlocked: &[String]) -> bool {
    section("1) join vs lock");
    labkit::outln!(
        "   join (start A, join A, start B, join B): {}",
        joined.join(" | ")
    );
    let in_order = joined.iter().take_while(|l| l.starts_with('A')).count() == joined.len() / 2;
    labkit::outln!(
        "   {} every A line comes before every B line: join ordered the whole tasks",
        mark(in_order)
    );
    labkit::outln!("   with a lock:    {}", locked.join(" | "));
    let exclusive = crate::join_vs_lock::regions_never_overlap(locked);
    labkit::outln!(
        "   {} B arrived while A was inside and waited: the lock made the region exclusive",
        mark(exclusive)
    );
    labkit::outln!("   without a lock: {}", unlocked.join(" | "));
    let overlapped = !crate::join_vs_lock::regions_never_overlap(unlocked);
    labkit::outln!(
        "   {} without it, B walked in while A was inside",
        mark(overlapped)
    );
    in_order && exclusive && overlapped
}

/// Print the three result paths, succeeding and panicking; returns whether all behaved.
pub fn print_results(ok: &[Outcome], failed: &[Outcome]) -> bool {
    section("2) getting a result back from a thread");
    let mut table = Table::new(&["way", "task succeeds", "task panics"]);
    for (good, bad) in ok.iter().zip(failed) {
        let show = |o: &Outcome| {
            o.got
                .as_ref()
                .map_or_else(|e| e.clone(), |v| format!("Ok({v})"))
        };
        table.row(&[good.way.to_string(), show(good), show(bad)]);
    }
    table.print();
    note("   (a panic message above comes from the panicking thread itself; the program goes on)");
    let fine = ok.iter().all(|o| o.got == Ok(5050)) && failed.iter().all(|o| o.got.is_err());
    labkit::outln!(
        "   {} every way returned 5050, and every panic came back as an Err",
        mark(fine)
    );
    fine
}

/// Print the isolation demo; returns whether the lists came out as the lesson says.
pub fn print_isolation(report: &IsolationReport) -> bool {
    section("3) a child process has its own memory; a thread shares yours");
    labkit::outln!(
        "   parent (pid {}) list:            {:?}",
        report.parent_pid,
        crate::isolation::starting_list()
    );
    labkit::outln!(
        "   child  (pid {}) appended 4:      {:?}",
        report.child.pid,
        report.child.list
    );
    labkit::outln!(
        "   parent's list after the child:  {:?}",
        report.parent_list_after_child
    );
    labkit::outln!(
        "   shared list after a thread appended 4: {:?}",
        report.list_after_thread
    );
    let isolated = report.parent_list_after_child == [1, 2, 3]
        && report.child.list == [1, 2, 3, 4]
        && report.child.pid != report.parent_pid;
    let shared = report.list_after_thread == [1, 2, 3, 4];
    labkit::outln!(
        "   {} the child's append never reached the parent; {} the thread's did",
        mark(isolated),
        mark(shared)
    );
    isolated && shared
}

/// Print the cost comparison.
pub fn print_cost(cost: &Cost) {
    section("what a thread costs next to a process");
    let mut table = Table::new(&["", "thread", "process", "ratio"]);
    table.row(&[
        "start + finish (median µs)".to_string(),
        format_figure(cost.thread_spawn_us),
        format_figure(cost.process_spawn_us),
        format!("{:.0}x", cost.process_spawn_us / cost.thread_spawn_us),
    ]);
    let kib = |v: Option<f64>| v.map_or("n/a".to_string(), format_figure);
    let ratio = match (cost.thread_rss_kib, cost.process_rss_kib) {
        (Some(t), Some(p)) if t > 0.0 => format!("{:.0}x", p as f64 / t),
        _ => "n/a".to_string(),
    };
    table.row(&[
        "resident memory (KiB)".to_string(),
        kib(cost.thread_rss_kib),
        kib(cost.process_rss_kib.map(|p| p as f64)),
        ratio,
    ]);
    table.print();
    note(&format!(
        "   thread memory: RSS added per thread with {} threads parked; process memory: a parked child's whole RSS",
        cost.threads_parked
    ));
    bar_chart(
        "start + finish, µs",
        &[
            ("thread".into(), cost.thread_spawn_us),
            ("process".into(), cost.process_spawn_us),
        ],
        "µs",
    );
    labkit::report::debug_build_note();
    verdict(
        cost.process_spawn_us > cost.thread_spawn_us,
        &format!(
            "a process took {:.0}x as long as a thread to start and finish",
            cost.process_spawn_us / cost.thread_spawn_us
        ),
    );
}

/// The closing line of the default run.
pub fn print_verdict(all_ok: bool) {
    verdict(
        all_ok,
        "join ordered tasks, the lock guarded a region, every result came back, and the child's memory stayed its own",
    );
}
