//! The runner's display: the live demo, the replay, the sweep and `--mode` runs, as one
//! labkit report each. Declared by `main.rs`: the library computes, this prints.

use counter_race::demo::harness::RunResult;
use counter_race::demo::outcome::{DemoReport, one_cpu_warning};
use counter_race::demo::replay::ReplayOutcome;
use counter_race::demo::runs::RunsOutcome;
use labkit::report::{Report, Table, format_figure, group_thousands, mark, signed_thousands};
use labkit::verdict::Verdict;

mod sweep;
pub use sweep::{sweep, sweep_picture};

/// The live demo: one after the other, racy, fixed, the cost, the goals, the verdict.
pub fn demo(report: &DemoReport) -> Report {
    let mut out = Report::new("lab-03: two threads, one counter");
    if let Some(w) = one_cpu_warning(report.cpus) {
        out.warn(w);
    }
    let first = report.sequential();
    out.section(&format!(
        "1) one after the other (start, join, start, join): {} threads x {} steps",
        first.threads,
        group_thousands(first.loops as i64)
    ));
    out.line(format!(
        "   result {}  {}",
        signed_thousands(first.result),
        mark(first.is_correct())
    ));
    out.section("2) together, unprotected (racy: read, then write)");
    for (i, r) in report.racy().enumerate() {
        let lost = if r.is_correct() {
            "no update lost this time".to_string()
        } else {
            format!("{} updates lost", group_thousands(r.lost_updates as i64))
        };
        out.line(format!(
            "   run {}:  {:>12}  {} ({lost})",
            i + 1,
            signed_thousands(r.result),
            mark(r.is_correct())
        ));
    }
    out.section("3) together, fixed");
    out.table(&fixes_table(report.fixes()));
    out.bars(
        "4) cost: wall-clock ns per step (all threads together), lower is faster",
        &cost_bars(report),
        "ns",
    );
    goals_section(&mut out, &report.verdicts.goals, report.cpus);
    // The report numbers its sections (1-4 above); the closing verdict is the fifth.
    let closing = &report.verdicts.closing;
    out.verdicts(&[Verdict {
        text: format!("5) {}", closing.text),
        ..closing.clone()
    }]);
    out
}

fn fixes_table<'a>(fixes: impl Iterator<Item = &'a RunResult>) -> Table {
    let mut table = Table::new(&["strategy", "result", "", "time ms", "ns/step"]);
    for r in fixes {
        table.row(&[
            r.strategy.name().to_string(),
            signed_thousands(r.result),
            mark(r.is_correct()),
            format_figure(labkit::timing::millis(r.elapsed)),
            format_figure(r.nanos_per_op),
        ]);
    }
    table
}

fn cost_bars(report: &DemoReport) -> Vec<(String, f64)> {
    let mut bars: Vec<(String, f64)> = report
        .fixes()
        .map(|r| (r.strategy.name().to_string(), r.nanos_per_op))
        .collect();
    if let Some(r) = report.racy().next() {
        bars.push(("racy (wrong!)".to_string(), r.nanos_per_op));
    }
    bars.push(("floor (1 thread)".to_string(), report.floor_nanos_per_op));
    bars
}

/// The goals with this run's ratios, and why false sharing cannot show on one CPU.
fn goals_section(out: &mut Report, goals: &[Verdict], cpus: usize) {
    out.goals(goals);
    if cpus < 2 {
        out.note("   (with 1 CPU there is no contention, so false sharing cannot show)");
    }
}

/// The replay: the two threads side by side, racy then fixed.
pub fn replay(outcome: &ReplayOutcome) -> Report {
    let mut out = Report::new("lab-03 replay: one lost update, step by step");
    for (heading, replay) in [
        ("racy counter (read, then write)", &outcome.racy),
        ("the same steps with a Mutex", &outcome.fixed),
    ] {
        out.section(heading);
        out.line(format!("   {:<40}thread B (-1)", "thread A (+1)"));
        for step in &replay.steps {
            match step.thread {
                'A' => out.line(format!("   {}", step.action)),
                _ => out.line(format!("   {:<40}{}", "", step.action)),
            };
        }
        let lost = replay.lost_updates();
        out.line(format!(
            "   counter = {} (expected {})  {} {}",
            replay.result,
            replay.expected,
            mark(lost == 0),
            if lost == 0 {
                "nothing lost: B waited for A"
            } else {
                "B's update is gone: A wrote over it"
            }
        ));
    }
    out.verdicts(std::slice::from_ref(&outcome.verdicts.closing));
    out
}

/// The runs of one strategy (`--mode`).
pub fn runs(outcome: &RunsOutcome) -> Report {
    let results = &outcome.results;
    let Some(first) = results.first() else {
        return Report::default();
    };
    let mut out = Report::new(&format!(
        "lab-03: {} with {} threads x {} steps",
        first.strategy.name(),
        first.threads,
        group_thousands(first.loops as i64)
    ));
    for (i, r) in results.iter().enumerate() {
        out.line(format!(
            "   run {}:  {:>12}  {} ({} updates lost, {} ns/step)",
            i + 1,
            signed_thousands(r.result),
            mark(r.is_correct()),
            group_thousands(r.lost_updates as i64),
            format_figure(r.nanos_per_op)
        ));
    }
    out.verdicts(std::slice::from_ref(&outcome.verdicts.closing));
    out
}
