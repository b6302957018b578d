//! The runner's display: the live demo, the replay, the sweep and `--mode` runs, as one
//! labkit report each. Declared by `main.rs`: the library computes, this prints.

use counter_race::demo::harness::{Pinning, RunResult};
use counter_race::demo::outcome::{DemoReport, one_cpu_warning};
use counter_race::demo::replay::Replay;
use counter_race::demo::sweep::{SweepPlan, SweepPoint};
use labkit::plot::{LineChart, Series};
use labkit::report::{Report, Table, format_figure, group_thousands, mark, signed_thousands};
use labkit::verdict::Verdict;
use labkit::verdict::Verdicts;

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
pub fn replay(racy: &Replay, fixed: &Replay, verdict: &Verdict) -> Report {
    let mut out = Report::new("lab-03 replay: one lost update, step by step");
    for (heading, replay) in [
        ("racy counter (read, then write)", racy),
        ("the same steps with a Mutex", fixed),
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
    out.verdicts(std::slice::from_ref(verdict));
    out
}

/// A sweep: ns per step by strategy and thread count.
pub fn sweep(plan: &SweepPlan, points: &[SweepPoint], verdicts: &Verdicts) -> Report {
    let mut out = Report::new("lab-03 sweep: contention made visible");
    let spent_ms = points.iter().map(|p| p.point_ms).sum::<f64>() / points.len().max(1) as f64;
    out.note(&format!(
        "points chosen for {} CPUs; each point the median of up to {} runs (fewer where one run would overrun its budget), {:.0} ms per point on average (probe included); threads {}",
        plan.cpus,
        counter_race::demo::sweep::REPEATS,
        spent_ms,
        match plan.pinning {
            Pinning::Pinned => "pinned to CPUs (--pin)",
            Pinning::Unpinned => "unpinned, as in your own program",
        }
    ));
    let mut headers = vec!["strategy".to_string()];
    headers.extend(plan.thread_counts.iter().map(|t| format!("{t} thr")));
    let mut table = Table::new(&headers);
    for &strategy in &plan.strategies {
        let mut row = vec![strategy.name().to_string()];
        let cell = |t: usize| {
            points
                .iter()
                .find(|p| p.run.strategy == strategy && p.run.threads == t)
                .map_or(String::new(), |p| {
                    format!(
                        "{} ±{:.0}%",
                        format_figure(p.run.nanos_per_op),
                        p.spread * 50.0
                    )
                })
        };
        row.extend(plan.thread_counts.iter().map(|&t| cell(t)));
        table.row(&row);
    }
    out.table(&table);
    out.note("ns per step, wall clock, all threads together; lower is faster; ± is half the range of a point's runs");
    let top = plan.thread_counts.last().copied().unwrap_or(1);
    let bars: Vec<(String, f64)> = points
        .iter()
        .filter(|p| p.run.threads == top)
        .map(|p| (p.run.strategy.name().to_string(), p.run.nanos_per_op))
        .collect();
    out.bars(&format!("ns per step at {top} threads"), &bars, "ns");
    out.judged(verdicts);
    out
}

/// The sweep as a picture: ns per step against threads, one line per strategy, log scales.
pub fn sweep_picture(plan: &SweepPlan, points: &[SweepPoint]) -> LineChart {
    let series = plan
        .strategies
        .iter()
        .map(|&strategy| Series {
            name: strategy.name().to_string(),
            points: points
                .iter()
                .filter(|p| p.run.strategy == strategy)
                .map(|p| (p.run.threads as f64, p.run.nanos_per_op))
                .collect(),
        })
        .collect();
    LineChart {
        // The machine is in every title; name --cpus only when it plans for another one.
        title: if plan.cpus == labkit::exit::cpu_count() {
            "lab-03: ns per step as threads grow".to_string()
        } else {
            format!(
                "lab-03: ns per step as threads grow, points chosen for {} CPUs",
                plan.cpus
            )
        },
        x_label: "threads".into(),
        y_label: "ns per step (all threads together)".into(),
        series,
        log_x: true,
        log_y: true,
    }
}

/// The runs of one strategy (`--mode`).
pub fn runs(results: &[RunResult], verdict: &Verdict) -> Report {
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
    out.verdicts(std::slice::from_ref(verdict));
    out
}
